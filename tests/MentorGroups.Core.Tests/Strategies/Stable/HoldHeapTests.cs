using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MentorGroups.Strategies.Stable;

namespace MentorGroups.Tests.Strategies.Stable;

/// <summary>The heap of the mentees a team holds during deferred acceptance, the worst (largest key) on top.</summary>
public sealed class HoldHeapTests
{
    [Fact]
    public void Push_KeysInAnyOrder_WorstKeyIsTheLargest()
    {
        var heap = new HoldHeap();

        heap.Push(5, 0);
        Assert.Equal((1, 5L), (heap.Count, heap.WorstKey));
        heap.Push(9, 1);
        heap.Push(2, 2);
        heap.Push(7, 3);
        heap.Push(11, 4);
        heap.Push(1, 5);

        Assert.Equal((6, 11L), (heap.Count, heap.WorstKey));
    }

    [Fact]
    public void ReplaceWorst_ReleasesTheWorstAndKeepsTheRestOrdered()
    {
        var heap = new HoldHeap();
        foreach (var (key, mentee) in new[] { (4L, 40), (8L, 80), (6L, 60), (2L, 20), (7L, 70) })
        {
            heap.Push(key, mentee);
        }

        Assert.Equal(80, heap.ReplaceWorst(3, 30));
        Assert.Equal(7, heap.WorstKey);
        Assert.Equal(70, heap.ReplaceWorst(1, 10));
        Assert.Equal(6, heap.WorstKey);
        Assert.Equal(60, heap.ReplaceWorst(5, 50));
        Assert.Equal(5, heap.WorstKey);
        Assert.Equal(50, heap.ReplaceWorst(9, 90));
        Assert.Equal(9, heap.WorstKey);
        Assert.Equal(5, heap.Count);
    }

    [Property]
    public Property PushAndReplace_AnySequence_AlwaysReleasesTheLargestKey(NonEmptyArray<int> pushes, int[] replacements)
    {
        // Distinct keys, so that "the worst" names one mentee.
        var keys = pushes.Get.Concat(replacements).Select((k, i) => ((long)k * 1000) + i).ToArray();
        var heap = new HoldHeap();
        var held = new SortedDictionary<long, int>();
        for (var i = 0; i < pushes.Get.Length; i++)
        {
            heap.Push(keys[i], i);
            held[keys[i]] = i;
            if (heap.WorstKey != held.Keys.Last() || heap.Count != held.Count)
            {
                return false.Label($"after push {i}: worst {heap.WorstKey}, expected {held.Keys.Last()}");
            }
        }

        for (var j = pushes.Get.Length; j < keys.Length; j++)
        {
            var worst = held.Keys.Last();
            var released = heap.ReplaceWorst(keys[j], j);
            var expected = held[worst];
            held.Remove(worst);
            held[keys[j]] = j;
            if (released != expected || heap.WorstKey != held.Keys.Last() || heap.Count != held.Count)
            {
                return false.Label($"replacement {j}: released {released}, expected {expected}; worst {heap.WorstKey}, expected {held.Keys.Last()}");
            }
        }

        return true.ToProperty();
    }
}
