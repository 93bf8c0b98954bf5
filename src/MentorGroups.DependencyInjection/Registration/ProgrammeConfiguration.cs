namespace MentorGroups.DependencyInjection;

/// <summary>Marks that a programme configuration (options name) was registered; makes registering it again a no-op.</summary>
/// <param name="Name">The options name.</param>
internal sealed record ProgrammeConfiguration(string Name);
