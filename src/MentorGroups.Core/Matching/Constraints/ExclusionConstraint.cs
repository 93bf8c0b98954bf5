using MentorGroups.Participants;

namespace MentorGroups.Matching.Constraints;

/// <summary>Keeps apart the pairs a coordinator excluded (see <see cref="Exclusion"/>). Added for every request with exclusions.</summary>
public sealed class ExclusionConstraint : IHardConstraint
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
    public string Explain(in MemberPair pair) => $"{pair.First.Id} and {pair.Second.Id} are excluded from sharing a group";

    private static (ParticipantId, ParticipantId) Ordered(ParticipantId a, ParticipantId b) => a < b ? (a, b) : (b, a);
}
