using MentorGroups.Engine;
using MentorGroups.Matching;
using MentorGroups.Participants;
using MentorGroups.Programmes;
using MentorGroups.Rules;
using MentorGroups.Rules.Criteria;
using MentorGroups.Strategies;
using MentorGroups.Strategies.GroupFormation;
using MentorGroups.Tests.Support;

namespace MentorGroups.Tests.Engine;

/// <summary>
/// Compiling a request stops soon after its token is cancelled — while criteria are prepared and while candidate teams
/// are scanned — and reports how far it has got. Promptness is counted in calls, not measured in time: after the
/// cancellation, each worker may finish the mentee it is scanning, and nothing more.
/// </summary>
public sealed class CompilationCancellationTests
{
    private const int Mentors = 40;
    private const int Mentees = 600;

    public static TheoryData<string> Strategies() => BuiltInStrategyNames.All();

    [Theory]
    [MemberData(nameof(Strategies))]
    public void Match_TokenCancelledWhileScanning_StopsWithinTheMenteesInFlight(string strategy)
    {
        using var source = new CancellationTokenSource();
        var criterion = new CancellingCriterion(source);
        var request = Request(criterion);

        Assert.ThrowsAny<OperationCanceledException>(() => MatchingStrategyCatalog.CreateDefault().Create(strategy).Match(request, source.Token));

        // A pair-by-pair criterion is asked once per allowed mentor of the mentee being scanned; every worker may finish
        // its mentee (one more in flight for a thread the pool adds). Checking every 64th mentee would allow far more.
        var bound = Mentors * (Environment.ProcessorCount + 1);
        Assert.InRange(criterion.CallsAfterCancelling, 0, bound);
    }

    [Fact]
    public void Compile_TokenCancelledWhilePreparing_ScansNobody()
    {
        using var source = new CancellationTokenSource();
        var scored = new CancellingCriterion(new CancellationTokenSource());
        var request = RequestBuilder()
            .WithCriteria(new WeightedCriterion(new CancellingPreparation(source), 1), new WeightedCriterion(scored, 1))
            .Build();

        Assert.ThrowsAny<OperationCanceledException>(() => MatchingProblem.Compile(request, source.Token));

        Assert.Equal(0, scored.Calls);
    }

    [Fact]
    public void Compile_PreparingCriteria_HandsThemTheCompilationsToken()
    {
        using var source = new CancellationTokenSource();
        var preparation = new CancellingPreparation(null);
        var request = RequestBuilder().WithCriteria(new WeightedCriterion(preparation, 1)).Build();

        MatchingProblem.Compile(request, null, null, source.Token);

        Assert.Equal(source.Token, preparation.Token);
    }

    [Fact]
    public void Compile_WithProgress_ReportsFromNothingToEveryMenteeWithoutGoingBack()
    {
        var reports = new RecordingProgress<CompilationProgress>();
        var request = Request(new CancellingCriterion(null));

        MatchingProblem.Compile(request, null, reports, TestContext.Current.CancellationToken);

        var done = reports.Values.Select(r => r.Done).ToArray();
        Assert.All(reports.Values, r => Assert.Equal(Mentees, r.Total));
        Assert.Equal(0, done[0]);
        Assert.Equal(Mentees, done[^1]);
        Assert.True(done.Zip(done.Skip(1)).All(p => p.First < p.Second), string.Join(", ", done));
        // One report per hundredth, plus the start: the sink is not called per mentee.
        Assert.InRange(done.Length, 3, 102);
    }

    [Fact]
    public void GroupFormation_Compiling_ReportsTheShareOfMenteesScanned()
    {
        var reports = new RecordingProgress<GroupFormationProgress>();
        var strategy = new GroupFormationStrategyOptions { Progress = reports, ProgressInterval = TimeSpan.Zero }.CreateStrategy();

        strategy.Match(Request(new CancellingCriterion(null)), TestContext.Current.CancellationToken);

        var compiling = reports.Values.Where(r => r.Stage == GroupFormationStage.Compiling).ToArray();
        Assert.Equal(0, compiling[0].Done);
        Assert.Contains(compiling, r => r.Done > 0 && r.Done < r.Total);
        Assert.Contains(compiling, r => r.Done == Mentees && r.Total == Mentees);
    }

    private static MatchingRequestBuilder RequestBuilder()
    {
        var builder = MatchingRequest.For(Programme.Builder("p", "Programme").Build());
        for (var i = 1; i <= Mentors; i++)
        {
            builder.AddMentor(Participant.Builder($"M{i:00}").WithExpertise("sql").Build(), 15);
        }

        for (var i = 1; i <= Mentees; i++)
        {
            builder.AddMentee(Participant.Builder($"E{i:000}").WithLearningGoals("sql").Build());
        }

        return builder;
    }

    private static MatchingRequest Request(IScoringCriterion criterion) =>
        RequestBuilder().WithCriteria(new WeightedCriterion(criterion, 1)).Build();

    /// <summary>Cancels the token on its first score (when given one), then counts every further call.</summary>
    private sealed class CancellingCriterion(CancellationTokenSource? source) : IScoringCriterion
    {
        private int _calls;

        public string Name => "cancelling";

        public int Calls => Volatile.Read(ref _calls);

        public int CallsAfterCancelling => Math.Max(0, Calls - 1);

        public double Score(in CandidatePair pair)
        {
            if (Interlocked.Increment(ref _calls) == 1)
            {
                source?.Cancel();
            }

            return string.CompareOrdinal(pair.Mentor.Id.Value, "M20") < 0 ? 0.75 : 0.25;
        }

        public string Explain(in CandidatePair pair) => "counted";
    }

    /// <summary>A preparable criterion that keeps the population's token and cancels the source while it prepares.</summary>
    private sealed class CancellingPreparation(CancellationTokenSource? source) : IPreparableCriterion
    {
        public string Name => "cancelling-preparation";

        public CancellationToken Token { get; private set; }

        public double Score(in CandidatePair pair) => 0.5;

        public string Explain(in CandidatePair pair) => "prepared";

        public IPreparedCriterion Prepare(MatchingPopulation population)
        {
            Token = population.CancellationToken;
            source?.Cancel();
            return new Prepared();
        }

        private sealed class Prepared : IPreparedCriterion
        {
            public void Score(int mentee, ReadOnlySpan<int> mentors, Span<double> scores) => scores.Fill(0.5);
        }
    }

    /// <summary>Keeps every report, in order; the compilation passes them one at a time.</summary>
    private sealed class RecordingProgress<T> : IProgress<T>
    {
        private readonly List<T> _values = [];

        public IReadOnlyList<T> Values
        {
            get
            {
                lock (_values)
                {
                    return [.. _values];
                }
            }
        }

        public void Report(T value)
        {
            lock (_values)
            {
                _values.Add(value);
            }
        }
    }
}
