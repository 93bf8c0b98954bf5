using MentorGroups.Engine;
using MentorGroups.Matching;
using MentorGroups.Participants;
using MentorGroups.Programmes;
using MentorGroups.Strategies;
using MentorGroups.Strategies.GroupOptimising;

namespace MentorGroups.Tests.Strategies.GroupOptimising;

/// <summary>
/// The group-optimising strategy's search (GroupSearch) from a start that a test chooses: which mentees it places,
/// moves and swaps, how it spends and reports its iteration budget, and when it stops.
/// </summary>
public sealed class GroupSearchTests
{
    private static readonly Programme Programme = Programme.Builder("p", "Graduates").Build();

    private static Participant Mentor(string id, string expertise) => Participant.Builder(id).WithExpertise(expertise).Build();

    private static Participant Mentee(string id, string goal) => Participant.Builder(id).WithLearningGoals(goal).Build();

    /// <summary>M1 knows x and M2 knows y, one seat each; a wants y and b wants x.</summary>
    private static MatchingRequest Crossed(int seats = 1) =>
        MatchingRequest.For(Programme)
            .AddMentor(Mentor("M1", "x"), seats)
            .AddMentor(Mentor("M2", "y"), seats)
            .AddMentee(Mentee("a", "y"))
            .AddMentee(Mentee("b", "x"))
            .Build();

    private static IMatchingStrategy Search(IMatchingStrategy start, Action<GroupOptimisingStrategyOptions>? configure = null)
    {
        var options = new GroupOptimisingStrategyOptions { StartStrategy = start.Name, StartCatalog = new MatchingStrategyCatalog().Add(start) };
        configure?.Invoke(options);
        return options.CreateStrategy();
    }

    private static string[] Groups(MatchingResult result) =>
        [.. result.Groups.Select(g => $"{g.LeadMentor}:{string.Join(",", g.Mentees.Select(m => m.Value).Order(StringComparer.Ordinal))}").Order(StringComparer.Ordinal)];

    [Fact]
    public void Match_StartPlacesTheCrossedPairs_SwapsThemIntoTheBetterGroups()
    {
        var result = Search(new PlacingStart(("a", "M1"), ("b", "M2")), o => o.IterationsPerMentee = 50)
            .Match(Crossed(), TestContext.Current.CancellationToken);

        Assert.Equal(["M1:b", "M2:a"], Groups(result));
        var m = result.Metrics;
        Assert.Equal((2.0, 2.0), (m["placed.before"], m["placed.after"]));
        Assert.Equal((2.0, 2.0), (m["groups.before"], m["groups.after"]));
        Assert.True(m["objective.after"] > m["objective.before"], $"objective {m["objective.before"]} -> {m["objective.after"]}");
        Assert.True(m["pairwise.after"] > m["pairwise.before"], $"pairwise {m["pairwise.before"]} -> {m["pairwise.after"]}");
        Assert.Equal((100.0, 100.0), (m["iterations"], m["iterationBudget"]));
        Assert.True(m["acceptedMoves"] >= 1);
        Assert.True(m["improvements"] >= 1);
        Assert.Equal(0, m["stoppedByTimeBudget"]);
        Assert.Equal(0, m["removedForRequirements"]);
    }

    [Fact]
    public void Match_StartPutsBothWithOneMentorAndTheOtherHasRoom_MovesTheMisplacedMentee()
    {
        var result = Search(new PlacingStart(("a", "M1"), ("b", "M1")), o => o.IterationsPerMentee = 50)
            .Match(Crossed(seats: 2), TestContext.Current.CancellationToken);

        Assert.Equal(["M1:b", "M2:a"], Groups(result));
        Assert.Equal((1.0, 2.0), (result.Metrics["groups.before"], result.Metrics["groups.after"]));
    }

    [Fact]
    public void Match_PinnedMentee_IsNeverMoved()
    {
        var request = MatchingRequest.For(Programme)
            .AddMentor(Mentor("M1", "x"), 2)
            .AddMentor(Mentor("M2", "y"), 2)
            .AddMentee(Mentee("a", "y"))
            .AddMentee(Mentee("b", "y"))
            .Pin("a", "M1")
            .Build();

        var result = Search(new PlacingStart(("b", "M1")), o => o.IterationsPerMentee = 50).Match(request, TestContext.Current.CancellationToken);

        Assert.Equal(["M1:a", "M2:b"], Groups(result));
        Assert.True(result.PlacementOf("a")!.Pinned);
    }

    [Fact]
    public void Match_StartPlacesNobody_EachMenteeIsInsertedWhereTheyAddMost()
    {
        var request = MatchingRequest.For(Programme)
            .AddMentor(Mentor("M1", "x"), 2)
            .AddMentor(Mentor("M2", "y"), 2)
            .AddMentee(Mentee("a", "x"))
            .AddMentee(Mentee("b", "y"))
            .AddMentee(Mentee("c", "x"))
            .AddMentee(Mentee("d", "x"))
            .Build();
        var reports = new List<GroupOptimisationProgress>();

        // No iterations: what the result shows is the insertion alone. d finds M1 full and takes M2's last seat.
        var result = Search(new PlacingStart(), o => { o.IterationsPerMentee = 0; o.Progress = new Collect(reports); })
            .Match(request, TestContext.Current.CancellationToken);

        Assert.Equal(["M1:a,c", "M2:b,d"], Groups(result));
        Assert.Equal((4.0, 0.0, 0.0), (result.Metrics["placed.before"], result.Metrics["iterations"], result.Metrics["iterationBudget"]));
        var report = Assert.Single(reports);
        Assert.Equal((0L, 0L, 0L), (report.Iteration, report.IterationBudget, report.AcceptedMoves));
        Assert.Equal(report.CurrentObjective, report.BestObjective);
        Assert.Equal(result.Metrics["objective.after"], report.CurrentObjective, 6);
    }

    [Fact]
    public void Match_MaxIterationsBelowThePerMenteeBudget_CapsTheRun()
    {
        var result = Search(new PlacingStart(("a", "M1"), ("b", "M2")), o => { o.IterationsPerMentee = 50; o.MaxIterations = 7; })
            .Match(Crossed(), TestContext.Current.CancellationToken);

        Assert.Equal((7.0, 7.0), (result.Metrics["iterations"], result.Metrics["iterationBudget"]));
    }

    [Fact]
    public void Match_Progress_ReportedEveryIntervalAndOnceAtTheEnd()
    {
        var reports = new List<GroupOptimisationProgress>();

        var result = Search(new PlacingStart(("a", "M1"), ("b", "M2")), o => { o.IterationsPerMentee = 50; o.ProgressInterval = 10; o.Progress = new Collect(reports); })
            .Match(Crossed(), TestContext.Current.CancellationToken);

        Assert.Equal([0L, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100], reports.Select(r => r.Iteration));
        Assert.All(reports, r => Assert.Equal(100, r.IterationBudget));
        Assert.All(reports, r => Assert.True(r.BestObjective >= r.CurrentObjective - 1e-9));
        var last = reports[^1];
        Assert.Equal(result.Metrics["acceptedMoves"], last.AcceptedMoves);
        Assert.Equal(result.Metrics["objective.after"], last.CurrentObjective, 6);
        Assert.Equal(result.Metrics["objective.after"], last.BestObjective, 6);
        Assert.True(reports[0].CurrentObjective < last.BestObjective);
    }

    [Fact]
    public void Match_TimeBudgetSpentAtTheFirstCheck_StopsAndSaysSo()
    {
        var result = Search(new PlacingStart(("a", "M1"), ("b", "M2")), o => { o.IterationsPerMentee = 10_000; o.TimeBudget = TimeSpan.FromTicks(1); })
            .Match(Crossed(), TestContext.Current.CancellationToken);

        Assert.Equal(1, result.Metrics["stoppedByTimeBudget"]);
        Assert.Equal(0, result.Metrics["iterations"]);
        Assert.Equal(20_000, result.Metrics["iterationBudget"]);
        Assert.Equal(["M1:a", "M2:b"], Groups(result));
    }

    [Fact]
    public void Match_CancelledDuringTheSearch_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        var strategy = Search(new PlacingStart(("a", "M1"), ("b", "M2")), o => { o.IterationsPerMentee = 1_000; o.Progress = new CancelOnFirstReport(cancellation); });

        Assert.ThrowsAny<OperationCanceledException>(() => strategy.Match(Crossed(), cancellation.Token));
    }

    [Fact]
    public void Match_SameRequestTwice_SameGroupsAndSameWork()
    {
        var request = MatchingRequest.For(Programme)
            .AddMentor(Mentor("M1", "x"), 2).AddMentor(Mentor("M2", "y"), 2).AddMentor(Mentor("M3", "z"), 2)
            .AddMentee(Mentee("a", "y")).AddMentee(Mentee("b", "z")).AddMentee(Mentee("c", "x")).AddMentee(Mentee("d", "y")).AddMentee(Mentee("e", "z"))
            .Build();
        var strategy = Search(new PlacingStart(("a", "M1"), ("b", "M1"), ("c", "M2"), ("d", "M3"), ("e", "M3")), o => o.IterationsPerMentee = 200);

        var first = strategy.Match(request, TestContext.Current.CancellationToken);
        var second = strategy.Match(request, TestContext.Current.CancellationToken);

        Assert.Equal(["M1:c", "M2:a,d", "M3:b,e"], Groups(first));
        Assert.Equal(Groups(first), Groups(second));
        Assert.Equal(first.Metrics["acceptedMoves"], second.Metrics["acceptedMoves"]);
        Assert.Equal(1000, first.Metrics["iterations"]);
    }

    /// <summary>A start strategy that places the given mentees with the given mentors and nobody else.</summary>
    private sealed class PlacingStart(params (string Mentee, string Mentor)[] pairs) : IMatchingStrategy
    {
        public string Name => "start";

        public MatchingResult Match(MatchingRequest request, CancellationToken cancellationToken = default)
        {
            var problem = MatchingProblem.Compile(request, cancellationToken);
            var assignment = problem.CreateAssignment();
            foreach (var (mentee, mentor) in pairs)
            {
                Assert.True(assignment.TryAssign(problem.IndexOfMentee(mentee), problem.TeamOfMentor(mentor)));
            }

            return problem.CreateResult(assignment, Name, fillFreeSeats: false, cancellationToken: cancellationToken);
        }
    }

    // The search's own reports; compiling and starting report stages of their own before it.
    private sealed class Collect(List<GroupOptimisationProgress> into) : IProgress<GroupOptimisationProgress>
    {
        public void Report(GroupOptimisationProgress value)
        {
            if (value.Stage == GroupOptimisationStage.Searching)
            {
                into.Add(value);
            }
        }
    }

    private sealed class CancelOnFirstReport(CancellationTokenSource cancellation) : IProgress<GroupOptimisationProgress>
    {
        public void Report(GroupOptimisationProgress value) => cancellation.Cancel();
    }
}
