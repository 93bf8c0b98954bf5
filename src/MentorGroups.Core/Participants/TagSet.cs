using System.Collections;
using MentorGroups.Validation;

namespace MentorGroups.Participants;

/// <summary>
/// An immutable set of tags (learning goals, expertise, languages), normalised so that "Leadership ",
/// "leadership" and "LEADERSHIP" are one tag: trimmed, inner white space collapsed, lower-cased invariantly.
/// </summary>
/// <remarks>Equal when both hold the same normalised tags. Enumerates in ordinal order.</remarks>
public sealed class TagSet : IReadOnlyCollection<string>, IEquatable<TagSet>
{
    private readonly string[] _tags;

    // One bit per tag (by a stable hash): two sets whose masks do not meet share nothing, which settles most pairs
    // of a large programme without comparing a single string.
    private readonly ulong _mask;

    private TagSet(string[] sortedDistinct)
    {
        _tags = sortedDistinct;
        foreach (var tag in sortedDistinct)
        {
            _mask |= 1UL << (int)(StableHash(tag) & 63);
        }
    }

    /// <summary>The empty set.</summary>
    public static TagSet Empty { get; } = new([]);

    /// <summary>Creates a set from raw tags.</summary>
    /// <param name="tags">Raw tags; each must hold a visible character.</param>
    /// <returns>The normalised set.</returns>
    /// <exception cref="MentorGroupsValidationException">A tag is null, empty or white space (code <see cref="ErrorCodes.EmptyTag"/>).</exception>
    public static TagSet From(IEnumerable<string>? tags)
    {
        if (tags is null)
        {
            return Empty;
        }

        var problems = new Problems();
        var normalised = new SortedSet<string>(StringComparer.Ordinal);
        var position = 0;
        foreach (var tag in tags)
        {
            position++;
            var value = Normalise(tag);
            if (value.Length == 0)
            {
                problems.Add(ErrorCodes.EmptyTag, $"Tag {position} is empty.");
                continue;
            }

            normalised.Add(value);
        }

        problems.ThrowIfAny("tags");
        return normalised.Count == 0 ? Empty : new TagSet([.. normalised]);
    }

    /// <summary>Creates a set from raw tags.</summary>
    /// <param name="tags">Raw tags.</param>
    /// <returns>The normalised set.</returns>
    /// <exception cref="MentorGroupsValidationException">A tag is empty (code <see cref="ErrorCodes.EmptyTag"/>).</exception>
    public static TagSet Of(params string[] tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        return From(tags);
    }

    /// <summary>Normalises one tag the way the set does: trimmed, inner white space collapsed, lower case.</summary>
    /// <param name="tag">The raw tag.</param>
    /// <returns>The normalised tag; empty when <paramref name="tag"/> holds no visible character.</returns>
    internal static string Normalise(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return string.Empty;
        }

        var parts = tag.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', parts).ToLowerInvariant();
    }

    /// <inheritdoc/>
    public int Count => _tags.Length;

    /// <summary>Whether the set is empty.</summary>
    public bool IsEmpty => _tags.Length == 0;

    /// <summary>Whether the set holds the tag (after normalisation).</summary>
    /// <param name="tag">A raw or normalised tag.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool Contains(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        return Array.BinarySearch(_tags, Normalise(tag), StringComparer.Ordinal) >= 0;
    }

    /// <summary>How many tags the two sets share.</summary>
    /// <param name="other">The other set.</param>
    /// <returns>The size of the intersection.</returns>
    public int CountShared(TagSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if ((_mask & other._mask) == 0)
        {
            return 0;
        }

        int i = 0, j = 0, shared = 0;
        var a = _tags;
        var b = other._tags;
        while (i < a.Length && j < b.Length)
        {
            var c = string.CompareOrdinal(a[i], b[j]);
            if (c == 0)
            {
                shared++;
                i++;
                j++;
            }
            else if (c < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared;
    }

    /// <summary>The tags both sets hold, in ordinal order.</summary>
    /// <param name="other">The other set.</param>
    /// <returns>The shared tags.</returns>
    public IReadOnlyList<string> Shared(TagSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return _tags.Where(t => Array.BinarySearch(other._tags, t, StringComparer.Ordinal) >= 0).ToArray();
    }

    /// <summary>Whether the sets share at least one tag.</summary>
    /// <param name="other">The other set.</param>
    /// <returns><see langword="true"/> when they overlap.</returns>
    public bool Overlaps(TagSet other) => CountShared(other) > 0;

    /// <summary>A new set with the tags of both.</summary>
    /// <param name="other">The other set.</param>
    /// <returns>The union.</returns>
    public TagSet Union(TagSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.IsEmpty)
        {
            return this;
        }

        return IsEmpty ? other : new TagSet(_tags.Union(other._tags, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray());
    }

    /// <inheritdoc/>
    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)_tags).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    public bool Equals(TagSet? other) =>
        other is not null && (ReferenceEquals(this, other) || _tags.AsSpan().SequenceEqual(other._tags));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as TagSet);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var tag in _tags)
        {
            hash.Add(tag, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    private static uint StableHash(string text)
    {
        // FNV-1a: the same on every run and machine, unlike string.GetHashCode.
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }

    /// <summary>The tags joined by "; ".</summary>
    /// <returns>A readable list.</returns>
    public override string ToString() => string.Join("; ", _tags);
}
