namespace MentorGroups.Cli.Input;

/// <summary>Finds the known name a misspelt one was meant to be ("capcity" → "capacity").</summary>
internal static class ColumnNames
{
    /// <summary>
    /// The known name one or two edits away (an edit adds, removes, replaces or swaps neighbouring letters; case,
    /// spaces and hyphens against underscores do not count), or <see langword="null"/>. Short names allow one edit,
    /// so that unrelated short columns are not taken for misspellings.
    /// </summary>
    public static string? Closest(string name, IEnumerable<string> known)
    {
        var wanted = Normalise(name);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            var target = Normalise(candidate);
            var allowed = Math.Min(wanted.Length, target.Length) <= 3 ? 1 : 2;
            var distance = Distance(wanted, target);
            if (distance <= allowed && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    private static string Normalise(string name) => name.Trim().ToLowerInvariant().Replace(' ', '_').Replace('-', '_');

    /// <summary>Edit distance with swaps of neighbours (optimal string alignment).</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
