
namespace MentorGroups.Strategies.Optimal;

/// <summary>
/// A binary min-heap of (distance, node) entries, ordered by distance and then by node so that ties always break the
/// same way. Entries are never updated in place: a node is pushed again when its distance improves and the stale
/// entry is skipped when popped. Reused across searches, so it allocates only while it grows.
/// </summary>
internal sealed class DistanceHeap
{
    private long[] _keys = new long[64];
    private int[] _nodes = new int[64];

    public int Count { get; private set; }

    public void Clear() => Count = 0;

    public void Push(long key, int node)
    {
        if (Count == _keys.Length)
        {
            Array.Resize(ref _keys, Count * 2);
            Array.Resize(ref _nodes, Count * 2);
        }

        var keys = _keys;
        var nodes = _nodes;
        var i = Count++;
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (!Less(key, node, keys[parent], nodes[parent]))
            {
                break;
            }

            keys[i] = keys[parent];
            nodes[i] = nodes[parent];
            i = parent;
        }

        keys[i] = key;
        nodes[i] = node;
    }

    public (long Key, int Node) Pop()
    {
        var keys = _keys;
        var nodes = _nodes;
        var top = (keys[0], nodes[0]);
        var count = --Count;
        if (count > 0)
        {
            var key = keys[count];
            var node = nodes[count];
            var i = 0;
            while (true)
            {
                var child = (2 * i) + 1;
                if (child >= count)
                {
                    break;
                }

                if (child + 1 < count && Less(keys[child + 1], nodes[child + 1], keys[child], nodes[child]))
                {
                    child++;
                }

                if (!Less(keys[child], nodes[child], key, node))
                {
                    break;
                }

                keys[i] = keys[child];
                nodes[i] = nodes[child];
                i = child;
            }

            keys[i] = key;
            nodes[i] = node;
        }

        return top;
    }

    private static bool Less(long key, int node, long otherKey, int otherNode) => key < otherKey || (key == otherKey && node < otherNode);
}
