using Microsoft.Extensions.Options;

namespace MentorGroups.DependencyInjection;

/// <summary>The simple bounds of <see cref="MentorGroupsOptions"/> (the DataAnnotations on its members), checked by generated code.</summary>
[OptionsValidator]
internal sealed partial class MentorGroupsOptionsBoundsValidator : IValidateOptions<MentorGroupsOptions>
{
}
