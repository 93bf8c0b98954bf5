namespace MentorGroups.Matching.Scoring;

/// <summary>
/// Diversity of thinking: 1 when mentor and mentee come from different organisational units, 0 when from the same
/// (or the reverse when <see cref="PreferSameUnit"/> is set). Neutral (0.5) when either unit is unknown.
/// </summary>
public sealed class CrossDepartmentCriterion : IScoringCriterion
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
}
