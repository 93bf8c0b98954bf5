using System.CommandLine;
using MentorGroups.Cli.Commands;

namespace MentorGroups.Cli;

/// <summary>The tool's entry point, callable in-process (tests) as well as from <c>Program</c>.</summary>
internal static class CliApp
{
    /// <summary>Runs the tool with plain (non-interactive) output.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="cancellationToken">Cancels the run (Ctrl+C); the exit code is then <see cref="ExitCodes.Cancelled"/>.</param>
    /// <returns>An exit code from <see cref="ExitCodes"/>.</returns>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        RunAsync(args, new CliContext(output, error, interactive: false), CliServices.CreateDefault(), cancellationToken);

    /// <summary>Runs the tool.</summary>
    public static async Task<int> RunAsync(string[] args, CliContext context, CliServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        var root = new RootCommand("MentorGroups: match mentors and mentees into groups from an HR export (CSV). Exit codes: 0 success, 1 unexpected error, 2 invalid input, 3 cancelled.")
        {
            MatchCommand.Create(context, services),
            ValidateCommand.Create(context, services),
            ExplainCommand.Create(context, services),
            ScheduleCommand.Create(context, services),
            SampleCommand.Create(context),
        };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var message in ParseErrors.Describe(parse))
            {
                await context.Error.WriteLineAsync($"error: {message}").ConfigureAwait(false);
            }

            await context.Error.WriteLineAsync("Run 'mentorgroups --help' or 'mentorgroups <command> --help' for usage.").ConfigureAwait(false);
            return ExitCodes.InvalidInput;
        }

        try
        {
            // Ctrl+C is the caller's job (Program wires it to the token), so the parser installs no handler of its own.
            var invocation = new InvocationConfiguration { Output = context.Output, Error = context.Error, ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false };
            return await parse.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await context.Error.WriteLineAsync("Cancelled; nothing was written.").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
#pragma warning disable CA1031 // The last line of defence: any failure becomes exit code 1 with a one-line message, never a stack dump with data in it.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            await context.Error.WriteLineAsync($"unexpected error ({ex.GetType().Name}): {ex.Message}").ConfigureAwait(false);
            await context.Error.WriteLineAsync("This is a bug or an environment problem; please report it with the command you ran (not the data).").ConfigureAwait(false);
            return ExitCodes.UnexpectedError;
        }
    }
}
