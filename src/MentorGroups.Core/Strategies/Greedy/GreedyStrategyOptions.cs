using MentorGroups.Matching;
using MentorGroups.Validation;

namespace MentorGroups.Strategies.Greedy;

/// <summary>Options of the greedy strategy: the fast, deterministic baseline.</summary>
public sealed class GreedyStrategyOptions
{
    /// <summary>The default name, "greedy".</summary>
    public const string DefaultName = "greedy";

    /// <summary>The name the strategy is registered and reported under.</summary>
    /// <value>The default value is "greedy".</value>
    public string Name { get; set; } = DefaultName;

    /// <summary>
    /// Whether, after the greedy pass, placed mentees are moved along chains of groups to make room for unplaced ones
    /// (see <see cref="Engine.PlacementAugmenter"/>), so that nobody is left out while a seat they could reach is free.
    /// </summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool AugmentPlacements { get; set; } = true;

    /// <summary>Checks the options.</summary>
    /// <exception cref="MentorGroupsValidationException">The name is empty (code <see cref="ErrorCodes.InvalidOptions"/>).</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            Problems.ThrowOne("greedy strategy options", ErrorCodes.InvalidOptions, "Name must not be empty.", nameof(Name));
        }
    }

    /// <summary>Creates the strategy from a copy of these options.</summary>
    /// <returns>The strategy.</returns>
    /// <exception cref="MentorGroupsValidationException">The options are invalid.</exception>
    public IMatchingStrategy CreateStrategy()
    {
        Validate();
        return new GreedyStrategy(Name, AugmentPlacements);
    }
}
