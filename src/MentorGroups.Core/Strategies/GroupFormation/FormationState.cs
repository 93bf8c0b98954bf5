using System.Runtime.InteropServices;
using MentorGroups.Enrolments;
using MentorGroups.Engine;

namespace MentorGroups.Strategies.GroupFormation;

/// <summary>
/// The groups being formed: each team's members, the meeting starts all of them can attend, and which teams are closed
/// (not formed). Every change goes through <see cref="Assignment"/>, so capacity, mentor–mentee constraints and fixed
/// placements hold by construction; this type adds the rules between mentees, the common meeting time and the group
/// requirements.
/// </summary>
internal sealed class FormationState
{
    private readonly ulong[] _common;
    private readonly ulong[] _scratch;
    private readonly int[][] _candidateTeams;
    private readonly int[][] _candidateValues;
    private readonly Candidate[][] _byValue;
    private readonly List<Enrolment> _buffer = [];
    private readonly int[] _changedAt;

    public FormationState(MatchingProblem problem)
    {
        Problem = problem;
        Assignment = problem.CreateAssignment();
        Groups = problem.Groups;
        Words = Groups.Words;
        var teams = problem.Teams.Count;
        Members = new List<int>[teams];
        Closed = new bool[teams];
        _changedAt = new int[teams];
        _common = new ulong[teams * Words];
        _scratch = new ulong[Words];
        for (var t = 0; t < teams; t++)
        {
            Members[t] = [];
            Closed[t] = problem.Teams[t].IsLocked || problem.Teams[t].Capacity == 0;
        }

        for (var m = 0; m < problem.Mentees.Count; m++)
        {
            if (Assignment.TeamOf(m) >= 0)
            {
                Members[Assignment.TeamOf(m)].Add(m);
            }
        }

        for (var t = 0; t < teams; t++)
        {
            Recompute(t);
        }

        _candidateTeams = new int[problem.Mentees.Count][];
        _candidateValues = new int[problem.Mentees.Count][];
        _byValue = new Candidate[problem.Mentees.Count][];
        var byTeam = new List<int>[teams];
        for (var t = 0; t < teams; t++)
        {
            byTeam[t] = [];
        }

        for (var m = 0; m < problem.Mentees.Count; m++)
        {
            _byValue[m] = problem.Candidates(m).ToArray();
            var candidates = problem.Candidates(m).ToArray();
            Array.Sort(candidates, static (a, b) => a.Team.CompareTo(b.Team));
            _candidateTeams[m] = [.. candidates.Select(c => c.Team)];
            _candidateValues[m] = [.. candidates.Select(c => c.Value)];
            foreach (var c in candidates)
            {
                byTeam[c.Team].Add(m);
            }
        }

        _applicants = byTeam;
    }

    public MatchingProblem Problem { get; }

    public Assignment Assignment { get; }

    public GroupEvaluator Groups { get; }

    public int Words { get; }

    /// <summary>The mentees in each team, fixed ones included.</summary>
    public List<int>[] Members { get; }

    /// <summary>Teams that take nobody new: locked, without seats, or not formed.</summary>
    public bool[] Closed { get; }

    private readonly List<int>[] _applicants;

    /// <summary>The free mentees whose candidate lists hold the team.</summary>
    public IReadOnlyList<int> Applicants(int team) => _applicants[team];

    /// <summary>The teams a mentee may join, best value first (the compiled candidates and any added since).</summary>
    public ReadOnlySpan<Candidate> Candidates(int mentee) => _byValue[mentee];

    /// <summary>
    /// Adds an allowed team to a mentee's candidates. Compiled lists may be bounded; a team with seats nobody's list
    /// holds would otherwise stay empty although mentees who may join it are unplaced.
    /// </summary>
    public void AddCandidate(int mentee, int team)
    {
        if (ValueOf(mentee, team) >= 0)
        {
            return;
        }

        var value = Problem.PairValue(mentee, team);
        var list = new List<Candidate>(_byValue[mentee]) { new(team, value) };
        list.Sort(static (a, b) => a.Value != b.Value ? b.Value.CompareTo(a.Value) : a.Team.CompareTo(b.Team));
        _byValue[mentee] = [.. list];
        var at = ~Array.BinarySearch(_candidateTeams[mentee], team);
        _candidateTeams[mentee] = [.. _candidateTeams[mentee][..at], team, .. _candidateTeams[mentee][at..]];
        _candidateValues[mentee] = [.. _candidateValues[mentee][..at], value, .. _candidateValues[mentee][at..]];
        _applicants[team].Add(mentee);
        Touch(team);
    }

    public int Size(int team) => Members[team].Count;

    /// <summary>A count of member changes that only goes up; <see cref="ChangedAt"/> reads it.</summary>
    public int Clock { get; private set; }

    /// <summary>
    /// The <see cref="Clock"/> of the team's last change of members or candidates (0: none yet). A search that tried a
    /// change between two teams and kept nothing need not try it again until one of them changes.
    /// </summary>
    public int ChangedAt(int team) => _changedAt[team];

    /// <summary>After a change was tried and undone, gives the team back the <see cref="ChangedAt"/> it had before.</summary>
    public void Unchanged(int team, int changedAt) => _changedAt[team] = changedAt;

    private void Touch(int team) => _changedAt[team] = ++Clock;

    /// <summary>Whether the mentee is in no team and free to be placed (not pinned, not in a running group).</summary>
    public bool IsLeftOut(int mentee) => Assignment.TeamOf(mentee) < 0 && !Problem.IsFixed(mentee);

    public bool HasRoom(int team) => !Closed[team] && Assignment.FreeSeats(team) > 0;

    /// <summary>The pair value of a mentee in a team from their candidate list, or -1 when the team is not a candidate.</summary>
    public int ValueOf(int mentee, int team)
    {
        var i = Array.BinarySearch(_candidateTeams[mentee], team);
        return i >= 0 ? _candidateValues[mentee][i] : -1;
    }

    /// <summary>The value of the mentee's current placement (0 when unplaced or not a candidate, e.g. fixed).</summary>
    public int CurrentValue(int mentee)
    {
        var team = Assignment.TeamOf(mentee);
        return team < 0 ? 0 : Math.Max(0, ValueOf(mentee, team));
    }

    /// <summary>
    /// The mean overlap (Jaccard) of the mentee's learning goals with those of the team's other mentees who have goals
    /// (but <paramref name="without"/>), in pair-value units times the cohesion weight; 0 without goals or weight.
    /// </summary>
    public int Cohesion(int mentee, int team, int without, double weight)
    {
        var goals = Problem.Mentees[mentee].Goals;
        if (weight <= 0 || goals.IsEmpty)
        {
            return 0;
        }

        var total = 0.0;
        var count = 0;
        foreach (var k in Members[team])
        {
            var other = Problem.Mentees[k].Goals;
            if (k == without || k == mentee || other.IsEmpty)
            {
                continue;
            }

            var shared = goals.CountShared(other);
            total += (double)shared / (goals.Count + other.Count - shared);
            count++;
        }

        return count == 0 ? 0 : (int)(weight * MatchingProblem.ScoreResolution * total / count);
    }

    public ReadOnlySpan<ulong> Common(int team) => _common.AsSpan(team * Words, Words);

    /// <summary>Whether the members who gave availability can all meet at one time (true when none gave any).</summary>
    public bool CanMeet(int team)
    {
        foreach (var word in Common(team))
        {
            if (word != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the mentee can attend one of the starts (true without availability: missing data does not block).</summary>
    public bool Attends(int mentee, ReadOnlySpan<ulong> starts) => Groups.StartsOf(mentee).IsEmpty || Groups.CanAttendAny(mentee, starts);

    /// <summary>Whether the mentee would keep the team able to meet: true when it can meet now and the mentee attends one of its times.</summary>
    public bool KeepsMeeting(int mentee, int team, int replacing = -1)
    {
        if (replacing < 0)
        {
            return Attends(mentee, Common(team));
        }

        Groups.CommonStarts(team, CollectionsMarshal.AsSpan(Members[team]), replacing, _scratch);
        return Attends(mentee, _scratch);
    }

    /// <summary>
    /// Whether the mentee may join the team, taking the place of <paramref name="replacing"/> if given: open, with a seat
    /// (unless replacing), allowed with every member, meeting the group requirements, and, when
    /// <paramref name="keepMeeting"/>, not costing a group that can meet its common time.
    /// </summary>
    public bool CanJoin(int mentee, int team, bool keepMeeting, int replacing = -1)
    {
        if (Closed[team] || (replacing < 0 && Assignment.FreeSeats(team) <= 0) || ValueOf(mentee, team) < 0)
        {
            return false;
        }

        foreach (var k in Members[team])
        {
            if (k != replacing && k != mentee && !Problem.AllowsTogether(mentee, k))
            {
                return false;
            }
        }

        if (keepMeeting && CanMeetWithout(team, replacing) && !KeepsMeeting(mentee, team, replacing))
        {
            return false;
        }

        return !Groups.HasRequirements || MeetsRequirements(team, mentee, replacing);
    }

    private bool CanMeetWithout(int team, int replacing)
    {
        if (replacing < 0)
        {
            return CanMeet(team);
        }

        Groups.CommonStarts(team, CollectionsMarshal.AsSpan(Members[team]), replacing, _scratch);
        foreach (var word in _scratch)
        {
            if (word != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the team, with the mentee in (and <paramref name="leaving"/> out), meets every group requirement.</summary>
    public bool MeetsRequirements(int team, int joining, int leaving)
    {
        var members = new List<int>(Members[team].Count + 1);
        foreach (var k in Members[team])
        {
            if (k != leaving && k != joining)
            {
                members.Add(k);
            }
        }

        if (joining >= 0)
        {
            members.Add(joining);
        }

        var span = CollectionsMarshal.AsSpan(members);
        var targets = Groups.TargetsFor(Problem.Mentees.Count);
        return Groups.Allows(Groups.Context(team, span, targets, _buffer));
    }

    /// <summary>Places (or moves) a mentee; false and nothing changed when the assignment refuses.</summary>
    public bool Join(int mentee, int team)
    {
        var from = Assignment.TeamOf(mentee);
        if (from == team || !Assignment.TryAssign(mentee, team))
        {
            return from == team;
        }

        if (from >= 0)
        {
            Members[from].Remove(mentee);
            Recompute(from);
            Touch(from);
        }

        Members[team].Add(mentee);
        Touch(team);
        if (!Groups.StartsOf(mentee).IsEmpty)
        {
            Groups.CommonStarts(team, CollectionsMarshal.AsSpan(Members[team]), -1, _common.AsSpan(team * Words, Words));
        }

        return true;
    }

    /// <summary>Takes a mentee out of their team.</summary>
    public void Leave(int mentee)
    {
        var from = Assignment.TeamOf(mentee);
        if (from >= 0 && Assignment.Unassign(mentee))
        {
            Members[from].Remove(mentee);
            Recompute(from);
            Touch(from);
        }
    }

    /// <summary>Swaps two mentees of different teams; false and nothing changed when the assignment refuses.</summary>
    public bool Swap(int first, int second)
    {
        var a = Assignment.TeamOf(first);
        var b = Assignment.TeamOf(second);
        if (!Assignment.TrySwap(first, second))
        {
            return false;
        }

        // Each takes the other's place, so a swap undone leaves both member lists as they were.
        Members[a][Members[a].IndexOf(first)] = second;
        Members[b][Members[b].IndexOf(second)] = first;
        Recompute(a);
        Recompute(b);
        Touch(a);
        Touch(b);
        return true;
    }

    public void Recompute(int team) =>
        Groups.CommonStarts(team, CollectionsMarshal.AsSpan(Members[team]), -1, _common.AsSpan(team * Words, Words));
}
