using MentorGroups.Cli.Input;
using MentorGroups.Cli.Scheduling;
using MentorGroups.Matching;
using MentorGroups.Participants;
using MentorGroups.Policies;

namespace MentorGroups.Cli.Output;

/// <summary>Describes a <see cref="MatchingResult"/> as a <see cref="ResultDocument"/>, adding names for the coordinator and meeting slots.</summary>
internal static class ResultDocumentFactory
{
    public static ResultDocument Create(
        ParticipantTable table, ProgrammeSettings settings, MatchingResult result, ICommonSlotFinder slots, SlotSearch search,
        CancellationToken cancellationToken, IProgress<double>? progress = null)
    {
        var placements = result.Placements.ToDictionary(p => p.Mentee);
        var groups = new List<GroupRecord>(result.Groups.Count);
        foreach (var group in result.Groups)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report((double)groups.Count / Math.Max(1, result.Groups.Count));
            var mine = group.Mentees.Select(placements.GetValueOrDefault).OfType<Placement>().ToArray();
            var people = group.Members.Select(id => table.Find(id)!.Enrolment.Participant).ToArray();
            var slot = Slot(slots.Find(people, search), search);
            var members = group.Mentors.Select(id => Member(table, id, placements, slot))
                .Concat(group.Mentees.Select(id => Member(table, id, placements, slot)))
                .ToArray();
            groups.Add(new GroupRecord(
                group.Id.Value,
                members,
                Round(mine.Length == 0 ? 0 : mine.Average(p => p.Score)),
                Breakdown(mine),
                slot,
                result.Findings.Where(f => f.GroupId == group.Id && f.Severity != FindingSeverity.Information).Select(f => f.Message).ToArray()));
        }

        return new ResultDocument(
            ResultDocument.CurrentVersion,
            settings.Programme.Name,
            result.StrategyName,
            settings.Seed,
            Describe(settings.Programme.SizePolicy),
            new ResultTotals(
                table.MentorCount, table.MenteeCount, result.Groups.Count, result.Placements.Count, result.Unmatched.Count,
                result.UnassignedMentors.Count, Round(result.TotalScore), result.Objective),
            groups,
            result.Placements.Select(p => new PlacementRecord(
                p.Mentee.Value, p.Group.Value, p.Mentors.Select(m => m.Value).ToArray(), Round(p.Score), p.Pinned,
                p.Breakdown.Select(c => new ContributionRecord(c.Criterion, c.Weight, Round(c.Score), Round(c.Contribution), c.Reason)).ToArray())).ToArray(),
            result.Unmatched.Select(u => new UnmatchedRecord(u.Mentee.Value, NameOf(table, u.Mentee), u.Reason.ToString(), u.Explanation)).ToArray(),
            result.UnassignedMentors.Select(u => new UnassignedMentorRecord(u.Mentor.Value, ParticipantColumns.RoleWord(table.Find(u.Mentor)!.Enrolment.Role), NameOf(table, u.Mentor), u.Explanation)).ToArray(),
            result.Findings.Select(f => new FindingRecord(f.Severity.ToString(), f.Code, f.Message, f.GroupId?.Value, f.People.Select(p => p.Value).ToArray())).ToArray(),
            Limits(settings.Programme.SizePolicy));
    }

    private static PolicyLimits Limits(GroupSizePolicy policy) => new(
        policy.MinMentors.Value, policy.MaxMentors.Value, policy.MinMentees.Value, policy.MaxMentees.Value, policy.MaxMenteesPerMentor.Value);

    /// <summary>Slot description shared by <c>match</c> and <c>schedule</c>.</summary>
    public static SlotRecord Slot(CommonSlots found, SlotSearch search) => new(
        found.First is { } first ? first + " UTC" : null,
        found.MeetingMinutes,
        found.MembersCovered,
        found.MembersWithoutAvailability.Select(p => p.Value).ToArray(),
        found.WindowsUtc.Select(w => w + " UTC").ToArray(),
        found.First?.StartMinuteOfWeek,
        found.First is null ? null : search.ReferenceMonday);

    /// <summary>Scores are kept to 4 decimals: enough to rank, short enough to read, and stable in text.</summary>
    public static double Round(double value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);

    private static MemberRecord Member(ParticipantTable table, ParticipantId id, Dictionary<ParticipantId, Placement> placements, SlotRecord slot)
    {
        var enrolment = table.Find(id)!.Enrolment;
        return new MemberRecord(
            id.Value,
            ParticipantColumns.RoleWord(enrolment.Role),
            enrolment.Participant.DisplayName,
            enrolment.Participant.Profile.OrganisationalUnit,
            placements.TryGetValue(id, out var p) ? Round(p.Score) : null,
            slot is { StartMinuteUtc: { } start, ReferenceMonday: { } monday }
                ? LocalSlot.Describe(start, slot.Minutes, monday, enrolment.Participant.Profile.TimeZone)
                : null);
    }

    private static CriterionRecord[] Breakdown(Placement[] placements)
    {
        if (placements.Length == 0)
        {
            return [];
        }

        return placements[0].Breakdown
            .Select((c, i) => new CriterionRecord(c.Criterion, c.Weight, Round(placements.Average(p => p.Breakdown[i].Score))))
            .ToArray();
    }

    private static string? NameOf(ParticipantTable table, ParticipantId id) => table.Find(id)?.Enrolment.Participant.DisplayName;

    private static string Describe(GroupSizePolicy policy)
    {
        foreach (var (name, preset) in ProgrammeSettings.Presets)
        {
            if (preset.Equals(policy))
            {
                return name;
            }
        }

        return $"custom: mentors {policy.MinMentors}-{policy.MaxMentors}, mentees {policy.MinMentees}-{policy.MaxMentees}, at most {policy.MaxMenteesPerMentor} per mentor";
    }
}
