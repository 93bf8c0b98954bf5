using System.Globalization;
using MentorGroups.Cli;
using Spectre.Console;

// Output is culture-invariant (decimal points, dates) so files and messages read the same everywhere.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl+C cancels cleanly (exit code 3, nothing written); a second one ends the process at once.
    if (!cancellation.IsCancellationRequested)
    {
        e.Cancel = true;
        cancellation.Cancel();
    }
};

var interactive = !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
var context = new CliContext(Console.Out, Console.Error, interactive);
return await CliApp.RunAsync(args, context, CliServices.CreateDefault(), cancellation.Token).ConfigureAwait(false);
