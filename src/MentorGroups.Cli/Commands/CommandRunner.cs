using MentorGroups.Cli.Input;
using MentorGroups.Validation;

namespace MentorGroups.Cli.Commands;

/// <summary>Runs a command's body and turns every way it can end into a documented exit code and a clear message.</summary>
internal static class CommandRunner
{
    public static async Task<int> RunAsync(CliContext context, Func<CancellationToken, Task<int>> body, CancellationToken cancellationToken, TextWriter? problemWriter = null)
    {
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            return await body(cancellationToken).ConfigureAwait(false);
        }
        catch (InputException ex)
        {
            WriteProblems(problemWriter ?? context.Error, ex.Problems);
            return ExitCodes.InvalidInput;
        }
        catch (MentorGroupsValidationException ex)
        {
            // Problems the library finds in command-line values (e.g. an unknown strategy name) carry no file position.
            foreach (var error in ex.Errors)
            {
                context.Error.WriteLine($"error: {error.Message} [{error.Code}]");
            }

            return ExitCodes.InvalidInput;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            context.Error.WriteLine("Cancelled; nothing was written.");
            return ExitCodes.Cancelled;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"error: cannot read or write a file: {ex.Message}");
            return ExitCodes.UnexpectedError;
        }
    }

    public static void WriteProblems(TextWriter writer, IReadOnlyList<InputProblem> problems)
    {
        writer.WriteLine(problems.Count == 1 ? "1 problem found:" : $"{problems.Count} problems found:");
        foreach (var problem in problems.Take(InputLimits.MaxProblemsShown))
        {
            writer.WriteLine("  " + problem);
        }

        if (problems.Count > InputLimits.MaxProblemsShown)
        {
            writer.WriteLine($"  ... and {problems.Count - InputLimits.MaxProblemsShown} more.");
        }
    }
}
