using MentorGroups.Matching.Prepared;
using MentorGroups.Matching.Scoring;

namespace MentorGroups.Matching.Constraints;

/// <summary>
/// A mentor and a mentee must share a language. People who give no languages are not held to it.
/// Add it when a programme requires a common language.
/// </summary>
public sealed class CommonLanguageConstraint : IHardConstraint, IPreparableConstraint
{
    /// <inheritdoc/>
    public string Name => "common-language";

    /// <inheritdoc/>
    public bool Allows(in MemberPair pair)
    {
        if (!pair.IsMentorAndMentee)
        {
            return true;
        }

        var a = pair.First.Participant.Profile.Languages;
        var b = pair.Second.Participant.Profile.Languages;
        return a.IsEmpty || b.IsEmpty || a.Overlaps(b);
    }

    /// <inheritdoc/>
    public IPreparedConstraint Prepare(MatchingPopulation population)
    {
        ArgumentNullException.ThrowIfNull(population);
        return new Prepared(CommonLanguageCriterion.LanguageBits(population));
    }

    /// <inheritdoc/>
    public string Explain(in MemberPair pair) => $"{pair.First.Id} and {pair.Second.Id} share no language";

    private sealed class Prepared(TagBitsets languages) : IPreparedConstraint
    {
        public void Filter(int mentee, Span<bool> allowed)
        {
            if (languages.MenteeCount(mentee) == 0)
            {
                return;
            }

            for (var mentor = 0; mentor < allowed.Length; mentor++)
            {
                if (languages.MentorCount(mentor) != 0 && languages.CountShared(mentor, mentee) == 0)
                {
                    allowed[mentor] = false;
                }
            }
        }
    }
}
