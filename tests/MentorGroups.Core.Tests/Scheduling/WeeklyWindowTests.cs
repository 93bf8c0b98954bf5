using MentorGroups.Scheduling;
using MentorGroups.Tests.Support;
using MentorGroups.Validation;

namespace MentorGroups.Tests.Scheduling;

public class WeeklyWindowTests
{
    private const int Day = 24 * 60;

    private static TimeOnly T(int hour, int minute = 0) => new(hour, minute);

    [Fact]
    public void On_WithinADay_StoresMinutesFromMonday()
    {
        var window = WeeklyWindow.On(DayOfWeek.Wednesday, T(9, 30), T(11));

        Assert.Equal((2 * Day) + 570, window.StartMinuteOfWeek);
        Assert.Equal(90, window.LengthMinutes);
        Assert.Equal((2 * Day) + 660, window.EndMinuteOfWeek);
        Assert.Equal(DayOfWeek.Wednesday, window.StartDay);
        Assert.Equal(T(9, 30), window.StartTime);
        Assert.Equal("Wed 09:30-11:00", window.ToString());
    }

    [Fact]
    public void On_EndAtMidnight_RunsToTheEndOfTheDay()
    {
        var window = WeeklyWindow.On(DayOfWeek.Sunday, T(22), TimeOnly.MinValue);

        Assert.Equal((6 * Day) + (22 * 60), window.StartMinuteOfWeek);
        Assert.Equal(120, window.LengthMinutes);
        Assert.Equal(DayOfWeek.Sunday, window.StartDay);
        Assert.Equal("Sun 22:00-24:00", window.ToString());
    }

    [Fact]
    public void On_WholeDay_IsMidnightToMidnight() =>
        Assert.Equal(Day, WeeklyWindow.On(DayOfWeek.Monday, TimeOnly.MinValue, TimeOnly.MinValue).LengthMinutes);

    [Fact]
    public void On_EndBeforeStart_ThrowsInvertedWindow()
    {
        var ex = Expect.Invalid(() => WeeklyWindow.On(DayOfWeek.Monday, T(11), T(9)));

        Assert.Equal(
            "Invalid availability window: 1 problem.\n"
            + "- [availability.window-inverted] The window on Monday ends at 09:00, not after its start 11:00; use a window spanning two days to cross midnight.",
            ex.Message);
    }

    [Fact]
    public void On_EndEqualsStart_ThrowsInvertedWindow() =>
        Expect.Invalid(() => WeeklyWindow.On(DayOfWeek.Friday, T(10), T(10))).WithCodes(ErrorCodes.InvertedWindow);

    [Fact]
    public void Spanning_AcrossMidnight_RunsIntoTheNextDay()
    {
        var window = WeeklyWindow.Spanning(DayOfWeek.Friday, T(22), DayOfWeek.Saturday, T(1));

        Assert.Equal((4 * Day) + (22 * 60), window.StartMinuteOfWeek);
        Assert.Equal(180, window.LengthMinutes);
        Assert.Equal("Fri 22:00-Sat 01:00", window.ToString());
    }

    [Fact]
    public void Spanning_SundayIntoMonday_WrapsOverTheWeek()
    {
        var window = WeeklyWindow.Spanning(DayOfWeek.Sunday, T(23), DayOfWeek.Monday, T(1));

        Assert.Equal((6 * Day) + (23 * 60), window.StartMinuteOfWeek);
        Assert.Equal(120, window.LengthMinutes);
        Assert.Equal(WeeklyWindow.MinutesPerWeek + 60, window.EndMinuteOfWeek);
        Assert.Equal("Sun 23:00-Mon 01:00", window.ToString());
    }

    [Fact]
    public void Spanning_EndBeforeStartOnTheSameDay_RunsRoundTheWeek() =>
        Assert.Equal(WeeklyWindow.MinutesPerWeek - 60, WeeklyWindow.Spanning(DayOfWeek.Monday, T(9), DayOfWeek.Monday, T(8)).LengthMinutes);

    [Fact]
    public void Spanning_SameMoment_ThrowsInvertedWindow()
    {
        var ex = Expect.Invalid(() => WeeklyWindow.Spanning(DayOfWeek.Monday, T(9), DayOfWeek.Monday, T(9)));

        ex.WithSingle(ErrorCodes.InvertedWindow, null, "The window from Monday 09:00 to Monday 09:00 has no length.");
    }

    [Fact]
    public void FromMinutes_Extremes_AreAccepted()
    {
        Assert.Equal(WeeklyWindow.MinutesPerWeek, WeeklyWindow.FromMinutes(0, WeeklyWindow.MinutesPerWeek).LengthMinutes);
        Assert.Equal(WeeklyWindow.MinutesPerWeek - 1, WeeklyWindow.FromMinutes(WeeklyWindow.MinutesPerWeek - 1, 1).StartMinuteOfWeek);
    }

    [Theory]
    [InlineData(-1, 10)]
    [InlineData(10_080, 10)]
    [InlineData(0, 0)]
    [InlineData(0, 10_081)]
    public void FromMinutes_OutOfRange_ThrowsInvertedWindow(int start, int length)
    {
        var ex = Expect.Invalid(() => WeeklyWindow.FromMinutes(start, length));

        ex.WithSingle(ErrorCodes.InvertedWindow, null,
            $"A window needs a start from 0 to 10079 minutes and a length from 1 to 10080 minutes; got start {start}, length {length}.");
    }

    [Fact]
    public void Equals_SameStartAndLength_AreEqualWhateverTheFactory()
    {
        Assert.Equal(WeeklyWindow.FromMinutes(540, 120), WeeklyWindow.On(DayOfWeek.Monday, T(9), T(11)));
        Assert.Equal(WeeklyWindow.Spanning(DayOfWeek.Tuesday, T(9), DayOfWeek.Tuesday, T(11)), WeeklyWindow.On(DayOfWeek.Tuesday, T(9), T(11)));
        Assert.NotEqual(WeeklyWindow.FromMinutes(540, 120), WeeklyWindow.FromMinutes(540, 60));
    }

    public static TheoryData<string, string, int> OverlapCases => new()
    {
        { "Mon 09:00-11:00", "Mon 10:00-12:00", 60 },
        { "Mon 09:00-11:00", "Mon 11:00-12:00", 0 },
        { "Mon 09:00-11:00", "Tue 09:00-11:00", 0 },
        { "Mon 09:00-17:00", "Mon 10:00-11:00", 60 },
        { "Sun 23:00-Mon 01:00", "Mon 00:00-00:30", 30 },
        { "Sun 23:00-Mon 01:00", "Sun 22:00-23:30", 30 },
        { "Fri 22:00-Sat 02:00", "Sat 01:00-03:00", 60 },
        { "Mon 00:00-Mon 00:00", "Thu 10:00-11:30", 90 },
        { "Tue 12:00-Tue 11:00", "Tue 10:00-13:00", 120 },
    };

    [Theory]
    [MemberData(nameof(OverlapCases))]
    public void OverlapMinutes_CountsSharedMinutesBothWays(string a, string b, int expected)
    {
        var first = WeeklyAvailability.Parse(a).Single();
        var second = WeeklyAvailability.Parse(b).Single();

        Assert.Equal(expected, first.OverlapMinutes(second));
        Assert.Equal(expected, second.OverlapMinutes(first));
        Assert.Equal(expected > 0, first.Overlaps(second));
    }

    public static TheoryData<int, int> RoundTripCases => new()
    {
        { 540, 120 },                                   // Mon 09:00-11:00
        { (6 * Day) + (22 * 60), 120 },                 // Sun 22:00-24:00
        { (4 * Day) + (22 * 60), 180 },                 // Fri 22:00-Sat 01:00
        { (6 * Day) + (23 * 60), 120 },                 // Sun 23:00-Mon 01:00 (wraps the week)
        { 0, Day },                                     // Mon 00:00-24:00
        { (4 * Day) + (22 * 60), 26 * 60 },             // Fri 22:00-Sun 00:00
        { 540, WeeklyWindow.MinutesPerWeek - 60 },      // Mon 09:00-Mon 08:00 (round the week)
        { 540, WeeklyWindow.MinutesPerWeek - 540 },     // Mon 09:00-Mon 00:00
        { 540, WeeklyWindow.MinutesPerWeek },           // the whole week from Mon 09:00
        { 0, WeeklyWindow.MinutesPerWeek },             // the whole week from Mon 00:00
        { WeeklyWindow.MinutesPerWeek - 1, 1 },         // Sun 23:59-24:00
    };

    [Theory]
    [MemberData(nameof(RoundTripCases))]
    public void ToString_ParsesBackToTheSameWindow(int start, int length)
    {
        var window = WeeklyWindow.FromMinutes(start, length);

        Assert.Equal(window, WeeklyAvailability.Parse(window.ToString()).Single());
    }
}
