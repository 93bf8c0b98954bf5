namespace MentorGroups.Engine.Candidates;

/// <summary>
/// The mentees split into classes whose members look the same to every mentor as far as the keys go: the same key for
/// every keyed constraint and every keyed criterion, and tags (or none) for each tag criterion. Everything a class
/// shares (which mentors its key allows, each mentor's keyed scores, each team's bound) is then worked out once per
/// class rather than once per mentee.
/// </summary>
internal sealed class MenteeClasses
{
    private MenteeClasses(int[] classOf, int count)
    {
        ClassOf = classOf;
        Count = count;
        Representative = new int[count];
        Array.Fill(Representative, -1);
        var size = new int[count + 1];
        for (var e = 0; e < classOf.Length; e++)
        {
            if (Representative[classOf[e]] < 0)
            {
                Representative[classOf[e]] = e;
            }

            size[classOf[e] + 1]++;
        }

        // A counting sort: the mentees class by class, in index order within each class.
        for (var c = 0; c < count; c++)
        {
            size[c + 1] += size[c];
        }

        Order = new int[classOf.Length];
        for (var e = 0; e < classOf.Length; e++)
        {
            Order[size[classOf[e]]++] = e;
        }
    }

    /// <summary>How many classes.</summary>
    public int Count { get; }

    /// <summary>Each mentee's class.</summary>
    public int[] ClassOf { get; }

    /// <summary>Each class's first mentee: the one its shared parts are worked out from.</summary>
    public int[] Representative { get; }

    /// <summary>Every mentee, class by class: scanned in this order, a thread works out each class once.</summary>
    public int[] Order { get; }

    /// <summary>Numbers the distinct combinations of the keys over the mentees.</summary>
    /// <param name="mentees">How many mentees.</param>
    /// <param name="keys">Per key, each mentee's value.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public static MenteeClasses Create(int mentees, IEnumerable<Func<int, int>> keys, CancellationToken cancellationToken)
    {
        var classOf = new int[mentees];
        var count = mentees == 0 ? 0 : 1;
        var ids = new Dictionary<(int, int), int>();
        foreach (var key in keys)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ids.Clear();
            for (var e = 0; e < mentees; e++)
            {
                var pair = (classOf[e], key(e));
                if (!ids.TryGetValue(pair, out var id))
                {
                    id = ids.Count;
                    ids[pair] = id;
                }

                classOf[e] = id;
            }

            count = ids.Count;
        }

        return new MenteeClasses(classOf, count);
    }
}
