using MentorGroups.Matching;
using MentorGroups.Participants;

namespace MentorGroups.Engine;

/// <summary>
/// Which free mentors lead new groups together, decided by a strategy before compiling (see
/// <see cref="MatchingProblem.Compile(MatchingRequest, TeamPlan?, IProgress{CompilationProgress}?, CancellationToken)"/>). Without a plan, every lead
/// mentor opens a group and each co-mentor joins the lead they fit best. Running groups keep their mentors either way.
/// </summary>
/// <remarks>
/// Each team lists one mentor, or as many as the size policy allows, lead first; any mentor may lead or co-lead. A
/// mentor the plan leaves out leads no group and is reported with the plan's reason for them. A mentor who is already
/// in a running group (or takes over one) is skipped in the plan, and a team left without mentors is dropped.
/// </remarks>
public sealed class TeamPlan
{
    /// <summary>Creates a plan.</summary>
    /// <param name="teams">The new teams, each its mentors' ids, lead first.</param>
    /// <param name="idleReasons">Why each mentor left out of every team leads no group (ids, counts and rules only).</param>
    public TeamPlan(IEnumerable<IReadOnlyList<ParticipantId>> teams, IReadOnlyDictionary<ParticipantId, string>? idleReasons = null)
    {
        ArgumentNullException.ThrowIfNull(teams);
        Teams = [.. teams.Select(t => (IReadOnlyList<ParticipantId>)[.. t])];
        IdleReasons = idleReasons is null ? new Dictionary<ParticipantId, string>() : new Dictionary<ParticipantId, string>(idleReasons);
    }

    /// <summary>The new teams, each its mentors' ids, lead first.</summary>
    public IReadOnlyList<IReadOnlyList<ParticipantId>> Teams { get; }

    /// <summary>Why each mentor the plan leaves out leads no group.</summary>
    public IReadOnlyDictionary<ParticipantId, string> IdleReasons { get; }
}
