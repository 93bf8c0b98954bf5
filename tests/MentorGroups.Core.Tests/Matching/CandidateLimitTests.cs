using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MentorGroups.Matching;
using MentorGroups.Engine;
using MentorGroups.Participants;
using MentorGroups.Programmes;
using MentorGroups.Testing.Populations;
using MentorGroups.Tests.Strategies;
using MentorGroups.Validation;
using MentorGroups.Strategies.Optimal;

namespace MentorGroups.Tests.Matching;

/// <summary>Bounded candidate lists: <see cref="MatchingRequest.MaxCandidatesPerMentee"/> and what compiling does with it.</summary>
public sealed class CandidateLimitTests
{
    private static readonly Programme Programme = Programme.Builder("p", "Programme").Build();

    [Property(Arbitrary = [typeof(PreparedScoringArbitraries)], MaxTest = 60)]
    public Property Compile_WithALimit_KeepsTheBestOfTheFullList(MatchingRequest request, PositiveInt limit)
    {
        var k = 1 + (limit.Get % 4);
        var token = TestContext.Current.CancellationToken;
        var full = MatchingProblem.Compile(request.WithMaxCandidatesPerMentee(int.MaxValue), token);
        var bounded = MatchingProblem.Compile(request.WithMaxCandidatesPerMentee(k), token);

        var wrong = Enumerable.Range(0, full.Mentees.Count)
            .Where(m => !bounded.Candidates(m).SequenceEqual(full.Candidates(m)[..Math.Min(k, full.Candidates(m).Length)])
                || bounded.HasMoreCandidates(m) != full.Candidates(m).Length > k)
            .ToArray();
        return (wrong.Length == 0).Label($"mentees {string.Join(", ", wrong.Take(5))} differ")
            .And((bounded.CandidateLimit == k).Label("the limit is reported"))
            .Classify(Enumerable.Range(0, full.Mentees.Count).Any(bounded.HasMoreCandidates), "some list truncated");
    }

    [Fact]
    public void Compile_Automatic_KeepsEveryTeamForSmallRequestsAndBoundsLargeOnes()
    {
        var token = TestContext.Current.CancellationToken;
        var small = HrPopulationGenerator.Generate(HrPopulationOptions.ForMentees(200)).Request;

        Assert.Null(small.MaxCandidatesPerMentee);
        Assert.Equal(int.MaxValue, MatchingProblem.Compile(small, token).CandidateLimit);
        // 5,000 mentees × 1,000 teams is above the 4 million pairs kept in full.
        var large = HrPopulationGenerator.Generate(HrPopulationOptions.ForMentees(5_000)).Request;
        var problem = MatchingProblem.Compile(large, token);
        Assert.Equal(MatchingProblem.AutomaticCandidatesFloor, problem.CandidateLimit);
        Assert.All(Enumerable.Range(0, problem.Mentees.Count), m => Assert.InRange(problem.Candidates(m).Length, 0, MatchingProblem.AutomaticCandidatesFloor));
    }

    [Theory]
    [InlineData(100, 64)]
    [InlineData(2_000, 64)]
    [InlineData(5_000, 156)]
    [InlineData(20_000, 256)]
    public void AutomaticCandidateLimit_GrowsWithTheTeamsBetweenFloorAndCeiling(int teams, int expected) =>
        Assert.Equal(expected, MatchingProblem.AutomaticCandidateLimit(teams));

    [Fact]
    public void WithMaxCandidatesPerMentee_Copy_ChangesOnlyTheLimit()
    {
        var request = MatchingRequest.For(Programme).AddMentor(Participant.Builder("m").Build(), 2).AddMentee(Participant.Builder("e").Build()).WithSeed(5).Build();

        var copy = request.WithMaxCandidatesPerMentee(3);

        Assert.Equal(3, copy.MaxCandidatesPerMentee);
        Assert.Null(request.MaxCandidatesPerMentee);
        Assert.Equal(5, copy.Seed);
        Assert.Same(request.Mentors, copy.Mentors);
        Assert.Null(copy.WithMaxCandidatesPerMentee(null).MaxCandidatesPerMentee);
    }

    [Fact]
    public void WithMaxCandidatesPerMentee_BelowOne_Throws()
    {
        var request = MatchingRequest.For(Programme).Build();

        var error = Assert.Throws<MentorGroupsValidationException>(() => request.WithMaxCandidatesPerMentee(0));

        Assert.Equal([ErrorCodes.OutOfRange], error.Codes);
        Assert.Contains("MaxCandidatesPerMentee must be at least 1, or null for automatic; got 0.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_LimitBelowOne_ReportsItWithTheOtherProblems()
    {
        var error = Assert.Throws<MentorGroupsValidationException>(() => MatchingRequest.For(Programme)
            .WithMaxCandidatesPerMentee(-2)
            .Pin(new ParticipantId("nobody"), new ParticipantId("nobody either"))
            .Build());

        Assert.Contains(ErrorCodes.OutOfRange, error.Codes);
        Assert.Contains(ErrorCodes.UnknownParticipant, error.Codes);
        Assert.Contains(error.Errors, e => e.Target == nameof(MatchingRequest.MaxCandidatesPerMentee));
    }

    [Fact]
    public void Match_LimitOfOne_ExplainsUnmatchedMenteesAsWithFullLists()
    {
        // Found by the property below: capacities [0, 1, 3], six mentees for four seats, e3 reporting to m2.
        var request = new SmallMatchingInstance(
            0,
            [0, 1, 3],
            [[3, 3, 1], [2, 1, 3], [1, 3, 4], [3, 3, 3], [2, 0, 2], [1, 1, 3]],
            4,
            [-1, -1, -1, 2, -1, -1],
            [],
            []).ToRequest();
        var token = TestContext.Current.CancellationToken;
        var strategy = new OptimalStrategyOptions().CreateStrategy();

        var full = strategy.Match(request.WithMaxCandidatesPerMentee(int.MaxValue), token);
        var bounded = strategy.Match(request.WithMaxCandidatesPerMentee(1), token);

        Assert.Equal(string.Join("\n", full.Unmatched), string.Join("\n", bounded.Unmatched));
        Assert.Equal(full.Objective, bounded.Objective);
    }

    [Property(Arbitrary = [typeof(SmallMatchingArbitraries)])]
    public Property Compile_Limit_UnmatchedExplanationsStayTheSame(SmallMatchingInstance instance)
    {
        // The diagnosis of unmatched mentees uses the counts compiling makes; a bound on the lists must not change it.
        var request = instance.ToRequest();
        var token = TestContext.Current.CancellationToken;
        var strategy = new OptimalStrategyOptions().CreateStrategy();

        var full = strategy.Match(request.WithMaxCandidatesPerMentee(int.MaxValue), token);
        var bounded = strategy.Match(request.WithMaxCandidatesPerMentee(1), token);

        return (string.Join("\n", full.Unmatched) == string.Join("\n", bounded.Unmatched)).Label("same unmatched explanations")
            .And((full.Objective == bounded.Objective).Label("same objective"));
    }
}
