using MentorGroups.Enrolments;
using MentorGroups.Groups;
using MentorGroups.Participants;
using MentorGroups.Policies;
using MentorGroups.Programmes;

namespace MentorGroups.Engine;

/// <content>Candidate lists: every free mentee scanned against the open teams once, in parallel, and the counts the diagnosis of unmatched mentees needs.</content>
public sealed partial class MatchingProblem
{
    /// <summary>How many open teams the mentee may join (its candidate list may hold fewer).</summary>
    internal int AllowedOpenTeamCount(int mentee) => _allowedOpen[mentee];


    /// <summary>
    /// How many unlocked teams (full or not) every hard constraint allows the mentee with, and their capacity in all;
    /// <see langword="false"/> for fixed mentees, which are not scanned.
    /// </summary>
    internal bool TryGetCompatibility(int mentee, out int teams, out int seats)
    {
        teams = _compatibleTeams[mentee];
        seats = _compatibleSeats[mentee];
        return teams >= 0;
    }

    /// <summary>How many mentees every hard constraint allows with an unlocked team.</summary>
    internal int CompatibleMenteeCount(int team)
    {
        var count = _compatibleMentees[team];
        for (var m = 0; m < _mentees.Length; m++)
        {
            // Fixed mentees are not scanned; there are few of them, so they are asked pair by pair.
            if (_compatibleTeams[m] < 0 && IsAllowed(m, team))
            {
                count++;
            }
        }

        return count;
    }

    private int[] _allowedOpen = [];
    private int[] _compatibleTeams = [];
    private int[] _compatibleSeats = [];
    private int[] _compatibleMentees = [];

    private void ComputeCandidates(CompilationReporter reporter, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var scanTeams = _teams.Where(t => !t.IsLocked).Select(t => t.Index).ToArray();
        _openTeams = [.. scanTeams.Where(t => _teams[t].Capacity - _fixedLoad[t] > 0)];
        Scanner = new CandidateScanner(Request, _scorer, _teams, scanTeams, _openTeams, cancellationToken);
        var free = Enumerable.Range(0, _mentees.Length).Count(m => !IsFixed(m));
        CandidateLimit = Request.MaxCandidatesPerMentee
            ?? ((long)free * _openTeams.Length <= FullCandidateListPairLimit ? int.MaxValue : AutomaticCandidateLimit(_openTeams.Length));

        _allowedOpen = new int[_mentees.Length];
        _compatibleTeams = new int[_mentees.Length];
        _compatibleSeats = new int[_mentees.Length];
        _compatibleMentees = new int[_teams.Length];
        Array.Fill(_compatibleTeams, -1);
        if (_mentees.Length == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return;
        }

        var chunk = Math.Min(256, _mentees.Length / (4 * Environment.ProcessorCount));
        OrderedParallel.For(
            _mentees.Length,
            chunk,
            Scanner.MenteeOrder,
            () => (Row: Scanner.CreateRow(), Counts: new int[_teams.Length]),
            (m, local) =>
            {
                // Every mentee: scanning one costs a pass over every team, so a check is nothing beside it, and at
                // 100,000 mentees a few dozen of them would already keep a cancelled run going for a noticeable time.
                cancellationToken.ThrowIfCancellationRequested();
                if (IsFixed(m))
                {
                    _candidates[m] = [];
                }
                else
                {
                    _candidates[m] = Scanner.ScanBest(m, local.Row, CandidateLimit, local.Counts, out _allowedOpen[m], out _compatibleTeams[m], out _compatibleSeats[m]);
                }

                reporter.Step();
            },
            local =>
            {
                Scanner.Flush(local.Row, local.Counts);
                for (var t = 0; t < local.Counts.Length; t++)
                {
                    _compatibleMentees[t] += local.Counts[t];
                }
            },
            cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
    }
}
