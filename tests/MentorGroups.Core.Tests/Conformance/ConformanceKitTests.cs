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
        Assert.ThrowsAny<Exception>(() => new StrategyConformance(new ForgetfulStrategy()).Verify(invariant));

    [Fact]
    public void Verify_StrategyThatIgnoresCancellation_Fails() =>
        Assert.ThrowsAny<Exception>(() => new StrategyConformance(new DeafStrategy()).Verify(StrategyConformance.Cancellation));

    [Fact]
    public void Verify_StrategyThatPlacesNobody_FailsCompleteness() =>
        Assert.ThrowsAny<Exception>(() => new StrategyConformance(new IdleStrategy()).Verify(StrategyConformance.Completeness));

    [Fact]
    public void Verify_RandomisedStrategy_FailsDeterminism() =>
        Assert.ThrowsAny<Exception>(() => new StrategyConformance(new CoinFlipStrategy()).Verify(StrategyConformance.Determinism));

    [Fact]
    public void Verify_StrategyThatIgnoresCapacity_FailsCapacity() =>
        Assert.ThrowsAny<Exception>(() => new StrategyConformance(new OverbookingStrategy()).Verify(StrategyConformance.Capacity));

    [Fact]
    public void Verify_UnknownInvariant_Throws() =>
        Assert.Throws<ArgumentException>(() => new StrategyConformance(new GreedyStrategyOptions().CreateStrategy()).Property("nonsense"));

    [Fact]
    public void Invariants_ListsEveryCheck() =>
        Assert.Equal(
            ["conservation", "capacity", "constraints", "pins", "determinism", "order-independence", "completeness", "explanations", "cancellation"],
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
            if (lead is null)
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
