using System.Runtime.CompilerServices;
using MentorGroups.Rules;
using MentorGroups.Rules.Constraints;

namespace MentorGroups.Rules.Criteria;

/// <summary>1 when mentor and mentee share a language, 0 when they do not, 0.5 when either gives none.</summary>
/// <remarks>To forbid pairs without a common language, add <see cref="Rules.Constraints.CommonLanguageConstraint"/> as well.</remarks>
public sealed class CommonLanguageCriterion : IScoringCriterion, IPreparableCriterion
{
    /// <inheritdoc/>
    public string Name => "language";

    /// <inheritdoc/>
    public double Score(in CandidatePair pair)
    {
        var a = pair.Mentor.Participant.Profile.Languages;
        var b = pair.Mentee.Participant.Profile.Languages;
        if (a.IsEmpty || b.IsEmpty)
        {
            return 0.5;
        }

        return a.Overlaps(b) ? 1 : 0;
    }

    /// <inheritdoc/>
    IPreparedCriterion IPreparableCriterion.Prepare(MatchingPopulation population)
    {
        ArgumentNullException.ThrowIfNull(population);
        var languages = LanguageBits(population);
        return KeyedRows.Wrap(new Prepared(languages), population, LanguageKeys(population));
    }

    /// <summary>Everyone's languages as bitsets, shared with <see cref="Rules.Constraints.CommonLanguageConstraint"/>.</summary>
    internal static TagBitsets LanguageBits(MatchingPopulation population) =>
        population.Feature("tags:languages/languages", static p => TagBitsets.Create(p, static m => m.Participant.Profile.Languages, static e => e.Participant.Profile.Languages));

    /// <summary>Mentees numbered by their set of languages, shared with <see cref="Rules.Constraints.CommonLanguageConstraint"/>.</summary>
    internal static int[] LanguageKeys(MatchingPopulation population) =>
        population.Feature("keys:mentee-languages", static p =>
            KeyedRows.Number(p, e => p.Mentees[e].Participant.Profile.Languages));

    /// <inheritdoc/>
    public string Explain(in CandidatePair pair)
    {
        var a = pair.Mentor.Participant.Profile.Languages;
        var b = pair.Mentee.Participant.Profile.Languages;
        if (a.IsEmpty || b.IsEmpty)
        {
            return "languages not given on both sides (neutral)";
        }

        var shared = a.Shared(b);
        return shared.Count == 0 ? "no common language" : $"common language: {string.Join(", ", shared)}";
    }

    private sealed class Prepared(TagBitsets languages) : IPreparedCriterion
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Score(int mentee, ReadOnlySpan<int> mentors, Span<double> scores)
        {
            var own = languages.MenteeCount(mentee);
            for (var i = 0; i < mentors.Length; i++)
            {
                var mentor = mentors[i];
                scores[i] = own == 0 || languages.MentorCount(mentor) == 0 ? 0.5 : languages.CountShared(mentor, mentee) > 0 ? 1 : 0;
            }
        }
    }
}
