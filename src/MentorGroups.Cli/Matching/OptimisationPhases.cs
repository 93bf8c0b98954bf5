using MentorGroups.Strategies.GroupOptimising;

namespace MentorGroups.Cli.Matching;

/// <summary>
/// Shows a group-optimising run as one phase per stage: compiling with the share of mentees scanned, the start
/// strategy with a spinner (it reports nothing itself), and the search with the share of its iteration budget.
/// </summary>
/// <remarks>Reports are passed on at once, as <see cref="FormationPhases"/> does, so a stage never shows after its figures.</remarks>
internal sealed class OptimisationPhases(IMatchPhases phases, string subject) : IProgress<GroupOptimisationProgress>
{
    private GroupOptimisationStage? _stage;

    public void Report(GroupOptimisationProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (_stage != value.Stage)
        {
            _stage = value.Stage;
            phases.Start($"{subject}: {Describe(value.Stage)}", value.Stage != GroupOptimisationStage.Starting);
        }

        switch (value.Stage)
        {
            case GroupOptimisationStage.Compiling when value.Compilation is { Total: > 0 } compiled:
                phases.Report(Math.Clamp((double)compiled.Done / compiled.Total, 0, 1));
                break;
            case GroupOptimisationStage.Searching when value.IterationBudget > 0:
                phases.Report(Math.Clamp((double)value.Iteration / value.IterationBudget, 0, 1));
                break;
        }
    }

    private static string Describe(GroupOptimisationStage stage) => stage switch
    {
        GroupOptimisationStage.Compiling => "scoring who fits whom",
        GroupOptimisationStage.Starting => "forming the starting groups",
        GroupOptimisationStage.Searching => "improving the groups",
        _ => stage.ToString(),
    };
}
