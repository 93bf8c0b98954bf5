using MentorGroups.Matching;

namespace MentorGroups.DependencyInjection;

/// <summary>Resolves the registered matching strategies by name. Each strategy is created once and shared (a singleton).</summary>
public interface IMatchingStrategyProvider
{
    /// <summary>The registered names, in ordinal order.</summary>
    IReadOnlyCollection<string> Names { get; }

    /// <summary>Gets the strategy registered under a name.</summary>
    /// <param name="name">The name (case-insensitive).</param>
    /// <returns>The shared strategy instance.</returns>
    /// <exception cref="Validation.MentorGroupsValidationException">
    /// No strategy has that name (code <see cref="Validation.ErrorCodes.UnknownStrategy"/>); the message lists the known names.
    /// </exception>
    IMatchingStrategy GetStrategy(string name);

    /// <summary>Gets the strategy the default programme configuration names in <see cref="MentorGroupsOptions.DefaultStrategy"/>.</summary>
    /// <returns>The shared strategy instance.</returns>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The default configuration is invalid.</exception>
    IMatchingStrategy GetDefault();
}
