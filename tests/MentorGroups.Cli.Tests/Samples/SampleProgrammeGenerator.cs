using System.Globalization;
using CsvHelper;

namespace MentorGroups.Cli.Tests.Samples;

/// <summary>
/// Generates the sample programme embedded in the tool: a fictional company's graduate programme with made-up people.
/// Seeded, so the embedded file is reproducible; <see cref="SampleFilesTests"/> checks that it is exactly this output.
/// </summary>
/// <remarks>
/// The mix is chosen to show what the tool does: most people in Copenhagen, some in London, New York, Pune and
/// Singapore; a few mentees who speak only German (no mentor does, so they are unmatched with a reason); some mentees
/// who report to a mentor (the line-manager rule keeps them apart); a few without availability; two co-mentors.
/// </remarks>
internal static class SampleProgrammeGenerator
{
    public const int Seed = 2025;

    private static readonly string[] FirstNames =
    [
        "Anna", "Mads", "Sofie", "Jonas", "Ida", "Frederik", "Laura", "Mikkel", "Freja", "Rasmus", "Emma", "Søren", "Clara", "Oliver",
        "Maja", "Emil", "Astrid", "Lukas", "Nanna", "Tobias", "Olivia", "Magnus", "Alma", "Victor", "Signe", "Noah", "Ingrid", "William",
        "Priya", "Arjun", "Mei", "Wei", "Grace", "Daniel", "Chloe", "James", "Amelia", "Ravi", "Aisha", "Tomás", "Lucía", "Kenji",
        "Zoë", "Henrik", "Åse", "Bjørn", "Karin", "Omar", "Leila", "Ethan",
    ];

    private static readonly string[] LastNames =
    [
        "Holmgaard", "Vestergren", "Lindqvist", "Brønsted", "Kjærulf", "Aagaard", "Falkenberg", "Rosendahl", "Skovbjerg", "Nørhave",
        "Ellingsen", "Thornley", "Ashbury", "Whitcombe", "Pennington", "Calloway", "Hartwell", "Iyengar", "Raghavan", "Deshpande",
        "Tan", "Lim", "Okafor", "Moreau", "Castellano", "Nakamura", "Oyelaran", "Haddad", "Sørensen-Bay", "Winther",
    ];

    private static readonly string[] Topics =
    [
        "leadership", "negotiation", "public-speaking", "career-planning", "stakeholder-management", "data-literacy",
        "project-management", "coaching", "product-thinking", "finance-basics", "giving-feedback", "time-management",
    ];

    private static readonly string[] Units = ["Finance", "Engineering", "Sales", "People & Culture", "Operations", "Legal", "Marketing", "Customer Success"];

    private static readonly (string Zone, string Site, int Weight)[] Sites =
    [
        ("Europe/Copenhagen", "Copenhagen", 60), ("Europe/London", "London", 15), ("America/New_York", "New York", 10),
        ("Asia/Kolkata", "Pune", 10), ("Asia/Singapore", "Singapore", 5),
    ];

    private static readonly string[] Days = ["Mon", "Tue", "Wed", "Thu", "Fri"];

    public static string GenerateParticipantsCsv(int seed = Seed)
    {
        var random = new Random(seed);
        const int Leads = 48, CoMentors = 8, Mentees = 244;
        var people = new List<string[]>();
        var usedNames = new HashSet<string>(StringComparer.Ordinal);
        var mentorIds = new List<string>();
        var next = 1;
        string NextId() => string.Create(CultureInfo.InvariantCulture, $"E{next++:D4}");

        for (var i = 0; i < Leads + CoMentors + Mentees; i++)
        {
            var role = i < Leads ? "mentor" : i < Leads + CoMentors ? "co-mentor" : "mentee";
            var id = NextId();
            var isMentor = role != "mentee";
            var (zone, site) = PickSite(random);
            var languages = new List<string> { "en" };
            if (zone == "Europe/Copenhagen" && random.Next(100) < 70)
            {
                languages.Add("da");
            }

            if (isMentor && random.Next(100) < 10)
            {
                languages.Add("sv");
            }

            if (!isMentor && i % 59 == 0)
            {
                languages = ["de"]; // nobody mentors in German: shows an unmatched mentee with its reason
            }

            var name = UniqueName(random, usedNames);
            var capacity = role == "mentor" ? (random.Next(100) < 70 ? 5 : 4) : role == "co-mentor" ? random.Next(2, 5) : (int?)null;
            var goals = isMentor ? [] : Pick(random, Topics, random.Next(1, 4));
            var expertise = isMentor ? Pick(random, Topics, random.Next(2, 5)) : Pick(random, Topics, random.Next(0, 2));
            var unit = Units[random.Next(Units.Length)];

            // Some mentees report to a mentor of the programme; the line-manager rule keeps them out of that group.
            var manager = !isMentor && mentorIds.Count > 0 && random.Next(100) < 12
                ? mentorIds[random.Next(mentorIds.Count)]
                : string.Create(CultureInfo.InvariantCulture, $"E{random.Next(500, 560):D4}");
            var seniority = isMentor ? random.Next(2, 6) : random.Next(0, 3);
            var availability = !isMentor && random.Next(100) < 5 ? string.Empty : Availability(random, zone);
            var startYear = isMentor ? random.Next(2005, 2020) : random.Next(2023, 2026);
            if (isMentor)
            {
                mentorIds.Add(id);
            }

            people.Add([
                id, name, role, capacity?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, string.Join(';', goals), string.Join(';', expertise),
                string.Join(';', languages), unit, manager, seniority.ToString(CultureInfo.InvariantCulture), zone, availability, site,
                startYear.ToString(CultureInfo.InvariantCulture),

                // From the id, so the addresses draw nothing from the seeded sequence; example.org is reserved for examples.
                id.ToLowerInvariant() + "@example.org",
            ]);
        }

        // An HR export lists people in no particular order.
        var rows = people.OrderBy(_ => random.Next()).ToArray();
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, CsvWriterOptions.Default with { NewLine = "\n" }, leaveOpen: true))
        {
            csv.WriteHeader(["id", "display_name", "role", "capacity", "goals", "expertise", "languages", "org_unit", "manager_id", "seniority", "time_zone", "availability", "site", "start_year", "email"]);
            foreach (var row in rows)
            {
                csv.WriteRecord(row);
            }
        }

        return text.ToString();
    }

    public static string SettingsJson => """
        {
          "version": 1,
          "programme": {
            "id": "GRAD-2025",
            "name": "Graduate mentoring 2025 (sample)",
            "purpose": "Help graduates settle into their first full-time job and build a network across the company.",
            "sharedLearningGoal": "From student to first full-time job",
            "sharedGoalTags": ["career-planning"],
            "startDate": "2025-09-01",
            "endDate": "2026-06-30"
          },
          "policy": "common-form",
          "strategy": "greedy",
          "weights": {
            "expertise": 3,
            "language": 2,
            "availability": 2,
            "shared-goals": 1,
            "seniority-gap": 1,
            "cross-department": 1
          },
          "seed": 2025,
          "requireCommonLanguage": true
        }

        """.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static (string Zone, string Site) PickSite(Random random)
    {
        var roll = random.Next(100);
        foreach (var (zone, site, weight) in Sites)
        {
            if (roll < weight)
            {
                return (zone, site);
            }

            roll -= weight;
        }

        return (Sites[0].Zone, Sites[0].Site);
    }

    private static string UniqueName(Random random, HashSet<string> used)
    {
        while (true)
        {
            var name = $"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]}";
            if (used.Add(name))
            {
                return name;
            }
        }
    }

    private static string[] Pick(Random random, string[] from, int count) =>
        from.OrderBy(_ => random.Next()).Take(count).ToArray();

    /// <summary>
    /// Most weekdays, with a block of four to six hours each. Offices in Asia offer their afternoons and New York its
    /// mornings, as people in global companies do, so that most groups across sites still share an hour.
    /// </summary>
    private static string Availability(Random random, string zone)
    {
        var (from, to) = zone switch
        {
            "America/New_York" => (8, 9),
            "Asia/Kolkata" => (13, 14),
            "Asia/Singapore" => (14, 15),
            _ => (9, 11),
        };
        var days = Days.Where(_ => random.Next(100) < 85).ToArray();
        return string.Join("; ", days.Select(day =>
        {
            var start = random.Next(from, to + 1);
            var length = random.Next(4, 7);
            return string.Create(CultureInfo.InvariantCulture, $"{day} {start:D2}:00-{start + length:D2}:00");
        }));
    }
}
