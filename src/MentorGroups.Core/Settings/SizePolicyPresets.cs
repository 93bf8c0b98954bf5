using System.Diagnostics.CodeAnalysis;
using MentorGroups.Policies;

namespace MentorGroups.Settings;

/// <summary>
/// The size-policy presets by name, and the names of the limit kinds ("hard", "recommendation"): one spelling each, read case-insensitively,
/// shared by the dependency-injection options and the command-line settings file.
/// </summary>
public static class SizePolicyPresets
{
    /// <summary>The name of <see cref="GroupSizePolicy.Recommended"/>.</summary>
    public const string Recommended = "recommended";

    /// <summary>The name of <see cref="GroupSizePolicy.CommonForm"/>.</summary>
    public const string CommonForm = "common-form";

    /// <summary>The name of <see cref="GroupSizePolicy.OneToOne"/>.</summary>
    public const string OneToOne = "one-to-one";

    /// <summary>The name of <see cref="GroupSizePolicy.PeerGroup"/>.</summary>
    public const string PeerGroup = "peer-group";

    /// <summary>The name of <see cref="LimitKind.Hard"/> in settings.</summary>
    public const string HardLimit = "hard";

    /// <summary>The name of <see cref="LimitKind.Recommendation"/> in settings.</summary>
    public const string RecommendationLimit = "recommendation";

    /// <summary>The preset names, in the order the documentation lists them.</summary>
    public static IReadOnlyList<string> Names { get; } = [Recommended, CommonForm, OneToOne, PeerGroup];

    /// <summary>Finds a preset by name (case-insensitive, surrounding white space ignored).</summary>
    /// <param name="name">The name, e.g. "common-form".</param>
    /// <param name="policy">The preset, when found.</param>
    /// <returns><see langword="true"/> when <paramref name="name"/> names a preset.</returns>
    public static bool TryGet(string? name, [NotNullWhen(true)] out GroupSizePolicy? policy)
    {
        policy = name?.Trim().ToLowerInvariant() switch
        {
            Recommended => GroupSizePolicy.Recommended,
            CommonForm => GroupSizePolicy.CommonForm,
            OneToOne => GroupSizePolicy.OneToOne,
            PeerGroup => GroupSizePolicy.PeerGroup,
            _ => null,
        };
        return policy is not null;
    }

    /// <summary>Reads a limit kind: "hard" or "recommendation" (case-insensitive), the names of <see cref="LimitKind"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="kind">The kind, when recognised.</param>
    /// <returns><see langword="true"/> when recognised.</returns>
    public static bool TryParseLimitKind(string? text, out LimitKind kind)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case HardLimit:
                kind = LimitKind.Hard;
                return true;
            case RecommendationLimit:
                kind = LimitKind.Recommendation;
                return true;
            default:
                kind = default;
                return false;
        }
    }

    /// <summary>
    /// A preset with some limits overridden; an overridden limit keeps the preset's rationale unless it brings its own,
    /// because why a limit exists does not change with its value.
    /// </summary>
    /// <param name="preset">The preset.</param>
    /// <param name="minMentors">The fewest mentors, or <see langword="null"/> for the preset's.</param>
    /// <param name="maxMentors">The most mentors, or <see langword="null"/> for the preset's.</param>
    /// <param name="minMentees">The fewest mentees, or <see langword="null"/> for the preset's.</param>
    /// <param name="maxMentees">The most mentees, or <see langword="null"/> for the preset's.</param>
    /// <param name="maxMenteesPerMentor">The most mentees per mentor, or <see langword="null"/> for the preset's.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="Validation.MentorGroupsValidationException">The limits contradict each other (see <see cref="GroupSizePolicy.Create"/>).</exception>
    public static GroupSizePolicy Override(
        GroupSizePolicy preset,
        SizeLimit? minMentors = null,
        SizeLimit? maxMentors = null,
        SizeLimit? minMentees = null,
        SizeLimit? maxMentees = null,
        SizeLimit? maxMenteesPerMentor = null)
    {
        ArgumentNullException.ThrowIfNull(preset);
        return GroupSizePolicy.Create(
            Keep(minMentors, preset.MinMentors),
            Keep(maxMentors, preset.MaxMentors),
            Keep(minMentees, preset.MinMentees),
            Keep(maxMentees, preset.MaxMentees),
            Keep(maxMenteesPerMentor, preset.MaxMenteesPerMentor));
    }

    private static SizeLimit Keep(SizeLimit? given, SizeLimit preset) =>
        given is not { } limit ? preset : string.IsNullOrEmpty(limit.Rationale) ? new SizeLimit(limit.Value, limit.Kind, preset.Rationale) : limit;
}
