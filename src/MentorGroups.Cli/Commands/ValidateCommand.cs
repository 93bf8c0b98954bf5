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
            var policy = settings.Programme.SizePolicy;
            var seats = SeatCount.Of(request.Mentors, policy);
            var mentees = request.Mentees.Count;
            context.Output.WriteLine($"{table.Source}: valid. {request.Mentors.Count:N0} mentor(s) with capacity for {seats.Claimed:N0} mentee(s); {mentees:N0} mentee(s).");
            if (!policy.IsMentored)
            {
                return Task.FromResult(ExitCodes.Success);
            }

            context.Output.WriteLine($"Usable seats under the size policy (at most {policy.MaxMenteesPerMentor.Value} mentees per mentor, {policy.MaxMentees.Value} per group, "
                + $"co-mentors only beside a lead): {seats.Usable:N0}.");
            if (seats.Leads == 0 && request.Mentors.Count > 0)
            {
                context.Output.WriteLine("Warning: no one has the role mentor. Co-mentors only join a lead mentor's group, so no group can be formed; make at least one of them mentor.");
            }

            if (seats.Usable < mentees)
            {
                context.Output.WriteLine($"Warning: {mentees - seats.Usable:N0} seat(s) short: at least that many mentees will be unmatched. Add mentors, or raise capacities within the policy.");
            }

            return Task.FromResult(ExitCodes.Success);
        }, token, problemWriter: context.Output));
        return command;
    }
}
