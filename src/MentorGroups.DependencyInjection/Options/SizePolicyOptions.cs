using System.ComponentModel.DataAnnotations;
using MentorGroups.Policies;
using Microsoft.Extensions.Options;

namespace MentorGroups.DependencyInjection;

/// <summary>
/// The size policy of a programme configuration: a preset of <see cref="GroupSizePolicy"/>, explicit limits, or a
/// preset with some limits overridden. With neither, each programme keeps its own policy.
/// </summary>
public sealed class SizePolicyOptions
{
    /// <summary>The preset names, in the order the documentation lists them (<see cref="Settings.SizePolicyPresets.Names"/>).</summary>
    public static IReadOnlyList<string> PresetNames => Settings.SizePolicyPresets.Names;

    /// <summary>
    /// A preset (case-insensitive): "recommended", "common-form", "one-to-one" or "peer-group", the spelling the
    /// command-line settings file uses too. When it is not set but a limit is, the limits override "recommended".
    /// </summary>
    /// <value>The default value is <see langword="null"/>: no preset.</value>
    public string? Preset { get; set; }

    /// <summary>The fewest mentors a group may have, overriding the preset's.</summary>
    /// <value>The default value is <see langword="null"/>: the preset's limit.</value>
    [ValidateObjectMembers]
    public SizeLimitOptions? MinMentors { get; set; }

    /// <summary>The most mentors a group may have, overriding the preset's.</summary>
    /// <value>The default value is <see langword="null"/>: the preset's limit.</value>
    [ValidateObjectMembers]
    public SizeLimitOptions? MaxMentors { get; set; }

    /// <summary>The fewest mentees a group may have, overriding the preset's.</summary>
    /// <value>The default value is <see langword="null"/>: the preset's limit.</value>
    [ValidateObjectMembers]
    public SizeLimitOptions? MinMentees { get; set; }

    /// <summary>The most mentees a group may have, overriding the preset's.</summary>
    /// <value>The default value is <see langword="null"/>: the preset's limit.</value>
    [ValidateObjectMembers]
    public SizeLimitOptions? MaxMentees { get; set; }

    /// <summary>The most mentees per mentor, overriding the preset's.</summary>
    /// <value>The default value is <see langword="null"/>: the preset's limit.</value>
    [ValidateObjectMembers]
    public SizeLimitOptions? MaxMenteesPerMentor { get; set; }

    /// <summary>Whether anything is set; when not, programmes keep their own policies.</summary>
    internal bool IsEmpty => Preset is null && Limits.All(l => l.Limit is null);

    /// <summary>The explicit limits with their option names, in the order <see cref="GroupSizePolicy.Create"/> takes them.</summary>
    internal IEnumerable<(string Name, SizeLimitOptions? Limit)> Limits =>
    [
        (nameof(MinMentors), MinMentors), (nameof(MaxMentors), MaxMentors), (nameof(MinMentees), MinMentees),
        (nameof(MaxMentees), MaxMentees), (nameof(MaxMenteesPerMentor), MaxMenteesPerMentor),
    ];
}

/// <summary>One explicit size limit: its value and whether breaking it is an error or a warning.</summary>
public sealed class SizeLimitOptions
{
    /// <summary>The largest value a limit may have; no group of mentoring is bigger.</summary>
    public const int MaxValue = 1000;

    /// <summary>The limit.</summary>
    /// <value>The default value is 0. It must be between 0 and 1000.</value>
    [Range(0, MaxValue)]
    public int Value { get; set; }

    /// <summary>Whether the limit is hard (no strategy breaks it) or a recommendation (breaking it is a warning).</summary>
    /// <value>The default value is <see cref="LimitKind.Hard"/>.</value>
    public LimitKind Kind { get; set; } = LimitKind.Hard;
}
