using MentorGroups.Groups;
using MentorGroups.Participants;
using MentorGroups.Validation;

namespace MentorGroups.Policies;

/// <summary>
/// How big a group may be: minimum and maximum mentors, minimum and maximum mentees, and the maximum number of
/// mentees per mentor. Each limit is hard (breaking it is an error) or a recommendation (breaking it is a warning
/// that says why). The presets follow the group-mentoring literature.
/// </summary>
/// <remarks>Immutable. Two policies are equal when all five limits (value, kind and rationale) are equal.</remarks>
public sealed record GroupSizePolicy
{
    /// <summary>Why the mentee-to-mentor ratio is limited.</summary>
    internal const string RatioRationale =
        "the more mentees per mentor, the more complex the group dynamics and the less each person learns; at most 5 mentees per mentor is recommended";

    /// <summary>Why small groups are discouraged.</summary>
    internal const string SmallGroupRationale =
        "a group this small loses the peer learning and diverse thinking that group mentoring is for; the common form has 5 to 10 mentees";

    /// <summary>Why large groups are discouraged.</summary>
    internal const string LargeGroupRationale =
        "large groups make the dynamics complex, compete for the mentor's attention and are hard to schedule";

    /// <summary>Why a group has at most two mentors.</summary>
    internal const string MentorCountRationale =
        "group mentoring works with one or two mentors who facilitate together";

    private GroupSizePolicy(SizeLimit minMentors, SizeLimit maxMentors, SizeLimit minMentees, SizeLimit maxMentees, SizeLimit maxMenteesPerMentor)
    {
        MinMentors = minMentors;
        MaxMentors = maxMentors;
        MinMentees = minMentees;
        MaxMentees = maxMentees;
        MaxMenteesPerMentor = maxMenteesPerMentor;
    }

    /// <summary>
    /// The seed's recommendation, enforced: 1–2 mentors, 1–10 mentees, and at most 5 mentees per mentor,
    /// all hard limits.
    /// </summary>
    public static GroupSizePolicy Recommended { get; } = new(
        SizeLimit.Hard(1, "a mentored group needs a mentor to facilitate"),
        SizeLimit.Hard(2, MentorCountRationale),
        SizeLimit.Hard(1, "a group needs at least one mentee"),
        SizeLimit.Hard(10, LargeGroupRationale),
        SizeLimit.Hard(5, RatioRationale));

    /// <summary>
    /// The most common form: 1–2 mentors (hard) with 5–10 mentees (recommended), at most 10 mentees (hard);
    /// more than 5 mentees per mentor is a warning.
    /// </summary>
    public static GroupSizePolicy CommonForm { get; } = new(
        SizeLimit.Hard(1, "a mentored group needs a mentor to facilitate"),
        SizeLimit.Hard(2, MentorCountRationale),
        SizeLimit.Recommended(5, SmallGroupRationale),
        SizeLimit.Hard(10, LargeGroupRationale),
        SizeLimit.Recommended(5, RatioRationale));

    /// <summary>Classic one-to-one mentoring: exactly one mentor and one mentee.</summary>
    public static GroupSizePolicy OneToOne { get; } = new(
        SizeLimit.Hard(1, "one-to-one mentoring pairs one mentor"),
        SizeLimit.Hard(1, "one-to-one mentoring pairs one mentor"),
        SizeLimit.Hard(1, "one-to-one mentoring pairs one mentee"),
        SizeLimit.Hard(1, "one-to-one mentoring pairs one mentee"),
        SizeLimit.Hard(1, "one-to-one mentoring pairs one mentee"));

    /// <summary>Peer groups without a mentor: 3–6 mentees recommended from 2, at most 8 (hard).</summary>
    public static GroupSizePolicy PeerGroup { get; } = new(
        SizeLimit.Hard(0, "peer groups have no mentor"),
        SizeLimit.Hard(0, "peer groups have no mentor"),
        SizeLimit.Recommended(3, "peer groups below three members lose the range of views that makes peer learning work"),
        SizeLimit.Hard(8, LargeGroupRationale),
        SizeLimit.Hard(0, "peer groups have no mentor"));

    /// <summary>The fewest mentors a group may have.</summary>
    public SizeLimit MinMentors { get; }

    /// <summary>The most mentors a group may have.</summary>
    public SizeLimit MaxMentors { get; }

    /// <summary>The fewest mentees a group may have.</summary>
    public SizeLimit MinMentees { get; }

    /// <summary>The most mentees a group may have.</summary>
    public SizeLimit MaxMentees { get; }

    /// <summary>The most mentees per mentor (mentees ÷ mentors); ignored when <see cref="MaxMentors"/> is zero.</summary>
    public SizeLimit MaxMenteesPerMentor { get; }

    /// <summary>Whether groups have mentors at all (false for peer groups).</summary>
    public bool IsMentored => MaxMentors.Value > 0;

    /// <summary>Creates a policy, rejecting one that contradicts itself.</summary>
    /// <param name="minMentors">Fewest mentors.</param>
    /// <param name="maxMentors">Most mentors.</param>
    /// <param name="minMentees">Fewest mentees.</param>
    /// <param name="maxMentees">Most mentees; at least 1.</param>
    /// <param name="maxMenteesPerMentor">Most mentees per mentor.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="MentorGroupsValidationException">
    /// Every contradiction at once: negative limits (<see cref="ErrorCodes.LimitOutOfRange"/>), a minimum above its maximum
    /// (<see cref="ErrorCodes.MinAboveMax"/>), or a ratio no group size can meet (<see cref="ErrorCodes.UnsatisfiableRatio"/>).
    /// </exception>
    public static GroupSizePolicy Create(SizeLimit minMentors, SizeLimit maxMentors, SizeLimit minMentees, SizeLimit maxMentees, SizeLimit maxMenteesPerMentor)
    {
        var problems = new Problems();
        foreach (var (name, limit) in new[]
                 {
                     ("minimum mentors", minMentors), ("maximum mentors", maxMentors), ("minimum mentees", minMentees),
                     ("maximum mentees", maxMentees), ("maximum mentees per mentor", maxMenteesPerMentor),
                 })
        {
            if (limit.Value < 0)
            {
                problems.Add(ErrorCodes.LimitOutOfRange, $"The {name} must be zero or more; got {limit.Value}.", name);
            }
        }

        if (maxMentees.Value < 1)
        {
            problems.Add(ErrorCodes.LimitOutOfRange, $"The maximum mentees must be at least 1; got {maxMentees.Value}.", "maximum mentees");
        }

        if (minMentors.Value > maxMentors.Value)
        {
            problems.Add(ErrorCodes.MinAboveMax, $"The minimum mentors ({minMentors.Value}) is above the maximum ({maxMentors.Value}).", "mentors");
        }

        if (minMentees.Value > maxMentees.Value)
        {
            problems.Add(ErrorCodes.MinAboveMax, $"The minimum mentees ({minMentees.Value}) is above the maximum ({maxMentees.Value}).", "mentees");
        }

        if (maxMentors.Value > 0 && maxMenteesPerMentor.Value < 1)
        {
            problems.Add(ErrorCodes.UnsatisfiableRatio, "Groups have mentors, so the maximum mentees per mentor must be at least 1.", "maximum mentees per mentor");
        }
        // With a minimum of zero mentors a mentor-less group is allowed, and the ratio does not bind it.
        else if (maxMentors.Value > 0 && minMentors.Value > 0 && (long)maxMentors.Value * maxMenteesPerMentor.Value < minMentees.Value)
        {
            problems.Add(ErrorCodes.UnsatisfiableRatio,
                $"No group can meet the policy: even {maxMentors.Value} mentor(s) at {maxMenteesPerMentor.Value} mentees each cannot reach the minimum of {minMentees.Value} mentees.",
                "maximum mentees per mentor");
        }

        problems.ThrowIfAny("group size policy");
        return new GroupSizePolicy(minMentors, maxMentors, minMentees, maxMentees, maxMenteesPerMentor);
    }

    /// <summary>
    /// The most mentees a team of <paramref name="mentorCount"/> mentors may take without breaking any maximum,
    /// hard or recommended. Strategies use this as the cap: they never exceed a recommendation on their own.
    /// </summary>
    /// <param name="mentorCount">Mentors in the group (0 for peer groups).</param>
    /// <returns>The cap.</returns>
    public int MenteeCapFor(int mentorCount)
    {
        if (!IsMentored)
        {
            return MaxMentees.Value;
        }

        var byRatio = (long)mentorCount * MaxMenteesPerMentor.Value;
        return (int)Math.Min(MaxMentees.Value, byRatio);
    }

    /// <summary>Checks one group against every limit.</summary>
    /// <param name="group">The group.</param>
    /// <returns>Findings: errors for hard limits broken, warnings for recommendations not met; empty when all is well.</returns>
    public IReadOnlyList<PolicyFinding> Evaluate(MentoringGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return Evaluate(group.Id, group.Mentors, group.Mentees);
    }

    /// <summary>Checks a set of groups: every group against every limit, and the set for people in several groups and repeated group ids.</summary>
    /// <param name="groups">The groups.</param>
    /// <returns>All findings, group by group in the given order, then the set-level findings.</returns>
    public IReadOnlyList<PolicyFinding> Evaluate(IEnumerable<MentoringGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var findings = new List<PolicyFinding>();
        var seenPeople = new Dictionary<ParticipantId, List<GroupId>>();
        var seenGroups = new HashSet<GroupId>();
        var repeatedGroups = new SortedSet<GroupId>();
        foreach (var group in groups)
        {
            findings.AddRange(Evaluate(group));
            if (!seenGroups.Add(group.Id))
            {
                repeatedGroups.Add(group.Id);
            }

            foreach (var person in group.Members)
            {
                if (!seenPeople.TryGetValue(person, out var list))
                {
                    seenPeople[person] = list = [];
                }

                list.Add(group.Id);
            }
        }

        foreach (var id in repeatedGroups)
        {
            findings.Add(new PolicyFinding(FindingSeverity.Error, FindingCodes.DuplicateGroupId, $"Group id {id} is used by more than one group.", id, []));
        }

        foreach (var (person, inGroups) in seenPeople.Where(p => p.Value.Count > 1).OrderBy(p => p.Key))
        {
            findings.Add(new PolicyFinding(FindingSeverity.Error, FindingCodes.PersonInSeveralGroups,
                $"{person} is in {inGroups.Count} groups ({string.Join(", ", inGroups)}); a person belongs to one group of a programme.",
                null, [person]));
        }

        return findings;
    }

    internal IReadOnlyList<PolicyFinding> Evaluate(GroupId id, IReadOnlyList<ParticipantId> mentors, IReadOnlyList<ParticipantId> mentees)
    {
        var findings = new List<PolicyFinding>();
        var everyone = mentors.Concat(mentees).ToArray();
        Check(findings, id, MinMentors, mentors.Count < MinMentors.Value, FindingCodes.TooFewMentors,
            $"The group has {mentors.Count} mentor(s); the minimum is {MinMentors.Value}", mentors);
        Check(findings, id, MaxMentors, mentors.Count > MaxMentors.Value, FindingCodes.TooManyMentors,
            $"The group has {mentors.Count} mentors; the maximum is {MaxMentors.Value}", mentors);
        Check(findings, id, MinMentees, mentees.Count < MinMentees.Value, FindingCodes.TooFewMentees,
            $"The group has {mentees.Count} mentee(s); the minimum is {MinMentees.Value}", everyone);
        Check(findings, id, MaxMentees, mentees.Count > MaxMentees.Value, FindingCodes.TooManyMentees,
            $"The group has {mentees.Count} mentees; the maximum is {MaxMentees.Value}", everyone);
        if (IsMentored && mentors.Count > 0)
        {
            var over = mentees.Count > (long)mentors.Count * MaxMenteesPerMentor.Value;
            Check(findings, id, MaxMenteesPerMentor, over, FindingCodes.RatioExceeded,
                $"The group has {mentees.Count} mentees for {mentors.Count} mentor(s) ({(double)mentees.Count / mentors.Count:0.##} per mentor); the maximum is {MaxMenteesPerMentor.Value} per mentor",
                everyone);
        }

        return findings;
    }

    private static void Check(List<PolicyFinding> findings, GroupId id, SizeLimit limit, bool broken, string code, string what, IReadOnlyList<ParticipantId> people)
    {
        if (!broken)
        {
            return;
        }

        var severity = limit.IsHard ? FindingSeverity.Error : FindingSeverity.Warning;
        var message = limit.Rationale is null
            ? $"{what} ({(limit.IsHard ? "hard limit" : "recommendation")})."
            : $"{what} ({(limit.IsHard ? "hard limit" : "recommendation")}): {limit.Rationale}.";
        findings.Add(new PolicyFinding(severity, code, message, id, people.ToArray()));
    }
}
