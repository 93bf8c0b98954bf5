using System.Globalization;
using System.Runtime.CompilerServices;
using MentorGroups.Rules;

namespace MentorGroups.Rules.Criteria;

/// <summary>
/// How much of the mentee's goals the mentor's expertise covers: covered goals ÷ goals. Neutral (0.5) when the mentee
/// gives no goals or the mentor no expertise.
/// </summary>
public sealed class ExpertiseCoverageCriterion : IScoringCriterion, IPreparableCriterion
{
    /// <inheritdoc/>
    public string Name => "expertise";

    /// <inheritdoc/>
    public double Score(in CandidatePair pair)
    {
        var goals = pair.Mentee.Goals;
        var expertise = pair.Mentor.Participant.Profile.Expertise;
        if (goals.IsEmpty || expertise.IsEmpty)
        {
            return 0.5;
        }

        return (double)goals.CountShared(expertise) / goals.Count;
    }

    /// <inheritdoc/>
    IPreparedCriterion IPreparableCriterion.Prepare(MatchingPopulation population)
    {
        ArgumentNullException.ThrowIfNull(population);
        return new Prepared(population.Feature("tags:expertise/goals", static p => TagBitsets.Create(p, static m => m.Participant.Profile.Expertise, static e => e.Goals)));
    }

    /// <inheritdoc/>
    public string Explain(in CandidatePair pair)
    {
        var goals = pair.Mentee.Goals;
        var expertise = pair.Mentor.Participant.Profile.Expertise;
        if (goals.IsEmpty || expertise.IsEmpty)
        {
            return goals.IsEmpty ? "mentee gave no goals (neutral)" : "mentor gave no expertise (neutral)";
        }

        var shared = goals.Shared(expertise);
        return shared.Count == 0
            ? string.Create(CultureInfo.InvariantCulture, $"mentor's expertise covers none of the mentee's {goals.Count} goal(s)")
            : string.Create(CultureInfo.InvariantCulture, $"mentor's expertise covers {shared.Count} of {goals.Count} goal(s): {string.Join(", ", shared)}");
    }

    private sealed class Prepared(TagBitsets tags) : IPreparedCriterion
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Score(int mentee, ReadOnlySpan<int> mentors, Span<double> scores)
        {
            var goals = tags.MenteeCount(mentee);
            for (var i = 0; i < mentors.Length; i++)
            {
                var mentor = mentors[i];
                scores[i] = goals == 0 || tags.MentorCount(mentor) == 0 ? 0.5 : (double)tags.CountShared(mentor, mentee) / goals;
            }
        }
    }
}
