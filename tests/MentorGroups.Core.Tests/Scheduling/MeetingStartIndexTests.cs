using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MentorGroups.Participants;
using MentorGroups.Scheduling;

namespace MentorGroups.Tests.Scheduling;

public sealed class MeetingStartIndexTests
{
    private static readonly DateOnly Week = new(2026, 1, 12);

    private static MeetingSlotFinder Finder(int slotMinutes = 60) =>
        new(new MeetingSlotOptions { ReferenceWeek = Week, SlotLengthMinutes = slotMinutes, MaxResults = 10_000 });

    private static Participant Person(string id, string? zone, string? availability) =>
        Participant.Builder(id).InTimeZone(zone).AvailableAt(availability).Build();

    [Fact]
    public void PatternOf_SameWindowsAndZone_SharePattern_OthersDoNot()
    {
        var a = Person("a", "Europe/Copenhagen", "Mon 09:00-11:00");
        var b = Person("b", "Europe/Copenhagen", "Mon 09:00-11:00");
        var c = Person("c", "Europe/London", "Mon 09:00-11:00");
        var none = Person("n", "Europe/London", null);
        var index = new MeetingStartIndex(Finder(), [a, b, c, none]);

        Assert.Equal(index.PatternOf(a), index.PatternOf(b));
        Assert.NotEqual(index.PatternOf(a), index.PatternOf(c));
        Assert.Equal(-1, index.PatternOf(none));
        Assert.Equal(-1, index.PatternOf(Person("outside", "UTC", "Tue 10:00-12:00")));
    }

    [Fact]
    public void PatternsMeet_OverlapOfAWholeSlot_Meets_ShorterOverlapDoesNot()
    {
        // Copenhagen is UTC+1 in January: 09:00-11:00 there is 08:00-10:00 UTC.
        var copenhagen = Person("cph", "Europe/Copenhagen", "Mon 09:00-11:00");
        var londonHour = Person("lon", "Europe/London", "Mon 09:00-12:00");
        var londonHalf = Person("half", "Europe/London", "Mon 09:30-12:00");
        var index = new MeetingStartIndex(Finder(), [copenhagen, londonHour, londonHalf]);

        Assert.True(index.PatternsMeet(index.PatternOf(copenhagen), index.PatternOf(londonHour)));
        Assert.False(index.PatternsMeet(index.PatternOf(copenhagen), index.PatternOf(londonHalf)));
        Assert.False(index.PatternsMeet(-1, index.PatternOf(copenhagen)));
    }

    [Fact]
    public void PatternsMeet_PatternNotOfTheIndex_Throws()
    {
        var index = new MeetingStartIndex(Finder(), [Person("a", "UTC", "Mon 09:00-11:00")]);

        Assert.Throws<ArgumentOutOfRangeException>(() => index.PatternsMeet(0, 1));
    }

    [Property(Arbitrary = new[] { typeof(SchedulingArbitraries) }, MaxTest = 60)]
    public Property PatternsMeet_TwoPeople_AgreesWithTheFinder(ScheduleCase c)
    {
        var people = c.Members.Take(2)
            .Select((m, i) => Participant.Builder($"p{i}").InTimeZone(m.TimeZone?.Id).AvailableAt(m.Availability).Build())
            .ToArray();
        var finder = new MeetingSlotFinder(new MeetingSlotOptions { ReferenceWeek = c.ReferenceWeek, SlotLengthMinutes = c.SlotMinutes, MaxResults = 10_000 });
        var index = new MeetingStartIndex(finder, people);
        var (first, second) = (index.PatternOf(people[0]), index.PatternOf(people[1]));
        var bothGave = first >= 0 && second >= 0;

        var meet = index.PatternsMeet(first, second);

        return (meet == (bothGave && finder.Find(people).HasCommonSlot)).Label($"index {meet}, finder {finder.Find(people).HasCommonSlot}, both gave availability {bothGave}");
    }
}
