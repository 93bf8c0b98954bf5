using MentorGroups.Policies;

namespace MentorGroups.DependencyInjection;

/// <summary>Turns <see cref="SizePolicyOptions"/> into a <see cref="GroupSizePolicy"/>; the validator and the matcher share it.</summary>
internal static class SizePolicyFactory
{
    /// <summary>The preset named (case-insensitive), or <see langword="null"/> when there is none by that name.</summary>
    public static GroupSizePolicy? FindPreset(string name) => name.ToUpperInvariant() switch
    {
        "RECOMMENDED" => GroupSizePolicy.Recommended,
        "COMMONFORM" => GroupSizePolicy.CommonForm,
        "ONETOONE" => GroupSizePolicy.OneToOne,
        "PEERGROUP" => GroupSizePolicy.PeerGroup,
        _ => null,
    };

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

        var preset = FindPreset(options.Preset ?? nameof(GroupSizePolicy.Recommended))
                     ?? throw new InvalidOperationException($"'{options.Preset}' is not a size-policy preset.");
        return GroupSizePolicy.Create(
            Override(preset.MinMentors, options.MinMentors),
            Override(preset.MaxMentors, options.MaxMentors),
            Override(preset.MinMentees, options.MinMentees),
            Override(preset.MaxMentees, options.MaxMentees),
            Override(preset.MaxMenteesPerMentor, options.MaxMenteesPerMentor));
    }

    private static SizeLimit Override(SizeLimit preset, SizeLimitOptions? configured) =>
        configured is null ? preset : new SizeLimit(configured.Value, configured.Kind, preset.Rationale);
}
