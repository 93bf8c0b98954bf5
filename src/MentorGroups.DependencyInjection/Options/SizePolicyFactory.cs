using MentorGroups.Policies;
using MentorGroups.Settings;

namespace MentorGroups.DependencyInjection;

/// <summary>Turns <see cref="SizePolicyOptions"/> into a <see cref="GroupSizePolicy"/>; the validator and the matcher share it.</summary>
internal static class SizePolicyFactory
{
    /// <summary>The preset named (see <see cref="SizePolicyPresets"/>), or <see langword="null"/> when there is none by that name.</summary>
    public static GroupSizePolicy? FindPreset(string name) => SizePolicyPresets.TryGet(name, out var preset) ? preset : null;

    /// <summary>
    /// The configured policy, or <see langword="null"/> when nothing is configured and each programme keeps its own.
    /// An overridden limit keeps the preset's rationale: why the limit exists does not change with its value.
    /// </summary>
    /// <exception cref="Validation.MentorGroupsValidationException">The limits contradict each other (see <see cref="GroupSizePolicy.Create"/>).</exception>
    /// <exception cref="InvalidOperationException">The preset is unknown; validation reports it first.</exception>
    public static GroupSizePolicy? Create(SizePolicyOptions options)
    {
        if (options.IsEmpty)
        {
            return null;
        }

        var preset = FindPreset(options.Preset ?? SizePolicyPresets.Recommended)
                     ?? throw new InvalidOperationException($"'{options.Preset}' is not a size-policy preset.");
        return SizePolicyPresets.Override(
            preset,
            Limit(options.MinMentors),
            Limit(options.MaxMentors),
            Limit(options.MinMentees),
            Limit(options.MaxMentees),
            Limit(options.MaxMenteesPerMentor));
    }

    private static SizeLimit? Limit(SizeLimitOptions? configured) => configured is null ? null : new SizeLimit(configured.Value, configured.Kind);
}
