using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MentorGroups.Scheduling;
using MentorGroups.Testing;

namespace MentorGroups.Tests.Properties;

[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public class AvailabilityProperties
{
    // Every window the type allows, not just the realistic ones the domain generator favours.
    private static readonly Arbitrary<WeeklyWindow> AnyWindow =
        (from start in Gen.Choose(0, WeeklyWindow.MinutesPerWeek - 1)
         from length in Gen.Frequency((3, Gen.Choose(1, 24 * 60)), (1, Gen.Choose(1, WeeklyWindow.MinutesPerWeek)))
         select WeeklyWindow.FromMinutes(start, length)).ToArbitrary();

    [Property]
    public Property ToStringThenParse_GivesTheSameAvailability(WeeklyAvailability availability) =>
        WeeklyAvailability.Parse(availability.ToString()).Equals(availability)
            .Label(availability.ToString())
            .Classify(availability.Any(w => w.EndMinuteOfWeek > WeeklyWindow.MinutesPerWeek), "wraps the week")
            .Classify(availability.IsEmpty, "empty");

    [Property]
    public Property ToStringThenParse_GivesTheSameWindow_ForAnyWindow() =>
        Prop.ForAll(AnyWindow, window =>
            WeeklyAvailability.Parse(window.ToString()).Single().Equals(window)
                .Label(window.ToString())
                .Classify(window.StartMinuteOfWeek % (24 * 60) + window.LengthMinutes > 24 * 60, "crosses midnight"));

    [Property]
    public Property OverlapMinutes_IsSymmetricAndBounded() =>
        Prop.ForAll(AnyWindow, AnyWindow, (a, b) =>
        {
            var overlap = a.OverlapMinutes(b);
            return (overlap == b.OverlapMinutes(a)).Label("symmetric")
                .And((overlap >= 0 && overlap <= Math.Min(a.LengthMinutes, b.LengthMinutes)).Label("bounded by the shorter window"))
                .And((a.Overlaps(b) == overlap > 0).Label("Overlaps agrees"))
                .And((a.OverlapMinutes(a) == a.LengthMinutes).Label("a window overlaps itself fully"))
                .Classify(overlap > 0, "overlapping");
        });

    [Property]
    public bool GeneratedAvailability_NeverOverlaps(WeeklyAvailability availability) =>
        availability.SelectMany((a, i) => availability.Skip(i + 1).Select(b => a.Overlaps(b))).All(overlaps => !overlaps);
}
