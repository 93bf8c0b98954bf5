using System.Globalization;
using MentorGroups.Participants;

namespace MentorGroups.Rules.Objectives;

/// <summary>
/// Whether the mentees pursue a common broad learning goal: the mean of (a) the share of mentees whose goals touch the
/// programme's shared goal (<see cref="Programmes.Programme.SharedGoalTags"/>), when it has tags, and (b) how much the
/// mentees' goals overlap each other (mean Jaccard similarity over pairs). Mentees without goals are left out;
/// neutral (0.5) when neither part can be measured.
/// </summary>
public sealed class GoalCohesionObjective : IGroupObjective
{
    /// <summary>The name, "goal-cohesion".</summary>
    internal const string DefaultName = "goal-cohesion";

    /// <inheritdoc/>
    public string Name => DefaultName;

    /// <inheritdoc/>
    public double Score(in GroupContext group)
    {
        var (programmeShare, peerOverlap) = Measure(group);
        return (programmeShare, peerOverlap) switch
        {
            (null, null) => 0.5,
            ({ } a, null) => a,
            (null, { } b) => b,
            ({ } a, { } b) => (a + b) / 2,
        };
    }

    /// <inheritdoc/>
    public string Explain(in GroupContext group)
    {
        var (programmeShare, peerOverlap) = Measure(group);
        if (programmeShare is null && peerOverlap is null)
        {
            return "too few learning goals given to compare (neutral)";
        }

        var parts = new List<string>(2);
        if (programmeShare is { } a)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{a:P0} of mentees with goals share the programme's goal ({group.Programme.SharedGoalTags})"));
        }

        if (peerOverlap is { } b)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"mentees' goals overlap {b:P0} on average"));
        }

        return string.Join("; ", parts);
    }

    private static (double? ProgrammeShare, double? PeerOverlap) Measure(in GroupContext group)
    {
        var shared = group.Programme.SharedGoalTags;
        var mentees = group.Mentees;
        int withGoals = 0, touching = 0, pairs = 0;
        var overlap = 0.0;
        for (var i = 0; i < mentees.Count; i++)
        {
            var goals = mentees[i].Goals;
            if (goals.IsEmpty)
            {
                continue;
            }

            withGoals++;
            if (!shared.IsEmpty && goals.Overlaps(shared))
            {
                touching++;
            }

            for (var j = i + 1; j < mentees.Count; j++)
            {
                var other = mentees[j].Goals;
                if (!other.IsEmpty)
                {
                    overlap += Jaccard(goals, other);
                    pairs++;
                }
            }
        }

        double? programmeShare = shared.IsEmpty || withGoals == 0 ? null : (double)touching / withGoals;
        double? peerOverlap = pairs == 0 ? null : overlap / pairs;
        return (programmeShare, peerOverlap);
    }

    private static double Jaccard(TagSet a, TagSet b)
    {
        var common = a.CountShared(b);
        return (double)common / (a.Count + b.Count - common);
    }
}
