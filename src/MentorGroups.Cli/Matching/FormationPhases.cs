using MentorGroups.Strategies.GroupFormation;

namespace MentorGroups.Cli.Matching;

/// <summary>
/// Shows a group-formation run as one phase per stage (planning, compiling, placing, balancing, improving, explaining),
/// with the share of the stage done for the stages that count their steps (compiling, placing, balancing, improving); the others
/// report only that they started, so they show a spinner rather than a bar standing at 0 %.
/// </summary>
/// <remarks>
/// Reports arrive on the strategy's own thread, in order; they are passed on at once rather than through
/// <see cref="Progress{T}"/>, which posts to the thread pool and could show a stage's start after its first figures.
/// </remarks>
internal sealed class FormationPhases(IMatchPhases phases, string subject) : IProgress<GroupFormationProgress>
{
    private GroupFormationStage? _stage;

    public void Report(GroupFormationProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (_stage != value.Stage)
        {
            _stage = value.Stage;
            phases.Start($"{subject}: {Describe(value.Stage)}", CountsSteps(value.Stage));
        }

        if (CountsSteps(value.Stage) && value.Total > 0)
        {
            phases.Report(Math.Clamp((double)value.Done / value.Total, 0, 1));
        }
    }

    private static bool CountsSteps(GroupFormationStage stage) =>
        stage is GroupFormationStage.Compiling or GroupFormationStage.Placing or GroupFormationStage.Balancing or GroupFormationStage.Improving;

    private static string Describe(GroupFormationStage stage) => stage switch
    {
        GroupFormationStage.Planning => "choosing who leads and who co-leads",
        GroupFormationStage.Compiling => "scoring who fits whom",
        GroupFormationStage.Placing => "placing mentees",
        GroupFormationStage.Balancing => "bringing groups to the recommended size",
        GroupFormationStage.Improving => "finding common meeting times",
        GroupFormationStage.Explaining => "explaining the groups",
        _ => stage.ToString(),
    };
}
