using MentorGroups.Matching;
using MentorGroups.Validation;

namespace MentorGroups.Strategies.Optimal;

/// <summary>
/// Options of the exact optimal strategy: the placement of greatest total pair value (<see cref="MatchingResult.Objective"/>)
/// under team capacities, hard constraints and fixed placements.
/// </summary>
public sealed class OptimalStrategyOptions
{
    /// <summary>The default name, "optimal".</summary>
    public const string DefaultName = "optimal";

    /// <summary>The name the strategy is registered and reported under.</summary>
    /// <value>The default value is "optimal".</value>
    public string Name { get; set; } = DefaultName;

    /// <summary>Checks the options.</summary>
    /// <exception cref="MentorGroupsValidationException">The name is empty (code <see cref="ErrorCodes.InvalidOptions"/>).</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            Problems.ThrowOne("optimal strategy options", ErrorCodes.InvalidOptions, "Name must not be empty.", nameof(Name));
        }
    }

    /// <summary>Creates the strategy from a copy of these options.</summary>
    /// <returns>The strategy.</returns>
    /// <exception cref="MentorGroupsValidationException">The options are invalid.</exception>
    public IMatchingStrategy CreateStrategy()
    {
        Validate();
        return new OptimalStrategy(Name);
    }
}
