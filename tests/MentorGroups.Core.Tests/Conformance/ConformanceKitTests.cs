using System.Text.RegularExpressions;
using MentorGroups.Enrolments;
using MentorGroups.Groups;
using MentorGroups.Matching;
using MentorGroups.Engine;
using MentorGroups.Testing.Conformance;
using MentorGroups.Strategies.Greedy;

namespace MentorGroups.Tests.Conformance;

/// <summary>The kit must catch broken strategies, or passing it proves nothing.</summary>
public sealed class ConformanceKitTests
{
    [Theory]
    [InlineData(StrategyConformance.Conservation)]
    [InlineData(StrategyConformance.Explanations)]
    public void Verify_StrategyThatForgetsAMentee_Fails(string invariant) =>
        Assert.Throws<ConformanceFailedException>(() => new StrategyConformance(new ForgetfulStrategy()).Verify(invariant));

    [Fact]
    public void Verify_StrategyThatIgnoresCancellation_Fails() =>
        Assert.Throws<ConformanceFailedException>(() => new StrategyConformance(new DeafStrategy()).Verify(StrategyConformance.Cancellation));

    [Fact]
    public void Verify_StrategyThatPlacesNobody_FailsCompleteness() =>
        Assert.Throws<ConformanceFailedException>(() => new StrategyConformance(new IdleStrategy()).Verify(StrategyConformance.Completeness));

    [Fact]
    public void Verify_RandomisedStrategy_FailsDeterminism() =>
        Assert.Throws<ConformanceFailedException>(() => new StrategyConformance(new CoinFlipStrategy()).Verify(StrategyConformance.Determinism));

    [Fact]
    public void Verify_StrategyThatIgnoresCapacity_FailsCapacity() =>
        Assert.Throws<ConformanceFailedException>(() => new StrategyConformance(new OverbookingStrategy()).Verify(StrategyConformance.Capacity));

    [Fact]
    public void Verify_BrokenStrategy_ReportsAShrunkReadableRequestAndOneReplaySeed()
    {
        var failure = Assert.Throws<ConformanceFailedException>(() => new StrategyConformance(new OverbookingStrategy()).Verify(StrategyConformance.Capacity));

        // The smallest request that still shows the bug: one mentor without a seat and one mentee placed with them.
        TestContext.Current.TestOutputHelper?.WriteLine(failure.Message);
        Assert.True(failure.ShrinkSteps > 0, $"no shrinking:\n{failure.Message}");
        var mentor = Assert.Single(failure.Request.Mentors);
        Assert.Equal(0, mentor.Capacity);
        var mentee = Assert.Single(failure.Request.Mentees);
        Assert.Contains("group G001 has 1 mentees for a capacity of 0", failure.Violations);
        Assert.StartsWith("Strategy 'overbooking' breaks the invariant 'capacity':\n  - group G001 has 1 mentees for a capacity of 0\n", failure.Message, StringComparison.Ordinal);
        Assert.Contains($"Counter-example, shrunk in {failure.ShrinkSteps} step(s):\n", failure.Message, StringComparison.Ordinal);
        Assert.Contains($"Mentors (1):\n  {mentor.Id} mentor, capacity 0; goals [", failure.Message, StringComparison.Ordinal);
        Assert.Contains($"Mentees (1):\n  {mentee.Id}", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Pair scores (mentor by mentee; -- blocked by a hard constraint):", failure.Message, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(failure.Message, "seed: ", RegexOptions.IgnoreCase));
        Assert.DoesNotContain("gamma", failure.Message, StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith(
            $"Replay seed: {failure.ReplaySeed} (new ConformanceOptions {{ Replay = {failure.ReplaySeed} }}, or MENTORGROUPS_CONFORMANCE_REPLAY={failure.ReplaySeed}).",
            failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_ReplaySeedOfAFailure_ReproducesTheSameCounterExample()
    {
        var failure = Assert.Throws<ConformanceFailedException>(() => new StrategyConformance(new OverbookingStrategy()).Verify(StrategyConformance.Capacity));

        var replayed = Assert.Throws<ConformanceFailedException>(() =>
            new StrategyConformance(new OverbookingStrategy(), new ConformanceOptions { Replay = failure.ReplaySeed }).Verify(StrategyConformance.Capacity));

        Assert.Equal(failure.Message, replayed.Message);
    }

    [Fact]
    public void Generate_SameReplaySeed_GivesTheSameRequest()
    {
        var conformance = new StrategyConformance(new GreedyStrategyOptions().CreateStrategy());

        Assert.Equal(
            RequestText.Describe(conformance.Generate(StrategyConformance.Conservation, 42)),
            RequestText.Describe(conformance.Generate(StrategyConformance.Conservation, 42)));
        Assert.NotEqual(
            RequestText.Describe(conformance.Generate(StrategyConformance.Conservation, 42)),
            RequestText.Describe(conformance.Generate(StrategyConformance.Conservation, 43)));
    }

    [Fact]
    public void Verify_StrategyThatThrows_ReportsTheExceptionAsTheViolation()
    {
        var failure = Assert.Throws<ConformanceFailedException>(() => new StrategyConformance(new ThrowingStrategy()).Verify(StrategyConformance.Conservation));

        Assert.Equal(["throwing threw InvalidOperationException: broken on purpose"], failure.Violations);
        Assert.Empty(failure.Request.Mentors);
        Assert.Empty(failure.Request.Mentees);
    }

    [Fact]
    public void Verify_UnknownInvariant_Throws() =>
        Assert.Throws<ArgumentException>(() => new StrategyConformance(new GreedyStrategyOptions().CreateStrategy()).Property("nonsense"));

    [Fact]
    public void Invariants_ListsEveryCheck() =>
        Assert.Equal(
            ["conservation", "capacity", "constraints", "pins", "determinism", "order-independence", "completeness", "explanations", "cancellation", "size-limits", "maximal-placement"],
            StrategyConformance.Invariants);

    private sealed class ForgetfulStrategy : IMatchingStrategy
    {
        public string Name => "forgetful";

        public MatchingResult Match(MatchingRequest request, CancellationToken cancellationToken = default)
        {
            var r = new GreedyStrategyOptions().CreateStrategy().Match(request, cancellationToken);
            return new MatchingResult(Name, r.Groups, r.Placements, [.. r.Unmatched.Skip(1)], r.UnassignedMentors, r.Findings, r.Objective + 1);
        }
    }

    private sealed class ThrowingStrategy : IMatchingStrategy
    {
        public string Name => "throwing";

        public MatchingResult Match(MatchingRequest request, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("broken on purpose");
    }

    private sealed class DeafStrategy : IMatchingStrategy
    {
        public string Name => "deaf";

        public MatchingResult Match(MatchingRequest request, CancellationToken cancellationToken = default) =>
            new GreedyStrategyOptions().CreateStrategy().Match(request, CancellationToken.None);
    }

    private sealed class IdleStrategy : IMatchingStrategy
    {
        public string Name => "idle";

        public MatchingResult Match(MatchingRequest request, CancellationToken cancellationToken = default)
        {
            var problem = MatchingProblem.Compile(request, cancellationToken);
            return problem.CreateResult(problem.CreateAssignment(), Name, fillFreeSeats: false, cancellationToken: cancellationToken);
        }
    }

    private sealed class CoinFlipStrategy : IMatchingStrategy
    {
        public string Name => "coin-flip";

        public MatchingResult Match(MatchingRequest request, CancellationToken cancellationToken = default)
        {
            var problem = MatchingProblem.Compile(request, cancellationToken);
            var assignment = problem.CreateAssignment();
            foreach (var m in Enumerable.Range(0, problem.Mentees.Count).OrderBy(_ => Random.Shared.Next()))
            {
                var candidates = problem.Candidates(m);
                if (candidates.Length > 0)
                {
                    assignment.TryAssign(m, candidates[Random.Shared.Next(candidates.Length)].Team);
                }
            }

            return problem.CreateResult(assignment, Name, cancellationToken: cancellationToken);
        }
    }

    private sealed class OverbookingStrategy : IMatchingStrategy
    {
        public string Name => "overbooking";

        public MatchingResult Match(MatchingRequest request, CancellationToken cancellationToken = default)
        {
            var lead = request.Mentors.FirstOrDefault(m => m.Role == ProgrammeRole.Mentor);
            // Without a lead or a mentee there is nothing to overbook; a group of no mentees would not even be valid.
            if (lead is null || request.Mentees.Count == 0)
            {
                return new GreedyStrategyOptions().CreateStrategy().Match(request, cancellationToken);
            }

            // Everyone the policy allows goes to the first mentor, whatever their personal capacity.
            var mentees = request.Mentees.Take(request.Policy.MenteeCapFor(1)).Select(m => m.Id).ToArray();
            var group = MentoringGroup.Create("G001", [lead.Id], mentees, request.Policy);
            var placements = mentees.Select(id => new Placement(id, group.Id, [lead.Id], 0, [], false)).ToArray();
            var rest = request.Mentees.Skip(mentees.Length).Select(m => new UnmatchedMentee(m.Id, UnmatchedReason.NotChosen, "left out")).ToArray();
            var others = request.Mentors.Where(m => m.Id != lead.Id).Select(m => new UnassignedMentor(m.Id, "unused")).ToArray();
            return new MatchingResult(Name, mentees.Length > 0 ? [group] : [], placements, rest, others, [], mentees.Length);
        }
    }
}
