using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using MentorGroups.Enrolments;
using MentorGroups.Matching;
using MentorGroups.Rules.Constraints;
using MentorGroups.Engine;
using MentorGroups.Participants;
using MentorGroups.Policies;

namespace MentorGroups.Testing.Conformance;

/// <summary>
/// The conformance suite every matching strategy must pass, built-in or an integrator's. Each invariant is an FsCheck
/// property over random, realistic requests (<see cref="MatchingGenerators"/>). Run it from any test framework:
/// <code>
/// [Theory, MemberData(nameof(StrategyConformance.InvariantData), MemberType = typeof(StrategyConformance))]
/// public void MyStrategy_Conforms(string invariant) => new StrategyConformance(new MyStrategy()).Verify(invariant);
/// </code>
/// </summary>
public sealed partial class StrategyConformance
{
    /// <summary>Every mentee appears exactly once, placed or unmatched with a reason; mentors likewise; nobody is invented.</summary>
    public const string Conservation = "conservation";

    /// <summary>No group exceeds its mentors' capacity or breaks a hard limit of the policy.</summary>
    public const string Capacity = "capacity";

    /// <summary>No two members of a group break a hard constraint of the request.</summary>
    public const string Constraints = "constraints";

    /// <summary>Every pin is honoured, or the mentee is unmatched with <see cref="UnmatchedReason.PinNotHonoured"/>.</summary>
    public const string Pins = "pins";

    /// <summary>The same request gives the same result.</summary>
    public const string Determinism = "determinism";

    /// <summary>The same request with its people in another order gives the same result.</summary>
    public const string OrderIndependence = "order-independence";

    /// <summary>When capacity covers everyone and no constraint blocks any pair, nobody is left unmatched.</summary>
    public const string Completeness = "completeness";

    /// <summary>Every non-placement is explained; every breakdown adds up to its score; the objective adds up.</summary>
    public const string Explanations = "explanations";

    /// <summary>An already-cancelled token stops the strategy with <see cref="OperationCanceledException"/>.</summary>
    public const string Cancellation = "cancellation";

    private readonly IMatchingStrategy _strategy;
    private readonly ConformanceOptions _options;

    /// <summary>Prepares the suite for a strategy.</summary>
    /// <param name="strategy">The strategy under test.</param>
    /// <param name="options">How hard to try; defaults when <see langword="null"/>.</param>
    public StrategyConformance(IMatchingStrategy strategy, ConformanceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        _strategy = strategy;
        _options = options ?? new ConformanceOptions();
    }

    /// <summary>The names of every invariant.</summary>
    public static IReadOnlyList<string> Invariants { get; } =
        [Conservation, Capacity, Constraints, Pins, Determinism, OrderIndependence, Completeness, Explanations, Cancellation, SizeLimits, MaximalPlacement];

    /// <summary>The invariant names as xUnit-style member data (one row per invariant).</summary>
    public static IEnumerable<object[]> InvariantData => Invariants.Select(i => new object[] { i });

    /// <summary>The FsCheck property for one invariant, to run with your own configuration.</summary>
    /// <param name="invariant">One of <see cref="Invariants"/>.</param>
    /// <returns>The property.</returns>
    /// <exception cref="ArgumentException">The name is not an invariant.</exception>
    public Property Property(string invariant)
    {
        ArgumentNullException.ThrowIfNull(invariant);
        var check = CheckOf(invariant);
        return Prop.ForAll(MatchingGenerators.RequestArbitrary(ShapeOf(invariant)), request =>
        {
            var violations = Violations(check, request);
            return (violations.Length == 0)
                .Label(violations.Length == 0 ? invariant : $"{_strategy.Name} breaks '{invariant}': {string.Join(" | ", violations)}\n{RequestText.Describe(request)}")
                .Classify(request.Mentees.Count == 0, "no mentees")
                .Classify(request.Mentees.Count > 10, "more than 10 mentees");
        });
    }

    /// <summary>
    /// Checks one invariant on <see cref="ConformanceOptions.MaxTest"/> random requests, or on the one request of
    /// <see cref="ConformanceOptions.Replay"/>. A failure is shrunk (<see cref="RequestShrinker"/>) and reported with
    /// the counter-example as text and one replay seed.
    /// </summary>
    /// <param name="invariant">One of <see cref="Invariants"/>.</param>
    /// <exception cref="ConformanceFailedException">The invariant does not hold.</exception>
    /// <exception cref="ArgumentException">The name is not an invariant.</exception>
    public void Verify(string invariant)
    {
        ArgumentNullException.ThrowIfNull(invariant);
        var check = CheckOf(invariant);
        var generator = MatchingGenerators.Requests(ShapeOf(invariant));
        if (_options.Replay is { } replay)
        {
            VerifyCase(invariant, check, generator, replay);
            return;
        }

        for (var i = 0; i < _options.MaxTest; i++)
        {
            VerifyCase(invariant, check, generator, (ulong)Random.Shared.NextInt64(long.MaxValue));
        }
    }

    /// <summary>Checks every invariant.</summary>
    /// <exception cref="ConformanceFailedException">An invariant does not hold.</exception>
    public void VerifyAll()
    {
        foreach (var invariant in Invariants)
        {
            Verify(invariant);
        }
    }

    /// <summary>The request a replay seed stands for, under the shape an invariant uses.</summary>
    /// <param name="invariant">One of <see cref="Invariants"/>.</param>
    /// <param name="replaySeed">The seed.</param>
    /// <returns>The generated request, before shrinking.</returns>
    /// <exception cref="ArgumentException">The name is not an invariant.</exception>
    public MatchingRequest Generate(string invariant, ulong replaySeed)
    {
        ArgumentNullException.ThrowIfNull(invariant);
        _ = CheckOf(invariant);
        return Generate(MatchingGenerators.Requests(ShapeOf(invariant)), replaySeed);
    }

    // Every case is generated from its own seed at one size, so that seed alone gives the request back.
    private static MatchingRequest Generate(Gen<MatchingRequest> generator, ulong seed) =>
        FsCheck.Fluent.Gen.Sample(generator, GenerationSize, new Rnd(seed), 1)[0];

    private const int GenerationSize = 50;

    private void VerifyCase(string invariant, Func<MatchingRequest, IEnumerable<string>> check, Gen<MatchingRequest> generator, ulong seed)
    {
        var request = Generate(generator, seed);
        var (violations, thrown) = Outcome(check, request);
        if (violations.Length == 0)
        {
            return;
        }

        // Shrinking keeps the kind of failure: a broken rule stays a broken rule, an exception the same exception, so
        // that a smaller request does not trade the bug for another one (a strategy that throws on an empty request).
        var shrunk = RequestShrinker.Shrink(request, r => Outcome(check, r) is { Violations.Length: > 0 } o && o.Thrown == thrown);
        throw new ConformanceFailedException(_strategy.Name, invariant, seed, shrunk.Request, shrunk.Steps, Outcome(check, shrunk.Request).Violations);
    }

    private string[] Violations(Func<MatchingRequest, IEnumerable<string>> check, MatchingRequest request) => Outcome(check, request).Violations;

    /// <summary>What breaks on a request, and the type of the exception when the strategy threw (which breaks the invariant too).</summary>
    private (string[] Violations, Type? Thrown) Outcome(Func<MatchingRequest, IEnumerable<string>> check, MatchingRequest request)
    {
        try
        {
            return ([.. check(request)], null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return ([$"{_strategy.Name} threw {e.GetType().Name}: {e.Message}"], e.GetType());
        }
    }

    private RequestShape ShapeOf(string invariant) =>
        invariant == Completeness ? RequestShape.Unconstrained with { MaxMentees = _options.Shape.MaxMentees } : _options.Shape;

    private Func<MatchingRequest, IEnumerable<string>> CheckOf(string invariant)
    {
        Func<MatchingRequest, IEnumerable<string>> check = invariant switch
        {
            Conservation => CheckConservation,
            Capacity => CheckCapacity,
            Constraints => CheckConstraints,
            Pins => CheckPins,
            Determinism => CheckDeterminism,
            OrderIndependence => CheckOrderIndependence,
            Completeness => CheckCompleteness,
            Explanations => CheckExplanations,
            Cancellation => CheckCancellation,
            SizeLimits => CheckSizeLimits,
            MaximalPlacement => CheckMaximalPlacement,
            _ => throw new ArgumentException($"'{invariant}' is not an invariant; known: {string.Join(", ", Invariants)}.", nameof(invariant)),
        };

        return check;
    }

    /// <summary>A canonical text of a result: equal texts mean equal groups, placements, scores and reasons.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The text.</returns>
    public static string Canonical(MatchingResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder();
        foreach (var g in result.Groups)
        {
            text.Append(CultureInfo.InvariantCulture, $"{g.Id}:{string.Join(",", g.Mentors)}|{string.Join(",", g.Mentees)}\n");
        }

        foreach (var p in result.Placements)
        {
            text.Append(CultureInfo.InvariantCulture, $"{p.Mentee}@{p.Group}={p.Score:R}\n");
        }

        foreach (var u in result.Unmatched)
        {
            text.Append(CultureInfo.InvariantCulture, $"{u.Mentee}!{u.Reason}:{u.Explanation}\n");
        }

        foreach (var m in result.UnassignedMentors)
        {
            text.Append(CultureInfo.InvariantCulture, $"{m.Mentor}~{m.Explanation}\n");
        }

        return text.Append(CultureInfo.InvariantCulture, $"objective={result.Objective}").ToString();
    }

    private MatchingResult Run(MatchingRequest request) => _strategy.Match(request, CancellationToken.None);

    private IEnumerable<string> CheckConservation(MatchingRequest request)
    {
        var result = Run(request);
        var seen = new Dictionary<ParticipantId, int>();
        foreach (var id in result.Placements.Select(p => p.Mentee).Concat(result.Unmatched.Select(u => u.Mentee)))
        {
            seen[id] = seen.GetValueOrDefault(id) + 1;
        }

        foreach (var mentee in request.Mentees)
        {
            var count = seen.GetValueOrDefault(mentee.Id);
            if (count != 1)
            {
                yield return $"mentee {mentee.Id} appears {count} times among placements and unmatched";
            }
        }

        foreach (var invented in seen.Keys.Where(id => request.Mentees.All(m => m.Id != id)))
        {
            yield return $"{invented} is reported but is not a mentee of the request";
        }

        var groupMentees = result.Groups.SelectMany(g => g.Mentees.Select(m => (Mentee: m, g.Id))).ToArray();
        if (groupMentees.Length != result.Placements.Count
            || groupMentees.Any(gm => result.PlacementOf(gm.Mentee)?.Group != gm.Id))
        {
            yield return "the groups' mentees do not match the placements";
        }

        var mentorCount = new Dictionary<ParticipantId, int>();
        foreach (var id in result.Groups.SelectMany(g => g.Mentors).Concat(result.UnassignedMentors.Select(u => u.Mentor)))
        {
            mentorCount[id] = mentorCount.GetValueOrDefault(id) + 1;
        }

        foreach (var mentor in request.Mentors)
        {
            var count = mentorCount.GetValueOrDefault(mentor.Id);
            if (count != 1)
            {
                yield return $"mentor {mentor.Id} appears {count} times among groups and unassigned mentors";
            }
        }

        foreach (var invented in mentorCount.Keys.Where(id => request.Mentors.All(m => m.Id != id)))
        {
            yield return $"{invented} leads a group but is not a mentor of the request";
        }
    }

    private IEnumerable<string> CheckCapacity(MatchingRequest request)
    {
        var result = Run(request);
        foreach (var group in result.Groups)
        {
            // A peer group has no mentor: its seats are the policy's maximum.
            var capacity = group.Mentors.Count == 0 ? request.Policy.MenteeCapFor(0) : group.Mentors.Sum(id => request.Find(id)?.Capacity ?? 0);
            if (group.Mentees.Count > capacity)
            {
                yield return $"group {group.Id} has {group.Mentees.Count} mentees for a capacity of {capacity}";
            }

            foreach (var finding in request.Policy.Evaluate(group).Where(f => f.Severity == FindingSeverity.Error))
            {
                yield return $"group {group.Id} breaks a hard limit: {finding.Message}";
            }
        }
    }

    private IEnumerable<string> CheckConstraints(MatchingRequest request)
    {
        var result = Run(request);
        foreach (var group in result.Groups)
        {
            var members = group.Members.Select(id => request.Find(id)!).ToArray();
            for (var i = 0; i < members.Length; i++)
            {
                for (var j = i + 1; j < members.Length; j++)
                {
                    var pair = new MemberPair(members[i], members[j], request.Programme);
                    foreach (var constraint in request.Constraints.Where(c => !c.Allows(pair)))
                    {
                        yield return $"group {group.Id} breaks {constraint.Name}: {constraint.Explain(pair)}";
                    }
                }
            }
        }
    }

    private IEnumerable<string> CheckPins(MatchingRequest request)
    {
        var result = Run(request);
        foreach (var pin in request.Pins)
        {
            var placement = result.PlacementOf(pin.Mentee);
            if (placement is not null && !placement.Mentors.Contains(pin.Mentor))
            {
                yield return $"{pin.Mentee} is pinned to {pin.Mentor} but placed in {placement.Group}";
            }

            var unmatched = result.UnmatchedOf(pin.Mentee);
            if (unmatched is not null && unmatched.Reason != UnmatchedReason.PinNotHonoured)
            {
                yield return $"{pin.Mentee} is pinned to {pin.Mentor} but unmatched for {unmatched.Reason}, not {UnmatchedReason.PinNotHonoured}";
            }
        }
    }

    private IEnumerable<string> CheckDeterminism(MatchingRequest request)
    {
        var first = Canonical(Run(request));
        var second = Canonical(Run(request));
        if (first != second)
        {
            yield return "two runs on the same request differ";
        }
    }

    private IEnumerable<string> CheckOrderIndependence(MatchingRequest request)
    {
        var original = Canonical(Run(request));
        var reordered = Canonical(Run(Reordered(request)));
        if (original != reordered)
        {
            yield return "the same request with people in another order gives another result";
        }
    }

    private IEnumerable<string> CheckCompleteness(MatchingRequest request)
    {
        var problem = MatchingProblem.Compile(request);
        var seats = problem.Teams.Sum(t => t.Capacity);
        var nothingBlocks = Enumerable.Range(0, problem.Mentees.Count).All(m => problem.Teams.All(t => problem.IsAllowed(m, t.Index)))
            && Enumerable.Range(0, problem.Mentees.Count).All(a => Enumerable.Range(a + 1, problem.Mentees.Count - a - 1).All(b => problem.AllowsTogether(a, b)));
        if (seats < request.Mentees.Count || !nothingBlocks)
        {
            yield break;
        }

        var result = Run(request);
        foreach (var unmatched in result.Unmatched)
        {
            yield return $"{unmatched.Mentee} is unmatched ({unmatched.Reason}) although {seats} seats cover {request.Mentees.Count} mentees and nothing blocks any pair";
        }
    }

    private IEnumerable<string> CheckExplanations(MatchingRequest request)
    {
        var result = Run(request);
        foreach (var unmatched in result.Unmatched.Where(u => string.IsNullOrWhiteSpace(u.Explanation)))
        {
            yield return $"{unmatched.Mentee} is unmatched without an explanation";
        }

        long objective = 0;
        foreach (var p in result.Placements)
        {
            if (p.Score is < 0 or > 1 || !double.IsFinite(p.Score))
            {
                yield return $"{p.Mentee} has score {p.Score}, outside 0..1";
            }

            var sum = p.Breakdown.Sum(c => c.Contribution);
            if (Math.Abs(sum - p.Score) > 1e-9)
            {
                yield return $"{p.Mentee}'s breakdown adds up to {sum}, not its score {p.Score}";
            }

            if (p.Breakdown.Any(c => string.IsNullOrWhiteSpace(c.Reason)))
            {
                yield return $"{p.Mentee}'s breakdown has a criterion without a reason";
            }

            objective += MatchingProblem.ToValue(p.Score);
        }

        if (objective != result.Objective)
        {
            yield return $"the objective is {result.Objective} but the placements add up to {objective}";
        }
    }

    private IEnumerable<string> CheckCancellation(MatchingRequest request)
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        string? problem = null;
        try
        {
            _strategy.Match(request, cancelled.Token);
            problem = "the strategy finished although the token was already cancelled";
        }
        catch (OperationCanceledException)
        {
        }

        if (problem is not null)
        {
            yield return problem;
        }
    }

    /// <summary>The same request with enrolments, pins and exclusions in a different (seeded) order.</summary>
    private static MatchingRequest Reordered(MatchingRequest request, Programmes.Programme? programme = null)
    {
        var random = new Random(request.Seed);
        var parts = RequestShrinker.RequestParts.Of(request);
        parts = parts with
        {
            Pins = [.. parts.Pins.OrderBy(_ => random.Next())],
            Exclusions = [.. parts.Exclusions.OrderBy(_ => random.Next()).Select(e => new Exclusion(e.Second, e.First, e.Reason))],
        };
        return parts.Build(request, people => people.OrderBy(_ => random.Next()), programme);
    }
}
