using System.Diagnostics;

namespace MentorGroups.Strategies.GroupFormation;

/// <summary>Passes progress on when a stage starts and then at most once per interval, so reporting costs nothing in hot loops.</summary>
internal sealed class FormationProgress(IProgress<GroupFormationProgress>? sink, TimeSpan interval)
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
}
