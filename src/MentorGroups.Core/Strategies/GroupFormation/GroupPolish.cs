using MentorGroups.Engine;

namespace MentorGroups.Strategies.GroupFormation;

/// <summary>
/// On programmes of up to <see cref="MaxMentees"/> mentees, a last local search judged by the whole objective
/// (<see cref="FormationQuality"/>): every move of a mentee to another of their teams, every swap of two mentees, every
/// placement of a mentee left out and every exchange of a member for one, kept when the two groups together get better.
/// The improver before it weighs one mentee's own gain, which is fast at any scale but misses what a change does to the
/// goal overlap of the others and to a group's meeting time; here both groups are scored again, members and all.
/// Hard rules hold throughout: the assignment's, the mentee rules and group requirements, and a hard minimum.
/// <c>closedForSize</c> holds the teams the size balancer closed for falling short of the minimum (with how many they
/// had gathered): under a hard minimum the search may open one again with enough mentees at once, and takes it off.
/// </summary>
internal sealed partial class GroupPolish(FormationState state, int minimum, bool hard, double cohesionWeight, DateTime deadline, Dictionary<int, int>? closedForSize = null)
{
    // Every change scores two groups from scratch; beyond this size a pass would cost seconds and gain little over the improver.
    public const int MaxMentees = 1_000;

    private const int MaxPasses = 20;

    // Per mentee and team, one past the clock at which every change between the mentee's team and that team was tried
    // and none kept (0: not tried), and which team the mentee was in then (-1: none). Whether one is kept depends on
    // those two teams alone, so while the mentee is in the same team and neither has changed the answer stays no; the
    // search then goes through only what a change can have affected. Made by the first search: a polish is made at
    // every scale but searches only programmes of up to MaxMentees, and these hold a slot per mentee and team.
    private int[]? _triedAt;
    private int[]? _triedFrom;

    // Per team, its value and one past the clock of the team it was computed for (0: none).
    private readonly FormationQuality[] _values = new FormationQuality[state.Members.Length];
    private readonly int[] _valueAt = new int[state.Members.Length];

    private readonly List<int> _membersTried = [];

    public int Changes { get; private set; }

    public static bool Applies(MatchingProblem problem) => problem.Mentees.Count <= MaxMentees;

    /// <summary>
    /// Passes over every free mentee until one changes nothing, the passes are spent or the deadline passes; under a
    /// hard minimum, with <paramref name="groupChanges"/>, a pass that changes nothing is followed by the group changes
    /// (<see cref="TryGroupChanges"/>).
    /// </summary>
    public void Run(CancellationToken cancellationToken, bool groupChanges = true)
    {
        var problem = state.Problem;
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var changed = false;
            for (var m = 0; m < problem.Mentees.Count; m++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (DateTime.UtcNow > deadline)
                {
                    return;
                }

                if (!problem.IsFixed(m) && TryImprove(m))
                {
                    changed = true;
                    Changes++;
                }
            }

            if (!changed && !(hard && groupChanges && TryGroupChangesAnew(cancellationToken)))
            {
                return;
            }
        }
    }

    /// <summary>
    /// Iterated local search for programmes of up to <see cref="MaxExploredMentees"/> mentees: up to
    /// <paramref name="kicks"/> times, moves or swaps two or three random mentees (within the hard rules), searches
    /// again, and keeps the groups when they are at least as good, else goes back to the best; it ends early after
    /// a run of kicks without a gain. Single moves and swaps
    /// stop at groups that only a change of several members improves (a group that can meet once two members trade
    /// places with others); this finds many of those. Deterministic for a seed.
    /// </summary>
    public void Explore(int kicks, int seed, CancellationToken cancellationToken)
    {
        var problem = state.Problem;
        var free = Enumerable.Range(0, problem.Mentees.Count).Where(m => !problem.IsFixed(m)).ToArray();
        if (free.Length < 2 || problem.Mentees.Count > MaxExploredMentees)
        {
            return;
        }

        // The state comes from a round that already ran the search (Run) to its end.
        var random = new Random(seed);
        var best = Quality();
        var snapshot = Snapshot();
        var sinceGain = 0;
        for (var kick = 0; kick < kicks && sinceGain < KicksWithoutGain && DateTime.UtcNow <= deadline; kick++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var changes = 2 + random.Next(2);
            for (var i = 0; i < changes; i++)
            {
                Shake(free[random.Next(free.Length)], random);
            }

            // The group changes cost a full pass per group; after a kick the single changes suffice, and the best
            // groups get the group changes once at the end.
            Run(cancellationToken, groupChanges: false);
            var quality = Quality();
            if (quality.CompareTo(best) >= 0)
            {
                var better = quality.CompareTo(best) > 0;
                Kicks += better ? 1 : 0;
                sinceGain = better ? 0 : sinceGain + 1;
                best = quality;
                snapshot = Snapshot();
            }
            else
            {
                Restore(snapshot);
                sinceGain++;
            }
        }

        // The state holds the best groups found; the search with group changes can only make them better.
        Run(cancellationToken);
    }

    // The search ends once this many kicks in a row found nothing better: on small programmes later gains are rare.
    private const int KicksWithoutGain = 150;

    // Each kick is followed by a full search pass; past this size a kick costs more than it finds.
    public const int MaxExploredMentees = 100;

    /// <summary>How many kicks led to better groups.</summary>
    public int Kicks { get; private set; }

    /// <summary>
    /// Moves the mentee to a random team of theirs with room, or swaps them with one of its members (takes the member's
    /// seat, when the mentee is left out), when the hard rules allow.
    /// </summary>
    private void Shake(int m, Random random)
    {
        var candidates = state.Candidates(m);
        if (candidates.IsEmpty)
        {
            return;
        }

        var to = candidates[random.Next(candidates.Length)].Team;
        var from = state.Assignment.TeamOf(m);
        if (to == from || state.Closed[to])
        {
            return;
        }

        var members = state.Members[to];
        if (members.Count > 0 && (random.Next(2) == 0 || !state.HasRoom(to)))
        {
            // A placed mentee swaps with a member; one left out takes a member's seat, and the member is left out.
            var k = members[random.Next(members.Count)];
            if (state.Problem.IsFixed(k) || !state.CanJoin(m, to, keepMeeting: false, replacing: k))
            {
                return;
            }

            if (from >= 0 && state.CanJoin(k, from, keepMeeting: false, replacing: m))
            {
                state.Swap(m, k);
            }
            else if (from < 0)
            {
                state.Leave(k);
                _ = state.Join(m, to) || state.Join(k, to);
            }

            return;
        }

        if (state.HasRoom(to) && SizesAllowMove(from, to) && state.CanJoin(m, to, keepMeeting: false) && (from < 0 || LeavingKeepsRequirements(from, m)))
        {
            state.Join(m, to);
        }
    }

    /// <summary>The quality of all groups (<see cref="FormationQuality.Of"/>), from the teams' values kept since they last changed.</summary>
    private FormationQuality Quality()
    {
        var total = default(FormationQuality);
        for (var t = 0; t < state.Members.Length; t++)
        {
            total += Value(t);
        }

        return total;
    }

    private int[] Snapshot() => [.. Enumerable.Range(0, state.Problem.Mentees.Count).Select(state.Assignment.TeamOf)];

    /// <summary>Puts every mentee back in the team of the snapshot: all who moved leave first, so every seat is free again.</summary>
    private void Restore(int[] snapshot)
    {
        var moved = Enumerable.Range(0, snapshot.Length).Where(m => state.Assignment.TeamOf(m) != snapshot[m]).ToArray();
        foreach (var m in moved)
        {
            state.Leave(m);
        }

        foreach (var m in moved)
        {
            if (snapshot[m] >= 0)
            {
                state.Join(m, snapshot[m]);
            }
        }
    }

    /// <summary>Under a hard minimum, whether both groups stay empty or at the minimum after the mentee moves.</summary>
    private bool SizesAllowMove(int from, int to) =>
        !hard || (state.Size(to) + 1 >= minimum && (from < 0 || state.Size(from) - 1 is 0 || state.Size(from) - 1 >= minimum));

    private bool TryImprove(int m)
    {
        var from = state.Assignment.TeamOf(m);
        var teams = state.Members.Length;
        foreach (var candidate in state.Candidates(m))
        {
            var to = candidate.Team;
            var tried = m * teams + to;
            if (to == from || state.Closed[to] || TriedSince(tried, from, to))
            {
                continue;
            }

            var changedFrom = from < 0 ? 0 : state.ChangedAt(from);
            var changedTo = state.ChangedAt(to);
            if (TryChanges(m, from, to))
            {
                return true;
            }

            // Every change tried was undone: the two teams are as they were.
            if (from >= 0)
            {
                state.Unchanged(from, changedFrom);
            }

            state.Unchanged(to, changedTo);
            TriedAt[tried] = state.Clock + 1;
            TriedFrom[tried] = from;
        }

        return false;
    }

    private int[] TriedAt => _triedAt ??= new int[state.Problem.Mentees.Count * state.Members.Length];

    private int[] TriedFrom => _triedFrom ??= new int[state.Problem.Mentees.Count * state.Members.Length];

    private bool TriedSince(int tried, int from, int to) =>
        TriedAt[tried] > state.ChangedAt(to) && TriedFrom[tried] == from && (from < 0 || TriedAt[tried] > state.ChangedAt(from));

    /// <summary>The move of the mentee to the team, or a swap or exchange with one of its members; true when one was kept.</summary>
    private bool TryChanges(int m, int from, int to)
    {
        if (state.HasRoom(to) && TryMove(m, from, to))
        {
            return true;
        }

        // An exchange that is undone puts the member back last, so walk a copy.
        _membersTried.Clear();
        _membersTried.AddRange(state.Members[to]);
        foreach (var k in _membersTried)
        {
            if (!state.Problem.IsFixed(k) && (from >= 0 ? TrySwap(m, k, from, to) : TryExchange(m, k, to)))
            {
                return true;
            }
        }

        return false;
    }

    private bool TryMove(int m, int from, int to)
    {
        if (!SizesAllowMove(from, to) || !state.CanJoin(m, to, keepMeeting: false) || (from >= 0 && !LeavingKeepsRequirements(from, m)))
        {
            return false;
        }

        var before = Value(from) + Value(to);
        if (!state.Join(m, to))
        {
            return false;
        }

        if (Gained(from, to, before))
        {
            return true;
        }

        if (from >= 0)
        {
            state.Join(m, from);
        }
        else
        {
            state.Leave(m);
        }

        return false;
    }

    private bool TrySwap(int m, int k, int a, int b)
    {
        if (!state.CanJoin(m, b, keepMeeting: false, replacing: k) || !state.CanJoin(k, a, keepMeeting: false, replacing: m))
        {
            return false;
        }

        var before = Value(a) + Value(b);
        if (!state.Swap(m, k))
        {
            return false;
        }

        if (Gained(a, b, before))
        {
            return true;
        }

        state.Swap(m, k);
        return false;
    }

    /// <summary>The left-out mentee <paramref name="u"/> takes the seat of member <paramref name="k"/>, who is then left out.</summary>
    private bool TryExchange(int u, int k, int team)
    {
        if (!state.CanJoin(u, team, keepMeeting: false, replacing: k))
        {
            return false;
        }

        var before = Value(team);
        state.Leave(k);
        if (!state.Join(u, team))
        {
            state.Join(k, team);
            return false;
        }

        if (Gained(team, -1, before))
        {
            return true;
        }

        state.Leave(u);
        state.Join(k, team);
        return false;
    }

    private bool LeavingKeepsRequirements(int team, int leaving) =>
        !state.Groups.HasRequirements || state.MeetsRequirements(team, joining: -1, leaving);

    /// <summary>Whether the two teams (-1: none) are better together now than <paramref name="before"/> the change.</summary>
    private bool Gained(int a, int b, FormationQuality before) => (Value(a) + Value(b) - before).CompareTo(default) > 0;

    private FormationQuality Value(int team)
    {
        if (team < 0)
        {
            return default;
        }

        if (_valueAt[team] != state.ChangedAt(team) + 1)
        {
            _values[team] = FormationQuality.OfTeam(state, team, minimum, cohesionWeight);
            _valueAt[team] = state.ChangedAt(team) + 1;
        }

        return _values[team];
    }
}
