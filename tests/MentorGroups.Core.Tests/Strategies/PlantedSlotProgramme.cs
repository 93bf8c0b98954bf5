using MentorGroups.Enrolments;
using MentorGroups.Matching;
using MentorGroups.Participants;
using MentorGroups.Policies;
using MentorGroups.Programmes;
using MentorGroups.Scheduling;

namespace MentorGroups.Tests.Strategies;

/// <summary>
/// Seeded programmes with random availability in which a common meeting slot for every group is achievable: people
/// are dealt into hidden groups of one mentor and five mentees, each hidden group shares one narrow one-hour window
/// (placed in each member's own time zone), and everyone also gets random windows of their own. Goals, expertise and
/// units are random, so pair scores do not point at the hidden groups.
/// </summary>
internal static class PlantedSlotProgramme
{
    /// <summary>The week every instance plans in (no daylight-saving change in any zone used).</summary>
    public static readonly DateOnly ReferenceWeek = new(2026, 1, 12);

    private static readonly string[] ZoneIds =
        ["America/Los_Angeles", "America/New_York", "UTC", "Europe/Copenhagen", "Asia/Kolkata", "Asia/Tokyo"];

    private static readonly string[] Skills =
        ["leadership", "negotiation", "public speaking", "data analysis", "project management", "career start", "feedback", "strategy"];

    private static readonly string[] Units = ["Finance", "Engineering", "Sales", "HR", "Legal"];

    public const int MenteesPerGroup = 5;

    public static MatchingRequest Create(int mentees, int seed)
    {
        var random = new Random(seed);
        var groups = mentees / MenteesPerGroup;
        var programme = Programme.Builder("planted", "Planted slots")
            .WithSizePolicy(GroupSizePolicy.Recommended)
            .WithSharedLearningGoal("First years at work", "career start")
            .Build();
        var builder = MatchingRequest.For(programme)
            .WithMeetingSlots(new MeetingSlotOptions { ReferenceWeek = ReferenceWeek, SlotLengthMinutes = 60 });

        // The hidden common hour of each group, in UTC minutes of the week, on the hour.
        var planted = Enumerable.Range(0, groups).Select(_ => random.Next(7 * 24) * 60).ToArray();
        var menteeGroup = Enumerable.Range(0, groups * MenteesPerGroup).Select(i => i / MenteesPerGroup).OrderBy(_ => random.Next()).ToArray();
        var mentorGroup = Enumerable.Range(0, groups).OrderBy(_ => random.Next()).ToArray();

        for (var i = 0; i < groups; i++)
        {
            builder.Add(Enrolment.AsMentor(Person(random, $"M{i:D4}", planted[mentorGroup[i]]), MenteesPerGroup));
        }

        for (var i = 0; i < menteeGroup.Length; i++)
        {
            builder.Add(Enrolment.AsMentee(Person(random, $"E{i:D4}", planted[menteeGroup[i]])));
        }

        return builder.Build();
    }

    private static Participant Person(Random random, string id, int plantedUtcMinute)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(ZoneIds[random.Next(ZoneIds.Length)]);
        var offset = (int)zone.GetUtcOffset(ReferenceWeek.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc)).TotalMinutes;
        var taken = new bool[WeeklyWindow.MinutesPerWeek];
        var windows = new List<WeeklyWindow>();
        void TryAdd(int localStart, int length)
        {
            localStart = ((localStart % WeeklyWindow.MinutesPerWeek) + WeeklyWindow.MinutesPerWeek) % WeeklyWindow.MinutesPerWeek;
            // Keep a gap around every window so that windows never touch or overlap.
            for (var k = -1; k <= length; k++)
            {
                if (taken[(localStart + k + WeeklyWindow.MinutesPerWeek) % WeeklyWindow.MinutesPerWeek])
                {
                    return;
                }
            }

            for (var k = 0; k < length; k++)
            {
                taken[(localStart + k) % WeeklyWindow.MinutesPerWeek] = true;
            }

            windows.Add(WeeklyWindow.FromMinutes(localStart, length));
        }

        TryAdd(plantedUtcMinute + offset, 60);
        for (var extra = 0; extra < 2; extra++)
        {
            TryAdd(random.Next(7 * 24 * 4) * 15, 60 + (random.Next(5) * 15));
        }

        return Participant.Builder(id)
            .InTimeZone(zone.Id)
            .AvailableAt(windows)
            .WithLearningGoals(Pick(random, Skills, 2))
            .WithExpertise(Pick(random, Skills, 3))
            .WithLanguages("en")
            .InOrganisationalUnit(Units[random.Next(Units.Length)])
            .AtSeniority(random.Next(6))
            .Build();
    }

    private static string[] Pick(Random random, string[] from, int count) => from.OrderBy(_ => random.Next()).Take(count).ToArray();
}
