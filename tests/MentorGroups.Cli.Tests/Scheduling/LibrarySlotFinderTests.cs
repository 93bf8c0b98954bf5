using MentorGroups.Cli.Scheduling;
using MentorGroups.Participants;

namespace MentorGroups.Cli.Tests.Scheduling;

public class LibrarySlotFinderTests
{
    private static readonly LibrarySlotFinder Finder = new();

    [Fact]
    public void Find_PeopleInDifferentZones_IntersectInUtc()
    {
        // Copenhagen 14:00-17:00 is 13:00-16:00 UTC in January; New York 09:00-12:00 is 14:00-17:00 UTC.
        var found = Finder.Find([Person("a", "Europe/Copenhagen", "Tue 14:00-17:00"), Person("b", "America/New_York", "Tue 09:00-12:00")], SlotSearch.Default);

        Assert.Equal(["Tue 14:00-16:00"], found.WindowsUtc.Select(w => w.ToString()));
        Assert.Equal("Tue 14:00-15:00", found.First.ToString());
        Assert.Equal(2, found.MembersCovered);
    }

    [Fact]
    public void Find_WindowsShorterThanAMeeting_AreLeftOut()
    {
        var found = Finder.Find([Person("a", "UTC", "Mon 09:00-10:30"), Person("b", "UTC", "Mon 10:00-11:00")], SlotSearch.Default);

        Assert.Empty(found.WindowsUtc);
        Assert.Null(found.First);
    }

    [Fact]
    public void Find_WindowAcrossTheEndOfTheWeek_IsOneWindow()
    {
        // Auckland is UTC+13 in January: Monday 10:00-12:00 there is Sunday 21:00-23:00 UTC.
        var found = Finder.Find([Person("a", "Pacific/Auckland", "Mon 10:00-12:00"), Person("b", "UTC", "Sun 20:00-Mon 02:00")], SlotSearch.Default);

        Assert.Equal(["Sun 21:00-23:00"], found.WindowsUtc.Select(w => w.ToString()));
    }

    [Fact]
    public void Find_SpanningSundayMidnight_JoinsBothHalves()
    {
        var found = Finder.Find([Person("a", "UTC", "Sun 23:00-Mon 01:00"), Person("b", "UTC", "Sun 22:00-Mon 03:00")], SlotSearch.Default);

        Assert.Equal(["Sun 23:00-Mon 01:00"], found.WindowsUtc.Select(w => w.ToString()));
    }

    [Fact]
    public void Find_MembersWithoutAvailability_DoNotConstrainAndAreListed()
    {
        var found = Finder.Find([Person("a", "UTC", "Wed 10:00-12:00"), Person("b", "UTC", null)], SlotSearch.Default);

        Assert.Equal(["Wed 10:00-12:00"], found.WindowsUtc.Select(w => w.ToString()));
        Assert.Equal(1, found.MembersCovered);
        Assert.Equal([new ParticipantId("b")], found.MembersWithoutAvailability);
    }

    [Fact]
    public void Find_NobodyGaveAvailability_FindsNothing()
    {
        var found = Finder.Find([Person("a", "UTC", null)], SlotSearch.Default);

        Assert.Empty(found.WindowsUtc);
        Assert.Equal(0, found.MembersCovered);
    }

    private static Participant Person(string id, string zone, string? availability) =>
        Participant.Builder(id).InTimeZone(zone).AvailableAt(availability).Build();
}
