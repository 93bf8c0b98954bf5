using System.Globalization;

namespace MentorGroups.Rules.Objectives;

/// <summary>
/// Diverse thinking: how many different organisational units the mentees come from, as (units − 1) / (mentees − 1)
/// over mentees who gave a unit, so 1 when all differ and 0 when all share one. Neutral (0.5) below two such mentees.
/// Off by default (weight 0): only some programmes want it.
/// </summary>
public sealed class UnitDiversityObjective : IGroupObjective
{
    /// <summary>The name, "unit-diversity".</summary>
    internal const string DefaultName = "unit-diversity";

    /// <inheritdoc/>
    public string Name => DefaultName;

    /// <inheritdoc/>
    public double Score(in GroupContext group)
    {
        var (known, distinct) = Count(group);
        return known < 2 ? 0.5 : (double)(distinct - 1) / (known - 1);
    }

    /// <inheritdoc/>
    public string Explain(in GroupContext group)
    {
        var (known, distinct) = Count(group);
        return known < 2
            ? "fewer than two mentees gave an organisational unit (neutral)"
            : string.Create(CultureInfo.InvariantCulture, $"{distinct} organisational unit(s) among {known} mentees who gave one");
    }

    private static (int Known, int Distinct) Count(in GroupContext group)
    {
        var mentees = group.Mentees;
        int known = 0, distinct = 0;
        for (var i = 0; i < mentees.Count; i++)
        {
            var unit = mentees[i].Participant.Profile.OrganisationalUnit;
            if (unit is null)
            {
                continue;
            }

            known++;
            var seenBefore = false;
            for (var j = 0; j < i && !seenBefore; j++)
            {
                seenBefore = string.Equals(unit, mentees[j].Participant.Profile.OrganisationalUnit, StringComparison.OrdinalIgnoreCase);
            }

            distinct += seenBefore ? 0 : 1;
        }

        return (known, distinct);
    }
}
