using System.Globalization;
using System.Runtime.CompilerServices;
using MentorGroups.Rules;

namespace MentorGroups.Rules.Criteria;

/// <summary>
/// Whether mentor and mentee want to learn about the same things (the mentor's own learning goals against the mentee's
/// goals), as the Jaccard similarity of the two tag sets. Neutral (0.5) when either gives none.
/// </summary>
public sealed class SharedGoalsCriterion : IScoringCriterion, IPreparableCriterion
{
    /// <inheritdoc/>
    public string Name => "shared-goals";

    /// <inheritdoc/>
    public double Score(in CandidatePair pair)
    {
        var mentee = pair.Mentee.Goals;
        var mentor = pair.Mentor.Participant.Profile.LearningGoals;
        if (mentee.IsEmpty || mentor.IsEmpty)
        {
            return 0.5;
        }

        var shared = mentee.CountShared(mentor);
        return (double)shared / (mentee.Count + mentor.Count - shared);
    }

    /// <inheritdoc/>
    IPreparedCriterion IPreparableCriterion.Prepare(MatchingPopulation population)
    {
        ArgumentNullException.ThrowIfNull(population);
        return new Prepared(population.Feature("tags:learning-goals/goals", static p => TagBitsets.Create(p, static m => m.Participant.Profile.LearningGoals, static e => e.Goals)));
    }

    /// <inheritdoc/>
    public string Explain(in CandidatePair pair)
    {
        var mentee = pair.Mentee.Goals;
        var mentor = pair.Mentor.Participant.Profile.LearningGoals;
        if (mentee.IsEmpty || mentor.IsEmpty)
        {
            return "learning goals not given on both sides (neutral)";
        }

        var shared = mentee.Shared(mentor);
        return shared.Count == 0
            ? "no learning goal in common"
            : string.Create(CultureInfo.InvariantCulture, $"{shared.Count} learning goal(s) in common: {string.Join(", ", shared)}");
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
                var own = tags.MentorCount(mentor);
                if (goals == 0 || own == 0)
                {
                    scores[i] = 0.5;
                    continue;
                }

                var shared = tags.CountShared(mentor, mentee);
                scores[i] = (double)shared / (goals + own - shared);
            }
        }
    }
}
