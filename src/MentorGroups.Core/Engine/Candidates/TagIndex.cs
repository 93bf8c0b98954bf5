using System.Runtime.CompilerServices;
using MentorGroups.Enrolments;
using MentorGroups.Participants;
using MentorGroups.Rules;

namespace MentorGroups.Engine.Candidates;

/// <summary>
/// Inverted lists for a criterion that compares a mentor's tag set with a mentee's (expertise against goals, learning
/// goals against goals): for each tag, the mentors who have it. Counting a mentee's shared tags then touches only the
/// mentors on the lists of the mentee's own few tags; every other mentor shares none, and its score is known without
/// looking at it.
/// </summary>
/// <remarks>The scores equal the criteria's own formulas on the same counts (<see cref="TagSet.CountShared"/>).</remarks>
internal sealed class TagIndex
{
    private readonly int[][] _mentorsWithTag;
    private readonly int[][] _menteeTags;
    private readonly int[] _mentorCount;
    private readonly int[] _menteeCount;
    private readonly bool _jaccard;

    private TagIndex(int[][] mentorsWithTag, int[][] menteeTags, int[] mentorCount, int[] menteeCount, int[] untagged, bool jaccard)
    {
        _mentorsWithTag = mentorsWithTag;
        _menteeTags = menteeTags;
        _mentorCount = mentorCount;
        _menteeCount = menteeCount;
        UntaggedMentors = untagged;
        _jaccard = jaccard;
    }

    /// <summary>The mentors without any tag: they score the neutral 0.5 with every mentee who has tags.</summary>
    public int[] UntaggedMentors { get; }

    /// <summary>Indexes the share of the mentee's tags the mentor covers (shared ÷ the mentee's tags).</summary>
    public static TagIndex Coverage(MatchingPopulation population, Func<Enrolment, TagSet> mentorTags, Func<Enrolment, TagSet> menteeTags) =>
        Create(population, mentorTags, menteeTags, jaccard: false);

    /// <summary>Indexes the Jaccard similarity of the two sets (shared ÷ united).</summary>
    public static TagIndex Jaccard(MatchingPopulation population, Func<Enrolment, TagSet> mentorTags, Func<Enrolment, TagSet> menteeTags) =>
        Create(population, mentorTags, menteeTags, jaccard: true);

    /// <summary>How many tags the mentee has.</summary>
    public int MenteeTagCount(int mentee) => _menteeCount[mentee];

    /// <summary>
    /// Counts, for every mentor sharing a tag with the mentee, how many they share: <paramref name="shared"/>[m] is valid
    /// where <paramref name="stamp"/>[m] equals <paramref name="mark"/>, and 0 elsewhere.
    /// </summary>
    /// <param name="mentee">The mentee.</param>
    /// <param name="stamp">Per mentor, the mark of the last count that touched it.</param>
    /// <param name="shared">Per mentor, the shared tags.</param>
    /// <param name="mark">A number not used by an earlier count with these arrays.</param>
    /// <param name="touched">Receives the mentors counted, each once; as long as the mentors.</param>
    /// <returns>How many mentors were counted.</returns>
    public int Count(int mentee, int[] stamp, int[] shared, int mark, int[] touched)
    {
        var n = 0;
        foreach (var tag in _menteeTags[mentee])
        {
            foreach (var mentor in _mentorsWithTag[tag])
            {
                if (stamp[mentor] != mark)
                {
                    stamp[mentor] = mark;
                    shared[mentor] = 0;
                    touched[n++] = mentor;
                }

                shared[mentor]++;
            }
        }

        return n;
    }

    /// <summary>The criterion's score for the pair, from the counts <see cref="Count"/> left.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Score(int mentee, int mentor, int[] stamp, int[] shared, int mark)
    {
        var goals = _menteeCount[mentee];
        var own = _mentorCount[mentor];
        if (goals == 0 || own == 0)
        {
            return 0.5;
        }

        var common = stamp[mentor] == mark ? shared[mentor] : 0;
        return _jaccard ? (double)common / (goals + own - common) : (double)common / goals;
    }

    private static TagIndex Create(MatchingPopulation population, Func<Enrolment, TagSet> mentorTags, Func<Enrolment, TagSet> menteeTags, bool jaccard)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var lists = new List<List<int>>();
        var mentorCount = new int[population.Mentors.Count];
        var untagged = new List<int>();
        for (var m = 0; m < population.Mentors.Count; m++)
        {
            population.ThrowIfCancelled(m);
            var tags = mentorTags(population.Mentors[m]);
            mentorCount[m] = tags.Count;
            if (tags.IsEmpty)
            {
                untagged.Add(m);
            }

            foreach (var tag in tags)
            {
                if (!ids.TryGetValue(tag, out var id))
                {
                    id = ids.Count;
                    ids[tag] = id;
                    lists.Add([]);
                }

                lists[id].Add(m);
            }
        }

        var menteeCount = new int[population.Mentees.Count];
        var menteeTagIds = new int[population.Mentees.Count][];
        for (var e = 0; e < population.Mentees.Count; e++)
        {
            population.ThrowIfCancelled(e);
            var tags = menteeTags(population.Mentees[e]);
            menteeCount[e] = tags.Count;
            // A tag no mentor has adds nobody to count; it still counts in the mentee's total.
            menteeTagIds[e] = [.. tags.Where(ids.ContainsKey).Select(t => ids[t])];
        }

        return new TagIndex([.. lists.Select(l => l.ToArray())], menteeTagIds, mentorCount, menteeCount, [.. untagged], jaccard);
    }
}
