using System.Globalization;
using System.Runtime.CompilerServices;
using MentorGroups.Rules;

namespace MentorGroups.Rules.Criteria;

/// <summary>
/// Whether the mentor is suitably more senior: 1 at the ideal gap, falling by <c>1 / (ideal gap + 1)</c> per level
/// away from it, and 0 when the mentor is not more senior than the mentee. Neutral (0.5) when a level is unknown.
/// </summary>
public sealed class SeniorityGapCriterion : IScoringCriterion, IPreparableCriterion
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
    IPreparedCriterion IPreparableCriterion.Prepare(MatchingPopulation population)
    {
        ArgumentNullException.ThrowIfNull(population);
        var levels = population.Feature("seniority", static p => new Levels(p));
        return KeyedRows.Wrap(new Prepared(levels, IdealGap), population, [.. levels.Mentees.Select(l => l + 1)]);
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

    /// <summary>Each person's seniority level; -1 when unknown.</summary>
    private sealed class Levels(MatchingPopulation population)
    {
        public int[] Mentors { get; } = [.. population.Mentors.Select(m => m.Participant.Profile.SeniorityLevel ?? -1)];

        public int[] Mentees { get; } = [.. population.Mentees.Select(m => m.Participant.Profile.SeniorityLevel ?? -1)];
    }

    private sealed class Prepared(Levels levels, int idealGap) : IPreparedCriterion
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Score(int mentee, ReadOnlySpan<int> mentors, Span<double> scores)
        {
            var own = levels.Mentees[mentee];
            var byMentor = levels.Mentors;
            for (var i = 0; i < mentors.Length; i++)
            {
                var level = byMentor[mentors[i]];
                if (own < 0 || level < 0)
                {
                    scores[i] = 0.5;
                    continue;
                }

                // The same arithmetic as the slow path, so that both give the same bits.
                var gap = level - own;
                scores[i] = gap <= 0 ? 0 : Math.Max(0, 1 - ((double)Math.Abs(gap - idealGap) / (idealGap + 1)));
            }
        }
    }
}
