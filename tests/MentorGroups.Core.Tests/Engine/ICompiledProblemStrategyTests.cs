using MentorGroups.Engine;
using MentorGroups.Matching;
using MentorGroups.Strategies;
using MentorGroups.Strategies.GroupOptimising;
using MentorGroups.Testing.Populations;

namespace MentorGroups.Tests.Engine;

/// <summary>
/// <see cref="ICompiledProblemStrategy"/>: a strategy matching an already compiled request gives what it gives for the
/// request, and group-optimising compiles once, handing the problem to its start strategy.
/// </summary>
public sealed class ICompiledProblemStrategyTests
{
    private static readonly MatchingRequest Request = HrPopulationGenerator.Generate(HrPopulationOptions.ForMentees(300, seed: 5)).Request;

    public static TheoryData<string> OnProblem() =>
        [.. MatchingStrategyCatalog.CreateDefault().Names.Where(n => MatchingStrategyCatalog.CreateDefault().Create(n) is ICompiledProblemStrategy)];

    [Fact]
    public void BuiltIns_PairwiseAndGroupOptimising_MatchCompiledProblems()
    {
        var names = OnProblem().Select(row => row.Data).ToArray();

        Assert.Superset(new HashSet<string>(["greedy", "optimal", "stable", GroupOptimisingStrategyOptions.DefaultName]), new HashSet<string>(names));
    }

    [Theory]
    [MemberData(nameof(OnProblem))]
    public void Match_CompiledProblem_GivesTheResultOfTheRequest(string name)
    {
        var token = TestContext.Current.CancellationToken;
        var strategy = (ICompiledProblemStrategy)MatchingStrategyCatalog.CreateDefault().Create(name);

        var fromRequest = strategy.Match(Request, token);
        var fromProblem = strategy.Match(MatchingProblem.Compile(Request, token), token);

        Assert.Equal(Fingerprint(fromRequest), Fingerprint(fromProblem));
    }

    [Fact]
    public void GroupOptimising_StartStrategyOnProblems_GetsTheProblemItCompiled()
    {
        var start = new RecordingStart();
        var catalog = new MatchingStrategyCatalog().Add("optimal", () => start);

        var result = new GroupOptimisingStrategyOptions { StartCatalog = catalog }.CreateStrategy().Match(Request, TestContext.Current.CancellationToken);

        Assert.Equal(["problem"], start.Calls);
        Assert.Same(Request, start.Problem!.Request);
        Assert.Equal(Request.Mentees.Count, result.Placements.Count + result.Unmatched.Count);
    }

    [Fact]
    public void GroupOptimising_Progress_ReportsCompilingThenStartingThenSearching()
    {
        var reports = new List<GroupOptimisationProgress>();
        var options = new GroupOptimisingStrategyOptions { Progress = new Direct(reports.Add), IterationsPerMentee = 20 };

        options.CreateStrategy().Match(Request, TestContext.Current.CancellationToken);

        var stages = reports.Select(r => r.Stage).Distinct().ToArray();
        Assert.Equal([GroupOptimisationStage.Compiling, GroupOptimisationStage.Starting, GroupOptimisationStage.Searching], stages);
        var compiled = reports.Where(r => r.Stage == GroupOptimisationStage.Compiling).Select(r => r.Compilation!.Done).ToArray();
        Assert.Equal(0, compiled[0]);
        Assert.Equal(Request.Mentees.Count, compiled[^1]);
        Assert.All(reports.Where(r => r.Stage != GroupOptimisationStage.Compiling), r => Assert.Null(r.Compilation));
    }

    private static string Fingerprint(MatchingResult result) => string.Join(
        "\n",
        result.Groups.Select(g => $"{g.Id}: {string.Join(",", g.Mentors)} / {string.Join(",", g.Mentees)}")
            .Concat(result.Placements.Select(p => $"{p.Mentee} -> {p.Group} {p.Score:R}"))
            .Concat(result.Unmatched.Select(u => u.ToString()))
            .Append($"objective {result.Objective}"));

    /// <summary>A start strategy that says which entry point was used, and matches greedily.</summary>
    private sealed class RecordingStart : ICompiledProblemStrategy
    {
        private readonly ICompiledProblemStrategy _greedy = (ICompiledProblemStrategy)MatchingStrategyCatalog.CreateDefault().Create("greedy");

        public List<string> Calls { get; } = [];

        public MatchingProblem? Problem { get; private set; }

        public string Name => "optimal";

        public MatchingResult Match(MatchingRequest request, CancellationToken cancellationToken = default)
        {
            Calls.Add("request");
            return _greedy.Match(request, cancellationToken);
        }

        public MatchingResult Match(MatchingProblem problem, CancellationToken cancellationToken = default)
        {
            Calls.Add("problem");
            Problem = problem;
            return _greedy.Match(problem, cancellationToken);
        }
    }

    private sealed class Direct(Action<GroupOptimisationProgress> report) : IProgress<GroupOptimisationProgress>
    {
        public void Report(GroupOptimisationProgress value) => report(value);
    }
}
