using MentorGroups.Enrolments;
using MentorGroups.Matching;
using MentorGroups.Participants;
using MentorGroups.Programmes;
using MentorGroups.Rules;
using MentorGroups.Rules.Constraints;
using MentorGroups.Rules.Criteria;
using MentorGroups.Rules.Objectives;
using MentorGroups.Rules.Requirements;
using MentorGroups.Strategies;
using MentorGroups.Strategies.GroupOptimising;
using MentorGroups.Tests.Support;

namespace MentorGroups.Tests.Engine;

/// <summary>
/// A criterion, constraint, group objective or group requirement that throws or returns a score outside 0..1 stops
/// every strategy with one <see cref="MatchingExtensionException"/> naming the extension, the pair or group and the value.
/// </summary>
public sealed class ExtensionFailureTests
{
    private const int Mentors = 40;
    private const int Mentees = 400;

    public static TheoryData<string> Strategies() => BuiltInStrategyNames.All();

    [Theory]
    [MemberData(nameof(Strategies))]
    public void Match_CriterionThrows_OneExceptionNamingCriterionAndPair(string strategy)
    {
        var request = Request(b => b.WithCriteria(new WeightedCriterion(new FailingCriterion(FailingCriterion.Throw), 1)));

        var failure = Assert.Throws<MatchingExtensionException>(() => Create(strategy).Match(request, TestContext.Current.CancellationToken));

        Assert.Equal("criterion", failure.Kind);
        Assert.Equal("failing", failure.Extension);
        Assert.Equal("mentor M01 and mentee E007", failure.Subject);
        Assert.Null(failure.Value);
        Assert.IsType<InvalidOperationException>(failure.InnerException);
        Assert.Equal("The criterion 'failing' threw InvalidOperationException for mentor M01 and mentee E007: broken for E007", failure.Message);
    }

    [Theory]
    [InlineData(double.NaN, "NaN")]
    [InlineData(1.5, "1.5")]
    [InlineData(-0.25, "-0.25")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    public void Match_CriterionReturnsScoreOutOfRange_OneExceptionWithTheValue(double score, string shown)
    {
        var request = Request(b => b.WithCriteria(new WeightedCriterion(new FailingCriterion(score), 1)));

        var failure = Assert.Throws<MatchingExtensionException>(() => Create("optimal").Match(request, TestContext.Current.CancellationToken));

        Assert.Equal("mentor M01 and mentee E007", failure.Subject);
        Assert.Equal(score, failure.Value);
        Assert.Null(failure.InnerException);
        Assert.Equal($"The criterion 'failing' returned {shown} for mentor M01 and mentee E007; a score must be a number from 0 to 1.", failure.Message);
    }

    [Fact]
    public void Match_PreparedCriterionReturnsNaN_NamesTheMentorOfTheBadScore()
    {
        var request = Request(b => b.WithCriteria(new WeightedCriterion(new FailingPreparedCriterion(), 1)));

        var failure = Assert.Throws<MatchingExtensionException>(() => Create("greedy").Match(request, TestContext.Current.CancellationToken));

        Assert.Equal("mentor M01 and mentee E007", failure.Subject);
        Assert.True(double.IsNaN(failure.Value!.Value));
    }

    [Theory]
    [MemberData(nameof(Strategies))]
    public void Match_ConstraintThrows_OneExceptionNamingConstraintAndPair(string strategy)
    {
        var request = Request(b => b.WithConstraints(new FailingConstraint()));

        var failure = Assert.Throws<MatchingExtensionException>(() => Create(strategy).Match(request, TestContext.Current.CancellationToken));

        Assert.Equal("constraint", failure.Kind);
        Assert.Equal("failing-constraint", failure.Extension);
        Assert.StartsWith("mentor M", failure.Subject, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(failure.InnerException);
    }

    [Fact]
    public void Match_ConstraintThrows_SameExceptionWhateverTheParallelism()
    {
        var request = Request(b => b.WithConstraints(new FailingConstraint()));
        var messages = new HashSet<string>(StringComparer.Ordinal);
        ThreadPool.GetMinThreads(out var workers, out var io);
        try
        {
            foreach (var threads in new[] { 1, 2, 16 })
            {
                ThreadPool.SetMinThreads(threads, io);
                for (var run = 0; run < 3; run++)
                {
                    messages.Add(Assert.Throws<MatchingExtensionException>(() => Create("optimal").Match(request, TestContext.Current.CancellationToken)).Message);
                }
            }
        }
        finally
        {
            ThreadPool.SetMinThreads(workers, io);
        }

        Assert.Equal("The constraint 'failing-constraint' threw InvalidOperationException for mentor M01 and mentee E007: broken for E007", Assert.Single(messages));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Match_GroupObjectiveFails_OneExceptionNamingObjectiveAndGroup(bool throws)
    {
        var request = Request(b => b.WithGroupObjectives(new WeightedGroupObjective(new FailingObjective(throws), 1)));

        var failure = Assert.Throws<MatchingExtensionException>(() => Create(GroupOptimisingStrategyOptions.DefaultName).Match(request, TestContext.Current.CancellationToken));

        Assert.Equal("group objective", failure.Kind);
        Assert.Equal("failing-objective", failure.Extension);
        Assert.StartsWith("the group of M", failure.Subject, StringComparison.Ordinal);
        Assert.Equal(throws ? null : 2.0, failure.Value);
        Assert.Equal(throws, failure.InnerException is InvalidOperationException);
    }

    [Fact]
    public void Match_GroupRequirementThrows_OneExceptionNamingRequirementAndGroup()
    {
        var request = Request(b => b.WithGroupRequirements(new FailingRequirement()));

        var failure = Assert.Throws<MatchingExtensionException>(() => Create("greedy").Match(request, TestContext.Current.CancellationToken));

        Assert.Equal("group requirement", failure.Kind);
        Assert.Equal("failing-requirement", failure.Extension);
        Assert.StartsWith("the group of M", failure.Subject, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(failure.InnerException);
    }

    [Fact]
    public void Match_CancelledWhileExtensionsRun_ThrowsCancellationNotExtensionFailure()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();
        var request = Request(b => b.WithCriteria(new WeightedCriterion(new FailingCriterion(FailingCriterion.Throw), 1)));

        Assert.ThrowsAny<OperationCanceledException>(() => Create("optimal").Match(request, source.Token));
    }

    private static IMatchingStrategy Create(string name) => MatchingStrategyCatalog.CreateDefault().Create(name);

    private static MatchingRequest Request(Func<MatchingRequestBuilder, MatchingRequestBuilder> configure)
    {
        var builder = MatchingRequest.For(Programme.Builder("p", "Programme").Build());
        for (var i = 1; i <= Mentors; i++)
        {
            builder.AddMentor(Participant.Builder($"M{i:00}").WithExpertise("sql").Build(), 10);
        }

        for (var i = 1; i <= Mentees; i++)
        {
            builder.AddMentee(Participant.Builder($"E{i:000}").WithLearningGoals("sql").Build());
        }

        return configure(builder).Build();
    }

    /// <summary>Fails for mentee E007 and every mentee after it, so which failure is reported depends on the order of work.</summary>
    private static bool Fails(Enrolment mentee) => string.CompareOrdinal(mentee.Id.Value, "E007") >= 0;

    private sealed class FailingCriterion(double score) : IScoringCriterion
    {
        public const double Throw = -1000;

        public string Name => "failing";

        public double Score(in CandidatePair pair) =>
            !Fails(pair.Mentee) ? 0.5
            : score == Throw ? throw new InvalidOperationException($"broken for {pair.Mentee.Id}")
            : score;

        public string Explain(in CandidatePair pair) => "fails";
    }

    private sealed class FailingPreparedCriterion : IPreparableCriterion
    {
        public string Name => "failing-prepared";

        public double Score(in CandidatePair pair) => Fails(pair.Mentee) ? double.NaN : 0.5;

        public string Explain(in CandidatePair pair) => "fails";

        public IPreparedCriterion Prepare(MatchingPopulation population) => new Prepared(population);

        private sealed class Prepared(MatchingPopulation population) : IPreparedCriterion
        {
            public void Score(int mentee, ReadOnlySpan<int> mentors, Span<double> scores) =>
                scores.Fill(Fails(population.Mentees[mentee]) ? double.NaN : 0.5);
        }
    }

    private sealed class FailingConstraint : IHardConstraint
    {
        public string Name => "failing-constraint";

        public bool Allows(in MemberPair pair) =>
            pair.Second.Role == ProgrammeRole.Mentee && Fails(pair.Second) ? throw new InvalidOperationException($"broken for {pair.Second.Id}") : true;

        public string Explain(in MemberPair pair) => "fails";
    }

    private sealed class FailingObjective(bool throws) : IGroupObjective
    {
        public string Name => "failing-objective";

        public double Score(in GroupContext group) => throws ? throw new InvalidOperationException("broken") : 2.0;

        public string Explain(in GroupContext group) => "fails";
    }

    private sealed class FailingRequirement : IGroupRequirement
    {
        public string Name => "failing-requirement";

        public bool Allows(in GroupContext group) => throw new InvalidOperationException("broken");

        public string Explain(in GroupContext group) => "fails";
    }
}
