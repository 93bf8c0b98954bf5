using FsCheck;
using FsCheck.Fluent;
using MentorGroups.Groups;
using MentorGroups.Participants;
using MentorGroups.Policies;
using MentorGroups.Scheduling;

namespace MentorGroups.Testing;

/// <summary>
/// FsCheck generators of realistic MentorGroups domain values, for property tests of the library and of
/// integrators' own strategies, criteria and constraints.
/// </summary>
/// <remarks>
/// Every generator is built only from FsCheck combinators, so the values depend on FsCheck's seed and size alone:
/// replaying a seed gives the same values. Every value is valid: it went through the library's own factories.
/// </remarks>
public static class DomainGenerators
{
    private const int MinutesPerDay = 24 * 60;

    /// <summary>The IANA time zones that generated participants live in; a spread across the world, UTC included.</summary>
    public static IReadOnlyList<string> TimeZoneIds { get; } =
    [
        "Europe/Copenhagen", "Europe/London", "Europe/Berlin", "America/New_York", "America/Los_Angeles",
        "America/Sao_Paulo", "Asia/Tokyo", "Asia/Kolkata", "Australia/Sydney", "UTC",
    ];

    /// <summary>The small vocabulary that learning goals and expertise are drawn from, written as HR systems write them.</summary>
    public static IReadOnlyList<string> TagVocabulary { get; } =
    [
        "leadership", "career start", "negotiation", "public speaking", "project management", "data analysis",
        "people management", "stakeholder management", "coaching", "product strategy", "finance basics",
        "change management", "cloud architecture", "sales", "work-life balance",
    ];

    /// <summary>The languages generated participants speak (ISO 639-1 codes).</summary>
    public static IReadOnlyList<string> Languages { get; } = ["en", "da", "de", "ja", "es", "hi"];

    /// <summary>The organisational units (departments) generated participants belong to.</summary>
    public static IReadOnlyList<string> OrganisationalUnits { get; } =
    [
        "Engineering", "Finance", "Human Resources", "Marketing", "Operations", "Sales", "Legal",
    ];

    /// <summary>HR-style ids such as <c>E01234</c>.</summary>
    /// <returns>The generator.</returns>
    public static Gen<ParticipantId> ParticipantIds() =>
        Gen.Choose(1, 99_999).Select(NumberedId);

    /// <summary>Distinct HR-style ids, as many as asked for, in a random order.</summary>
    /// <param name="count">How many ids; zero or more.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public static Gen<ParticipantId[]> DistinctParticipantIds(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);

        // A random offset and stride walk the id space without repeats, cheaper than shuffling it.
        return from offset in Gen.Choose(1, 50_000)
               from stride in Gen.Elements(1, 3, 7, 11)
               from order in Gen.Shuffle(Enumerable.Range(0, count))
               select order.Select(i => NumberedId(offset + (i * stride))).ToArray();
    }

    /// <summary>Group ids such as <c>G007</c>.</summary>
    /// <returns>The generator.</returns>
    public static Gen<GroupId> GroupIds() =>
        Gen.Choose(1, 999).Select(n => new GroupId(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"G{n:000}")));

    /// <summary>One tag from <see cref="TagVocabulary"/>, written as people type it: sometimes capitalised, padded or with doubled spaces.</summary>
    /// <returns>The generator of raw (not yet normalised) tags.</returns>
    public static Gen<string> RawTags() =>
        from tag in Gen.Elements<string>(TagVocabulary)
        from style in Gen.Choose(0, 4)
        select style switch
        {
            0 => tag.ToUpperInvariant(),
            1 => " " + tag + "  ",
            2 => tag.Replace(" ", "  ", StringComparison.Ordinal),
            3 => char.ToUpperInvariant(tag[0]) + tag[1..],
            _ => tag,
        };

    /// <summary>Sets of zero to four tags from <see cref="TagVocabulary"/>, built from messy raw text.</summary>
    /// <returns>The generator.</returns>
    public static Gen<TagSet> TagSets() =>
        from count in Gen.Choose(0, 4)
        from raw in Gen.ListOf(RawTags(), count)
        select TagSet.From(raw);

    /// <summary>
    /// Weekly windows: mostly daytime meetings of 30 minutes to 3 hours on a half-hour grid, some late-evening windows
    /// that cross midnight (Sunday night into Monday too), and now and then any window the type allows.
    /// </summary>
    /// <returns>The generator.</returns>
    public static Gen<WeeklyWindow> WeeklyWindows()
    {
        var daytime =
            from day in Gen.Choose(0, 6)
            from halfHour in Gen.Choose(7 * 2, 19 * 2)
            from halfHours in Gen.Choose(1, 6)
            select WeeklyWindow.FromMinutes((day * MinutesPerDay) + (halfHour * 30), halfHours * 30);
        var lateEvening =
            from day in Gen.Choose(0, 6)
            from start in Gen.Choose(21 * 60, (24 * 60) - 15)
            from length in Gen.Choose(30, 240)
            select WeeklyWindow.FromMinutes((day * MinutesPerDay) + start, length);
        var anything =
            from start in Gen.Choose(0, WeeklyWindow.MinutesPerWeek - 1)
            from length in Gen.Choose(1, WeeklyWindow.MinutesPerWeek)
            select WeeklyWindow.FromMinutes(start, length);
        return Gen.Frequency((8, daytime), (2, lateEvening), (1, anything));
    }

    /// <summary>Weekly availabilities of zero to five windows that never overlap (later windows that would overlap are dropped).</summary>
    /// <returns>The generator.</returns>
    public static Gen<WeeklyAvailability> WeeklyAvailabilities() =>
        from count in Gen.Choose(0, 5)
        from windows in Gen.ListOf(WeeklyWindows(), count)
        select WeeklyAvailability.From(WithoutOverlaps(windows));

    /// <summary>Participants with a realistic profile and a generated id.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Participant> Participants() => ParticipantIds().SelectMany(Participants);

    /// <summary>
    /// Participants with the given id and a realistic profile: one to three learning goals, some expertise, one or two
    /// languages, a department, a seniority level, often a line manager, a time zone from <see cref="TimeZoneIds"/>,
    /// a weekly availability and a couple of HR attributes.
    /// </summary>
    /// <param name="id">The participant's id.</param>
    /// <returns>The generator.</returns>
    public static Gen<Participant> Participants(ParticipantId id) =>
        from goalCount in Gen.Choose(1, 3)
        from goals in Gen.ListOf(RawTags(), goalCount)
        from expertise in TagSets()
        from languageCount in Gen.Choose(1, 2)
        from languages in Gen.ListOf(Gen.Elements<string>(Languages), languageCount)
        from unit in Gen.Elements<string>(OrganisationalUnits)
        from seniority in Gen.Choose(0, 6)
        from manager in Gen.Frequency((3, ParticipantIds().Select(m => (ParticipantId?)m)), (1, Gen.Constant((ParticipantId?)null)))
        from timeZone in Gen.Elements<string>(TimeZoneIds)
        from availability in WeeklyAvailabilities()
        from cohort in Gen.Choose(2020, 2026)
        select Participant.Builder(id.Value)
            .WithLearningGoals(goals)
            .WithExpertise(expertise)
            .WithLanguages(languages)
            .InOrganisationalUnit(unit)
            .AtSeniority(seniority)
            .ReportingTo(manager is { } m && m != id ? m.Value : null)
            .InTimeZone(timeZone)
            .AvailableAt(availability)
            .WithAttribute("cohort", cohort.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithAttribute("site", timeZone)
            .Build();

    /// <summary>Single size limits between <paramref name="min"/> and <paramref name="max"/>, hard or recommended at random.</summary>
    /// <param name="min">Smallest value.</param>
    /// <param name="max">Largest value; not below <paramref name="min"/>.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="max"/> is below <paramref name="min"/>.</exception>
    public static Gen<SizeLimit> SizeLimits(int min, int max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, min);
        return from value in Gen.Choose(min, max)
               from hard in Gen.Elements(true, false)
               select hard ? SizeLimit.Hard(value, "generated hard limit") : SizeLimit.Recommended(value, "generated recommendation");
    }

    /// <summary>
    /// Valid size policies: the four presets now and then, otherwise mentored (up to three mentors) or peer policies with
    /// random values that never contradict each other, each limit hard or a recommendation at random.
    /// </summary>
    /// <returns>The generator.</returns>
    public static Gen<GroupSizePolicy> GroupSizePolicies()
    {
        var mentored =
            from minMentors in SizeLimits(0, 2)
            from maxMentors in SizeLimits(Math.Max(1, minMentors.Value), 3)
            from ratio in SizeLimits(1, 6)
            from maxMentees in SizeLimits(1, 12)
            from minMentees in SizeLimits(0, MinMenteesCeiling(minMentors, maxMentors, ratio, maxMentees))
            select GroupSizePolicy.Create(minMentors, maxMentors, minMentees, maxMentees, ratio);
        var peer =
            from maxMentees in SizeLimits(1, 10)
            from minMentees in SizeLimits(0, maxMentees.Value)
            select GroupSizePolicy.Create(SizeLimit.Hard(0), SizeLimit.Hard(0), minMentees, maxMentees, SizeLimit.Hard(0));
        var presets = Gen.Elements(GroupSizePolicy.Recommended, GroupSizePolicy.CommonForm, GroupSizePolicy.OneToOne, GroupSizePolicy.PeerGroup);
        return Gen.Frequency((2, presets), (6, mentored), (2, peer));
    }

    /// <summary>
    /// Groups that satisfy every hard limit of <paramref name="policy"/>, with distinct generated members. Limits that are
    /// only recommendations are sometimes broken (by one or two), so the groups carry warnings now and then.
    /// </summary>
    /// <param name="policy">The policy the groups must satisfy; one <see cref="GroupSizePolicy.Create"/> accepted or a preset.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is <see langword="null"/>.</exception>
    public static Gen<MentoringGroup> MentoringGroups(GroupSizePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var shapes = FeasibleShapes(policy);
        return from shape in Gen.Elements(shapes)
               from id in GroupIds()
               from people in DistinctParticipantIds(shape.Mentors + shape.Mentees)
               select MentoringGroup.Create(id, people.Take(shape.Mentors), people.Skip(shape.Mentors), policy);
    }

    /// <summary>Groups under a generated policy (see <see cref="GroupSizePolicies"/>); <see cref="MentoringGroup.Policy"/> tells which.</summary>
    /// <returns>The generator.</returns>
    public static Gen<MentoringGroup> MentoringGroups() => GroupSizePolicies().SelectMany(MentoringGroups);

    private static ParticipantId NumberedId(int number) =>
        new(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"E{number:00000}"));

    private static List<WeeklyWindow> WithoutOverlaps(IEnumerable<WeeklyWindow> windows)
    {
        var kept = new List<WeeklyWindow>();
        foreach (var window in windows)
        {
            if (!kept.Exists(k => k.Overlaps(window)))
            {
                kept.Add(window);
            }
        }

        return kept;
    }

    // The largest minimum of mentees that still leaves a group possible: at most the maximum, and when every group
    // needs a mentor, at most what the largest mentor team may take.
    private static int MinMenteesCeiling(SizeLimit minMentors, SizeLimit maxMentors, SizeLimit ratio, SizeLimit maxMentees) =>
        minMentors.Value > 0 ? Math.Min(maxMentees.Value, maxMentors.Value * ratio.Value) : maxMentees.Value;

    /// <summary>
    /// Every (mentors, mentees) pair the hard limits allow, with recommendations stretched by up to two either way.
    /// Worked out from the limits here rather than by asking the policy, so a policy that rejects a group it should
    /// accept makes the generator fail loudly.
    /// </summary>
    private static (int Mentors, int Mentees)[] FeasibleShapes(GroupSizePolicy policy)
    {
        const int stretch = 2;
        var mentorRange = Range(policy.MinMentors, policy.MaxMentors, stretch);
        var menteeRange = Range(policy.MinMentees, policy.MaxMentees, stretch);
        var shapes = new List<(int, int)>();
        for (var mentors = mentorRange.Low; mentors <= mentorRange.High; mentors++)
        {
            for (var mentees = menteeRange.Low; mentees <= menteeRange.High; mentees++)
            {
                var ratioHolds = !policy.MaxMenteesPerMentor.IsHard || !policy.IsMentored || mentors == 0
                    || mentees <= (long)mentors * policy.MaxMenteesPerMentor.Value;
                if (ratioHolds)
                {
                    shapes.Add((mentors, mentees));
                }
            }
        }

        return shapes.Count > 0
            ? [.. shapes]
            : throw new ArgumentException("No group can satisfy the policy's hard limits.", nameof(policy));
    }

    private static (int Low, int High) Range(SizeLimit min, SizeLimit max, int stretch) =>
        (min.IsHard ? min.Value : Math.Max(0, min.Value - stretch), max.IsHard ? max.Value : max.Value + stretch);
}
