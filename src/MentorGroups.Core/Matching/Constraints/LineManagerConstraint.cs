namespace MentorGroups.Matching.Constraints;

/// <summary>
/// Confidentiality: nobody shares a group with their own line manager, whatever their roles. Always on.
/// </summary>
public sealed class LineManagerConstraint : IHardConstraint
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
    public string Explain(in MemberPair pair) =>
        pair.First.Participant.Profile.LineManagerId == pair.Second.Id
            ? $"{pair.Second.Id} is the line manager of {pair.First.Id}"
            : $"{pair.First.Id} is the line manager of {pair.Second.Id}";
}
