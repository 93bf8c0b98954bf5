using MentorGroups.Rules.Criteria;
using MentorGroups.Rules.Objectives;
using MentorGroups.Validation;

namespace MentorGroups.Settings;

/// <summary>
/// The built-in criteria and group objectives weighted from a name → weight map, as settings give them
/// (e.g. <c>{ "expertise": 3, "language": 0.5 }</c>): one reading and one set of checks, shared by the
/// dependency-injection options and the command-line settings file. Names are those the criteria and objectives report
/// (<see cref="IScoringCriterion.Name"/>, <see cref="IGroupObjective.Name"/>); a name not in the map keeps its default weight.
/// </summary>
public static class WeightSettings
{
    /// <summary>The built-in criteria (<see cref="ScoringCriteria.Default"/>) with the weights of the map.</summary>
    /// <param name="weights">Weight by criterion name (case-sensitive, as in breakdowns); <see langword="null"/> for the defaults.</param>
    /// <returns>A new list, in the order of <see cref="ScoringCriteria.Default"/>.</returns>
    /// <exception cref="MentorGroupsValidationException">Every problem at once, each with the criterion's name as target: a
    /// name no built-in criterion has (<see cref="ErrorCodes.UnknownWeight"/>); a weight that is negative, NaN or infinite,
    /// or all weights zero (<see cref="ErrorCodes.InvalidWeight"/>).</exception>
    public static IReadOnlyList<WeightedCriterion> Criteria(IReadOnlyDictionary<string, double>? weights)
    {
        var problems = new Problems();
        var criteria = Apply(ScoringCriteria.Default(), c => c.Criterion.Name, (c, w) => new WeightedCriterion(c.Criterion, w), weights, "criterion", problems);
        ScoringCriteria.Check(problems, criteria);
        problems.ThrowIfAny("criterion weights");
        return criteria;
    }

    /// <summary>The built-in group objectives (<see cref="GroupObjectives.Default"/>) with the weights of the map.</summary>
    /// <param name="weights">Weight by objective name (case-sensitive); <see langword="null"/> for the defaults.</param>
    /// <returns>A new list, in the order of <see cref="GroupObjectives.Default"/>.</returns>
    /// <exception cref="MentorGroupsValidationException">Every problem at once, each with the objective's name as target: a
    /// name no built-in objective has (<see cref="ErrorCodes.UnknownWeight"/>); a weight that is negative, NaN or infinite
    /// (<see cref="ErrorCodes.InvalidWeight"/>). All zero is allowed: the pairwise score alone then decides.</exception>
    public static IReadOnlyList<WeightedGroupObjective> GroupObjectives(IReadOnlyDictionary<string, double>? weights)
    {
        var problems = new Problems();
        var objectives = Apply(Rules.Objectives.GroupObjectives.Default(), o => o.Objective.Name, (o, w) => new WeightedGroupObjective(o.Objective, w), weights, "group objective", problems);
        Rules.Objectives.GroupObjectives.Check(problems, objectives);
        problems.ThrowIfAny("group objective weights");
        return objectives;
    }

    private static T[] Apply<T>(
        IReadOnlyList<T> defaults, Func<T, string> nameOf, Func<T, double, T> reweigh, IReadOnlyDictionary<string, double>? weights, string kind, Problems problems)
    {
        if (weights is null)
        {
            return [.. defaults];
        }

        var known = defaults.Select(nameOf).ToArray();
        foreach (var name in weights.Keys.Where(k => !known.Contains(k, StringComparer.Ordinal)).Order(StringComparer.Ordinal))
        {
            problems.Add(ErrorCodes.UnknownWeight, $"'{name}' is not a {kind}; known: {string.Join(", ", known)}.", name);
        }

        return [.. defaults.Select(d => weights.TryGetValue(nameOf(d), out var weight) ? reweigh(d, weight) : d)];
    }
}
