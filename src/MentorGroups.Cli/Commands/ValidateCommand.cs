using System.CommandLine;
using MentorGroups.Cli.Matching;

namespace MentorGroups.Cli.Commands;

/// <summary><c>validate</c>: checks the input files and prints every problem, without matching.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context, CliServices services)
    {
        var input = new InputOptions(services, withMatchingOptions: false);
        var command = new Command("validate", "Check the participants CSV (and settings) and print every problem with file, line and column; no matching.");
        input.AddTo(command);
        command.SetAction((parse, token) => CommandRunner.RunAsync(context, ct =>
        {
            var (table, settings) = input.Load(parse, ct);
            var request = MatchRun.BuildRequest(table, settings);
            var capacity = request.Mentors.Sum(m => m.Capacity);
            context.Output.WriteLine($"{table.Source}: valid. {request.Mentors.Count} mentor(s) with capacity for {capacity} mentee(s); {request.Mentees.Count} mentee(s).");
            if (capacity < request.Mentees.Count)
            {
                context.Output.WriteLine($"Note: the mentors' capacity is {request.Mentees.Count - capacity} short of the mentees; that many or more will be unmatched.");
            }

            return Task.FromResult(ExitCodes.Success);
        }, token, problemWriter: context.Output));
        return command;
    }
}
