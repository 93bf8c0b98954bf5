namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Chains further MentorGroups registrations (strategies, more programme configurations) after <c>AddMentorGroups</c>.</summary>
public interface IMentorGroupsBuilder
{
    /// <summary>The name of the programme configuration (options name) this builder was created for; empty for the default one.</summary>
    string Name { get; }

    /// <summary>The service collection being configured.</summary>
    IServiceCollection Services { get; }
}
