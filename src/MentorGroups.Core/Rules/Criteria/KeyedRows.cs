using System.Runtime.CompilerServices;
using MentorGroups.Rules;

namespace MentorGroups.Rules.Criteria;

/// <summary>
/// A prepared criterion whose score depends on the mentee only through a small key (a language set, a seniority level,
/// an availability pattern): each key's row of scores against every mentor is computed once, from the first mentee
/// with that key, and then read back. Exact, because mentees with the same key score the same against every mentor.
/// </summary>
/// <remarks>Used by built-in criteria; nothing in it needs more than the public prepared interfaces.</remarks>
internal sealed class KeyedRows : IPreparedCriterion
{
    /// <summary>The most cached scores (keys × mentors) before caching is not worth its memory: 64 MB of doubles.</summary>
    internal const long MaxEntries = 8L << 20;

    private readonly IPreparedCriterion _inner;
    private readonly int[] _menteeKey;
    private readonly int[] _representative;
    private readonly int[] _allMentors;
    private readonly double[]?[] _rows;

    private KeyedRows(IPreparedCriterion inner, int[] menteeKey, int keyCount, int mentorCount)
    {
        _inner = inner;
        _menteeKey = menteeKey;
        _rows = new double[]?[keyCount];
        _representative = new int[keyCount];
        Array.Fill(_representative, -1);
        for (var e = 0; e < menteeKey.Length; e++)
        {
            if (_representative[menteeKey[e]] < 0)
            {
                _representative[menteeKey[e]] = e;
            }
        }

        _allMentors = [.. Enumerable.Range(0, mentorCount)];
    }

    /// <summary>Wraps <paramref name="inner"/> when the rows fit in <see cref="MaxEntries"/>; otherwise returns it as it is.</summary>
    /// <param name="inner">The criterion.</param>
    /// <param name="population">The people.</param>
    /// <param name="menteeKey">Each mentee's key, from 0 up.</param>
    public static IPreparedCriterion Wrap(IPreparedCriterion inner, MatchingPopulation population, int[] menteeKey)
    {
        var keys = menteeKey.Length == 0 ? 0 : menteeKey.Max() + 1;
        return (long)keys * population.Mentors.Count <= MaxEntries && keys < menteeKey.Length
            ? new KeyedRows(inner, menteeKey, keys, population.Mentors.Count)
            : inner;
    }

    /// <summary>Numbers the distinct values of <paramref name="key"/> over the mentees in order of first appearance.</summary>
    public static int[] Number<TKey>(MatchingPopulation population, Func<int, TKey> key)
        where TKey : notnull
    {
        var ids = new Dictionary<TKey, int>();
        var numbers = new int[population.Mentees.Count];
        for (var e = 0; e < numbers.Length; e++)
        {
            population.ThrowIfCancelled(e);
            var k = key(e);
            if (!ids.TryGetValue(k, out var id))
            {
                id = ids.Count;
                ids[k] = id;
            }

            numbers[e] = id;
        }

        return numbers;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Score(int mentee, ReadOnlySpan<int> mentors, Span<double> scores)
    {
        var row = Row(_menteeKey[mentee]);
        for (var i = 0; i < mentors.Length; i++)
        {
            scores[i] = row[mentors[i]];
        }
    }

    /// <summary>The mentee's key: mentees with the same key have the same <see cref="RowOf"/>.</summary>
    internal int KeyOf(int mentee) => _menteeKey[mentee];

    /// <summary>The mentee's scores against every mentor, by mentor index (the cached row of the mentee's key).</summary>
    internal double[] RowOf(int mentee) => Row(_menteeKey[mentee]);

    private double[] Row(int key)
    {
        var row = Volatile.Read(ref _rows[key]);
        if (row is null)
        {
            // Two threads may both compute a row; they compute the same numbers, and one of them is kept.
            var fresh = new double[_allMentors.Length];
            _inner.Score(_representative[key], _allMentors, fresh);
            row = Interlocked.CompareExchange(ref _rows[key], fresh, null) ?? fresh;
        }

        return row;
    }
}
