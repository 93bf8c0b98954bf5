using System.Runtime.CompilerServices;
using MentorGroups.Rules.Constraints;

namespace MentorGroups.Engine.Candidates;

/// <content>
/// The class path: when every hard constraint is keyed (<see cref="IKeyedConstraint"/>), the mentees are scanned class
/// by class (<see cref="MenteeClasses"/>). A class's filter, keyed scores and team bounds are worked out once; per
/// mentee, only the mentors it shares a tag with and the few mentors kept from it alone are looked at. The open teams
/// sit in bins of their class bound, so the best ones are read from the top bins down and the rest are never visited.
/// </content>
internal sealed partial class CandidateIndex
{
    /// <summary>The classes, or <see langword="null"/> when a constraint is not keyed (each mentee is then filtered on its own).</summary>
    public MenteeClasses? Classes { get; }

    /// <summary>
    /// <see cref="CandidateScanner.ScanBest"/> for a mentee of a class: the same candidates and counts, from the
    /// class's shared parts and the mentee's own tags and exclusions.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Candidate[] BestInClass(int mentee, CandidateScanner.Row row, int limit, int[] compatibleMentees, out int allowedOpen, out int compatibleTeams, out int compatibleSeats)
    {
        var s = ScratchOf(row);
        var v = s.View!;
        var c = Classes!.ClassOf[mentee];
        if (v.Class != c)
        {
            Flush(v, compatibleMentees);
            Load(c, v);
        }

        v.Pending++;
        var (excluded, touchedMark) = s.NextTeamMarks();
        var hist = s.Histogram;
        v.Histogram.CopyTo(hist, 0);
        var (excludedTeams, excludedSeats, excludedOpen) = Exclude(mentee, v, s, excluded, compatibleMentees);
        allowedOpen = v.OpenCount - excludedOpen;
        compatibleTeams = v.CompatibleCount - excludedTeams;
        compatibleSeats = v.CompatibleSeats - excludedSeats;
        if (allowedOpen <= limit)
        {
            return ScoreAllOpen(mentee, v, s, excluded, row, limit);
        }

        var touched = TouchTeams(mentee, v, s, excluded, touchedMark, hist);
        var cut = Bins - 1;
        for (var held = hist[cut]; held < limit; held += hist[cut])
        {
            cut--;
        }

        var first = TeamsFromBin(v, s, cut, touched, excluded, touchedMark);

        // The tie-break wants the teams in ascending order.
        var scored = s.Scored.AsSpan(0, first);
        scored.Sort();
        _scanner.ScoreSubset(mentee, scored, row);
        var best = CandidateSelection.Best(row.Values, scored, limit, out _);
        var more = TeamsBelowBin(v, s, cut, LowestScoreReaching(best[^1].Value), touched, excluded, touchedMark);
        Interlocked.Add(ref _scoredPairs, first + more);
        Interlocked.Increment(ref _indexedMentees);
        return MergeReaching(mentee, best, more, s, row, limit);
    }

    /// <summary>Few open teams are left: all of them are scored.</summary>
    private Candidate[] ScoreAllOpen(int mentee, ClassView v, Scratch s, int excluded, CandidateScanner.Row row, int limit)
    {
        var n = 0;
        foreach (var t in v.OpenTeams.AsSpan(0, v.OpenCount))
        {
            if (s.TeamMark[t] != excluded)
            {
                s.Scored[n++] = t;
            }
        }

        return ScoreAll(mentee, s.Scored.AsSpan(0, n), limit, row);
    }

    /// <summary>Puts the allowed open teams whose bound is in bin <paramref name="cut"/> or above in <see cref="Scratch.Scored"/>; returns how many.</summary>
    private static int TeamsFromBin(ClassView v, Scratch s, int cut, int touched, int excluded, int touchedMark)
    {
        var first = 0;
        for (var i = 0; i < touched; i++)
        {
            if (s.Bin[i] >= cut)
            {
                s.Scored[first++] = s.TouchedTeams[i];
            }
        }

        foreach (var t in v.BinTeams.AsSpan(v.BinStart[cut], v.BinStart[Bins] - v.BinStart[cut]))
        {
            if (s.TeamMark[t] != excluded && s.TeamMark[t] != touchedMark)
            {
                s.Scored[first++] = t;
            }
        }

        return first;
    }

    /// <summary>
    /// Puts the allowed open teams below bin <paramref name="cut"/> whose bound still reaches <paramref name="bar"/>
    /// in <see cref="Scratch.More"/>; returns how many.
    /// </summary>
    private static int TeamsBelowBin(ClassView v, Scratch s, int cut, double bar, int touched, int excluded, int touchedMark)
    {
        var more = 0;
        for (var i = 0; i < touched; i++)
        {
            if (s.Bin[i] < cut && s.Bound[i] >= bar)
            {
                s.More[more++] = s.TouchedTeams[i];
            }
        }

        var low = Math.Clamp((int)(bar * (Bins - 1)), 0, Bins - 1);
        if (low < cut)
        {
            foreach (var t in v.BinTeams.AsSpan(v.BinStart[low], v.BinStart[cut] - v.BinStart[low]))
            {
                if (v.TeamBound[t] >= bar && s.TeamMark[t] != excluded && s.TeamMark[t] != touchedMark)
                {
                    s.More[more++] = t;
                }
            }
        }

        return more;
    }

    /// <summary>Adds the mentees of the row's class scanned so far to the compatibility counts of its teams.</summary>
    public void Flush(CandidateScanner.Row row, int[] compatibleMentees)
    {
        if (_scratch.TryGetValue(row, out var s) && s.View is { } view)
        {
            Flush(view, compatibleMentees);
        }
    }

    private static void Flush(ClassView view, int[] compatibleMentees)
    {
        if (view.Pending == 0)
        {
            return;
        }

        foreach (var t in view.CompatibleTeams.AsSpan(0, view.CompatibleCount))
        {
            compatibleMentees[t] += view.Pending;
        }

        view.Pending = 0;
    }

    /// <summary>Works out what the mentees of class <paramref name="c"/> share, from its first mentee.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Load(int c, ClassView v)
    {
        var representative = Classes!.Representative[c];
        var allowed = v.Allowed.AsSpan();
        allowed.Fill(true);
        foreach (var constraint in _keyedConstraints)
        {
            constraint.FilterKey(representative, allowed);
        }

        var total = v.MentorBase.AsSpan();
        total.Clear();
        foreach (var term in _terms)
        {
            if (term.Keyed is { } keyed)
            {
                AddRow(total, keyed.RowOf(representative), term.Weight);
            }
            else if (term.Tag >= 0)
            {
                // A mentee with tags scores 0 with every tagged mentor it shares none with, and the neutral 0.5 with
                // untagged ones; what it shares is added per mentee. A mentee without tags scores 0.5 with everyone.
                var tags = _tags[term.Tag];
                if (tags.MenteeTagCount(representative) == 0)
                {
                    AddConstant(total, term.Weight * 0.5);
                }
                else
                {
                    foreach (var m in tags.UntaggedMentors)
                    {
                        total[m] += term.Weight * 0.5;
                    }
                }
            }
        }

        var hist = v.Histogram;
        Array.Clear(hist);
        int compatible = 0, seats = 0, open = 0;
        foreach (var t in _layout.ScanTeams)
        {
            var lead = _lead[t];
            var co = _co[t];
            v.TeamBin[t] = -1;
            v.Compatible[t] = lead < 0 || (allowed[lead] && (co < 0 || allowed[co]));
            if (!v.Compatible[t])
            {
                continue;
            }

            v.CompatibleTeams[compatible++] = t;
            seats += _layout.Capacity[t];
            if (!_layout.Open[t])
            {
                continue;
            }

            v.OpenTeams[open++] = t;
            var bound = Bound(t, v.MentorBase, null, null, 0);
            v.TeamBound[t] = bound;
            var bin = BinOf(bound);
            v.TeamBin[t] = bin;
            hist[bin]++;
        }

        v.CompatibleCount = compatible;
        v.CompatibleSeats = seats;
        v.OpenCount = open;
        FillBins(v);
        v.Class = c;
        v.Pending = 0;
    }

    /// <summary>Lays the open teams out bin by bin, from the histogram of their bins.</summary>
    private static void FillBins(ClassView v)
    {
        var hist = v.Histogram;
        var start = v.BinStart;
        start[0] = 0;
        for (var b = 0; b < Bins; b++)
        {
            start[b + 1] = start[b] + hist[b];
        }

        // Filled in ascending team order, so each bin lists its teams ascending.
        var fill = v.BinFill;
        start.AsSpan(0, Bins).CopyTo(fill);
        foreach (var t in v.OpenTeams.AsSpan(0, v.OpenCount))
        {
            v.BinTeams[fill[v.TeamBin[t]]++] = t;
        }
    }

    /// <summary>
    /// Marks the compatible teams of the mentors kept from this mentee alone, takes them off the counts and the
    /// histogram, and returns how many teams, seats and open teams that removed.
    /// </summary>
    private (int Teams, int Seats, int Open) Exclude(int mentee, ClassView v, Scratch s, int mark, int[] compatibleMentees)
    {
        int teams = 0, seats = 0, open = 0;
        foreach (var constraint in _keyedConstraints)
        {
            foreach (var m in constraint.Excluded(mentee))
            {
                foreach (var t in _mentorTeams.AsSpan(_mentorTeamStart[m], _mentorTeamStart[m + 1] - _mentorTeamStart[m]))
                {
                    if (!v.Compatible[t] || s.TeamMark[t] == mark)
                    {
                        continue;
                    }

                    s.TeamMark[t] = mark;
                    teams++;
                    seats += _layout.Capacity[t];
                    compatibleMentees[t]--;
                    if (v.TeamBin[t] >= 0)
                    {
                        open++;
                        s.Histogram[v.TeamBin[t]]--;
                    }
                }
            }
        }

        return (teams, seats, open);
    }

    /// <summary>
    /// Adds the mentee's own tag scores to the mentors it shares a tag with, and rebounds their compatible open teams
    /// (moving them in the histogram): their teams, bounds and bins go to <see cref="Scratch.TouchedTeams"/>,
    /// <see cref="Scratch.Bound"/> and <see cref="Scratch.Bin"/>. Returns how many.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int TouchTeams(int mentee, ClassView v, Scratch s, int excluded, int touchedMark, int[] hist)
    {
        var deltaMark = s.NextDeltaMark();
        var mentors = 0;
        foreach (var term in _terms)
        {
            if (term.Tag < 0 || _tags[term.Tag].MenteeTagCount(mentee) == 0)
            {
                continue;
            }

            var tags = _tags[term.Tag];
            var mark = s.NextMark();
            var n = tags.Count(mentee, s.Stamp, s.Shared, mark, s.Touched);
            foreach (var m in s.Touched.AsSpan(0, n))
            {
                var add = term.Weight * tags.Score(mentee, m, s.Stamp, s.Shared, mark);
                if (s.DeltaStamp[m] != deltaMark)
                {
                    s.DeltaStamp[m] = deltaMark;
                    s.Delta[m] = add;
                    s.DeltaMentors[mentors++] = m;
                }
                else
                {
                    s.Delta[m] += add;
                }
            }
        }

        var touched = 0;
        foreach (var m in s.DeltaMentors.AsSpan(0, mentors))
        {
            foreach (var t in _mentorTeams.AsSpan(_mentorTeamStart[m], _mentorTeamStart[m + 1] - _mentorTeamStart[m]))
            {
                var classBin = v.TeamBin[t];
                if (classBin < 0 || s.TeamMark[t] == excluded || s.TeamMark[t] == touchedMark)
                {
                    continue;
                }

                s.TeamMark[t] = touchedMark;
                var bound = Bound(t, v.MentorBase, s.Delta, s.DeltaStamp, deltaMark);
                var bin = BinOf(bound);
                hist[classBin]--;
                hist[bin]++;
                s.TouchedTeams[touched] = t;
                s.Bound[touched] = bound;
                s.Bin[touched] = bin;
                touched++;
            }
        }

        return touched;
    }

    /// <summary>A team's bound from its mentors' sums, plus their deltas where stamped with <paramref name="deltaMark"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double Bound(int team, double[] mentorBase, double[]? delta, int[]? deltaStamp, int deltaMark)
    {
        var lead = _lead[team];
        if (lead < 0)
        {
            return MatchingProblem.PeerGroupScore;
        }

        var scale = 1 / _weightSum;
        var a = mentorBase[lead] + _unboundedWeight;
        if (delta is not null && deltaStamp![lead] == deltaMark)
        {
            a += delta[lead];
        }

        var co = _co[team];
        if (co < 0)
        {
            return a * scale;
        }

        var b = mentorBase[co] + _unboundedWeight;
        if (delta is not null && deltaStamp![co] == deltaMark)
        {
            b += delta[co];
        }

        return ((a * scale) + (b * scale)) / 2;
    }

    private static int BinOf(double bound) => Math.Clamp((int)(bound * (Bins - 1)), 0, Bins - 1);
}
