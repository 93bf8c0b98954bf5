using System.Diagnostics;
using MentorGroups.Engine;

namespace MentorGroups.Strategies.GroupFormation;

/// <summary>
/// Passes progress on when a stage starts and then at most once per interval, so reporting costs nothing in hot loops;
/// compilation's own reports become the <see cref="GroupFormationStage.Compiling"/> stage's (they come one at a time).
/// </summary>
internal sealed class FormationProgress(IProgress<GroupFormationProgress>? sink, TimeSpan interval) : IProgress<CompilationProgress>
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private GroupFormationStage? _stage;
    private TimeSpan _last = TimeSpan.MinValue;

    public void Report(GroupFormationStage stage, long done, long total)
    {
        if (sink is null)
        {
            return;
        }

        var now = _clock.Elapsed;
        if (_stage == stage && now - _last < interval)
        {
            return;
        }

        _stage = stage;
        _last = now;
        sink.Report(new GroupFormationProgress(stage, done, total));
    }

    /// <inheritdoc/>
    public void Report(CompilationProgress value) => Report(GroupFormationStage.Compiling, value.Done, value.Total);
}
