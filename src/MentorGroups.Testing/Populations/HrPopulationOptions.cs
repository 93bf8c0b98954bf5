using MentorGroups.Policies;
using MentorGroups.Validation;

namespace MentorGroups.Testing.Populations;

/// <summary>
/// The shape of a synthetic HR population for <see cref="HrPopulationGenerator"/>: how many mentees and mentors, how the
/// organisation is cut into units, how skewed the skills are, how many people speak the majority language, and the seed.
/// </summary>
/// <remarks>
/// The presets <see cref="W1k"/>, <see cref="W10k"/> and <see cref="W100k"/> are the benchmark workloads (five mentees
/// per mentor). Change any property with a <c>with</c> expression.
/// </remarks>
public sealed record HrPopulationOptions
{
    /// <summary>1,000 mentees and 200 mentors.</summary>
    public static HrPopulationOptions W1k { get; } = ForMentees(1_000);

    /// <summary>10,000 mentees and 2,000 mentors.</summary>
    public static HrPopulationOptions W10k { get; } = ForMentees(10_000);

    /// <summary>100,000 mentees and 20,000 mentors.</summary>
    public static HrPopulationOptions W100k { get; } = ForMentees(100_000);

    /// <summary>How many mentees are enrolled.</summary>
    /// <value>The default value is 1,000.</value>
    public int Mentees { get; init; } = 1_000;

    /// <summary>How many mentors are enrolled (all lead mentors).</summary>
    /// <value>The default value is 200.</value>
    public int Mentors { get; init; } = 200;

    /// <summary>The seed: the same options give the same population, person for person.</summary>
    /// <value>The default value is 0.</value>
    public int Seed { get; init; }

    /// <summary>How many people report to one manager, on average: the organisation has about (people ÷ this) units.</summary>
    /// <value>The default value is 12.</value>
    public int SpanOfControl { get; init; } = 12;

    /// <summary>The share of units whose manager is enrolled in the programme (as a mentor, now and then as a mentee).</summary>
    /// <value>The default value is 0.6.</value>
    public double EnrolledManagerShare { get; init; } = 0.6;

    /// <summary>How many skills the taxonomy holds (goals and expertise are drawn from it).</summary>
    /// <value>The default value is 60.</value>
    public int SkillCount { get; init; } = 60;

    /// <summary>The Zipf exponent of skill popularity: the skill of rank r is drawn with weight 1 / r^s.</summary>
    /// <value>The default value is 1.0.</value>
    public double ZipfExponent { get; init; } = 1.0;

    /// <summary>How many seniority levels there are (0 is the most junior).</summary>
    /// <value>The default value is 8.</value>
    public int SeniorityLevels { get; init; } = 8;

    /// <summary>The share of people who speak the majority language (English); the others speak only their office's language.</summary>
    /// <value>The default value is 0.85.</value>
    public double MajorityLanguageShare { get; init; } = 0.85;

    /// <summary>How many typical weekly availability patterns each office has; everyone there follows one of them.</summary>
    /// <value>The default value is 24.</value>
    public int AvailabilityPatternsPerOffice { get; init; } = 24;

    /// <summary>The fewest mentees a mentor takes.</summary>
    /// <value>The default value is 1.</value>
    public int MinCapacity { get; init; } = 1;

    /// <summary>The most mentees a mentor takes.</summary>
    /// <value>The default value is 5.</value>
    public int MaxCapacity { get; init; } = 5;

    /// <summary>Coordinator exclusions per 1,000 mentees (a mentee kept apart from a mentor), so that the exclusion constraint is on.</summary>
    /// <value>The default value is 2.</value>
    public int ExclusionsPerThousandMentees { get; init; } = 2;

    /// <summary>The programme's size policy.</summary>
    /// <value>The default value is <see cref="GroupSizePolicy.Recommended"/>; <see cref="GroupSizePolicy.CommonForm"/>
    /// gives the seed's recommended 5 to 10 mentees per group.</value>
    public GroupSizePolicy SizePolicy { get; init; } = GroupSizePolicy.Recommended;

    /// <summary>The workload with <paramref name="mentees"/> mentees and a fifth as many mentors (at least one).</summary>
    /// <param name="mentees">How many mentees; zero or more.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The options.</returns>
    public static HrPopulationOptions ForMentees(int mentees, int seed = 0) =>
        new() { Mentees = mentees, Mentors = Math.Max(1, mentees / 5), Seed = seed };

    /// <summary>Checks the options, reporting every problem at once.</summary>
    /// <exception cref="MentorGroupsValidationException">A value is out of range (code <see cref="ErrorCodes.InvalidOptions"/>).</exception>
    public void Validate()
    {
        var errors = new List<ValidationError>();
        void Require(bool ok, string property, string message)
        {
            if (!ok)
            {
                errors.Add(new ValidationError(ErrorCodes.InvalidOptions, message, property));
            }
        }

        Require(Mentees >= 0, nameof(Mentees), $"Mentees must be zero or more; got {Mentees}.");
        Require(Mentors >= 0, nameof(Mentors), $"Mentors must be zero or more; got {Mentors}.");
        Require(SpanOfControl >= 2, nameof(SpanOfControl), $"SpanOfControl must be at least 2; got {SpanOfControl}.");
        Require(EnrolledManagerShare is >= 0 and <= 1, nameof(EnrolledManagerShare), $"EnrolledManagerShare must be from 0 to 1; got {EnrolledManagerShare}.");
        Require(SkillCount >= 5, nameof(SkillCount), $"SkillCount must be at least 5; got {SkillCount}.");
        Require(double.IsFinite(ZipfExponent) && ZipfExponent >= 0, nameof(ZipfExponent), $"ZipfExponent must be a finite number of zero or more; got {ZipfExponent}.");
        Require(SeniorityLevels >= 2, nameof(SeniorityLevels), $"SeniorityLevels must be at least 2; got {SeniorityLevels}.");
        Require(MajorityLanguageShare is >= 0 and <= 1, nameof(MajorityLanguageShare), $"MajorityLanguageShare must be from 0 to 1; got {MajorityLanguageShare}.");
        Require(AvailabilityPatternsPerOffice >= 1, nameof(AvailabilityPatternsPerOffice), $"AvailabilityPatternsPerOffice must be at least 1; got {AvailabilityPatternsPerOffice}.");
        Require(MinCapacity >= 0, nameof(MinCapacity), $"MinCapacity must be zero or more; got {MinCapacity}.");
        Require(MaxCapacity >= MinCapacity, nameof(MaxCapacity), $"MaxCapacity must be at least MinCapacity ({MinCapacity}); got {MaxCapacity}.");
        Require(SizePolicy is not null, nameof(SizePolicy), "SizePolicy must not be null.");
        Require(ExclusionsPerThousandMentees >= 0, nameof(ExclusionsPerThousandMentees), $"ExclusionsPerThousandMentees must be zero or more; got {ExclusionsPerThousandMentees}.");
        if (errors.Count > 0)
        {
            throw new MentorGroupsValidationException("HR population options", errors);
        }
    }
}
