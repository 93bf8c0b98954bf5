using System.Runtime.CompilerServices;
using MentorGroups.Matching;
using MentorGroups.Participants;
using MentorGroups.Rules;

namespace MentorGroups.Rules.Constraints;

/// <summary>Keeps apart the pairs a coordinator excluded (see <see cref="Exclusion"/>). Added for every request with exclusions.</summary>
public sealed class ExclusionConstraint : IHardConstraint, IPreparableConstraint
{
    private readonly HashSet<(ParticipantId, ParticipantId)> _pairs = [];

    /// <summary>Creates the constraint.</summary>
    /// <param name="exclusions">The excluded pairs.</param>
    public ExclusionConstraint(IEnumerable<Exclusion> exclusions)
    {
        ArgumentNullException.ThrowIfNull(exclusions);
        foreach (var exclusion in exclusions)
        {
            _pairs.Add(Ordered(exclusion.First, exclusion.Second));
        }
    }

    /// <inheritdoc/>
    public string Name => "exclusion";

    /// <inheritdoc/>
    public bool Allows(in MemberPair pair) => _pairs.Count == 0 || !_pairs.Contains(Ordered(pair.First.Id, pair.Second.Id));

    /// <inheritdoc/>
    IPreparedConstraint IPreparableConstraint.Prepare(MatchingPopulation population)
    {
        ArgumentNullException.ThrowIfNull(population);
        var mentorIndex = Indexes(population.Mentors.Select(m => m.Id));
        var menteeIndex = Indexes(population.Mentees.Select(m => m.Id));
        var excluded = new List<int>?[population.Mentees.Count];
        foreach (var (a, b) in _pairs)
        {
            // An exclusion names its two people in either order; only mentee-mentor pairs reach the filter.
            if (!AddMenteeMentor(a, b, menteeIndex, mentorIndex, excluded))
            {
                AddMenteeMentor(b, a, menteeIndex, mentorIndex, excluded);
            }
        }

        return new Prepared([.. excluded.Select(x => x is null ? [] : x.ToArray())]);
    }

    /// <inheritdoc/>
    public string Explain(in MemberPair pair) => $"{pair.First.Id} and {pair.Second.Id} are excluded from sharing a group";

    private static bool AddMenteeMentor(
        ParticipantId mentee,
        ParticipantId mentor,
        Dictionary<ParticipantId, int> menteeIndex,
        Dictionary<ParticipantId, int> mentorIndex,
        List<int>?[] excluded)
    {
        var menteeFound = menteeIndex.TryGetValue(mentee, out var menteeRow);
        var mentorFound = mentorIndex.TryGetValue(mentor, out var mentorColumn);
        if (!menteeFound || !mentorFound)
        {
            return false;
        }

        (excluded[menteeRow] ??= []).Add(mentorColumn);
        return true;
    }

    private static Dictionary<ParticipantId, int> Indexes(IEnumerable<ParticipantId> ids)
    {
        var index = new Dictionary<ParticipantId, int>();
        foreach (var id in ids)
        {
            index[id] = index.Count;
        }

        return index;
    }

    private static (ParticipantId, ParticipantId) Ordered(ParticipantId a, ParticipantId b) => a < b ? (a, b) : (b, a);

    private sealed class Prepared(int[][] excluded) : IKeyedConstraint
    {
        public int KeyOf(int mentee) => 0;

        public void FilterKey(int mentee, Span<bool> allowed)
        {
        }

        public ReadOnlySpan<int> Excluded(int mentee) => excluded[mentee];

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Filter(int mentee, Span<bool> allowed)
        {
            foreach (var mentor in excluded[mentee])
            {
                allowed[mentor] = false;
            }
        }
    }
}
