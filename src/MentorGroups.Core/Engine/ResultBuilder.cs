using System.Globalization;
using MentorGroups.Groups;
using MentorGroups.Matching;
using MentorGroups.Participants;
using MentorGroups.Policies;
using MentorGroups.Rules.Constraints;

namespace MentorGroups.Engine;

/// <summary>
/// Turns an assignment into a <see cref="MatchingResult"/>: checks it, keeps apart mentees a hard constraint separates,
/// drops groups below a hard minimum, forms the groups and explains every placement and non-placement.
/// </summary>
internal sealed class ResultBuilder
{
    private readonly MatchingProblem _problem;
    private readonly Assignment _assignment;
    private readonly string _strategyName;
    private readonly IReadOnlyDictionary<string, double>? _metrics;
    private readonly bool _fillFreeSeats;
    private readonly IReadOnlyDictionary<int, UnmatchedMentee>? _leftOut;
    private readonly List<int>[] _members;
    private readonly Dictionary<int, UnmatchedMentee> _unmatched = [];
    private readonly CancellationToken _cancellationToken;

    public ResultBuilder(
        MatchingProblem problem,
        Assignment assignment,
        string strategyName,
        IReadOnlyDictionary<string, double>? metrics,
        bool fillFreeSeats,
        IReadOnlyDictionary<int, UnmatchedMentee>? leftOut,
        CancellationToken cancellationToken)
    {
        _cancellationToken = cancellationToken;
        _fillFreeSeats = fillFreeSeats;
        _leftOut = leftOut;
        _problem = problem;
        _assignment = assignment;
        _strategyName = strategyName;
        _metrics = metrics;
        _members = problem.Teams.Select(_ => new List<int>()).ToArray();
    }

    public MatchingResult Build()
    {
        // At W100k building the result takes a second or more (tens of thousands of groups and explanations), so every
        // long loop below checks the token: a cancelled match must stop promptly even at this last step.
        _cancellationToken.ThrowIfCancellationRequested();
        CheckAssignment();
        for (var m = 0; m < _problem.Mentees.Count; m++)
        {
            var team = _assignment.TeamOf(m);
            if (team >= 0)
            {
                _members[team].Add(m);
            }
        }

        SeparateConflicts();
        DropGroupsBelowMinimum();
        return Assemble();
    }

    private void CheckAssignment()
    {
        // Assignment refuses illegal moves, so a failure here is a bug in the library, not in a strategy.
        for (var t = 0; t < _problem.Teams.Count; t++)
        {
            if (_assignment.Load(t) > _problem.Teams[t].Capacity)
            {
                throw new InvalidOperationException($"Strategy '{_strategyName}' exceeded the capacity of team {t}.");
            }
        }
    }

    private void SeparateConflicts()
    {
        var displaced = new List<(int Mentee, string Why)>();
        for (var t = 0; t < _members.Length; t++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var kept = new List<int>();
            // Fixed members first, then the best-fitting: whoever fits the group least is the one who moves.
            foreach (var m in _members[t].OrderByDescending(m => _problem.IsFixed(m)).ThenByDescending(m => _problem.PairValue(m, t)).ThenBy(m => m))
            {
                var clash = kept.FirstOrDefault(k => !_problem.AllowsTogether(m, k), -1);
                if (clash < 0 || _problem.IsFixed(m))
                {
                    kept.Add(m);
                    continue;
                }

                var blocking = _problem.BlockingConstraint(_problem.Mentees[m], _problem.Mentees[clash])!;
                displaced.Add((m, Extensions.Explain(blocking, new MemberPair(_problem.Mentees[m], _problem.Mentees[clash], _problem.Request.Programme))));
            }

            _members[t] = kept;
        }

        var reasons = displaced.ToDictionary(d => d.Mentee, d => d.Why);
        var placed = new HashSet<int>(_members.SelectMany(x => x));
        // Displaced mentees, and anyone the strategy left out, take a seat that separating freed up when one fits;
        // without this, running the result again as existing groups could place someone it did not.
        for (var m = 0; m < _problem.Mentees.Count; m++)
        {
            if (placed.Contains(m) || (!_fillFreeSeats && !reasons.ContainsKey(m)))
            {
                continue;
            }

            _cancellationToken.ThrowIfCancellationRequested();

            var moved = false;
            foreach (var c in _fillFreeSeats ? _problem.Candidates(m) : [])
            {
                if (_members[c.Team].Count < _problem.Teams[c.Team].Capacity && _members[c.Team].All(k => _problem.AllowsTogether(m, k)))
                {
                    _members[c.Team].Add(m);
                    moved = true;
                    break;
                }
            }

            if (!moved && reasons.TryGetValue(m, out var why))
            {
                _unmatched[m] = new UnmatchedMentee(_problem.Mentees[m].Id, UnmatchedReason.ExcludedByConstraint,
                    _fillFreeSeats
                        ? $"Placing {_problem.Mentees[m].Id} would put them in a group with someone they must not share a group with ({why}), and no other compatible group had room."
                        : $"Placing {_problem.Mentees[m].Id} would put them in a group with someone they must not share a group with ({why}).");
            }
        }
    }

    private void DropGroupsBelowMinimum()
    {
        var min = _problem.Request.Policy.MinMentees;
        if (!min.IsHard)
        {
            return;
        }

        for (var t = 0; t < _members.Length; t++)
        {
            var team = _problem.Teams[t];
            if (team.ExistingGroup is not null || _members[t].Count == 0 || _members[t].Count >= min.Value)
            {
                continue;
            }

            foreach (var m in _members[t])
            {
                _unmatched[m] = new UnmatchedMentee(_problem.Mentees[m].Id, UnmatchedReason.GroupBelowMinimum,
                    string.Create(CultureInfo.InvariantCulture,
                        $"{Capitalised(team.Describe())} would have {_members[t].Count} mentee(s), below the hard minimum of {min.Value}, so it was not formed."));
            }

            _members[t].Clear();
        }
    }

    private MatchingResult Assemble()
    {
        var policy = _problem.Request.Policy;
        var usedIds = new HashSet<GroupId>(_problem.Teams.Where(t => t.ExistingGroup is not null).Select(t => t.ExistingGroup!.Value));
        var next = 1;
        var groups = new List<MentoringGroup>();
        var formed = new List<(GroupId Id, int Team)>();
        var placements = new List<Placement>();
        var unassigned = new List<UnassignedMentor>(_problem.UnteamedMentors);
        long objective = 0;

        for (var t = 0; t < _members.Length; t++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var team = _problem.Teams[t];
            if (_members[t].Count == 0 && team.ExistingGroup is null)
            {
                foreach (var mentor in team.Mentors)
                {
                    unassigned.Add(new UnassignedMentor(mentor.Id, WhyNoMentees(team)));
                }

                continue;
            }

            GroupId id;
            if (team.ExistingGroup is { } existing)
            {
                id = existing;
            }
            else
            {
                do
                {
                    id = new GroupId(string.Create(CultureInfo.InvariantCulture, $"G{next++:D3}"));
                }
                while (usedIds.Contains(id));
            }

            var menteeIds = _members[t].Select(m => _problem.Mentees[m].Id).ToArray();
            // Hard limits hold by construction; a recommendation may not, and then the findings say so.
            groups.Add(MentoringGroup.Create(id, team.Mentors.Select(m => m.Id), menteeIds, policy));
            formed.Add((id, t));
            foreach (var m in _members[t])
            {
                var value = _problem.PairValue(m, t);
                objective += value;
                placements.Add(new Placement(_problem.Mentees[m].Id, id, team.Mentors.Select(x => x.Id).ToArray(),
                    _problem.Score(m, t), _problem.Breakdown(m, t), _problem.IsPinned(m)));
            }
        }

        var placed = new HashSet<int>(_members.SelectMany(x => x));
        for (var m = 0; m < _problem.Mentees.Count; m++)
        {
            if (!placed.Contains(m) && !_unmatched.ContainsKey(m))
            {
                _cancellationToken.ThrowIfCancellationRequested();
                _unmatched[m] = _leftOut?.GetValueOrDefault(m) ?? Diagnose(m);
            }
        }

        groups.Sort((a, b) => a.Id.CompareTo(b.Id));
        placements.Sort((a, b) => a.Mentee.CompareTo(b.Mentee));
        var unmatched = _unmatched.Values.OrderBy(u => u.Mentee).ToArray();
        unassigned.Sort((a, b) => a.Mentor.CompareTo(b.Mentor));
        var findings = policy.Evaluate(groups);
        var moves = Moves(groups, unmatched);
        return new MatchingResult(_strategyName, groups, placements, unmatched, unassigned, findings, objective, _metrics, moves, Insights(formed, placed.Count));
    }

    /// <summary>How each group does as a whole (common meeting slot, group objectives, requirements), in group id order.</summary>
    private GroupInsight[] Insights(List<(GroupId Id, int Team)> formed, int placed)
    {
        var evaluator = _problem.Groups;
        var targets = evaluator.TargetsFor(placed);
        return formed.OrderBy(f => f.Id).Select(f =>
        {
            _cancellationToken.ThrowIfCancellationRequested();
            return evaluator.Insight(f.Id, f.Team, [.. _members[f.Team]], targets);
        }).ToArray();
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>Compares the running groups with the new ones and says why each person's group changed.</summary>
    private List<GroupMove> Moves(List<MentoringGroup> groups, UnmatchedMentee[] unmatched)
    {
        var moves = new List<GroupMove>();
        var request = _problem.Request;
        if (request.ExistingGroups.Count == 0)
        {
            return moves;
        }

        var before = new Dictionary<ParticipantId, GroupId>();
        foreach (var g in request.ExistingGroups)
        {
            foreach (var member in g.Members)
            {
                before[member] = g.Id;
            }
        }

        var after = new Dictionary<ParticipantId, GroupId>();
        foreach (var g in groups)
        {
            foreach (var member in g.Members)
            {
                after[member] = g.Id;
            }
        }

        var orphaned = new HashSet<GroupId>(request.ExistingGroups
            .Where(g => g.Mentors.Count > 0 && g.Mentors.All(request.HasWithdrawn))
            .Select(g => g.Id));
        var why = unmatched.ToDictionary(u => u.Mentee, u => u.Explanation);
        foreach (var person in before.Keys.Union(after.Keys).Order())
        {
            GroupId? from = before.TryGetValue(person, out var f) ? f : (GroupId?)null;
            GroupId? to = after.TryGetValue(person, out var t) ? t : (GroupId?)null;
            if (from == to)
            {
                continue;
            }

            string reason;
            if (request.Withdrawals.TryGetValue(person, out var withdrawal))
            {
                reason = withdrawal is null ? "withdrew from the programme" : $"withdrew from the programme: {withdrawal}";
            }
            else if (from is null)
            {
                reason = request.Find(person)?.IsMentor == true && to is { } adopted && orphaned.Contains(adopted)
                    ? $"took over group {adopted} after its mentor left"
                    : $"joined late and was placed in group {to}";
            }
            else if (orphaned.Contains(from.Value))
            {
                reason = to is null
                    ? $"the mentor of group {from} left and no group could take them: {why.GetValueOrDefault(person, "no room")}"
                    : $"the mentor of group {from} left; moved to group {to}";
            }
            else
            {
                reason = to is null ? $"left group {from}: {why.GetValueOrDefault(person, "not placed")}" : $"moved from group {from} to group {to}";
            }

            moves.Add(new GroupMove(person, from, to, reason));
        }

        return moves;
    }

    /// <summary>The strategy's reasons for teams it left without mentees, by team index.</summary>
    public IReadOnlyDictionary<int, string>? IdleTeams { get; init; }

    private string WhyNoMentees(MentorTeam team)
    {
        if (IdleTeams?.GetValueOrDefault(team.Index) is { } reason)
        {
            return reason;
        }

        if (team.Capacity == 0)
        {
            return $"{team.Lead.Id} has no capacity (takes 0 mentees).";
        }

        var compatible = _problem.CompatibleMenteeCount(team.Index);
        return compatible == 0
            ? $"No mentee may join the group of {team.Lead.Id}: hard constraints rule out all {_problem.Mentees.Count}."
            : string.Create(CultureInfo.InvariantCulture, $"All {compatible} mentee(s) who could join the group of {team.Lead.Id} fit better elsewhere.");
    }

    private UnmatchedMentee Diagnose(int m)
    {
        var id = _problem.Mentees[m].Id;
        if (_problem.PinProblems.TryGetValue(m, out var pinProblem))
        {
            return new UnmatchedMentee(id, UnmatchedReason.PinNotHonoured, pinProblem);
        }

        if (_problem.Teams.Count == 0)
        {
            return new UnmatchedMentee(id, UnmatchedReason.NoMentors, "The programme has no mentor who leads a group.");
        }

        // Compiling counted the mentee's compatible teams: only the teams with room are left to check.
        if (_problem.TryGetCompatibility(m, out var compatibleTeams, out var compatibleSeats) && compatibleTeams > 0)
        {
            return Diagnose(m, compatibleTeams, compatibleSeats, TeamsWithRoom().Where(t => _problem.IsAllowed(m, t)).ToArray());
        }

        var blockedBy = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var compatible = new List<int>();
        foreach (var team in _problem.Teams)
        {
            var blocking = team.IsLocked ? null : _problem.BlockingConstraint(_problem.Mentees[m], team);
            if (team.IsLocked)
            {
                blockedBy["locked group"] = blockedBy.GetValueOrDefault("locked group") + 1;
            }
            else if (blocking is not null)
            {
                blockedBy[blocking.Name] = blockedBy.GetValueOrDefault(blocking.Name) + 1;
            }
            else
            {
                compatible.Add(team.Index);
            }
        }

        if (compatible.Count == 0)
        {
            var parts = string.Join(", ", blockedBy.Select(b => string.Create(CultureInfo.InvariantCulture, $"{b.Key} rules out {b.Value}")));
            return new UnmatchedMentee(id, UnmatchedReason.NoCompatibleMentor,
                string.Create(CultureInfo.InvariantCulture, $"No mentor group is compatible with {id} among {_problem.Teams.Count}: {parts}."));
        }

        var withRoom = compatible.Where(t => _members[t].Count < _problem.Teams[t].Capacity).ToArray();
        return Diagnose(m, compatible.Count, compatible.Sum(t => _problem.Teams[t].Capacity), withRoom);
    }

    private int[]? _teamsWithRoom;

    private int[] TeamsWithRoom() =>
        _teamsWithRoom ??= [.. _problem.Teams.Where(t => !t.IsLocked && _members[t.Index].Count < t.Capacity).Select(t => t.Index)];

    private UnmatchedMentee Diagnose(int m, int compatible, int seats, int[] withRoom)
    {
        var id = _problem.Mentees[m].Id;
        if (withRoom.Length == 0)
        {
            // Mentors may enrol with a capacity of 0; "full, 0 seats taken" would read as a contradiction.
            var explanation = seats == 0
                ? string.Create(CultureInfo.InvariantCulture, $"The {compatible} compatible mentor group(s) have no seats: their mentors take no mentees (capacity 0).")
                : string.Create(CultureInfo.InvariantCulture, $"All {compatible} compatible mentor group(s) are full ({seats} seat(s) taken).");
            return new UnmatchedMentee(id, UnmatchedReason.CapacityExhausted, explanation);
        }

        var clashFree = withRoom.Where(t => _members[t].All(k => _problem.AllowsTogether(m, k))).ToArray();
        if (clashFree.Length == 0)
        {
            return new UnmatchedMentee(id, UnmatchedReason.ExcludedByConstraint,
                string.Create(CultureInfo.InvariantCulture, $"Every compatible group with room ({withRoom.Length}) has a member {id} must not share a group with."));
        }

        return new UnmatchedMentee(id, UnmatchedReason.NotChosen,
            string.Create(CultureInfo.InvariantCulture, $"Strategy '{_strategyName}' left {id} out although {clashFree.Length} compatible group(s) had room."));
    }
}
