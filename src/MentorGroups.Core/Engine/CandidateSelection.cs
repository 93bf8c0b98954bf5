
namespace MentorGroups.Engine;

/// <summary>Picks a mentee's best teams from a scanned row of values, best first (highest value, then lowest team index).</summary>
internal static class CandidateSelection
{
    /// <summary>
    /// The best <paramref name="limit"/> teams among <paramref name="teams"/> with a value above 0 in
    /// <paramref name="values"/>, and how many such teams there are in all.
    /// </summary>
    /// <param name="values">Pair values by team index; 0 for a pair that is not allowed.</param>
    /// <param name="teams">The teams to choose from, in ascending index order.</param>
    /// <param name="limit">The most to keep; <see cref="int.MaxValue"/> keeps all.</param>
    /// <param name="allowed">How many teams had a value above 0.</param>
    /// <returns>The chosen candidates, best first.</returns>
    public static Candidate[] Best(int[] values, ReadOnlySpan<int> teams, int limit, out int allowed)
    {
        allowed = 0;
        foreach (var t in teams)
        {
            if (values[t] > 0)
            {
                allowed++;
            }
        }

        if (allowed <= limit)
        {
            var all = new Candidate[allowed];
            var k = 0;
            foreach (var t in teams)
            {
                if (values[t] > 0)
                {
                    all[k++] = new Candidate(t, values[t]);
                }
            }

            Sort(all);
            return all;
        }

        // A min-heap of the best so far, its root the worst of them. Teams come in ascending order, so a newcomer
        // with the root's value loses the tie and only a strictly higher value gets in.
        var heap = new Candidate[limit];
        var count = 0;
        foreach (var t in teams)
        {
            var value = values[t];
            if (value <= 0)
            {
                continue;
            }

            if (count < limit)
            {
                heap[count] = new Candidate(t, value);
                SiftUp(heap, count++);
            }
            else if (value > heap[0].Value)
            {
                heap[0] = new Candidate(t, value);
                SiftDown(heap, count);
            }
        }

        Sort(heap);
        return heap;
    }

    private static void Sort(Candidate[] candidates) =>
        Array.Sort(candidates, static (a, b) => a.Value != b.Value ? b.Value.CompareTo(a.Value) : a.Team.CompareTo(b.Team));

    // Worse: a lower value, or the same value and a higher team index.
    private static bool Worse(Candidate a, Candidate b) => a.Value != b.Value ? a.Value < b.Value : a.Team > b.Team;

    private static void SiftUp(Candidate[] heap, int i)
    {
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (!Worse(heap[i], heap[parent]))
            {
                return;
            }

            (heap[i], heap[parent]) = (heap[parent], heap[i]);
            i = parent;
        }
    }

    private static void SiftDown(Candidate[] heap, int count)
    {
        var i = 0;
        while (true)
        {
            var worst = i;
            var left = (2 * i) + 1;
            if (left < count && Worse(heap[left], heap[worst]))
            {
                worst = left;
            }

            if (left + 1 < count && Worse(heap[left + 1], heap[worst]))
            {
                worst = left + 1;
            }

            if (worst == i)
            {
                return;
            }

            (heap[i], heap[worst]) = (heap[worst], heap[i]);
            i = worst;
        }
    }
}
