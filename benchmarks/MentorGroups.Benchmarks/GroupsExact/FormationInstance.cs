using MentorGroups.Engine;
using MentorGroups.Enrolments;
using MentorGroups.Groups;
using MentorGroups.Matching;
using MentorGroups.Participants;
using MentorGroups.Rules.Objectives;

namespace MentorGroups.Benchmarks.GroupsExact;

/// <summary>A team the formation could open: one lead mentor, or a lead with a second mentor, and its seats.</summary>
internal sealed record CandidateTeam(int Index, int[] Mentors, int Seats);

/// <summary>
/// Everything the group-formation objective needs about one request, read once from the library: per mentor and mentee
/// the pair scores, the hard rules between every two people, the meeting starts of the reference week, the learning
/// goals; and every team the size policy and the hard rules allow (each lead alone, each allowed pair of mentors).
/// Both the exact model and the scoring of the strategy's result read this, so they judge the same thing.
/// </summary>
internal sealed class FormationInstance
{
    private readonly double[,] _score;

    public FormationInstance(MatchingRequest request)
    {
        Request = request;
        Policy = request.Policy;
        Minimum = Math.Max(1, Policy.MinMentees.Value);
        HardMinimum = Policy.MinMentees.IsHard && Minimum > 1;
        CohesionWeight = request.GroupObjectives.Where(o => o.Objective is GoalCohesionObjective).Sum(o => o.Weight);

        // Every mentor alone: the compiled problem then gives each mentor's own score and rules with every mentee.
        var plan = new TeamPlan(request.Mentors.Select(m => (IReadOnlyList<ParticipantId>)[m.Id]));
        Problem = MatchingProblem.Compile(request.WithMaxCandidatesPerMentee(int.MaxValue), plan, progress: null);
        if (Problem.Teams.Count != request.Mentors.Count || Problem.Teams.Any(t => t.Mentors.Count != 1))
        {
            throw new InvalidOperationException("The exact reference covers first matchings only: no running groups, pins or withdrawals.");
        }

        Mentors = [.. Problem.Teams.Select(t => t.Mentors[0])];
        Mentees = Problem.Mentees;
        var n = Mentees.Count;
        _score = new double[n, Mentors.Length];
        MayJoin = new bool[n, Mentors.Length];
        for (var m = 0; m < n; m++)
        {
            for (var j = 0; j < Mentors.Length; j++)
            {
                _score[m, j] = Problem.Score(m, j);
                MayJoin[m, j] = Problem.IsAllowed(m, j);
            }
        }

        Together = new bool[n, n];
        for (var m = 0; m < n; m++)
        {
            for (var k = 0; k < n; k++)
            {
                Together[m, k] = m == k || Problem.AllowsTogether(m, k);
            }
        }

        var groups = Problem.Groups;
        Words = groups.Words;
        MenteeStarts = new ulong[n][];
        for (var m = 0; m < n; m++)
        {
            var starts = groups.StartsOf(m);
            if (!starts.IsEmpty)
            {
                MenteeStarts[m] = Mask(starts);
            }
        }

        MentorStarts = new ulong[Mentors.Length][];
        for (var j = 0; j < Mentors.Length; j++)
        {
            var common = new ulong[Words];
            groups.CommonStarts(j, [], -1, common); // All ones when the mentor gave no availability: it blocks nothing.
            MentorStarts[j] = common;
        }

        Teams = [.. EnumerateTeams()];
    }

    public MatchingRequest Request { get; }

    public MatchingProblem Problem { get; }

    public Policies.GroupSizePolicy Policy { get; }

    /// <summary>The policy's minimum of mentees per group (recommended or hard).</summary>
    public int Minimum { get; }

    public bool HardMinimum { get; }

    /// <summary>The weight of the goal-cohesion objective: how much the goal overlap counts next to the pair score.</summary>
    public double CohesionWeight { get; }

    public Enrolment[] Mentors { get; }

    public IReadOnlyList<Enrolment> Mentees { get; }

    /// <summary>Whether the hard constraints allow the mentee with the mentor.</summary>
    public bool[,] MayJoin { get; }

    /// <summary>Whether the hard constraints allow the two mentees in one group.</summary>
    public bool[,] Together { get; }

    public int Words { get; }

    /// <summary>The meeting starts each mentee can attend; null without availability (missing data blocks nothing).</summary>
    public ulong[]?[] MenteeStarts { get; }

    /// <summary>The meeting starts each mentor can attend; all ones without availability.</summary>
    public ulong[][] MentorStarts { get; }

    public CandidateTeam[] Teams { get; }

    /// <summary>Whether every mentor of the team may have the mentee.</summary>
    public bool Allowed(int mentee, CandidateTeam team) => team.Mentors.All(j => MayJoin[mentee, j]);

    /// <summary>The engine's pair value of the mentee in the team: 1 + the mean score over its mentors in millionths.</summary>
    public long PairValue(int mentee, CandidateTeam team)
    {
        var score = team.Mentors.Average(j => _score[mentee, j]);
        return 1 + (long)Math.Round(Math.Clamp(score, 0, 1) * MatchingProblem.ScoreResolution, MidpointRounding.AwayFromZero);
    }

    /// <summary>The Jaccard overlap of two mentees' learning goals (0 when either has none).</summary>
    public double GoalOverlap(int first, int second)
    {
        var a = Mentees[first].Goals;
        var b = Mentees[second].Goals;
        if (a.IsEmpty || b.IsEmpty)
        {
            return 0;
        }

        var shared = a.CountShared(b);
        return (double)shared / (a.Count + b.Count - shared);
    }

    /// <summary>The starts the team's mentors can all attend.</summary>
    public ulong[] MentorCommon(CandidateTeam team)
    {
        var common = new ulong[Words];
        Array.Fill(common, ulong.MaxValue);
        foreach (var j in team.Mentors)
        {
            for (var w = 0; w < Words; w++)
            {
                common[w] &= MentorStarts[j][w];
            }
        }

        return common;
    }

    /// <summary>The team index of a set of mentors (lead first or not), or -1 when it is not a team the policy allows.</summary>
    public int TeamOf(IEnumerable<int> mentors)
    {
        var set = mentors.Order().ToArray();
        return Array.FindIndex(Teams, t => t.Mentors.Order().SequenceEqual(set));
    }

    /// <summary>The groups of a result as (team, mentee indexes); mentors by index into <see cref="Mentors"/>.</summary>
    public List<(int Team, int[] Mentees)> GroupsOf(MatchingResult result)
    {
        var mentorIndex = Mentors.Select((m, i) => (m.Id, i)).ToDictionary(p => p.Id, p => p.i);
        var groups = new List<(int, int[])>();
        foreach (MentoringGroup group in result.Groups)
        {
            var team = TeamOf(group.Mentors.Select(id => mentorIndex[id]));
            if (team < 0)
            {
                throw new InvalidOperationException($"Group {group.Id} has a team of mentors the exact reference does not allow.");
            }

            groups.Add((team, [.. group.Mentees.Select(Problem.IndexOfMentee)]));
        }

        return groups;
    }

    private ulong[] Mask(ReadOnlySpan<int> starts)
    {
        var mask = new ulong[Words];
        foreach (var s in starts)
        {
            mask[s >> 6] |= 1UL << (s & 63);
        }

        return mask;
    }

    /// <summary>
    /// Each lead mentor alone, and each two mentors who may share a group when the policy allows two: a lead with another
    /// lead or a co-mentor (a co-mentor never leads alone or with another co-mentor, as in the library's team building).
    /// Teams without seats are left out: they can hold nobody.
    /// </summary>
    private IEnumerable<CandidateTeam> EnumerateTeams()
    {
        var index = 0;
        var maxMentors = Policy.MaxMentors.Value;
        for (var a = 0; a < Mentors.Length; a++)
        {
            if (Mentors[a].Role == ProgrammeRole.Mentor && Seats([a]) > 0)
            {
                yield return new CandidateTeam(index++, [a], Seats([a]));
            }
        }

        if (maxMentors < 2)
        {
            yield break;
        }

        for (var a = 0; a < Mentors.Length; a++)
        {
            for (var b = a + 1; b < Mentors.Length; b++)
            {
                var leads = (Mentors[a].Role == ProgrammeRole.Mentor ? 1 : 0) + (Mentors[b].Role == ProgrammeRole.Mentor ? 1 : 0);
                if (leads == 0 || Seats([a, b]) == 0 || !PairRules.AllowedTogether(Request, Mentors[a], Mentors[b]))
                {
                    continue;
                }

                yield return new CandidateTeam(index++, [a, b], Seats([a, b]));
            }
        }
    }

    private int Seats(int[] mentors) =>
        (int)Math.Max(0, Math.Min(mentors.Sum(j => (long)Mentors[j].Capacity), Policy.MenteeCapFor(mentors.Length)));
}
