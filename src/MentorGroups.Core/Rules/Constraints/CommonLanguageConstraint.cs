using System.Runtime.CompilerServices;
using MentorGroups.Rules;
using MentorGroups.Rules.Criteria;

namespace MentorGroups.Rules.Constraints;

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
    IPreparedConstraint IPreparableConstraint.Prepare(MatchingPopulation population)
    {
        ArgumentNullException.ThrowIfNull(population);
        return new Prepared(CommonLanguageCriterion.LanguageBits(population), CommonLanguageCriterion.LanguageKeys(population));
    }

    /// <inheritdoc/>
    public string Explain(in MemberPair pair) => $"{pair.First.Id} and {pair.Second.Id} share no language";

    /// <summary>
    /// Mentees with the same languages are kept from the same mentors, so each language set's row of answers is worked
    /// out once and then combined into the caller's row.
    /// </summary>
    private sealed class Prepared(TagBitsets languages, int[] menteeKey) : IKeyedConstraint
    {
        private readonly bool[]?[] _masks = new bool[]?[menteeKey.Length == 0 ? 0 : menteeKey.Max() + 1];

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Filter(int mentee, Span<bool> allowed)
        {
            if (languages.MenteeCount(mentee) == 0)
            {
                return;
            }

            var mask = Mask(mentee, allowed.Length);
            for (var mentor = 0; mentor < allowed.Length; mentor++)
            {
                allowed[mentor] &= mask[mentor];
            }
        }

        public int KeyOf(int mentee) => menteeKey[mentee];

        public void FilterKey(int mentee, Span<bool> allowed) => Filter(mentee, allowed);

        public ReadOnlySpan<int> Excluded(int mentee) => [];

        private bool[] Mask(int mentee, int mentors)
        {
            var key = menteeKey[mentee];
            var mask = Volatile.Read(ref _masks[key]);
            if (mask is null)
            {
                var fresh = new bool[mentors];
                for (var mentor = 0; mentor < mentors; mentor++)
                {
                    fresh[mentor] = languages.MentorCount(mentor) == 0 || languages.CountShared(mentor, mentee) > 0;
                }

                mask = Interlocked.CompareExchange(ref _masks[key], fresh, null) ?? fresh;
            }

            return mask;
        }
    }
}
