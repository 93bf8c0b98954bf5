using System.Numerics;
using MentorGroups.Enrolments;
using MentorGroups.Groups;
using MentorGroups.Matching;
using MentorGroups.Participants;
using MentorGroups.Rules.Objectives;
using MentorGroups.Rules.Requirements;
using MentorGroups.Scheduling;

namespace MentorGroups.Engine;

/// <summary>
/// Scores whole groups of one problem on the request's group objectives and requirements. Each distinct
/// (time zone, availability) pattern is laid on the reference week once, as a mask of the meeting starts it allows,
/// so whether a group can meet is an AND over its members' masks: cheap enough for every move of a search and every
/// group of a large result.
/// </summary>
/// <remarks>
/// Part of the strategy SPI: get it from <see cref="MatchingProblem.Groups"/>. Mentees and teams are the problem's
/// indexes. Read-only after construction and safe to share between threads.
/// </remarks>
public sealed class GroupEvaluator
{
    private readonly MatchingProblem _problem;
    private readonly int _words;
    private readonly ulong[] _masks;
    private readonly int[] _menteePattern;
    private readonly int[][] _mentorPatterns;
    private readonly int[][] _startsOfPattern;
    private readonly int[][] _teamsAt;
    private readonly WeightedGroupObjective[] _objectives;
    private readonly WeightedGroupObjective[] _weighted;
    private readonly IGroupRequirement[] _requirements;
    private readonly int _teamsWithSeats;
    private readonly int _seats;

    internal GroupEvaluator(MatchingProblem problem)
    {
        _problem = problem;
        var request = problem.Request;
        var index = new MeetingStartIndex(request.MeetingSlots, problem.Mentees.Select(m => m.Participant).Concat(problem.Teams.SelectMany(t => t.Mentors.Select(m => m.Participant))));
        _words = index.Words;
        _masks = index.Masks;
        _menteePattern = problem.Mentees.Select(m => index.PatternOf(m.Participant)).ToArray();
        _mentorPatterns = problem.Teams.Select(t => t.Mentors.Select(m => index.PatternOf(m.Participant)).Where(p => p >= 0).ToArray()).ToArray();

        _startsOfPattern = new int[index.PatternCount][];
        for (var p = 0; p < index.PatternCount; p++)
        {
            _startsOfPattern[p] = SetBits(_masks.AsSpan(p * _words, _words));
        }

        _teamsAt = TeamsByStart(index.StartCount);
        _objectives = [.. request.GroupObjectives];
        _weighted = [.. _objectives.Where(o => o.Weight > 0)];
        _requirements = [.. request.GroupRequirements];
        _teamsWithSeats = problem.Teams.Count(t => t.Capacity > 0);
        _seats = problem.Teams.Sum(t => t.Capacity);
    }

    /// <summary>For each meeting start, the teams whose mentors (those who gave availability, at least one) can all attend.</summary>
    private int[][] TeamsByStart(int startCount)
    {
        var teamsAt = new List<int>[startCount];
        for (var t = 0; t < _mentorPatterns.Length; t++)
        {
            if (_mentorPatterns[t].Length == 0)
            {
                continue;
            }

            Span<ulong> common = new ulong[_words];
            common.Fill(ulong.MaxValue);
            foreach (var p in _mentorPatterns[t])
            {
                And(common, p);
            }

            foreach (var start in SetBits(common))
            {
                (teamsAt[start] ??= []).Add(t);
            }
        }

        return teamsAt.Select(l => l is null ? [] : l.ToArray()).ToArray();
    }

    /// <summary>Whether the request has any group requirement.</summary>
    public bool HasRequirements => _requirements.Length > 0;

    /// <summary>Whether any group objective has a weight.</summary>
    public bool HasWeightedObjectives => _weighted.Length > 0;

    /// <summary>The objectives, in request order.</summary>
    public IReadOnlyList<WeightedGroupObjective> Objectives => _objectives;

    /// <summary>The meeting starts a mentee can attend (empty without availability).</summary>
    public ReadOnlySpan<int> StartsOf(int mentee) => _menteePattern[mentee] >= 0 ? _startsOfPattern[_menteePattern[mentee]] : [];

    /// <summary>Number of 64-bit words in a start mask.</summary>
    public int Words => _words;

    /// <summary>The starts every member of the team (mentors and the given mentees, but <paramref name="except"/>) who gave
    /// availability can attend; all ones when nobody gave any.</summary>
    public void CommonStarts(int team, ReadOnlySpan<int> mentees, int except, Span<ulong> into)
    {
        into.Fill(ulong.MaxValue);
        foreach (var p in _mentorPatterns[team])
        {
            And(into, p);
        }

        foreach (var m in mentees)
        {
            if (m != except && _menteePattern[m] >= 0)
            {
                And(into, _menteePattern[m]);
            }
        }
    }

    /// <summary>Whether the mentee can attend one of the starts (false without availability).</summary>
    public bool CanAttendAny(int mentee, ReadOnlySpan<ulong> starts)
    {
        var p = _menteePattern[mentee];
        if (p < 0)
        {
            return false;
        }

        var mask = _masks.AsSpan(p * _words, _words);
        for (var w = 0; w < _words; w++)
        {
            if ((mask[w] & starts[w]) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The teams whose mentors (those who gave availability, at least one) can all attend a meeting at the start.</summary>
    public ReadOnlySpan<int> TeamsAt(int start) => _teamsAt[start];

    /// <summary>Average group size and load when <paramref name="placed"/> mentees are placed.</summary>
    public GroupTargets TargetsFor(int placed) => new(
        _teamsWithSeats == 0 ? 0 : (double)placed / _teamsWithSeats,
        _seats == 0 ? 0 : Math.Min(1, (double)placed / _seats));

    /// <summary>Builds the context of a team with the given mentees, filling <paramref name="buffer"/> with their enrolments.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="buffer"/> is <see langword="null"/>.</exception>
    public GroupContext Context(int team, ReadOnlySpan<int> mentees, GroupTargets targets, List<Enrolment> buffer)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        buffer.Clear();
        foreach (var m in mentees)
        {
            buffer.Add(_problem.Mentees[m]);
        }

        var t = _problem.Teams[team];
        return new GroupContext(_problem.Request.Programme, t.Mentors, buffer, t.Capacity, targets, Fit(team, mentees));
    }

    /// <summary>The weighted sum of the objectives with a weight above zero.</summary>
    public double Quality(in GroupContext group)
    {
        var total = 0.0;
        foreach (var o in _weighted)
        {
            total += o.Weight * Extensions.Score(o.Objective, group);
        }

        return total;
    }

    /// <summary>Each objective's score, in request order.</summary>
    public void Scores(in GroupContext group, Span<double> scores)
    {
        for (var i = 0; i < _objectives.Length; i++)
        {
            scores[i] = Extensions.Score(_objectives[i].Objective, group);
        }
    }

    /// <summary>Whether the group meets every requirement.</summary>
    public bool Allows(in GroupContext group)
    {
        foreach (var requirement in _requirements)
        {
            if (!Extensions.Allows(requirement, group))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Why the group breaks its first broken requirement ("name: reason"), or <see langword="null"/> when it meets them all.</summary>
    /// <param name="group">The group.</param>
    /// <returns>The requirement's name and explanation, or <see langword="null"/>.</returns>
    public string? ExplainBroken(in GroupContext group)
    {
        foreach (var requirement in _requirements)
        {
            if (!Extensions.Allows(requirement, group))
            {
                return $"{requirement.Name}: {Extensions.Explain(requirement, group)}";
            }
        }

        return null;
    }

    /// <summary>Whether the team's mentors and the given mentees can meet.</summary>
    public GroupMeetingFit Fit(int team, ReadOnlySpan<int> mentees)
    {
        var mentors = _mentorPatterns[team];
        var known = mentors.Length;
        foreach (var m in mentees)
        {
            known += _menteePattern[m] >= 0 ? 1 : 0;
        }

        if (known == 0)
        {
            return new GroupMeetingFit(0, 0, 0);
        }

        var common = CountCommon(mentors, mentees);
        return new GroupMeetingFit(known, common, common > 0 ? known : MostAttendees(mentors, mentees, known));
    }

    /// <summary>A result's report on one group.</summary>
    internal GroupInsight Insight(GroupId id, int team, int[] mentees, GroupTargets targets)
    {
        var context = Context(team, mentees, targets, new List<Enrolment>(mentees.Length));
        var scores = new GroupObjectiveScore[_objectives.Length];
        for (var i = 0; i < _objectives.Length; i++)
        {
            var o = _objectives[i];
            scores[i] = new GroupObjectiveScore(o.Objective.Name, o.Weight, Extensions.Score(o.Objective, context), Extensions.Explain(o.Objective, context));
        }

        var broken = _requirements.Where(r => !Extensions.Allows(r, context)).Select(r => $"{r.Name}: {Extensions.Explain(r, context)}").ToArray();
        var people = _problem.Teams[team].Mentors.Concat(context.Mentees).Select(e => e.Participant).ToArray();
        var finder = _problem.Request.MeetingSlots;
        return new GroupInsight(id, context.Meeting, scores, broken, () => finder.Find(people, TimeZoneInfo.Utc));
    }

    private int CountCommon(int[] mentors, ReadOnlySpan<int> mentees)
    {
        Span<ulong> common = _words <= 256 ? stackalloc ulong[_words] : new ulong[_words];
        common.Fill(ulong.MaxValue);
        foreach (var p in mentors)
        {
            And(common, p);
        }

        foreach (var m in mentees)
        {
            if (_menteePattern[m] >= 0)
            {
                And(common, _menteePattern[m]);
            }
        }

        var count = 0;
        foreach (var word in common)
        {
            count += BitOperations.PopCount(word);
        }

        return count;
    }

    /// <summary>
    /// The most members any one start lets attend. Counts are kept bit-sliced (plane p holds bit p of every start's
    /// count), so adding a member is a few word operations and the maximum is read plane by plane from the top.
    /// </summary>
    private int MostAttendees(int[] mentors, ReadOnlySpan<int> mentees, int known)
    {
        var planeCount = BitOperations.Log2((uint)known) + 1;
        var size = planeCount * _words;
        Span<ulong> planes = size <= 1024 ? stackalloc ulong[size] : new ulong[size];
        planes.Clear();
        foreach (var p in mentors)
        {
            Count(planes, p);
        }

        foreach (var m in mentees)
        {
            if (_menteePattern[m] >= 0)
            {
                Count(planes, _menteePattern[m]);
            }
        }

        Span<ulong> leaders = _words <= 256 ? stackalloc ulong[_words] : new ulong[_words];
        Span<ulong> narrowed = _words <= 256 ? stackalloc ulong[_words] : new ulong[_words];
        leaders.Fill(ulong.MaxValue);
        var most = 0;
        for (var plane = planeCount - 1; plane >= 0; plane--)
        {
            var any = 0UL;
            for (var w = 0; w < _words; w++)
            {
                narrowed[w] = leaders[w] & planes[(plane * _words) + w];
                any |= narrowed[w];
            }

            if (any != 0)
            {
                narrowed.CopyTo(leaders);
                most |= 1 << plane;
            }
        }

        return most;
    }

    private void Count(Span<ulong> planes, int pattern)
    {
        var mask = _masks.AsSpan(pattern * _words, _words);
        for (var w = 0; w < _words; w++)
        {
            var carry = mask[w];
            for (var plane = 0; carry != 0 && plane * _words < planes.Length; plane++)
            {
                ref var bits = ref planes[(plane * _words) + w];
                var next = bits & carry;
                bits ^= carry;
                carry = next;
            }
        }
    }

    private void And(Span<ulong> common, int pattern)
    {
        var mask = _masks.AsSpan(pattern * _words, _words);
        for (var i = 0; i < common.Length; i++)
        {
            common[i] &= mask[i];
        }
    }

    private static int[] SetBits(ReadOnlySpan<ulong> words)
    {
        var bits = new List<int>();
        for (var w = 0; w < words.Length; w++)
        {
            var word = words[w];
            while (word != 0)
            {
                bits.Add((w << 6) + BitOperations.TrailingZeroCount(word));
                word &= word - 1;
            }
        }

        return [.. bits];
    }

}
