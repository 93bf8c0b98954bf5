namespace MentorGroups.DependencyInjection;

/// <summary>Gives the matcher of a named programme configuration (registered with <c>AddMentorGroups(name, ...)</c>).</summary>
public interface IMentorGroupsMatcherFactory
{
    /// <summary>The names of the registered programme configurations, in ordinal order; the default one is the empty name.</summary>
    IReadOnlyCollection<string> Names { get; }

    /// <summary>Gets the matcher of a programme configuration.</summary>
    /// <param name="name">The options name, as registered (ordinal); empty for the default configuration.</param>
    /// <returns>The matcher; the same instance for the same name.</returns>
    /// <exception cref="Validation.MentorGroupsValidationException">No configuration has that name (code <see cref="Validation.ErrorCodes.UnknownConfiguration"/>); the message lists the known names.</exception>
    IMentorGroupsMatcher GetMatcher(string name);
}
