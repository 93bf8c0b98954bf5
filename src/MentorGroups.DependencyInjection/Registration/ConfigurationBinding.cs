namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Why the overloads that bind options from <c>IConfiguration</c> carry trimming and AOT annotations: binding reads
/// properties by reflection. Applications that trim or publish native AOT configure options with the
/// <c>Action&lt;MentorGroupsOptions&gt;</c> overloads instead, or enable the configuration binding source generator.
/// </summary>
internal static class ConfigurationBinding
{
    public const string TrimmingWarning =
        "Binding MentorGroupsOptions from configuration reads its properties by reflection; trimming may remove them. Use the Action<MentorGroupsOptions> overload or the configuration binding source generator.";

    public const string AotWarning =
        "Binding MentorGroupsOptions from configuration may need code generated at run time. Use the Action<MentorGroupsOptions> overload or the configuration binding source generator.";
}
