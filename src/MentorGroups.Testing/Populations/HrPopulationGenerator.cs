using System.Globalization;
using MentorGroups.Enrolments;
using MentorGroups.Matching;
using MentorGroups.Participants;
using MentorGroups.Policies;
using MentorGroups.Programmes;
using MentorGroups.Scheduling;

namespace MentorGroups.Testing.Populations;

/// <summary>
/// Makes realistic, seeded HR populations for load tests and benchmarks: an organisation of units under a manager
/// hierarchy (line managers are people of the organisation; some of them are enrolled), seniority levels, a skills
/// taxonomy with Zipf-like popularity, a majority language next to local ones, offices clustered in time zones with
/// their typical weekly availability, and mentor capacities.
/// </summary>
/// <remarks>
/// The same options (seed included) give the same population and request, person for person, on every machine.
/// Ids are <c>P000000</c>, <c>P000001</c>, … for enrolled people (roles mixed) and <c>X00000</c>, … for managers who are
/// not enrolled. No display names are set: the population is synthetic, and ids are all a test needs.
/// </remarks>
public static partial class HrPopulationGenerator
{
    private const string MajorityLanguage = "en";

    private static readonly Office[] Offices =
    [
        new("Europe/Copenhagen", "da", 3),
        new("Europe/London", "en", 4),
        new("Europe/Berlin", "de", 3),
        new("Europe/Paris", "fr", 2),
        new("America/New_York", "en", 4),
        new("America/Chicago", "en", 2),
        new("America/Sao_Paulo", "pt", 1),
        new("Asia/Kolkata", "hi", 2),
        new("Asia/Singapore", "en", 1),
        new("Asia/Tokyo", "ja", 1),
        new("Australia/Sydney", "en", 1),
    ];

    private static readonly string[] Functions =
        ["Engineering", "Sales", "Finance", "Operations", "Marketing", "Product", "Support", "People", "Legal", "Research"];

    // Ordered by popularity: the first is what most mentees ask for.
    private static readonly string[] BaseSkills =
    [
        "leadership", "communication", "career development", "project management", "stakeholder management",
        "public speaking", "negotiation", "data analysis", "people management", "strategy", "feedback", "time management",
        "product management", "coaching", "change management", "conflict resolution", "decision making", "networking",
        "budgeting", "presentation skills", "agile practices", "customer focus", "innovation", "writing",
        "cloud architecture", "software design", "machine learning", "sales techniques", "marketing analytics",
        "finance for non-finance", "risk management", "compliance", "procurement", "supply chain", "ux research",
        "security awareness", "hiring", "onboarding", "diversity and inclusion", "wellbeing", "remote work",
        "mentoring others", "executive presence", "business writing", "data visualisation", "process improvement",
        "vendor management", "international business",
    ];

    /// <summary>Makes a population.</summary>
    /// <param name="options">The shape and seed.</param>
    /// <returns>The population and its matching request.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="Validation.MentorGroupsValidationException">The options are invalid.</exception>
    public static HrPopulation Generate(HrPopulationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return new Run(options).Generate();
    }

    private sealed record Office(string Zone, string Language, int Weight);

    /// <summary>One generation: the random source and everything drawn so far.</summary>
    private sealed class Run(HrPopulationOptions options)
    {
        private readonly Random _random = new(options.Seed);
        private readonly HrPopulationOptions _o = options;

        public HrPopulation Generate()
        {
            // The steps draw from one random source in this order; changing the order changes every population.
            var people = _o.Mentees + _o.Mentors;
            var (isMentor, level) = Roles(people);
            var organisation = Organise(people, isMentor, level);
            var tags = new TagDraws(this);
            var builder = MatchingRequest.For(Programme()).WithSeed(_o.Seed).RequireCommonLanguage();
            var employees = new List<Participant>(people + organisation.ExternalManagers.Count);
            var menteeIds = new List<string>(_o.Mentees);
            var mentorIds = new List<string>(_o.Mentors);
            for (var p = 0; p < people; p++)
            {
                var participant = Employee(p, isMentor[p], level[p], organisation, tags);
                employees.Add(participant);
                if (isMentor[p])
                {
                    builder.Add(Enrolment.AsMentor(participant, Capacity()));
                    mentorIds.Add(participant.Id.Value);
                }
                else
                {
                    var individual = _random.NextDouble() < 0.2 ? Tags(tags.Skills, tags.MenteeDemand, null, 1) : [];
                    builder.Add(Enrolment.AsMentee(participant, individual));
                    menteeIds.Add(participant.Id.Value);
                }
            }

            employees.AddRange(organisation.ExternalManagers.Select(m => ExternalManager(m.Id, m.Unit, organisation)));
            AddExclusions(builder, menteeIds, mentorIds);
            employees.Sort((a, b) => a.Id.CompareTo(b.Id));
            return new HrPopulation(_o, builder.Build(), employees, organisation.UnitCount);
        }

        /// <summary>Who mentors (a random subset) and everyone's seniority.</summary>
        private (bool[] IsMentor, int[] Level) Roles(int people)
        {
            var isMentor = new bool[people];
            foreach (var p in Shuffled(people).Take(_o.Mentors))
            {
                isMentor[p] = true;
            }

            var level = new int[people];
            for (var p = 0; p < people; p++)
            {
                level[p] = isMentor[p] ? MentorLevel() : MenteeLevel();
            }

            return (isMentor, level);
        }

        /// <summary>A random tree of units under one root, each unit with an office (mostly its parent's), people spread over the units, and their managers.</summary>
        private Organisation Organise(int people, bool[] isMentor, int[] level)
        {
            var organisation = new Organisation(Math.Max(1, (people + _o.SpanOfControl - 1) / _o.SpanOfControl), people);
            for (var u = 0; u < organisation.UnitCount; u++)
            {
                // Drawn towards the root, so the tree is a few levels deep rather than a long chain.
                var parent = organisation.Parent;
                parent[u] = u == 0 ? -1 : (int)(u * _random.NextDouble() * _random.NextDouble());
                organisation.Office[u] = u == 0 || parent[u] == 0 || _random.NextDouble() < 0.15 ? WeightedOffice() : organisation.Office[parent[u]];
                var function = u == 0 ? "Executive" : Functions[(parent[u] == 0 ? u : Root(parent, u)) % Functions.Length];
                organisation.UnitName[u] = string.Create(CultureInfo.InvariantCulture, $"{function} {u:D5}");
            }

            var order = Shuffled(people);
            for (var i = 0; i < people; i++)
            {
                organisation.UnitOf[order[i]] = i % organisation.UnitCount;
            }

            AppointManagers(organisation, isMentor, level);
            return organisation;
        }

        /// <summary>Each unit's manager: its most senior enrolled person (a mentor where there is one), or someone not enrolled.</summary>
        private void AppointManagers(Organisation organisation, bool[] isMentor, int[] level)
        {
            var mostSenior = new int[organisation.UnitCount];
            Array.Fill(mostSenior, -1);
            for (var p = 0; p < isMentor.Length; p++)
            {
                var u = organisation.UnitOf[p];
                var best = mostSenior[u];
                if (best < 0 || (isMentor[p], level[p]).CompareTo((isMentor[best], level[best])) > 0)
                {
                    mostSenior[u] = p;
                }
            }

            for (var u = 0; u < organisation.UnitCount; u++)
            {
                if (mostSenior[u] >= 0 && _random.NextDouble() < _o.EnrolledManagerShare)
                {
                    organisation.Manager[u] = PersonId(mostSenior[u]);
                    organisation.ManagerOfPerson[mostSenior[u]] = u;
                }
                else
                {
                    organisation.Manager[u] = string.Create(CultureInfo.InvariantCulture, $"X{u:D5}");
                    organisation.ExternalManagers.Add((organisation.Manager[u], u));
                }
            }
        }

        private Programme Programme() =>
            Programmes.Programme.Builder("hr-benchmark", "Mentoring programme")
                .WithFormat(ProgrammeFormat.Group)
                .WithSizePolicy(_o.SizePolicy)
                .WithSharedLearningGoal("Grow in the current role", "career development")
                .Build();

        /// <summary>One enrolled person: unit, manager, seniority, office, languages, availability, expertise and goals.</summary>
        private Participant Employee(int p, bool isMentor, int level, Organisation organisation, TagDraws tags)
        {
            var u = organisation.UnitOf[p];
            var site = Offices[organisation.Office[u]];
            var person = Participant.Builder(PersonId(p))
                .InOrganisationalUnit(organisation.UnitName[u])
                .ReportingTo(organisation.LineManager(u, organisation.ManagerOfPerson[p] == u))
                .AtSeniority(level)
                .InTimeZone(site.Zone)
                .WithLanguages(Languages(site))
                .AvailableAt(tags.Patterns[organisation.Office[u]][Draw(tags.PatternPick)]);
            if (isMentor)
            {
                person.WithExpertise(Tags(tags.Skills, tags.MentorSupply, tags.SupplyRank, Between(2, 5)))
                    .WithLearningGoals(Tags(tags.Skills, tags.MenteeDemand, null, Between(0, 2)));
            }
            else
            {
                person.WithLearningGoals(Tags(tags.Skills, tags.MenteeDemand, null, Between(1, 3)));
            }

            return person.Build();
        }

        /// <summary>A manager who is not enrolled: part of the organisation, so the management chain is complete.</summary>
        private Participant ExternalManager(string id, int u, Organisation organisation)
        {
            var site = Offices[organisation.Office[u]];
            return Participant.Builder(id)
                .InOrganisationalUnit(organisation.UnitName[u])
                .ReportingTo(organisation.LineManager(u, managesIt: true))
                .AtSeniority(_o.SeniorityLevels - 1)
                .InTimeZone(site.Zone)
                .WithLanguages(Languages(site))
                .Build();
        }

        private void AddExclusions(MatchingRequestBuilder builder, List<string> menteeIds, List<string> mentorIds)
        {
            var exclusions = menteeIds.Count == 0 || mentorIds.Count == 0 ? 0 : (int)((long)_o.Mentees * _o.ExclusionsPerThousandMentees / 1000);
            for (var i = 0; i < exclusions; i++)
            {
                builder.Exclude(menteeIds[_random.Next(menteeIds.Count)], mentorIds[_random.Next(mentorIds.Count)], "known conflict");
            }
        }

        /// <summary>The skills taxonomy with its popularity, and each office's availability patterns: drawn once per run.</summary>
        private sealed class TagDraws
        {
            public TagDraws(Run run)
            {
                Skills = run.Taxonomy();
                MenteeDemand = run.ZipfCumulative(Skills.Length);
                MentorSupply = run.ZipfCumulative(Skills.Length);
                SupplyRank = run.SupplyRanking(Skills.Length);
                Patterns = [.. Offices.Select(_ => run.AvailabilityPool())];
                PatternPick = run.ZipfCumulative(run._o.AvailabilityPatternsPerOffice, 0.8);
            }

            public string[] Skills { get; }

            public double[] MenteeDemand { get; }

            public double[] MentorSupply { get; }

            public int[] SupplyRank { get; }

            public WeeklyAvailability[][] Patterns { get; }

            public double[] PatternPick { get; }
        }

        private static string PersonId(int p) => string.Create(CultureInfo.InvariantCulture, $"P{p:D6}");

        private static int Root(int[] parent, int u)
        {
            while (parent[u] > 0)
            {
                u = parent[u];
            }

            return u;
        }

        private int[] Shuffled(int count)
        {
            var items = Enumerable.Range(0, count).ToArray();
            for (var i = count - 1; i > 0; i--)
            {
                var j = _random.Next(i + 1);
                (items[i], items[j]) = (items[j], items[i]);
            }

            return items;
        }

        private int Between(int min, int max) => _random.Next(min, max + 1);

        /// <summary>Mentees are mostly junior: the smaller of two draws from the lower half and a bit.</summary>
        private int MenteeLevel()
        {
            var top = (_o.SeniorityLevels / 2) + 1;
            return Math.Min(_random.Next(top), _random.Next(top));
        }

        /// <summary>Mentors are mostly senior: the mirror image of <see cref="MenteeLevel"/>.</summary>
        private int MentorLevel() => _o.SeniorityLevels - 1 - MenteeLevel();

        /// <summary>Capacities peak in the middle of the range (e.g. 3 for 1–5).</summary>
        private int Capacity()
        {
            var min = _o.MinCapacity;
            var max = _o.MaxCapacity;
            var weights = Enumerable.Range(min, max - min + 1).Select(c => 1.0 + Math.Min(c - min, max - c)).ToArray();
            var cumulative = new double[weights.Length];
            var sum = 0.0;
            for (var i = 0; i < weights.Length; i++)
            {
                sum += weights[i];
                cumulative[i] = sum;
            }

            return min + Draw(cumulative);
        }

        private int WeightedOffice()
        {
            var cumulative = new double[Offices.Length];
            var sum = 0.0;
            for (var i = 0; i < Offices.Length; i++)
            {
                sum += Offices[i].Weight;
                cumulative[i] = sum;
            }

            return Draw(cumulative);
        }

        private List<string> Languages(Office site)
        {
            var languages = new List<string>(2);
            var speaksMajority = site.Language == MajorityLanguage || _random.NextDouble() < _o.MajorityLanguageShare;
            if (speaksMajority)
            {
                languages.Add(MajorityLanguage);
            }

            if (site.Language != MajorityLanguage && (!speaksMajority || _random.NextDouble() < 0.9))
            {
                languages.Add(site.Language);
            }

            return languages;
        }

        private string[] Taxonomy() =>
            [.. Enumerable.Range(0, _o.SkillCount).Select(i => i < BaseSkills.Length ? BaseSkills[i] : string.Create(CultureInfo.InvariantCulture, $"specialist skill {i + 1}"))];

        /// <summary>Mentors' expertise is popular in nearly, not exactly, the order mentees ask for it: neighbours swap.</summary>
        private int[] SupplyRanking(int count)
        {
            var rank = Enumerable.Range(0, count).ToArray();
            for (var i = 0; i + 1 < count; i += 2)
            {
                if (_random.NextDouble() < 0.5)
                {
                    (rank[i], rank[i + 1]) = (rank[i + 1], rank[i]);
                }
            }

            return rank;
        }

        private double[] ZipfCumulative(int count, double? exponent = null)
        {
            var s = exponent ?? _o.ZipfExponent;
            var cumulative = new double[count];
            var sum = 0.0;
            for (var r = 0; r < count; r++)
            {
                sum += 1.0 / Math.Pow(r + 1, s);
                cumulative[r] = sum;
            }

            return cumulative;
        }

        private int Draw(double[] cumulative)
        {
            var x = _random.NextDouble() * cumulative[^1];
            var i = Array.BinarySearch(cumulative, x);
            return Math.Min(cumulative.Length - 1, i >= 0 ? i + 1 : ~i);
        }

        private string[] Tags(string[] skills, double[] popularity, int[]? ranking, int count)
        {
            var chosen = new List<string>(count);
            for (var attempt = 0; chosen.Count < count && attempt < count * 20; attempt++)
            {
                var rank = Draw(popularity);
                var tag = skills[ranking is null ? rank : ranking[rank]];
                if (!chosen.Contains(tag))
                {
                    chosen.Add(tag);
                }
            }

            return [.. chosen];
        }

        /// <summary>An office's typical weeks: two or three windows in local office hours on different weekdays.</summary>
        private WeeklyAvailability[] AvailabilityPool()
        {
            var days = new[] { "Mon", "Tue", "Wed", "Thu", "Fri" };
            var pool = new WeeklyAvailability[_o.AvailabilityPatternsPerOffice];
            for (var i = 0; i < pool.Length; i++)
            {
                var picked = days.OrderBy(_ => _random.Next()).Take(Between(2, 3)).OrderBy(d => Array.IndexOf(days, d));
                var text = string.Join("; ", picked.Select(day =>
                {
                    var start = (8 * 60) + (30 * _random.Next(17)); // 08:00 to 16:00
                    var length = 60 + (30 * _random.Next(3));       // 1 to 2 hours
                    var end = Math.Min(start + length, 18 * 60);
                    return string.Create(CultureInfo.InvariantCulture, $"{day} {start / 60:D2}:{start % 60:D2}-{end / 60:D2}:{end % 60:D2}");
                }));
                pool[i] = WeeklyAvailability.Parse(text);
            }

            return pool;
        }
    }
}
