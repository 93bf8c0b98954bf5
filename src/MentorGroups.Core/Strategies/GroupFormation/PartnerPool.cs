using MentorGroups.Enrolments;

namespace MentorGroups.Strategies.GroupFormation;

/// <summary>
/// Mentors still free to partner, bucketed by availability, so that a search for a partner looks first at mentors with
/// the same availability, then at those it can meet, then at the rest: the best partners come early, and a search
/// that stops after a few hundred still finds them at any scale.
/// </summary>
internal sealed class PartnerPool
{
    private readonly MentorStarts _starts;
    private readonly Dictionary<int, List<Enrolment>> _buckets = [];
    private readonly HashSet<Enrolment> _members = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<int, int[]> _order = [];

    public PartnerPool(IEnumerable<Enrolment> mentors, MentorStarts starts)
    {
        _starts = starts;
        foreach (var mentor in mentors)
        {
            Add(mentor);
        }
    }

    public int Count => _members.Count;

    public bool Contains(Enrolment mentor) => _members.Contains(mentor);

    public void Add(Enrolment mentor)
    {
        if (!_members.Add(mentor))
        {
            return;
        }

        var pattern = _starts.PatternOf(mentor);
        if (!_buckets.TryGetValue(pattern, out var bucket))
        {
            bucket = [];
            _buckets[pattern] = bucket;
            _order.Clear();
        }

        bucket.Add(mentor);
    }

    public void Remove(Enrolment mentor) => _members.Remove(mentor);

    /// <summary>The free mentors, nearest in availability to <paramref name="pattern"/> first.</summary>
    public IEnumerable<Enrolment> Nearest(int pattern)
    {
        foreach (var p in Order(pattern))
        {
            var bucket = _buckets[p];
            bucket.RemoveAll(m => !_members.Contains(m));
            foreach (var mentor in bucket.ToArray())
            {
                if (_members.Contains(mentor))
                {
                    yield return mentor;
                }
            }
        }
    }

    private int[] Order(int pattern)
    {
        if (_order.TryGetValue(pattern, out var order))
        {
            return order;
        }

        // Own pattern, then the ones it can meet, then the rest (mentors without availability meet anyone), by pattern number.
        order = [.. _buckets.Keys
            .OrderBy(p => p == pattern ? 0 : pattern < 0 || p < 0 || _starts.PatternsMeet(pattern, p) ? 1 : 2)
            .ThenBy(p => p)];
        _order[pattern] = order;
        return order;
    }
}
