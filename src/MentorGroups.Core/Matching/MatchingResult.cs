using System.Globalization;
using System.Text;
using MentorGroups.Groups;
using MentorGroups.Participants;
using MentorGroups.Policies;

namespace MentorGroups.Matching;

/// <summary>
/// What a strategy produced: the groups, every mentee placed (with a score breakdown) or unmatched (with a reason),
/// mentors left without a group, the policy's findings for every group, and totals.
/// </summary>
/// <remarks>Every mentee of the request appears exactly once, in <see cref="Placements"/> or <see cref="Unmatched"/>;
/// every mentor exactly once, in a group or in <see cref="UnassignedMentors"/>.</remarks>
public sealed class MatchingResult
{
    private readonly Dictionary<ParticipantId, Placement> _placements;
    private readonly Dictionary<ParticipantId, UnmatchedMentee> _unmatched;
    private readonly Dictionary<GroupId, GroupInsight> _insights;

    /// <summary>Creates a result; only the engine does (<see cref="Engine.MatchingProblem.CreateResult"/>), after checking it.</summary>
    /// <param name="strategyName">The strategy's name.</param>
    /// <param name="groups">The groups.</param>
    /// <param name="placements">Placed mentees.</param>
    /// <param name="unmatched">Mentees without a group.</param>
    /// <param name="unassignedMentors">Mentors without a group.</param>
    /// <param name="findings">Policy findings.</param>
    /// <param name="objective">The integer objective (see <see cref="Objective"/>).</param>
    /// <param name="metrics">Strategy-specific figures.</param>
    /// <param name="moves">Changes of group when re-matching running groups.</param>
    /// <param name="groupInsights">How each group does as a whole, in group id order.</param>
    internal MatchingResult(
        string strategyName,
        IReadOnlyList<MentoringGroup> groups,
        IReadOnlyList<Placement> placements,
        IReadOnlyList<UnmatchedMentee> unmatched,
        IReadOnlyList<UnassignedMentor> unassignedMentors,
        IReadOnlyList<PolicyFinding> findings,
        long objective,
        IReadOnlyDictionary<string, double>? metrics = null,
        IReadOnlyList<GroupMove>? moves = null,
        IReadOnlyList<GroupInsight>? groupInsights = null)
    {
        ArgumentNullException.ThrowIfNull(strategyName);
        StrategyName = strategyName;
        Groups = groups ?? throw new ArgumentNullException(nameof(groups));
        Placements = placements ?? throw new ArgumentNullException(nameof(placements));
        Unmatched = unmatched ?? throw new ArgumentNullException(nameof(unmatched));
        UnassignedMentors = unassignedMentors ?? throw new ArgumentNullException(nameof(unassignedMentors));
        Findings = findings ?? throw new ArgumentNullException(nameof(findings));
        Objective = objective;
        Metrics = metrics ?? new Dictionary<string, double>();
        Moves = moves ?? [];
        GroupInsights = groupInsights ?? [];
        _insights = GroupInsights.ToDictionary(i => i.Group);
        _placements = placements.ToDictionary(p => p.Mentee);
        _unmatched = unmatched.ToDictionary(u => u.Mentee);
    }

    /// <summary>The strategy that produced the result.</summary>
    public string StrategyName { get; }

    /// <summary>The groups, in group id order.</summary>
    public IReadOnlyList<MentoringGroup> Groups { get; }

    /// <summary>Every placed mentee with score and breakdown, in mentee id order.</summary>
    public IReadOnlyList<Placement> Placements { get; }

    /// <summary>Every mentee without a group, with the reason, in mentee id order.</summary>
    public IReadOnlyList<UnmatchedMentee> Unmatched { get; }

    /// <summary>Mentors who lead no group, with the reason.</summary>
    public IReadOnlyList<UnassignedMentor> UnassignedMentors { get; }

    /// <summary>The size policy's findings for every group (warnings when a recommendation is not met).</summary>
    public IReadOnlyList<PolicyFinding> Findings { get; }

    /// <summary>Sum of the placements' scores (each 0 to 1).</summary>
    public double TotalScore => Placements.Sum(p => p.Score);

    /// <summary>
    /// The integer objective every strategy is compared on: the sum over placements of
    /// <see cref="Engine.MatchingProblem.ToValue"/> of the score (1 + the score in millionths). Placing someone always adds to it.
    /// </summary>
    public long Objective { get; }

    /// <summary>When re-matching running groups: every person whose group changed (late joiners, people who left, mentees
    /// redistributed after their mentor left), with the reason. Empty for a first matching, and when nothing changed.</summary>
    public IReadOnlyList<GroupMove> Moves { get; }

    /// <summary>
    /// How each group does as a whole, in group id order: whether everyone can meet at one time (and, on demand, the
    /// ranked slots and who cannot attend), its score on each group objective, and the group requirements it breaks.
    /// </summary>
    public IReadOnlyList<GroupInsight> GroupInsights { get; }

    /// <summary>The share of groups whose members can all meet at one time (see <see cref="GroupInsight.HasCommonSlot"/>); 0 without groups.</summary>
    public double CommonSlotShare => GroupInsights.Count == 0 ? 0 : (double)GroupInsights.Count(i => i.HasCommonSlot) / GroupInsights.Count;

    /// <summary>Finds how a group does as a whole.</summary>
    /// <param name="group">The group's id.</param>
    /// <returns>The insight, or <see langword="null"/> when the result has no such group (or was built without insights).</returns>
    public GroupInsight? InsightOf(GroupId group) => _insights.GetValueOrDefault(group);

    /// <summary>Strategy-specific figures, e.g. the objective before and after local search.</summary>
    public IReadOnlyDictionary<string, double> Metrics { get; }

    /// <summary>Finds a mentee's placement.</summary>
    /// <param name="mentee">The mentee.</param>
    /// <returns>The placement, or <see langword="null"/> when unmatched or unknown.</returns>
    public Placement? PlacementOf(ParticipantId mentee) => _placements.GetValueOrDefault(mentee);

    /// <summary>Finds why a mentee is unmatched.</summary>
    /// <param name="mentee">The mentee.</param>
    /// <returns>The reason, or <see langword="null"/> when placed or unknown.</returns>
    public UnmatchedMentee? UnmatchedOf(ParticipantId mentee) => _unmatched.GetValueOrDefault(mentee);

    /// <summary>Finds the group a person (mentor or mentee) is in.</summary>
    /// <param name="person">The person.</param>
    /// <returns>The group, or <see langword="null"/>.</returns>
    public MentoringGroup? GroupOf(ParticipantId person) => Groups.FirstOrDefault(g => g.Contains(person));

    /// <summary>Explains, for a coordinator, where a mentee is and why (ids and tags only, no names).</summary>
    /// <param name="mentee">The mentee.</param>
    /// <returns>A few lines of text.</returns>
    public string Explain(ParticipantId mentee)
    {
        if (_unmatched.TryGetValue(mentee, out var unmatched))
        {
            return $"{mentee} is not placed ({unmatched.Reason}): {unmatched.Explanation}";
        }

        if (!_placements.TryGetValue(mentee, out var placement))
        {
            return $"{mentee} is not a mentee of this matching.";
        }

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{mentee} is in group {placement.Group} with mentor(s) {string.Join(", ", placement.Mentors)}");
        text.Append(CultureInfo.InvariantCulture, $"; score {placement.Score:0.00}{(placement.Pinned ? " (pinned by a coordinator)" : string.Empty)}.");
        foreach (var c in placement.Breakdown)
        {
            text.Append('\n').Append(CultureInfo.InvariantCulture, $"- {c.Criterion}: {c.Score:0.00} × weight {c.Weight:0.##} → {c.Contribution:0.000}; {c.Reason}");
        }

        return text.ToString();
    }
}
