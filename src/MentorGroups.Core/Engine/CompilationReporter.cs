namespace MentorGroups.Engine;

/// <summary>
/// Passes compilation progress on from parallel workers: one report per hundredth of the mentees, one at a time, never
/// going back (the ordered rerun after a failure counts mentees again, which is not passed on).
/// </summary>
internal sealed class CompilationReporter
{
    private readonly IProgress<CompilationProgress>? _sink;
    private readonly long _total;
    private readonly long _step;
    private readonly object _gate = new();
    private long _done;
    private long _reported = -1;

    public CompilationReporter(IProgress<CompilationProgress>? sink, long total)
    {
        _sink = sink;
        _total = total;
        _step = Math.Max(1, total / 100);
    }

    /// <summary>Reports that compiling has started.</summary>
    public void Start() => Pass(0);

    /// <summary>Counts one mentee done; reports when that completes another hundredth.</summary>
    public void Step()
    {
        if (_sink is null)
        {
            return;
        }

        var done = Interlocked.Increment(ref _done);
        if (done % _step == 0)
        {
            Pass(done);
        }
    }

    /// <summary>Reports that every mentee is done.</summary>
    public void Finish() => Pass(_total);

    private void Pass(long done)
    {
        if (_sink is null)
        {
            return;
        }

        lock (_gate)
        {
            done = Math.Min(done, _total);
            if (done > _reported)
            {
                _reported = done;
                _sink.Report(new CompilationProgress(done, _total));
            }
        }
    }
}
