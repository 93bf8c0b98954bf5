using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MentorGroups.Participants;
using MentorGroups.Scheduling;
using MentorGroups.Validation;

namespace MentorGroups.Tests.Scheduling;

public sealed class MeetingSlotFinderTests
{
    private static readonly DateOnly WinterWeek = new(2026, 1, 12);

    private static SchedulingMember Member(string id, TimeZoneInfo zone, string availability) =>
        new(id, zone, WeeklyAvailability.Parse(availability));

    private static MeetingSlotFinder Finder(DateOnly week, int slotMinutes = 60, int maxResults = 10) =>
        new(new MeetingSlotOptions { ReferenceWeek = week, SlotLengthMinutes = slotMinutes, MaxResults = maxResults });

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute) =>
        new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    private static DateTimeOffset Local(int year, int month, int day, int hour, int minute, int offsetHours) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(offsetHours));

    /// <summary>The wall clock and offset, which <see cref="DateTimeOffset"/> equality ignores (it compares instants).</summary>
    private static string? Clock(DateTimeOffset? time) =>
        time?.ToString("yyyy-MM-dd HH:mm zzz", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Find_ThreeZonesWithOneNarrowCommonHour_FindsExactlyThatHour()
    {
        // New York 07:00-08:30 (UTC-5) = 12:00-13:30 UTC; Copenhagen 13:00-17:00 (UTC+1) = 12:00-16:00 UTC;
        // Tokyo 21:30-23:00 (UTC+9) = 12:30-14:00 UTC; together only 12:30-13:30 UTC.
        var members = new[]
        {
            Member("ny", Zones.NewYork, "Mon 07:00-08:30; Wed 09:00-17:00"),
            Member("cph", Zones.Copenhagen, "Mon 13:00-17:00"),
            Member("tyo", Zones.Tokyo, "Mon 21:30-23:00; Wed 09:00-10:00"),
        };

        var result = Finder(WinterWeek).Find(members);

        Assert.True(result.HasCommonSlot);
        Assert.Equal(3, result.MostAttendees);
        Assert.Equal(1, result.QualifyingStartCount);
        var slot = Assert.Single(result.Slots);
        Assert.Equal(Utc(2026, 1, 12, 12, 30), slot.StartUtc);
        Assert.Equal(Utc(2026, 1, 12, 13, 30), slot.EndUtc);
        Assert.Equal(60, slot.WindowMinutes);
        Assert.True(slot.EveryoneCanAttend);
        Assert.Equal(["cph", "ny", "tyo"], slot.Attendees.Select(id => id.Value));
        Assert.Equal(
            [
                new MemberLocalTime("cph", Local(2026, 1, 12, 13, 30, 1), Local(2026, 1, 12, 14, 30, 1), SlotAttendance.CanAttend, true),
                new MemberLocalTime("ny", Local(2026, 1, 12, 7, 30, -5), Local(2026, 1, 12, 8, 30, -5), SlotAttendance.CanAttend, false),
                new MemberLocalTime("tyo", Local(2026, 1, 12, 21, 30, 9), Local(2026, 1, 12, 22, 30, 9), SlotAttendance.CanAttend, false),
            ],
            slot.LocalTimes);
        Assert.Equal(["2026-01-12 13:30 +01:00", "2026-01-12 07:30 -05:00", "2026-01-12 21:30 +09:00"], slot.LocalTimes.Select(t => Clock(t.LocalStart)));
        Assert.Equal(["2026-01-12 14:30 +01:00", "2026-01-12 08:30 -05:00", "2026-01-12 22:30 +09:00"], slot.LocalTimes.Select(t => Clock(t.LocalEnd)));
        Assert.Equal(DayOfWeek.Monday, slot.LocalTimes[1].Day);
        Assert.Equal(new TimeOnly(7, 30), slot.LocalTimes[1].StartTime);
    }

    [Fact]
    public void Find_NoCommonSlot_ReportsTheSlotsMostCanAttendAndExactlyWhoCannot()
    {
        // London = UTC in January. Monday 10-12 UTC suits a and b; Tuesday 10-12 UTC suits a and c.
        var members = new[]
        {
            Member("c", Zones.NewYork, "Tue 05:00-07:00"),
            Member("a", Zones.London, "Mon 10:00-12:00; Tue 10:00-12:00"),
            Member("b", Zones.Copenhagen, "Mon 11:00-13:00"),
        };

        var result = Finder(WinterWeek).Find(members);

        Assert.False(result.HasCommonSlot);
        Assert.Equal(3, result.ConsideredMemberCount);
        Assert.Equal(2, result.MostAttendees);
        Assert.Equal(10, result.QualifyingStartCount);
        Assert.Equal(2, result.Slots.Count);

        // Monday first: both attendees are inside their daytime; on Tuesday it is 05:00 in New York.
        var monday = result.Slots[0];
        Assert.Equal(Utc(2026, 1, 12, 10, 0), monday.StartUtc);
        Assert.Equal(Utc(2026, 1, 12, 10, 0), monday.WindowStartUtc);
        Assert.Equal(Utc(2026, 1, 12, 12, 0), monday.WindowEndUtc);
        Assert.Equal(["a", "b"], monday.Attendees.Select(id => id.Value));
        Assert.Equal(["c"], monday.CannotAttend.Select(id => id.Value));
        Assert.Equal(2, monday.DaytimeAttendeeCount);
        Assert.Equal(SlotAttendance.CannotAttend, monday.LocalTimes.Single(t => t.Id == "c").Attendance);

        var tuesday = result.Slots[1];
        Assert.Equal(Utc(2026, 1, 13, 10, 0), tuesday.StartUtc);
        Assert.Equal(["a", "c"], tuesday.Attendees.Select(id => id.Value));
        Assert.Equal(["b"], tuesday.CannotAttend.Select(id => id.Value));
        Assert.Equal(1, tuesday.DaytimeAttendeeCount);
    }

    [Fact]
    public void Find_MemberFreeNeverWithOthers_IsTheOneWhoCannotAttendEverySlot()
    {
        var members = new[]
        {
            Member("a", Zones.London, "Mon 09:00-17:00"),
            Member("b", Zones.London, "Mon 13:00-15:00"),
            Member("blocker", Zones.Tokyo, "Mon 09:00-10:00"),
        };

        var result = Finder(WinterWeek).Find(members);

        Assert.False(result.HasCommonSlot);
        var slot = Assert.Single(result.Slots);
        Assert.Equal(Utc(2026, 1, 12, 13, 0), slot.StartUtc);
        Assert.Equal(["blocker"], slot.CannotAttend.Select(id => id.Value));
    }

    [Fact]
    public void Find_CopenhagenSpringForwardWeek_SundayWindowIsAnHourEarlierInUtc()
    {
        // Clocks go from 02:00 CET to 03:00 CEST on Sunday 29 March 2026.
        var result = Finder(new DateOnly(2026, 3, 23)).Find([Member("cph", Zones.Copenhagen, "Sat 12:00-13:00; Sun 12:00-13:00")]);

        Assert.Equal([Utc(2026, 3, 28, 11, 0), Utc(2026, 3, 29, 10, 0)], result.Slots.Select(s => s.StartUtc));
        Assert.Equal("2026-03-28 12:00 +01:00", Clock(result.Slots[0].LocalTimes[0].LocalStart));
        Assert.Equal("2026-03-29 12:00 +02:00", Clock(result.Slots[1].LocalTimes[0].LocalStart));
    }

    [Fact]
    public void Find_NewYorkSpringForwardWeek_SundayWindowIsAnHourEarlierInUtc()
    {
        // Clocks go from 02:00 EST to 03:00 EDT on Sunday 8 March 2026.
        var result = Finder(new DateOnly(2026, 3, 2)).Find([Member("ny", Zones.NewYork, "Sat 10:00-11:00; Sun 10:00-11:00")]);

        Assert.Equal([Utc(2026, 3, 7, 15, 0), Utc(2026, 3, 8, 14, 0)], result.Slots.Select(s => s.StartUtc));
    }

    [Fact]
    public void Find_WindowAcrossSkippedHour_HoldsOnlyTheHourThatExists()
    {
        // 02:00-03:00 does not exist in Copenhagen on 29 March 2026, so "Sun 02:00-04:00" is one real hour.
        var week = new DateOnly(2026, 3, 23);
        var member = Member("cph", Zones.Copenhagen, "Sun 02:00-04:00");

        Assert.Equal(0, Finder(week, slotMinutes: 120).Find([member]).MostAttendees);
        var slot = Assert.Single(Finder(week).Find([member]).Slots);
        Assert.Equal(Utc(2026, 3, 29, 1, 0), slot.StartUtc);
        Assert.Equal("2026-03-29 03:00 +02:00", Clock(slot.LocalTimes[0].LocalStart));
    }

    [Fact]
    public void Find_WindowAcrossRepeatedHour_HoldsBothRealHours()
    {
        // 02:00-03:00 happens twice in Copenhagen on 25 October 2026 (first CEST, then CET).
        var result = Finder(new DateOnly(2026, 10, 19), slotMinutes: 120).Find([Member("cph", Zones.Copenhagen, "Sun 02:00-03:00")]);

        var slot = Assert.Single(result.Slots);
        Assert.Equal(Utc(2026, 10, 25, 0, 0), slot.StartUtc);
        Assert.Equal("2026-10-25 02:00 +02:00", Clock(slot.LocalTimes[0].LocalStart));
        Assert.Equal("2026-10-25 03:00 +01:00", Clock(slot.LocalTimes[0].LocalEnd));
    }

    [Fact]
    public void Find_SlotRunningPastTheWeekEnd_StartsOnSundayUtc()
    {
        // Tokyo Monday 08:00-10:00 is Sunday 23:00 to Monday 01:00 UTC: only the copy that starts on the reference
        // week's Sunday fits two hours; the Monday 00:00 UTC copy has one hour left.
        var result = Finder(WinterWeek, slotMinutes: 120).Find([Member("tyo", Zones.Tokyo, "Mon 08:00-10:00")]);

        var slot = Assert.Single(result.Slots);
        Assert.Equal(Utc(2026, 1, 18, 23, 0), slot.StartUtc);
        Assert.Equal("2026-01-19 08:00 +09:00", Clock(slot.LocalTimes[0].LocalStart));
    }

    [Fact]
    public void Find_LongWindow_GivesOneSlotAtTheStartInsideMostDaytimes()
    {
        // Both are free 06:00-20:00 UTC; Copenhagen daytime 08:00-18:00 is 07:00-17:00 UTC, London's 08:00-18:00.
        var members = new[]
        {
            Member("cph", Zones.Copenhagen, "Tue 07:00-21:00"),
            Member("ldn", Zones.London, "Tue 06:00-20:00"),
        };

        var result = Finder(WinterWeek).Find(members);

        var slot = Assert.Single(result.Slots);
        Assert.Equal(Utc(2026, 1, 13, 8, 0), slot.StartUtc);
        Assert.Equal(Utc(2026, 1, 13, 6, 0), slot.WindowStartUtc);
        Assert.Equal(Utc(2026, 1, 13, 20, 0), slot.WindowEndUtc);
        Assert.Equal(2, slot.DaytimeAttendeeCount);
        Assert.Equal(53, result.QualifyingStartCount);
    }

    [Fact]
    public void Find_Ranking_PrefersDaytimeThenLongerWindowThenEarlier()
    {
        var members = new[]
        {
            // London = UTC in January. Mon night (long, outside daytime), Wed 09-10, Thu 09-11, Fri 09-11.
            Member("a", Zones.London, "Mon 20:00-Tue 02:00; Wed 09:00-10:00; Thu 09:00-11:00; Fri 09:00-11:00"),
        };

        var result = Finder(WinterWeek).Find(members);

        Assert.Equal(
            [Utc(2026, 1, 15, 9, 0), Utc(2026, 1, 16, 9, 0), Utc(2026, 1, 14, 9, 0), Utc(2026, 1, 12, 20, 0)],
            result.Slots.Select(s => s.StartUtc));
    }

    [Fact]
    public void Find_MaxResults_LimitsTheSlots()
    {
        var result = Finder(WinterWeek, maxResults: 2).Find([Member("a", Zones.London, "Mon 09:00-10:00; Tue 09:00-10:00; Wed 09:00-10:00")]);

        Assert.Equal(2, result.Slots.Count);
        Assert.Equal(3, result.QualifyingStartCount);
    }

    [Fact]
    public void Find_MembersWithoutAvailability_AreListedAndNeverBlock()
    {
        var members = new[]
        {
            Member("a", Zones.London, "Mon 09:00-10:00"),
            new SchedulingMember("unknown-zone", null, WeeklyAvailability.None),
            new SchedulingMember("silent", Zones.Tokyo, WeeklyAvailability.None),
        };

        var result = Finder(WinterWeek).Find(members);

        Assert.True(result.HasCommonSlot);
        Assert.Equal(1, result.ConsideredMemberCount);
        Assert.Equal(["silent", "unknown-zone"], result.MembersWithoutAvailability.Select(id => id.Value));
        var slot = Assert.Single(result.Slots);
        Assert.Equal(["a"], slot.Attendees.Select(id => id.Value));
        Assert.Empty(slot.CannotAttend);
        Assert.Equal(
            [
                new MemberLocalTime("a", Local(2026, 1, 12, 9, 0, 0), Local(2026, 1, 12, 10, 0, 0), SlotAttendance.CanAttend, true),
                new MemberLocalTime("silent", Local(2026, 1, 12, 18, 0, 9), Local(2026, 1, 12, 19, 0, 9), SlotAttendance.Unknown, false),
                new MemberLocalTime("unknown-zone", null, null, SlotAttendance.Unknown, false),
            ],
            slot.LocalTimes);
        Assert.Equal(["2026-01-12 09:00 +00:00", "2026-01-12 18:00 +09:00", null], slot.LocalTimes.Select(t => Clock(t.LocalStart)));
    }

    [Fact]
    public void Find_NobodyGaveAvailability_HasNoCommonSlotAndListsEveryone()
    {
        var result = Finder(WinterWeek).Find([new SchedulingMember("a", Zones.Tokyo, WeeklyAvailability.None)]);

        Assert.False(result.HasCommonSlot);
        Assert.Empty(result.Slots);
        Assert.Equal(["a"], result.MembersWithoutAvailability.Select(id => id.Value));
    }

    [Fact]
    public void Find_Participants_ReadsTimeZoneAndAvailabilityFromProfiles()
    {
        var participants = new[]
        {
            Participant.Builder("p1").InTimeZone("Asia/Tokyo").AvailableAt("Mon 21:30-23:00").Build(),
            Participant.Builder("p2").AvailableAt("Mon 12:00-14:00").Build(),
        };

        var result = Finder(WinterWeek).Find(participants, defaultTimeZone: TimeZoneInfo.Utc);

        Assert.Equal([Utc(2026, 1, 12, 12, 30)], result.Slots.Select(s => s.StartUtc));
    }

    [Fact]
    public void Find_ParticipantsWithAvailabilityButNoTimeZone_ReportsEachOne()
    {
        var participants = new[]
        {
            Participant.Builder("p1").AvailableAt("Mon 09:00-10:00").Build(),
            Participant.Builder("p2").InTimeZone("Asia/Tokyo").AvailableAt("Mon 09:00-10:00").Build(),
            Participant.Builder("p3").AvailableAt("Tue 09:00-10:00").Build(),
        };

        var ex = Assert.Throws<MentorGroupsValidationException>(() => Finder(WinterWeek).Find(participants));

        Assert.Equal(["p1", "p3"], ex.Errors.Select(e => e.Target));
        Assert.Equal([ErrorCodes.MissingTimeZone], ex.Codes);
    }

    [Fact]
    public void Find_DuplicateMember_IsRejected()
    {
        var members = new[] { Member("a", Zones.London, "Mon 09:00-10:00"), Member("a", Zones.Tokyo, "Mon 09:00-10:00") };

        var ex = Assert.Throws<MentorGroupsValidationException>(() => Finder(WinterWeek).Find(members));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(ErrorCodes.DuplicateMember, error.Code);
        Assert.Equal("a", error.Target);
    }

    [Fact]
    public void Find_InputOrder_DoesNotChangeTheResult()
    {
        var members = new[]
        {
            Member("c", Zones.NewYork, "Tue 05:00-07:00"),
            Member("a", Zones.London, "Mon 10:00-12:00; Tue 10:00-12:00"),
            Member("b", Zones.Copenhagen, "Mon 11:00-13:00"),
        };
        var finder = Finder(WinterWeek);

        var forward = finder.Find(members);
        var backward = finder.Find(members.Reverse());

        Assert.Equal(forward.Slots.Select(s => s.ToString()), backward.Slots.Select(s => s.ToString()));
        Assert.Equal(forward.Slots.SelectMany(s => s.LocalTimes), backward.Slots.SelectMany(s => s.LocalTimes));
    }

    [Fact]
    public void Constructor_InvalidOptions_ListsEveryProblem()
    {
        var options = new MeetingSlotOptions
        {
            SlotLengthMinutes = 0,
            StepMinutes = 7,
            MaxResults = 0,
            ReferenceWeek = new DateOnly(2026, 1, 13),
            DaytimeStart = new TimeOnly(18, 0),
            DaytimeEnd = new TimeOnly(8, 0),
        };

        var ex = Assert.Throws<MentorGroupsValidationException>(() => new MeetingSlotFinder(options));

        Assert.Equal(
            [ErrorCodes.SlotLengthOutOfRange, ErrorCodes.InvalidStep, ErrorCodes.MaxResultsOutOfRange, ErrorCodes.InvalidReferenceWeek, ErrorCodes.InvertedDaytime],
            ex.Errors.Select(e => e.Code));
        Assert.Equal(
            ["SlotLengthMinutes", "StepMinutes", "MaxResults", "ReferenceWeek", "DaytimeEnd"],
            ex.Errors.Select(e => e.Target));
    }

    [Fact]
    public void Constructor_SlotNotWholeSteps_SaysSo()
    {
        var options = new MeetingSlotOptions { SlotLengthMinutes = 50, StepMinutes = 15, ReferenceWeek = WinterWeek };

        var ex = Assert.Throws<MentorGroupsValidationException>(() => new MeetingSlotFinder(options));

        Assert.Equal(
            "Invalid meeting slot options: 1 problem.\n- [scheduling.slot-not-multiple-of-step] SlotLengthMinutes: A meeting of 50 minutes is not a whole number of 15-minute steps.",
            ex.Message);
    }

    [Theory]
    [InlineData(-15, ErrorCodes.SlotLengthOutOfRange)]
    [InlineData(1441, ErrorCodes.SlotLengthOutOfRange)]
    public void Constructor_SlotLengthOutOfRange_IsRejected(int slotMinutes, string code)
    {
        var ex = Assert.Throws<MentorGroupsValidationException>(() => new MeetingSlotFinder(new MeetingSlotOptions { SlotLengthMinutes = slotMinutes, ReferenceWeek = WinterWeek }));

        Assert.Equal([code], ex.Codes);
    }

    [Fact]
    public void Constructor_NoReferenceWeek_PlansTheWeekAfterToday()
    {
        var finder = new MeetingSlotFinder(new MeetingSlotOptions(), new FixedTime(Utc(2026, 3, 25, 23, 0)));

        Assert.Equal(new DateOnly(2026, 3, 30), finder.ReferenceWeek);
    }

    [Fact]
    public void Constructor_OptionsChangedLater_FinderKeepsItsCopy()
    {
        var options = new MeetingSlotOptions { ReferenceWeek = WinterWeek };
        var finder = new MeetingSlotFinder(options);

        options.SlotLengthMinutes = 30;
        options.ReferenceWeek = new DateOnly(2026, 6, 15);

        Assert.Equal(60, finder.SlotLengthMinutes);
        Assert.Equal(WinterWeek, finder.ReferenceWeek);
    }

    [Property(Arbitrary = new[] { typeof(SchedulingArbitraries) }, MaxTest = 60)]
    public Property Find_RandomGroups_AgreesWithMinuteByMinuteBruteForce(ScheduleCase c)
    {
        var finder = new MeetingSlotFinder(new MeetingSlotOptions { ReferenceWeek = c.ReferenceWeek, SlotLengthMinutes = c.SlotMinutes, MaxResults = 10_000 });
        var result = finder.Find(c.Members);
        var brute = new BruteForceSchedule(c.ReferenceWeek, c.SlotMinutes, finder.StepMinutes, c.Members);
        var weekStart = new DateTimeOffset(c.ReferenceWeek.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        int StartIndex(DateTimeOffset t) => (int)(t - weekStart).TotalMinutes / finder.StepMinutes;

        // Every start of every slot's window, with the attendees the slot names.
        var covered = result.Slots
            .SelectMany(s => Enumerable.Range(StartIndex(s.WindowStartUtc), ((s.WindowMinutes - s.LengthMinutes) / finder.StepMinutes) + 1)
                .Select(start => (Start: start, Slot: s)))
            .ToArray();
        var expectedStarts = brute.QualifyingStarts.ToArray();

        var considered = brute.Considered.Length;
        return (result.MostAttendees == brute.Most).Label($"most attendees {result.MostAttendees} vs brute force {brute.Most}")
            .And(result.HasCommonSlot == (considered > 0 && brute.Most == considered)).Label("has common slot")
            .And(result.QualifyingStartCount == expectedStarts.Length).Label($"qualifying starts {result.QualifyingStartCount} vs {expectedStarts.Length}")
            .And(covered.Select(x => x.Start).Order().SequenceEqual(expectedStarts)).Label("slot windows cover exactly the brute-force starts")
            .And(covered.All(x => x.Slot.Attendees.Select(id => id.Value).SequenceEqual(brute.AttendeesAt(x.Start)))).Label("attendees match at every start")
            .And(result.Slots.All(s => s.CannotAttend.Select(id => id.Value).SequenceEqual(
                brute.Considered.Select(m => m.Id.Value).Except(s.Attendees.Select(id => id.Value))))).Label("who cannot attend is exactly the rest")
            .And(result.Slots.All(s => s.StartUtc >= s.WindowStartUtc && s.EndUtc <= s.WindowEndUtc)).Label("slot inside its window")
            .And(result.MembersWithoutAvailability.Select(id => id.Value).SequenceEqual(
                c.Members.Where(m => m.Availability.IsEmpty).Select(m => m.Id.Value).Order(StringComparer.Ordinal))).Label("members without availability")
            .Classify(result.HasCommonSlot, "everyone can meet")
            .Classify(!result.HasCommonSlot && result.MostAttendees > 0, "most-members fallback")
            .Classify(result.MostAttendees == 0, "no slot at all");
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
