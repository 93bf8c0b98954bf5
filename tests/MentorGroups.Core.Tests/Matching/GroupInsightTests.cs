using FsCheck;
using FsCheck.Fluent;
using MentorGroups.Matching;
using MentorGroups.Participants;
using MentorGroups.Programmes;
using MentorGroups.Scheduling;
using MentorGroups.Testing.Conformance;
using MentorGroups.Tests.Scheduling;
using MentorGroups.Strategies.Greedy;

namespace MentorGroups.Tests.Matching;

public sealed class GroupInsightTests
{
    private static readonly DateOnly WinterWeek = new(2026, 1, 12);

    private static Participant Person(string id, TimeZoneInfo zone, string availability) =>
        Participant.Builder(id).InTimeZone(zone.Id).AvailableAt(availability).Build();

    private static MatchingResult MatchOneGroup(Participant mentor, params Participant[] mentees)
    {
        var builder = MatchingRequest.For(Programme.Builder("p", "Graduates").Build())
            .WithMeetingSlots(new MeetingSlotOptions { ReferenceWeek = WinterWeek })
            .AddMentor(mentor, mentees.Length);
        foreach (var mentee in mentees)
        {
            builder.AddMentee(mentee);
        }

        return new GreedyStrategyOptions().CreateStrategy().Match(builder.Build(), TestContext.Current.CancellationToken);
    }

    [Fact]
    public void InsightOf_GroupAcrossUtcMinus5Plus1Plus9WithOneNarrowWindow_FindsAndReportsIt()
    {
        // New York 07:00-08:30 (UTC-5), Copenhagen 13:00-17:00 (UTC+1), Tokyo 21:30-23:00 (UTC+9): only 12:30-13:30 UTC suits all.
        var result = MatchOneGroup(
            Person("ny", Zones.NewYork, "Mon 07:00-08:30"),
            Person("cph", Zones.Copenhagen, "Mon 13:00-17:00"),
            Person("tyo", Zones.Tokyo, "Mon 21:30-23:00"));

        var insight = Assert.Single(result.GroupInsights);
        Assert.True(insight.HasCommonSlot);
        Assert.Equal(new MentorGroups.Rules.Objectives.GroupMeetingFit(3, 1, 3), insight.Meeting);
        Assert.Equal(new DateTimeOffset(2026, 1, 12, 12, 30, 0, TimeSpan.Zero), insight.BestSlot!.StartUtc);
        Assert.Empty(insight.CannotAttendBestSlot);
        Assert.Equal(1.0, result.CommonSlotShare);
        var slot = insight.Objectives.Single(o => o.Objective == "common-meeting-slot");
        Assert.Equal((1.0, "all 3 member(s) who gave availability can meet; 1 possible start(s) a week"), (slot.Score, slot.Reason));
    }

    [Fact]
    public void InsightOf_GroupWithoutCommonSlot_ReportsWhoBlocks()
    {
        // The mentor is free Monday and Tuesday 10-12 UTC, b only Monday, c only Tuesday: no hour suits all three.
        var result = MatchOneGroup(
            Person("a", TimeZoneInfo.Utc, "Mon 10:00-12:00; Tue 10:00-12:00"),
            Person("b", TimeZoneInfo.Utc, "Mon 10:00-12:00"),
            Person("c", TimeZoneInfo.Utc, "Tue 10:00-12:00"));

        var insight = Assert.Single(result.GroupInsights);
        Assert.False(insight.HasCommonSlot);
        Assert.Equal(2, insight.Meeting.MostAttendees);
        Assert.Equal(["c"], insight.CannotAttendBestSlot.Select(p => p.Value));
        Assert.Equal(new DateTimeOffset(2026, 1, 12, 10, 0, 0, TimeSpan.Zero), insight.BestSlot!.StartUtc);
        var slot = insight.Objectives.Single(o => o.Objective == "common-meeting-slot");
        Assert.Equal("no time suits all 3 members who gave availability; one meeting gathers at most 2", slot.Reason);
        Assert.Equal(0.5 * (2.0 / 3) * (2.0 / 3), slot.Score, 12);
    }

    [Fact]
    public void InsightOf_GroupWithoutAvailability_IsNeutralAndHasNoSlot()
    {
        var result = MatchOneGroup(Participant.Builder("m").Build(), Participant.Builder("e").Build());

        var insight = result.InsightOf("G001")!;
        Assert.False(insight.HasCommonSlot);
        Assert.True(insight.Meeting.IsUnknown);
        Assert.Null(insight.BestSlot);
        Assert.Equal(0.5, insight.Objectives.Single(o => o.Objective == "common-meeting-slot").Score);
    }

    [Fact]
    public void GroupInsights_EveryGroup_ListsEveryObjectiveInRequestOrderWithItsWeight()
    {
        var result = MatchOneGroup(Participant.Builder("m").Build(), Participant.Builder("e").Build());

        var insight = Assert.Single(result.GroupInsights);
        Assert.Equal(
            [("common-meeting-slot", 2.0), ("goal-cohesion", 0.5), ("unit-diversity", 0.0), ("balanced-size", 0.25), ("mentor-load", 0.25)],
            insight.Objectives.Select(o => (o.Objective, o.Weight)));
        Assert.Equal(insight.Objectives.Sum(o => o.Weight * o.Score), insight.Quality, 12);
        Assert.Empty(insight.BrokenRequirements);
    }

    [Fact]
    public void GroupInsights_RandomRequests_AgreeWithTheMeetingSlotFinder()
    {
        // The cheap per-group figures come from cached masks; the finder works from the raw windows. They must agree.
        Prop.ForAll(MatchingGenerators.RequestArbitrary(new RequestShape { WithPeerGroups = true }), generated =>
        {
            var request = Rebuild(generated);
            var result = new GreedyStrategyOptions().CreateStrategy().Match(request, CancellationToken.None);
            var disagreements = result.GroupInsights.Where(i =>
                i.HasCommonSlot != i.MeetingSlots.HasCommonSlot
                || i.Meeting.MostAttendees != i.MeetingSlots.MostAttendees
                || i.Meeting.MembersWithAvailability != i.MeetingSlots.ConsideredMemberCount
                || (i.HasCommonSlot && i.Meeting.CommonStarts != i.MeetingSlots.QualifyingStartCount)).Select(i => i.Group.Value).ToArray();
            return (disagreements.Length == 0 && result.GroupInsights.Count == result.Groups.Count)
                .Label($"insights disagree with the finder for {string.Join(", ", disagreements)}");
        }).QuickCheckThrowOnFailure();
    }

    /// <summary>The generated request planned in a week with a daylight-saving change in Europe (29 March 2026).</summary>
    private static MatchingRequest Rebuild(MatchingRequest request)
    {
        var builder = MatchingRequest.For(request.Programme).Add(request.Mentors).Add(request.Mentees)
            .WithCriteria(request.Criteria)
            .WithMeetingSlots(new MeetingSlotOptions { ReferenceWeek = new DateOnly(2026, 3, 23), SlotLengthMinutes = 30 });
        return builder.Build();
    }
}
