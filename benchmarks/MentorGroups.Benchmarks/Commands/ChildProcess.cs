using System.Diagnostics;
using System.Text.Json;

namespace MentorGroups.Benchmarks.Commands;

/// <summary>Starts this program again as a worker and reads its report.</summary>
internal static class ChildProcess
{
    public static RunReport Run(params string[] workerArgs)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("The path of this program is unknown.");
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        var entry = System.Reflection.Assembly.GetEntryAssembly()!.Location;
        if (Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(entry);
        }

        start.ArgumentList.Add(Worker.Command);
        foreach (var a in workerArgs)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"Worker '{string.Join(' ', workerArgs)}' failed with exit code {process.ExitCode}: {stderr.Result}");
        }

        var line = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last();
        return JsonSerializer.Deserialize<RunReport>(line) ?? throw new InvalidOperationException("The worker printed no report.");
    }
}
