using MentorGroups.Matching;
using MentorGroups.Validation;

namespace MentorGroups.Strategies.Stable;

/// <summary>
/// Options of the stable matching strategy: deferred acceptance with capacities (the hospitals/residents problem),
/// mentees in the role of residents and mentor groups in the role of hospitals.
/// </summary>
/// <remarks>
/// <para>
/// A group's capacity is its free seats once pins and existing groups are placed. Preferences come from
/// <see cref="MatchingRequest.Preferences"/> when given: a mentee ranks a group where its list first names one of the
/// group's mentors; a group of two mentors ranks mentees by its lead mentor's list (the co-mentor's list is not used).
/// Someone missing from a list is unacceptable to its owner, and a pair a hard constraint forbids is unacceptable
/// whatever the lists say. A person who has no list at all ranks by scores, as everyone does when no lists are given:
/// a mentee ranks groups by pair value (ties: lower group index), a group ranks mentees by pair value (ties: lower
/// mentee index).
/// </para>
/// <para>
/// The result's metrics hold "proposals", "blockingPairs" and "stable" (1 when no mentee and group prefer each other
/// to what they got, under the preferences used), "explicitPreferences" (1 when lists were given) and
/// "elapsedMilliseconds".
/// </para>
/// </remarks>
public sealed class StableMatchingStrategyOptions
{
    /// <summary>The default name of the mentee-proposing variant, "stable".</summary>
    public const string DefaultName = "stable";

    /// <summary>The default name of the mentor-proposing variant, "stable-mentor-proposing".</summary>
    public const string MentorProposingName = "stable-mentor-proposing";

    /// <summary>
    /// The name the strategy is registered and reported under; <see langword="null"/> for the default name of the chosen
    /// <see cref="Proposer"/> (<see cref="DefaultName"/> or <see cref="MentorProposingName"/>).
    /// </summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? Name { get; set; }

    /// <summary>Which side proposes, and so which side gets its best stable partners.</summary>
    /// <value>The default value is <see cref="StableMatchingProposer.Mentees"/>.</value>
    public StableMatchingProposer Proposer { get; set; } = StableMatchingProposer.Mentees;

    /// <summary>Checks the options and reports every problem at once.</summary>
    /// <exception cref="MentorGroupsValidationException">
    /// The name is empty or white space, or <see cref="Proposer"/> is not a defined value (code <see cref="ErrorCodes.InvalidOptions"/>).
    /// </exception>
    public void Validate()
    {
        var problems = new Problems();
        if (Name is not null && string.IsNullOrWhiteSpace(Name))
        {
            problems.Add(ErrorCodes.InvalidOptions, "Name must not be empty; leave it null for the default name.", nameof(Name));
        }

        if (!Enum.IsDefined(Proposer))
        {
            problems.Add(ErrorCodes.InvalidOptions, $"Proposer {(int)Proposer} is not a known side; use Mentees or Mentors.", nameof(Proposer));
        }

        problems.ThrowIfAny("stable matching options");
    }

    /// <summary>Creates the strategy from a copy of these options.</summary>
    /// <returns>The strategy.</returns>
    /// <exception cref="MentorGroupsValidationException">The options are invalid.</exception>
    public IMatchingStrategy CreateStrategy()
    {
        Validate();
        var name = Name ?? (Proposer == StableMatchingProposer.Mentors ? MentorProposingName : DefaultName);
        return new StableMatchingStrategy(name, Proposer);
    }
}
