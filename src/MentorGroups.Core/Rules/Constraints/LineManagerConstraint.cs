using System.Runtime.CompilerServices;
using MentorGroups.Participants;
using MentorGroups.Rules;

namespace MentorGroups.Rules.Constraints;

/// <summary>
/// Confidentiality: nobody shares a group with their own line manager, whatever their roles. Always on.
/// </summary>
public sealed class LineManagerConstraint : IHardConstraint, IPreparableConstraint
{
    /// <inheritdoc/>
    public string Name => "line-manager";

    /// <inheritdoc/>
    public bool Allows(in MemberPair pair)
    {
        var a = pair.First.Participant;
        var b = pair.Second.Participant;
        return a.Profile.LineManagerId != b.Id && b.Profile.LineManagerId != a.Id;
    }

    /// <inheritdoc/>
    IPreparedConstraint IPreparableConstraint.Prepare(MatchingPopulation population)
    {
        ArgumentNullException.ThrowIfNull(population);
        return new Prepared(population);
    }

    /// <inheritdoc/>
    public string Explain(in MemberPair pair) =>
        pair.First.Participant.Profile.LineManagerId == pair.Second.Id
            ? $"{pair.Second.Id} is the line manager of {pair.First.Id}"
            : $"{pair.First.Id} is the line manager of {pair.Second.Id}";

    /// <summary>For each mentee, the mentors who manage them or whom they manage: only those few entries are cleared.</summary>
    private sealed class Prepared : IKeyedConstraint
    {
        private readonly int[][] _related;

        public Prepared(MatchingPopulation population)
        {
            var mentorIndex = new Dictionary<ParticipantId, int>(population.Mentors.Count);
            for (var i = 0; i < population.Mentors.Count; i++)
            {
                mentorIndex[population.Mentors[i].Id] = i;
            }

            var menteeIndex = new Dictionary<ParticipantId, int>(population.Mentees.Count);
            for (var i = 0; i < population.Mentees.Count; i++)
            {
                menteeIndex[population.Mentees[i].Id] = i;
            }

            var related = new List<int>?[population.Mentees.Count];
            void Relate(int mentee, int mentor) => (related[mentee] ??= []).Add(mentor);
            for (var e = 0; e < population.Mentees.Count; e++)
            {
                if (population.Mentees[e].Participant.Profile.LineManagerId is { } manager && mentorIndex.TryGetValue(manager, out var mentor))
                {
                    Relate(e, mentor);
                }
            }

            for (var m = 0; m < population.Mentors.Count; m++)
            {
                if (population.Mentors[m].Participant.Profile.LineManagerId is { } manager && menteeIndex.TryGetValue(manager, out var mentee))
                {
                    Relate(mentee, m);
                }
            }

            _related = [.. related.Select(r => r is null ? [] : r.ToArray())];
        }

        public int KeyOf(int mentee) => 0;

        public void FilterKey(int mentee, Span<bool> allowed)
        {
        }

        public ReadOnlySpan<int> Excluded(int mentee) => _related[mentee];

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Filter(int mentee, Span<bool> allowed)
        {
            foreach (var mentor in _related[mentee])
            {
                allowed[mentor] = false;
            }
        }
    }
}
