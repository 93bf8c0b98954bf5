using MentorGroups.Scheduling;
using MentorGroups.Tests.Support;
using MentorGroups.Validation;

namespace MentorGroups.Tests.Scheduling;

public class WeeklyAvailabilityTests
{
    private const int Day = 24 * 60;

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Parse_NothingGiven_IsNone(string? text)
    {
        var availability = WeeklyAvailability.Parse(text);

        Assert.Same(WeeklyAvailability.None, availability);
        Assert.True(availability.IsEmpty);
        Assert.Equal(0, availability.TotalMinutes);
        Assert.Equal(string.Empty, availability.ToString());
    }

    [Fact]
    public void Parse_SeveralWindows_SortsThemByStart()
    {
        var availability = WeeklyAvailability.Parse("Wed 14:00-16:00; Mon 09:00-11:00");

        Assert.Equal(2, availability.Count);
        Assert.Equal(WeeklyWindow.FromMinutes(540, 120), availability[0]);
        Assert.Equal(WeeklyWindow.FromMinutes((2 * Day) + (14 * 60), 120), availability[1]);
        Assert.Equal(240, availability.TotalMinutes);
        Assert.False(availability.IsEmpty);
        Assert.Equal("Mon 09:00-11:00; Wed 14:00-16:00", availability.ToString());
    }

    public static TheoryData<string, int, int> GoodSyntax => new()
    {
        { "Mon 09:00-11:00", 540, 120 },
        { "mon 9:00-11:00", 540, 120 },
        { "MONDAY 09:00 - 11:00", 540, 120 },
        { "Tuesday 08:15-Tuesday 09:45", Day + 495, 90 },
        { "Mon 22:00-24:00", 22 * 60, 120 },
        { "Mon 22:00-Mon 24:00", 22 * 60, 120 },
        { "Sun 00:00-24:00", 6 * Day, Day },
        { "Fri 22:00-Sat 01:00", (4 * Day) + (22 * 60), 180 },
        { "Fri 22:00-Sat 24:00", (4 * Day) + (22 * 60), 26 * 60 },
        { "Sun 23:00-Mon 01:00", (6 * Day) + (23 * 60), 120 },
        { "Sat 22:00-Sun 24:00", (5 * Day) + (22 * 60), 26 * 60 },
        { "Mon 09:00-Mon 08:00", 540, WeeklyWindow.MinutesPerWeek - 60 },
        { "Mon 09:00-Mon 09:00", 540, WeeklyWindow.MinutesPerWeek },
        { " Thu 10:00-11:00 ; ", (3 * Day) + 600, 60 },
    };

    [Theory]
    [MemberData(nameof(GoodSyntax))]
    public void Parse_GoodSyntax_ReadsTheWindow(string text, int start, int length) =>
        Assert.Equal(WeeklyWindow.FromMinutes(start, length), WeeklyAvailability.Parse(text).Single());

    public static TheoryData<string, string> UnreadableSyntax => new()
    {
        { "Mon 09:00", "Cannot read 'Mon 09:00': expected a start and an end separated by '-'." },
        { "Someday 09:00-10:00", "Cannot read 'Someday 09:00-10:00': 'Someday' is not a day of the week." },
        { "Mon 09:00-Funday 10:00", "Cannot read 'Mon 09:00-Funday 10:00': 'Funday' is not a day of the week." },
        { "09:00-10:00", "Cannot read '09:00-10:00': '09:00' is not '<day> <hh:mm>'." },
        { "Mon 9am-10:00", "Cannot read 'Mon 9am-10:00': '9am' is not a time of day (hh:mm)." },
        { "Mon 25:00-26:00", "Cannot read 'Mon 25:00-26:00': '25:00' is not a time of day (hh:mm)." },
        { "Mon 09:60-10:00", "Cannot read 'Mon 09:60-10:00': '09:60' is not a time of day (hh:mm)." },
        { "Mon 09:00-Tue", "Cannot read 'Mon 09:00-Tue': 'Tue' is not a time of day (hh:mm)." },
        { "Mon 09:00-10:00-11:00", "Cannot read 'Mon 09:00-10:00-11:00': '10:00-11:00' is not a time of day (hh:mm)." },
        { "Mon 09:00-10:00 extra", "Cannot read 'Mon 09:00-10:00 extra': '10:00' is not a day of the week." },
        { "Mon 24:00-Tue 01:00", "Cannot read 'Mon 24:00-Tue 01:00': a window cannot start at 24:00; write 00:00 of the next day." },
        { "Mon 09:00 x-10:00", "Cannot read 'Mon 09:00 x-10:00': 'Mon 09:00 x' is not '<day> <hh:mm>'." },
    };

    [Theory]
    [MemberData(nameof(UnreadableSyntax))]
    public void Parse_BadSyntax_ThrowsUnreadableWithTheReason(string text, string message)
    {
        var ex = Expect.Invalid(() => WeeklyAvailability.Parse(text));

        Assert.Equal("availability", ex.Subject);
        ex.WithSingle(ErrorCodes.UnreadableAvailability, null, message);
    }

    [Theory]
    [InlineData("Mon 11:00-09:00")]
    [InlineData("Mon 09:00-09:00")]
    public void Parse_SameDayEndNotAfterStart_ThrowsInvertedWindow(string text) =>
        Expect.Invalid(() => WeeklyAvailability.Parse(text)).WithCodes(ErrorCodes.InvertedWindow);

    [Fact]
    public void Parse_OverlappingWindows_ThrowsOverlap()
    {
        var ex = Expect.Invalid(() => WeeklyAvailability.Parse("Mon 09:00-11:00; Mon 10:00-12:00"));

        ex.WithSingle(ErrorCodes.OverlappingWindows, null, "The windows Mon 09:00-11:00 and Mon 10:00-12:00 overlap.");
    }

    [Fact]
    public void Parse_SeveralBadWindows_ReportsEveryOneAtOnce()
    {
        var ex = Expect.Invalid(() => WeeklyAvailability.Parse("Xyz 1-2; Mon 11:00-09:00; Mon 09:00-10:00; Mon 9"));

        Assert.Equal(
            "Invalid availability: 3 problems.\n"
            + "- [availability.unreadable] Cannot read 'Xyz 1-2': 'Xyz' is not a day of the week.\n"
            + "- [availability.window-inverted] The window on Monday ends at 09:00, not after its start 11:00; use a window spanning two days to cross midnight.\n"
            + "- [availability.unreadable] Cannot read 'Mon 9': expected a start and an end separated by '-'.",
            ex.Message);
    }

    [Fact]
    public void From_EveryOverlappingPair_IsReported()
    {
        var a = WeeklyWindow.FromMinutes(540, 120);
        var b = WeeklyWindow.FromMinutes(600, 120);
        var c = WeeklyWindow.FromMinutes(630, 30);

        var ex = Expect.Invalid(() => WeeklyAvailability.From([c, a, b]));

        Assert.Equal(
            [
                "The windows Mon 09:00-11:00 and Mon 10:00-12:00 overlap.",
                "The windows Mon 09:00-11:00 and Mon 10:30-11:00 overlap.",
                "The windows Mon 10:00-12:00 and Mon 10:30-11:00 overlap.",
            ],
            ex.Errors.Select(e => e.Message));
        ex.WithCodes(ErrorCodes.OverlappingWindows, ErrorCodes.OverlappingWindows, ErrorCodes.OverlappingWindows);
    }

    [Fact]
    public void From_WrappingWindowOverlapsMondayMorning_IsReported() =>
        Expect.Invalid(() => WeeklyAvailability.From([WeeklyWindow.FromMinutes(0, 30), WeeklyWindow.FromMinutes(WeeklyWindow.MinutesPerWeek - 60, 120)]))
            .WithCodes(ErrorCodes.OverlappingWindows);

    [Fact]
    public void From_TouchingWindows_AreAccepted() =>
        Assert.Equal(2, WeeklyAvailability.From([WeeklyWindow.FromMinutes(540, 60), WeeklyWindow.FromMinutes(600, 60)]).Count);

    [Fact]
    public void From_NoWindows_IsNone() => Assert.Same(WeeklyAvailability.None, WeeklyAvailability.From([]));

    [Fact]
    public void From_Null_ThrowsArgumentNullException() =>
        Assert.Throws<ArgumentNullException>(() => WeeklyAvailability.From(null!));

    [Fact]
    public void Equals_SameWindowsInAnyOrder_AreEqual()
    {
        var a = WeeklyAvailability.Parse("Mon 09:00-11:00; Wed 14:00-16:00");
        var b = WeeklyAvailability.From([WeeklyWindow.FromMinutes((2 * Day) + (14 * 60), 120), WeeklyWindow.FromMinutes(540, 120)]);

        Assert.Equal(a, b);
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, WeeklyAvailability.Parse("Mon 09:00-11:00"));
        Assert.False(a.Equals(null));
    }

    [Fact]
    public void Enumerate_YieldsTheSortedWindows()
    {
        var availability = WeeklyAvailability.Parse("Fri 10:00-11:00; Tue 10:00-11:00");

        Assert.Equal([DayOfWeek.Tuesday, DayOfWeek.Friday], availability.Select(w => w.StartDay));
        Assert.Equal(2, ((System.Collections.IEnumerable)availability).Cast<object>().Count());
    }
}
