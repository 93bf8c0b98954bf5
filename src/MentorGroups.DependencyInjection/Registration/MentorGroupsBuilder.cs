namespace Microsoft.Extensions.DependencyInjection;

/// <summary>The builder <c>AddMentorGroups</c> returns.</summary>
internal sealed record MentorGroupsBuilder(string Name, IServiceCollection Services) : IMentorGroupsBuilder;
