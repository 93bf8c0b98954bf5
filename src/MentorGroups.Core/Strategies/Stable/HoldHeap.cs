namespace MentorGroups.Strategies.Stable;

/// <summary>
/// The mentees a team holds during mentee-proposing deferred acceptance, with the one it likes least on top, so that a
/// full team decides an application in O(log capacity). Grows on demand: a team with a large capacity that receives
/// few applications costs little.
/// </summary>
internal sealed class HoldHeap
{
    private long[] _keys = new long[4];
    private int[] _mentees = new int[4];

    public int Count { get; private set; }

    /// <summary>The key of the least-liked mentee held; only valid when <see cref="Count"/> is above zero.</summary>
    public long WorstKey => _keys[0];

    public void Push(long key, int mentee)
    {
        if (Count == _keys.Length)
        {
            Array.Resize(ref _keys, Count * 2);
            Array.Resize(ref _mentees, Count * 2);
        }

        var i = Count++;
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (_keys[parent] >= key)
            {
                break;
            }

            _keys[i] = _keys[parent];
            _mentees[i] = _mentees[parent];
            i = parent;
        }

        _keys[i] = key;
        _mentees[i] = mentee;
    }

    /// <summary>Lets the least-liked mentee go and holds another instead.</summary>
    /// <returns>The mentee let go.</returns>
    public int ReplaceWorst(long key, int mentee)
    {
        var released = _mentees[0];
        var i = 0;
        while (true)
        {
            var child = (2 * i) + 1;
            if (child >= Count)
            {
                break;
            }

            if (child + 1 < Count && _keys[child + 1] > _keys[child])
            {
                child++;
            }

            if (_keys[child] <= key)
            {
                break;
            }

            _keys[i] = _keys[child];
            _mentees[i] = _mentees[child];
            i = child;
        }

        _keys[i] = key;
        _mentees[i] = mentee;
        return released;
    }
}
