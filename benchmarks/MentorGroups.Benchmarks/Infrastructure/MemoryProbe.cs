using System.Diagnostics;
using System.Globalization;

namespace MentorGroups.Benchmarks.Infrastructure;

/// <summary>
/// Peak memory of one measured step, managed and native alike: the process's resident set is sampled every few
/// milliseconds, and on Linux the kernel's own high-water mark (VmHWM) is reset before the step and read after it.
/// The figure reported is the peak minus the resident set just before the step (after a full collection), so what the
/// process held before — the population, the instance — is left out.
/// </summary>
internal sealed class MemoryProbe : IDisposable
{
    private readonly Thread _sampler;
    private readonly long _baselineManaged;
    private volatile bool _stop;
    private long _peakSampled;

    private MemoryProbe()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        BaselineResident = CurrentResident();
        _peakSampled = BaselineResident;
        KernelPeakReset = TryResetKernelPeak();
        _baselineManaged = GC.GetTotalAllocatedBytes(precise: true);
        _sampler = new Thread(Sample) { IsBackground = true, Priority = ThreadPriority.AboveNormal };
        _sampler.Start();
    }

    public long BaselineResident { get; }

    public bool KernelPeakReset { get; }

    public static MemoryProbe Start() => new();

    /// <summary>Stops sampling; returns the peak resident set above the baseline and the managed bytes allocated.</summary>
    public (long PeakResidentDelta, long PeakResident, long ManagedAllocated) Stop()
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - _baselineManaged;
        _stop = true;
        _sampler.Join();
        var peak = Math.Max(Interlocked.Read(ref _peakSampled), KernelPeakReset ? KernelPeak() : 0);
        return (Math.Max(0, peak - BaselineResident), peak, allocated);
    }

    public void Dispose()
    {
        _stop = true;
        if (_sampler.IsAlive)
        {
            _sampler.Join();
        }
    }

    private void Sample()
    {
        while (!_stop)
        {
            var now = CurrentResident();
            if (now > Interlocked.Read(ref _peakSampled))
            {
                Interlocked.Exchange(ref _peakSampled, now);
            }

            Thread.Sleep(5);
        }
    }

    private static long CurrentResident()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }

    private static bool TryResetKernelPeak()
    {
        try
        {
            // Writing 5 to clear_refs resets the peak resident set size (Linux 4.0 and later).
            File.WriteAllText("/proc/self/clear_refs", "5");
            return KernelPeak() > 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            return false;
        }
    }

    private static long KernelPeak()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kb = line["VmHWM:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
        }

        return 0;
    }
}
