using MentorGroups.Enrolments;
using MentorGroups.Groups;
using MentorGroups.Matching;
using MentorGroups.Participants;
using MentorGroups.Policies;
using MentorGroups.Programmes;
using MentorGroups.Rules.Constraints;
using MentorGroups.Rules.Criteria;

namespace MentorGroups.Engine;

/// <summary>
/// A matching request compiled for solving: mentors formed into teams with capacities, mentees by index, fixed
/// placements (pins, existing groups), which mentee–team pairs the hard constraints allow, and what each allowed pair
/// is worth. Every built-in strategy works only through this public type, <see cref="Assignment"/> and
/// <see cref="CreateResult"/>; so can yours.
/// </summary>
/// <remarks>
/// Teams are ordered by lead mentor id and mentees by id, so anything computed from indexes is independent of input
/// order. Read-only after compilation and safe to share between threads; an <see cref="Assignment"/> is not.
/// </remarks>
public sealed partial class MatchingProblem
{
    /// <summary>Scores are turned into integers at this resolution (millionths) so that solvers compare exactly.</summary>
    public const int ScoreResolution = 1_000_000;

    /// <summary>
    /// Up to this many mentee–team pairs (free mentees × open teams), an automatic candidate limit keeps every allowed
    /// team; above it each mentee keeps <see cref="AutomaticCandidateLimit"/> of them. See <see cref="MatchingRequest.MaxCandidatesPerMentee"/>.
    /// </summary>
    internal const long FullCandidateListPairLimit = 4_000_000;

    /// <summary>The fewest candidate teams each mentee keeps when the automatic limit bounds the lists.</summary>
    internal const int AutomaticCandidatesFloor = 64;

    /// <summary>The most candidate teams each mentee keeps when the automatic limit bounds the lists.</summary>
    internal const int AutomaticCandidatesCeiling = 256;

    /// <summary>
    /// How many candidate teams each mentee keeps when the automatic limit bounds the lists: one in 32 of the open
    /// teams, at least <see cref="AutomaticCandidatesFloor"/> and at most <see cref="AutomaticCandidatesCeiling"/>. With
    /// more teams, a mentee's best few are a smaller share of them and more contested, so the exact strategy would
    /// otherwise have to grow more lists; the ceiling keeps memory at about 2 KB per mentee.
    /// </summary>
    /// <param name="openTeams">The number of teams with room.</param>
    /// <returns>The limit.</returns>
    internal static int AutomaticCandidateLimit(int openTeams) => Math.Clamp(openTeams / 32, AutomaticCandidatesFloor, AutomaticCandidatesCeiling);

    private readonly Enrolment[] _mentees;
    private readonly MentorTeam[] _teams;
    private readonly int[] _fixedTeam;
    private readonly bool[] _pinned;
    private readonly Candidate[][] _candidates;
    private readonly IHardConstraint[] _constraints;
    private readonly PairScorer _scorer;
    private readonly Dictionary<ParticipantId, int> _menteeIndex;
    private readonly Dictionary<ParticipantId, int> _teamOfMentor;
    private readonly Lazy<GroupEvaluator> _evaluator;

    private MatchingProblem(MatchingRequest request, PairScorer scorer, Enrolment[] mentees, MentorTeam[] teams, IReadOnlyList<UnassignedMentor> unteamed)
    {
        Request = request;
        _scorer = scorer;
        _mentees = mentees;
        _teams = teams;
        _constraints = [.. request.Constraints];
        UnteamedMentors = unteamed;
        _menteeIndex = new Dictionary<ParticipantId, int>(mentees.Length);
        for (var i = 0; i < mentees.Length; i++)
        {
            _menteeIndex[mentees[i].Id] = i;
        }

        _teamOfMentor = [];
        foreach (var team in teams)
        {
            foreach (var mentor in team.Mentors)
            {
                _teamOfMentor[mentor.Id] = team.Index;
            }
        }

        _fixedTeam = new int[mentees.Length];
        Array.Fill(_fixedTeam, -1);
        _pinned = new bool[mentees.Length];
        _candidates = new Candidate[mentees.Length][];
        PinProblems = new Dictionary<int, string>();
        _evaluator = new Lazy<GroupEvaluator>(() => new GroupEvaluator(this), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The request this problem was compiled from.</summary>
    public MatchingRequest Request { get; }


    /// <summary>The mentees, by index (ordinal id order).</summary>
    public IReadOnlyList<Enrolment> Mentees => _mentees;

    /// <summary>The mentor teams, by index (lead mentor id order; existing groups first).</summary>
    public IReadOnlyList<MentorTeam> Teams => _teams;

    /// <summary>Mentors who could not be formed into a team (e.g. a co-mentor without a lead), with the reason.</summary>
    public IReadOnlyList<UnassignedMentor> UnteamedMentors { get; }

    /// <summary>
    /// The most candidates a mentee keeps (see <see cref="MatchingRequest.MaxCandidatesPerMentee"/>);
    /// <see cref="int.MaxValue"/> when every allowed team is kept.
    /// </summary>
    public int CandidateLimit { get; private set; } = int.MaxValue;

    /// <summary>How long <see cref="Compile(MatchingRequest, CancellationToken)"/> took, for a strategy's
    /// <c>compileMilliseconds</c> metric.</summary>
    public TimeSpan CompileTime { get; private set; }

    /// <summary>Scores whole groups on the request's group objectives and requirements (built on first use).</summary>
    public GroupEvaluator Groups => _evaluator.Value;

    /// <summary>Pins that cannot be honoured, by mentee index, with the reason.</summary>
    internal Dictionary<int, string> PinProblems { get; }

    /// <summary>Compiles a request.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The problem.</returns>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static MatchingProblem Compile(MatchingRequest request, CancellationToken cancellationToken = default) =>
        Compile(request, null, null, cancellationToken);

    /// <summary>Compiles a request, reporting how far it has got; for strategies that show their progress.</summary>
    /// <param name="request">The request.</param>
    /// <param name="plan">The new teams; <see langword="null"/> forms them as <see cref="Compile(MatchingRequest, CancellationToken)"/> does.</param>
    /// <param name="progress">Receives <see cref="CompilationProgress"/> (possibly from worker threads, one report at a
    /// time); <see langword="null"/> for none.</param>
    /// <param name="cancellationToken">Stops the work, also while criteria and constraints are prepared.</param>
    /// <returns>The problem.</returns>
    /// <exception cref="ArgumentException">The plan names someone who is not a mentor of the request, names a mentor
    /// twice, or has a team with no mentor or more mentors than the size policy allows.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static MatchingProblem Compile(MatchingRequest request, TeamPlan? plan, IProgress<CompilationProgress>? progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var reporter = new CompilationReporter(progress, request.Mentees.Count);
        reporter.Start();
        cancellationToken.ThrowIfCancellationRequested();
        var scorer = new PairScorer(request);
        var (teams, unteamed) = TeamBuilder.Build(request, scorer, plan, cancellationToken);
        var problem = new MatchingProblem(request, scorer, [.. request.Mentees], teams, unteamed);
        problem.FixExistingAndPinned();
        problem.ComputeCandidates(reporter, cancellationToken);
        reporter.Finish();
        problem.CompileTime = clock.Elapsed;
        return problem;
    }

    /// <summary>The index of a mentee, or -1.</summary>
    /// <param name="mentee">The mentee's id.</param>
    /// <returns>The index, or -1.</returns>
    public int IndexOfMentee(ParticipantId mentee) => _menteeIndex.GetValueOrDefault(mentee, -1);

    /// <summary>The index of the team a mentor belongs to, or -1.</summary>
    /// <param name="mentor">The mentor's id.</param>
    /// <returns>The index, or -1.</returns>
    public int TeamOfMentor(ParticipantId mentor) => _teamOfMentor.GetValueOrDefault(mentor, -1);

    /// <summary>Whether the mentee's team is decided before solving (pinned, or a member of an existing group).</summary>
    /// <param name="mentee">The mentee's index.</param>
    /// <returns><see langword="true"/> when fixed.</returns>
    public bool IsFixed(int mentee) => _fixedTeam[mentee] >= 0 || PinProblems.ContainsKey(mentee);

    /// <summary>The team a mentee is fixed to, or -1.</summary>
    /// <param name="mentee">The mentee's index.</param>
    /// <returns>The team's index, or -1.</returns>
    public int FixedTeamOf(int mentee) => _fixedTeam[mentee];

    /// <summary>Whether the mentee was pinned by a coordinator.</summary>
    /// <param name="mentee">The mentee's index.</param>
    /// <returns><see langword="true"/> when pinned.</returns>
    public bool IsPinned(int mentee) => _pinned[mentee];

    /// <summary>
    /// The teams a free mentee may join (allowed by every hard constraint, with room beyond the fixed placements),
    /// best first (highest value, then lowest team index). Empty for fixed mentees. At most <see cref="CandidateLimit"/>
    /// of them: when the lists are bounded, these are the mentee's best teams and every other allowed team is worth no
    /// more than the last one.
    /// </summary>
    /// <param name="mentee">The mentee's index.</param>
    /// <returns>The candidates.</returns>
    public ReadOnlySpan<Candidate> Candidates(int mentee) => _candidates[mentee];

    /// <summary>Whether every hard constraint allows the mentee with every mentor of the team.</summary>
    /// <param name="mentee">The mentee's index.</param>
    /// <param name="team">The team's index.</param>
    /// <returns><see langword="true"/> when allowed.</returns>
    public bool IsAllowed(int mentee, int team) => BlockingConstraint(_mentees[mentee], _teams[team]) is null;

    /// <summary>Whether every hard constraint allows two mentees in one group.</summary>
    /// <param name="first">One mentee's index.</param>
    /// <param name="second">The other mentee's index.</param>
    /// <returns><see langword="true"/> when allowed.</returns>
    public bool AllowsTogether(int first, int second) => BlockingConstraint(_mentees[first], _mentees[second]) is null;

    /// <summary>
    /// The pair's score from 0 to 1: the weighted mean of the criteria, averaged over the team's mentors. A peer group
    /// has no mentor to compare with, so every mentee scores a neutral 0.5 there.
    /// </summary>
    /// <param name="mentee">The mentee's index.</param>
    /// <param name="team">The team's index.</param>
    /// <returns>The score.</returns>
    public double Score(int mentee, int team)
    {
        var mentors = _teams[team].Mentors;
        if (mentors.Count == 0)
        {
            return PeerScore;
        }

        var total = 0.0;
        for (var i = 0; i < mentors.Count; i++)
        {
            total += ScoreWith(mentors[i], _mentees[mentee]);
        }

        return total / mentors.Count;
    }

    /// <summary>The pair's integer value: 1 + the score in millionths, so that placing someone always adds to the objective.</summary>
    /// <param name="mentee">The mentee's index.</param>
    /// <param name="team">The team's index.</param>
    /// <returns>1 to 1,000,001.</returns>
    public int PairValue(int mentee, int team) => ToValue(Score(mentee, team));

    /// <summary>A new assignment holding only the fixed placements.</summary>
    /// <returns>The assignment.</returns>
    public Assignment CreateAssignment() => new(this);

    /// <summary>
    /// Turns a strategy's assignment into a checked result: groups, placements with breakdowns, unmatched mentees with
    /// reasons, unassigned mentors, policy findings. A mentee who would share a group with someone a hard constraint keeps
    /// them from is taken out of that group (whoever fits the group least goes).
    /// </summary>
    /// <param name="assignment">The assignment.</param>
    /// <param name="strategyName">The strategy's name.</param>
    /// <param name="metrics">Strategy-specific figures.</param>
    /// <param name="fillFreeSeats">
    /// Whether mentees taken out of a group, and any the strategy left unplaced, then take the best free seat in a
    /// compatible group where nobody keeps them out. Leave it on unless the strategy's own rules decide who may join
    /// whom (stable matching with explicit preferences turns it off, since a free seat may be one the mentee did not
    /// rank). The default is <see langword="true"/>.
    /// </param>
    /// <param name="leftOut">
    /// Why the strategy left some mentees out on purpose, by mentee index (for example a group requirement no group with
    /// room could meet with them); used for those who end up unplaced instead of the general diagnosis.
    /// </param>
    /// <param name="idleTeams">
    /// Why the strategy left some teams without mentees, by team index (for example a group that could not reach the
    /// size policy's minimum); used for their mentors instead of the general diagnosis.
    /// </param>
    /// <param name="cancellationToken">
    /// Stops building the result. Pass the token the strategy was given: at tens of thousands of groups, building
    /// the result (groups, breakdowns, explanations) takes long enough that a cancellation should not wait for it.
    /// </param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException">The assignment belongs to another problem.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public MatchingResult CreateResult(
        Assignment assignment,
        string strategyName,
        IReadOnlyDictionary<string, double>? metrics = null,
        bool fillFreeSeats = true,
        IReadOnlyDictionary<int, UnmatchedMentee>? leftOut = null,
        IReadOnlyDictionary<int, string>? idleTeams = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        ArgumentException.ThrowIfNullOrWhiteSpace(strategyName);
        if (!ReferenceEquals(assignment.Problem, this))
        {
            throw new ArgumentException("The assignment was created for another problem.", nameof(assignment));
        }

        return new ResultBuilder(this, assignment, strategyName, metrics, fillFreeSeats, leftOut, cancellationToken) { IdleTeams = idleTeams }.Build();
    }

    /// <summary>
    /// The integer value of a pair score, as <see cref="PairValue"/> and <see cref="MatchingResult.Objective"/> count
    /// it: 1 + the score (clamped to 0..1) in millionths, rounded half away from zero, so 1 to 1,000,001. The 1 makes
    /// placing a mentee worth more than leaving them out, whatever the score.
    /// </summary>
    /// <param name="score">A pair score from 0 to 1.</param>
    /// <returns>The value.</returns>
    public static int ToValue(double score) => 1 + (int)Math.Round(Math.Clamp(score, 0, 1) * ScoreResolution, MidpointRounding.AwayFromZero);

    internal double ScoreWith(Enrolment mentor, Enrolment mentee) => _scorer.Score(mentor, mentee);

    /// <summary>The neutral score of a mentee in a peer group, where there is no mentor to compare with.</summary>
    internal const double PeerGroupScore = 0.5;

    private double PeerScore => _scorer.WeightSum > 0 ? PeerGroupScore : 0;

    internal IReadOnlyList<CriterionContribution> Breakdown(int mentee, int team)
    {
        var mentors = _teams[team].Mentors;
        var criteria = _scorer.Criteria;
        var result = new CriterionContribution[criteria.Count];
        for (var i = 0; i < criteria.Count; i++)
        {
            var c = criteria[i];
            if (mentors.Count == 0)
            {
                result[i] = new CriterionContribution(c.Criterion.Name, c.Weight, PeerScore,
                    _scorer.WeightSum > 0 ? c.Weight * PeerScore / _scorer.WeightSum : 0, "peer group: no mentor to compare with (neutral)");
                continue;
            }

            var score = 0.0;
            var reasons = new List<string>(mentors.Count);
            foreach (var mentor in mentors)
            {
                var pair = new CandidatePair(mentor, _mentees[mentee], Request.Programme);
                score += Extensions.Score(c.Criterion, pair);
                reasons.Add(Extensions.Explain(c.Criterion, pair));
            }

            score /= mentors.Count;
            var contribution = _scorer.WeightSum > 0 ? c.Weight * score / _scorer.WeightSum : 0;
            var reason = mentors.Count == 1 ? reasons[0] : string.Join(" | ", reasons.Select((r, k) => $"{mentors[k].Id}: {r}"));
            result[i] = new CriterionContribution(c.Criterion.Name, c.Weight, score, contribution, reason);
        }

        return result;
    }

    internal IHardConstraint? BlockingConstraint(Enrolment a, Enrolment b)
    {
        var pair = new MemberPair(a, b, Request.Programme);
        foreach (var constraint in _constraints)
        {
            if (!Extensions.Allows(constraint, pair))
            {
                return constraint;
            }
        }

        return null;
    }

    internal IHardConstraint? BlockingConstraint(Enrolment mentee, MentorTeam team)
    {
        foreach (var mentor in team.Mentors)
        {
            var blocking = BlockingConstraint(mentor, mentee);
            if (blocking is not null)
            {
                return blocking;
            }
        }

        return null;
    }

    /// <summary>Scores rows of pairs through the prepared fast paths.</summary>
    internal CandidateScanner Scanner { get; private set; } = null!;

    /// <summary>The teams with room beyond the fixed placements that are not locked, in index order: the teams candidates come from.</summary>
    public IReadOnlyList<int> OpenTeams => _openTeams;

    private int[] _openTeams = [];

    /// <summary>
    /// A scorer for rescoring mentees against teams beyond their candidate lists (for example to grow a bounded list),
    /// with the same values as <see cref="Candidates"/>. Not thread-safe: create one per thread.
    /// </summary>
    /// <returns>The scorer.</returns>
    public TeamScorer CreateTeamScorer() => new(Scanner);

    /// <summary>Whether the mentee's candidate list leaves out allowed open teams (the lists are bounded, see <see cref="CandidateLimit"/>).</summary>
    /// <param name="mentee">The mentee's index.</param>
    /// <returns><see langword="true"/> when <see cref="Candidates"/> holds fewer teams than the mentee may join.</returns>
    public bool HasMoreCandidates(int mentee) => _candidates[mentee].Length < _allowedOpen[mentee];
}
