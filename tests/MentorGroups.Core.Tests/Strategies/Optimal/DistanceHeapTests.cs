using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MentorGroups.Strategies.Optimal;

namespace MentorGroups.Tests.Strategies.Optimal;

/// <summary>The solver's heap of (distance, team) entries against a sorted list: distance first, then team.</summary>
public sealed class DistanceHeapTests
{
    [Property(MaxTest = 300)]
    public Property PushThenPop_AnyEntries_ComeOutByDistanceThenNode(int[] distances, PositiveInt seed)
    {
        // Few distinct distances, so that ties between nodes are common; more entries than the first array holds.
        var random = new Random(seed.Get);
        var entries = distances.Concat(Enumerable.Range(0, random.Next(200)).Select(_ => random.Next(-3, 4)))
            .Select((d, i) => (Key: (long)(d % 5), Node: random.Next(40) + (i % 2)))
            .ToArray();
        var heap = new DistanceHeap();
        foreach (var (key, node) in entries)
        {
            heap.Push(key, node);
        }

        var popped = new List<(long, int)>();
        while (heap.Count > 0)
        {
            popped.Add(heap.Pop());
        }

        var expected = entries.OrderBy(e => e.Key).ThenBy(e => e.Node).ToList();
        return popped.SequenceEqual(expected).Label($"popped {string.Join(" ", popped)}");
    }

    [Fact]
    public void PushAndPop_Interleaved_AlwaysGiveTheSmallestLeft()
    {
        var heap = new DistanceHeap();
        var reference = new SortedSet<(long Key, int Node)>();
        var random = new Random(7);
        for (var step = 0; step < 5_000; step++)
        {
            if (reference.Count > 0 && random.Next(3) == 0)
            {
                var smallest = reference.Min;
                reference.Remove(smallest);
                Assert.Equal(smallest, heap.Pop());
            }
            else
            {
                var entry = ((long)random.Next(1_000), step);
                reference.Add(entry);
                heap.Push(entry.Item1, entry.Item2);
            }

            Assert.Equal(reference.Count, heap.Count);
        }
    }

    [Fact]
    public void Clear_AfterUse_EmptiesTheHeapForTheNextSearch()
    {
        var heap = new DistanceHeap();
        for (var i = 0; i < 100; i++)
        {
            heap.Push(100 - i, i);
        }

        heap.Clear();
        heap.Push(5, 1);
        heap.Push(5, 0);
        heap.Push(4, 9);

        Assert.Equal(3, heap.Count);
        Assert.Equal((4L, 9), heap.Pop());
        Assert.Equal((5L, 0), heap.Pop());
        Assert.Equal((5L, 1), heap.Pop());
        Assert.Equal(0, heap.Count);
    }
}
