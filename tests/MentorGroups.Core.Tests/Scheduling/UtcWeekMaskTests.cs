using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MentorGroups.Scheduling;
using MentorGroups.Validation;

namespace MentorGroups.Tests.Scheduling;

public sealed class UtcWeekMaskTests
{
    private static readonly DateOnly WinterWeek = new(2026, 1, 12);

    private static UtcWeekMask Mask(TimeZoneInfo zone, string availability, DateOnly? week = null, int step = 15) =>
        UtcWeekMask.Create(zone, WeeklyAvailability.Parse(availability), week ?? WinterWeek, step);

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute) =>
        new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void OverlapMinutes_OfficeHoursInCopenhagenAndNewYork_ShareTwoHours()
    {
        // Copenhagen 09-17 CET = 08-16 UTC; New York 09-17 EST = 14-22 UTC.
        var copenhagen = Mask(Zones.Copenhagen, "Mon 09:00-17:00");
        var newYork = Mask(Zones.NewYork, "Mon 09:00-17:00");

        Assert.Equal(120, copenhagen.OverlapMinutes(newYork));
        Assert.Equal(120, newYork.OverlapMinutes(copenhagen));
        Assert.Equal(480, copenhagen.AvailableMinutes);
    }

    [Fact]
    public void Create_DefaultStep_Has672Steps()
    {
        var mask = Mask(Zones.Tokyo, "Mon 09:00-10:00");

        Assert.Equal(15, mask.StepMinutes);
        Assert.Equal(672, mask.StepCount);
    }

    [Fact]
    public void Create_LocalMondayMorningEastOfUtc_WrapsToTheEndOfTheUtcWeek()
    {
        // Tokyo Monday 08:00-10:00 = Sunday 23:00 - Monday 01:00 UTC.
        var mask = Mask(Zones.Tokyo, "Mon 08:00-10:00");

        Assert.Equal(120, mask.AvailableMinutes);
        Assert.True(mask.IsAvailableAt(Utc(2026, 1, 12, 0, 30)));
        Assert.True(mask.IsAvailableAt(Utc(2026, 1, 18, 23, 30)));
        Assert.False(mask.IsAvailableAt(Utc(2026, 1, 12, 1, 0)));
        Assert.False(mask.IsAvailableAt(Utc(2026, 1, 18, 22, 45)));
    }

    [Fact]
    public void Create_SpringForwardWeek_SkippedHourIsNotAvailable()
    {
        var mask = Mask(Zones.Copenhagen, "Sun 02:00-04:00", new DateOnly(2026, 3, 23));

        Assert.Equal(60, mask.AvailableMinutes);
        Assert.True(mask.IsAvailableAt(Utc(2026, 3, 29, 1, 0)));
        Assert.False(mask.IsAvailableAt(Utc(2026, 3, 29, 0, 59)));
    }

    [Fact]
    public void Create_FallBackWeek_RepeatedHourCountsTwice()
    {
        var mask = Mask(Zones.Copenhagen, "Sun 02:00-03:00", new DateOnly(2026, 10, 19));

        Assert.Equal(120, mask.AvailableMinutes);
        Assert.True(mask.IsAvailableAt(Utc(2026, 10, 25, 0, 0)));
        Assert.True(mask.IsAvailableAt(Utc(2026, 10, 25, 1, 59)));
    }

    [Fact]
    public void Create_TouchingWindowsAtAnOddMinute_FormOneStretch()
    {
        var mask = Mask(TimeZoneInfo.Utc, "Mon 09:00-09:10; Mon 09:10-10:00");

        Assert.Equal(60, mask.AvailableMinutes);
    }

    [Fact]
    public void Create_WindowShorterThanAStep_IsEmpty()
    {
        var mask = Mask(TimeZoneInfo.Utc, "Mon 09:05-09:19");

        Assert.True(mask.IsEmpty);
    }

    [Fact]
    public void Create_MemberWithoutAvailability_IsEmpty()
    {
        var mask = UtcWeekMask.ForMember(new SchedulingMember("a", null, WeeklyAvailability.None), WinterWeek);

        Assert.True(mask.IsEmpty);
    }

    [Fact]
    public void Create_InvalidStepAndWeek_ListsBothProblems()
    {
        var ex = Assert.Throws<MentorGroupsValidationException>(() =>
            UtcWeekMask.Create(Zones.Tokyo, WeeklyAvailability.None, new DateOnly(2026, 1, 14), stepMinutes: 7));

        Assert.Equal([ErrorCodes.InvalidStep, ErrorCodes.InvalidReferenceWeek], ex.Errors.Select(e => e.Code));
    }

    [Fact]
    public void OverlapMinutes_DifferentWeeks_IsRejected()
    {
        var a = Mask(Zones.Tokyo, "Mon 09:00-10:00");
        var b = Mask(Zones.Tokyo, "Mon 09:00-10:00", new DateOnly(2026, 1, 19));

        var ex = Assert.Throws<MentorGroupsValidationException>(() => a.OverlapMinutes(b));

        Assert.Equal([ErrorCodes.IncompatibleMasks], ex.Codes);
    }

    [Fact]
    public void CommonMinutes_ThreePeople_CountsWhatAllShare()
    {
        UtcWeekMask[] masks =
        [
            Mask(Zones.NewYork, "Mon 07:00-08:30"),
            Mask(Zones.Copenhagen, "Mon 13:00-17:00"),
            Mask(Zones.Tokyo, "Mon 21:30-23:00"),
        ];

        Assert.Equal(60, UtcWeekMask.CommonMinutes(masks));
        Assert.Equal(0, UtcWeekMask.CommonMinutes([]));
    }

    [Fact]
    public void Equals_SameInput_IsEqual()
    {
        Assert.Equal(Mask(Zones.Tokyo, "Mon 09:00-10:00"), Mask(Zones.Tokyo, "Mon 09:00-10:00"));
        Assert.Equal(Mask(Zones.Tokyo, "Mon 09:00-10:00").GetHashCode(), Mask(Zones.Tokyo, "Mon 09:00-10:00").GetHashCode());
        Assert.NotEqual(Mask(Zones.Tokyo, "Mon 09:00-10:00"), Mask(Zones.Copenhagen, "Mon 09:00-10:00"));
    }

    [Property(Arbitrary = new[] { typeof(SchedulingArbitraries) }, MaxTest = 40)]
    public Property OverlapMinutes_RandomPairs_AgreesWithBruteForce(ScheduleCase c)
    {
        // The brute force with a one-step meeting says, per step, who is free for all of it.
        var brute = new BruteForceSchedule(c.ReferenceWeek, UtcWeekMask.DefaultStepMinutes, UtcWeekMask.DefaultStepMinutes, c.Members);
        var a = c.Members[0];
        var b = c.Members[1];
        var rowA = Array.IndexOf(brute.Considered, a);
        var rowB = Array.IndexOf(brute.Considered, b);
        var expected = rowA < 0 || rowB < 0
            ? 0
            : Enumerable.Range(0, brute.StartCount).Count(s => brute.CanAttend[rowA][s] && brute.CanAttend[rowB][s]) * UtcWeekMask.DefaultStepMinutes;

        var actual = UtcWeekMask.ForMember(a, c.ReferenceWeek).OverlapMinutes(UtcWeekMask.ForMember(b, c.ReferenceWeek));

        return (actual == expected).Label($"overlap {actual} vs brute force {expected}").Classify(expected > 0, "some overlap");
    }
}
