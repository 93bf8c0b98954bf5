using MentorGroups.Cli.Matching;
using Spectre.Console;

namespace MentorGroups.Cli.Output;

/// <summary>
/// Shows the phases of a run in a terminal: one line per phase with its elapsed time, a bar and percentage when the
/// phase reports how far it is, a spinner when it cannot.
/// </summary>
internal sealed class SpectrePhases : IMatchPhases
{
    private readonly ProgressContext _progress;
    private ProgressTask? _current;

    private SpectrePhases(ProgressContext progress) => _progress = progress;

    public static Task<T> RunAsync<T>(IAnsiConsole console, Func<IMatchPhases, Task<T>> body) =>
        console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(progress => body(new SpectrePhases(progress)));

    public void Start(string phase, bool reportsFraction)
    {
        Done();
        _current = _progress.AddTask(TerminalText.Escape(phase), maxValue: 1);
        _current.IsIndeterminate(!reportsFraction);
    }

    public void Report(double fraction)
    {
        if (_current is { } task)
        {
            task.IsIndeterminate(false);
            task.Value = Math.Clamp(fraction, 0, 1);
        }
    }

    public void Done()
    {
        if (_current is { } task)
        {
            task.IsIndeterminate(false);
            task.Value = 1;
            task.StopTask();
        }
    }
}
