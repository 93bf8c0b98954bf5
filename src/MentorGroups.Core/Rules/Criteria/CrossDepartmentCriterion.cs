using System.Runtime.CompilerServices;
using MentorGroups.Rules;

namespace MentorGroups.Rules.Criteria;

/// <summary>
/// Diversity of thinking: 1 when mentor and mentee come from different organisational units, 0 when from the same
/// (or the reverse when <see cref="PreferSameUnit"/> is set). Neutral (0.5) when either unit is unknown.
/// </summary>
public sealed class CrossDepartmentCriterion : IScoringCriterion, IPreparableCriterion
{
    /// <summary>Creates the criterion.</summary>
    /// <param name="preferSameUnit">Reward pairs from the same unit instead (for programmes about local knowledge).</param>
    public CrossDepartmentCriterion(bool preferSameUnit = false) => PreferSameUnit = preferSameUnit;

    /// <summary>Whether pairs from the same unit are preferred instead of pairs across units.</summary>
    public bool PreferSameUnit { get; }

    /// <inheritdoc/>
    public string Name => "cross-department";

    /// <inheritdoc/>
    public double Score(in CandidatePair pair)
    {
        var a = pair.Mentor.Participant.Profile.OrganisationalUnit;
        var b = pair.Mentee.Participant.Profile.OrganisationalUnit;
        if (a is null || b is null)
        {
            return 0.5;
        }

        var same = string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
        return same == PreferSameUnit ? 1 : 0;
    }

    /// <inheritdoc/>
    IPreparedCriterion IPreparableCriterion.Prepare(MatchingPopulation population)
    {
        ArgumentNullException.ThrowIfNull(population);
        return new Prepared(population.Feature("units", static p => new UnitIds(p)), PreferSameUnit);
    }

    /// <inheritdoc/>
    public string Explain(in CandidatePair pair)
    {
        var a = pair.Mentor.Participant.Profile.OrganisationalUnit;
        var b = pair.Mentee.Participant.Profile.OrganisationalUnit;
        if (a is null || b is null)
        {
            return "organisational unit not given on both sides (neutral)";
        }

        return string.Equals(a, b, StringComparison.OrdinalIgnoreCase) ? "same organisational unit" : "different organisational units";
    }

    /// <summary>Each person's unit as a number, equal for units that are equal ignoring case; -1 when unknown.</summary>
    private sealed class UnitIds
    {
        public UnitIds(MatchingPopulation population)
        {
            var ids = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            int Id(string? unit) => unit is null ? -1 : ids.TryGetValue(unit, out var id) ? id : ids[unit] = ids.Count;
            Mentors = [.. population.Mentors.Select(m => Id(m.Participant.Profile.OrganisationalUnit))];
            Mentees = [.. population.Mentees.Select(m => Id(m.Participant.Profile.OrganisationalUnit))];
        }

        public int[] Mentors { get; }

        public int[] Mentees { get; }
    }

    private sealed class Prepared(UnitIds units, bool preferSameUnit) : IPreparedCriterion
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Score(int mentee, ReadOnlySpan<int> mentors, Span<double> scores)
        {
            var own = units.Mentees[mentee];
            var byMentor = units.Mentors;
            for (var i = 0; i < mentors.Length; i++)
            {
                var other = byMentor[mentors[i]];
                scores[i] = own < 0 || other < 0 ? 0.5 : (own == other) == preferSameUnit ? 1 : 0;
            }
        }
    }
}
