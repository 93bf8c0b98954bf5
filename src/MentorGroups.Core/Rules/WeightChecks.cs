using System.Globalization;
using MentorGroups.Validation;

namespace MentorGroups.Rules;

/// <summary>The checks every weighted list of rules shares (criteria, group objectives), so both read the same way.</summary>
internal static class WeightChecks
{
    /// <summary>Reports each missing entry and each weight that is negative, NaN or infinite.</summary>
    /// <param name="problems">Where the problems go.</param>
    /// <param name="items">The weighted rules.</param>
    /// <param name="missing">The words for a missing entry, e.g. "A scoring criterion".</param>
    /// <param name="kind">The kind in a sentence, e.g. "criterion".</param>
    /// <param name="nameOf">The rule's name.</param>
    /// <param name="weightOf">The rule's weight.</param>
    public static void CheckEntries<T>(Problems problems, IReadOnlyList<T?> items, string missing, string kind, Func<T, string> nameOf, Func<T, double> weightOf)
        where T : class
    {
        foreach (var item in items)
        {
            if (item is null)
            {
                problems.Add(ErrorCodes.Required, $"{missing} is missing (null).");
            }
            else if (weightOf(item) is var weight && (!double.IsFinite(weight) || weight < 0))
            {
                var name = nameOf(item);
                problems.Add(ErrorCodes.InvalidWeight, string.Create(CultureInfo.InvariantCulture,
                    $"The weight of {kind} '{name}' must be a finite number of zero or more; got {weight}."), name);
            }
        }
    }

    /// <summary>Reports each name given more than once.</summary>
    public static void CheckDuplicates<T>(Problems problems, IEnumerable<T> items, string kind, Func<T, string> nameOf)
    {
        foreach (var name in items.GroupBy(nameOf, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            problems.Add(ErrorCodes.DuplicateId, $"{char.ToUpperInvariant(kind[0])}{kind[1..]} '{name}' is given more than once.", name);
        }
    }
}
