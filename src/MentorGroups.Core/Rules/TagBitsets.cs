using System.Numerics;
using MentorGroups.Enrolments;
using MentorGroups.Participants;

namespace MentorGroups.Rules;

/// <summary>
/// One tag set per mentor and one per mentee (for example the mentor's expertise and the mentee's goals) as bitsets
/// over the tags that occur in them, so that counting the tags two people share is a few AND and population-count
/// instructions. Equal to <see cref="TagSet.CountShared"/> on the same sets.
/// </summary>
public sealed class TagBitsets
{
    private readonly ulong[] _mentorBits;
    private readonly ulong[] _menteeBits;
    private readonly int[] _mentorCounts;
    private readonly int[] _menteeCounts;

    private TagBitsets(int words, ulong[] mentorBits, ulong[] menteeBits, int[] mentorCounts, int[] menteeCounts)
    {
        Words = words;
        _mentorBits = mentorBits;
        _menteeBits = menteeBits;
        _mentorCounts = mentorCounts;
        _menteeCounts = menteeCounts;
    }

    /// <summary>How many 64-bit words one set takes (the distinct tags, rounded up to a multiple of 64).</summary>
    public int Words { get; }

    /// <summary>Interns the tags of both sides and builds the bitsets.</summary>
    /// <param name="population">The people.</param>
    /// <param name="mentorTags">The set to take from each mentor.</param>
    /// <param name="menteeTags">The set to take from each mentee.</param>
    /// <returns>The bitsets.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static TagBitsets Create(MatchingPopulation population, Func<Enrolment, TagSet> mentorTags, Func<Enrolment, TagSet> menteeTags)
    {
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(mentorTags);
        ArgumentNullException.ThrowIfNull(menteeTags);
        var mentorSets = population.Mentors.Select(mentorTags).ToArray();
        var menteeSets = population.Mentees.Select(menteeTags).ToArray();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = 0;
        foreach (var set in mentorSets.Concat(menteeSets))
        {
            population.ThrowIfCancelled(seen++);
            foreach (var tag in set)
            {
                ids.TryAdd(tag, ids.Count);
            }
        }

        var words = Math.Max(1, (ids.Count + 63) / 64);
        return new TagBitsets(words, Bits(population, mentorSets, ids, words), Bits(population, menteeSets, ids, words),
            [.. mentorSets.Select(s => s.Count)], [.. menteeSets.Select(s => s.Count)]);
    }

    /// <summary>How many tags the mentor's set holds.</summary>
    /// <param name="mentor">The mentor's index.</param>
    /// <returns>The count.</returns>
    public int MentorCount(int mentor) => _mentorCounts[mentor];

    /// <summary>How many tags the mentee's set holds.</summary>
    /// <param name="mentee">The mentee's index.</param>
    /// <returns>The count.</returns>
    public int MenteeCount(int mentee) => _menteeCounts[mentee];

    /// <summary>How many tags the mentor's and the mentee's sets share.</summary>
    /// <param name="mentor">The mentor's index.</param>
    /// <param name="mentee">The mentee's index.</param>
    /// <returns>The size of the intersection.</returns>
    public int CountShared(int mentor, int mentee)
    {
        if (Words == 1)
        {
            return BitOperations.PopCount(_mentorBits[mentor] & _menteeBits[mentee]);
        }

        var a = _mentorBits.AsSpan(mentor * Words, Words);
        var b = _menteeBits.AsSpan(mentee * Words, Words);
        var shared = 0;
        for (var i = 0; i < a.Length; i++)
        {
            shared += BitOperations.PopCount(a[i] & b[i]);
        }

        return shared;
    }

    private static ulong[] Bits(MatchingPopulation population, TagSet[] sets, Dictionary<string, int> ids, int words)
    {
        var bits = new ulong[sets.Length * words];
        for (var i = 0; i < sets.Length; i++)
        {
            population.ThrowIfCancelled(i);
            foreach (var tag in sets[i])
            {
                var id = ids[tag];
                bits[(i * words) + (id >> 6)] |= 1UL << (id & 63);
            }
        }

        return bits;
    }
}
