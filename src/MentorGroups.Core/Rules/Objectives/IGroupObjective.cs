
namespace MentorGroups.Rules.Objectives;

/// <summary>
/// One quality of a whole group that pairwise scores cannot see: whether everyone can meet at one time, whether the
/// mentees' goals cohere, how diverse the group is, whether sizes and mentor load are fair. Scores a group from 0 to 1
/// and says why. Implement it to add your own; weigh it with <see cref="WeightedGroupObjective"/>.
/// </summary>
/// <remarks>
/// <see cref="Score"/> is on the hot path of the group-optimising strategy (called for every move it tries): keep it
/// cheap, allocation-free where possible, deterministic and thread-safe, and do not keep the context. When information
/// is missing, return a neutral 0.5 rather than punishing the group.
/// </remarks>
public interface IGroupObjective
{
    /// <summary>A short stable name, e.g. "common-meeting-slot"; used in metrics and reports.</summary>
    string Name { get; }

    /// <summary>Scores a group.</summary>
    /// <param name="group">The group's members and what the programme looks like around it.</param>
    /// <returns>A score from 0 (poor) to 1 (best).</returns>
    double Score(in GroupContext group);

    /// <summary>Says why the group scored as it did, in ids, counts and tags only (no names, no free text).</summary>
    /// <param name="group">The group.</param>
    /// <returns>A short reason.</returns>
    string Explain(in GroupContext group);
}
