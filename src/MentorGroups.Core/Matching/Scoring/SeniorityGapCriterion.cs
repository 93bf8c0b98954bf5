using System.Globalization;

namespace MentorGroups.Matching.Scoring;

/// <summary>
/// Whether the mentor is suitably more senior: 1 at the ideal gap, falling by <c>1 / (ideal gap + 1)</c> per level
/// away from it, and 0 when the mentor is not more senior than the mentee. Neutral (0.5) when a level is unknown.
/// </summary>
public sealed class SeniorityGapCriterion : IScoringCriterion
{
    /// <summary>Creates the criterion.</summary>
    /// <param name="idealGap">Levels between mentor and mentee that fit best; at least 1. The default is 2.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="idealGap"/> is below 1.</exception>
    public SeniorityGapCriterion(int idealGap = 2)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(idealGap, 1);
        IdealGap = idealGap;
    }

    /// <summary>Levels between mentor and mentee that fit best.</summary>
    public int IdealGap { get; }

    /// <inheritdoc/>
    public string Name => "seniority-gap";

    /// <inheritdoc/>
    public double Score(in CandidatePair pair)
    {
        if (pair.Mentor.Participant.Profile.SeniorityLevel is not { } mentor || pair.Mentee.Participant.Profile.SeniorityLevel is not { } mentee)
        {
            return 0.5;
        }

        var gap = mentor - mentee;
        if (gap <= 0)
        {
            return 0;
        }

        return Math.Max(0, 1 - ((double)Math.Abs(gap - IdealGap) / (IdealGap + 1)));
    }

    /// <inheritdoc/>
    public string Explain(in CandidatePair pair)
    {
        if (pair.Mentor.Participant.Profile.SeniorityLevel is not { } mentor || pair.Mentee.Participant.Profile.SeniorityLevel is not { } mentee)
        {
            return "seniority not given on both sides (neutral)";
        }

        var gap = mentor - mentee;
        return gap <= 0
            ? string.Create(CultureInfo.InvariantCulture, $"mentor is not more senior (gap {gap})")
            : string.Create(CultureInfo.InvariantCulture, $"mentor is {gap} level(s) more senior (ideal {IdealGap})");
    }
}
