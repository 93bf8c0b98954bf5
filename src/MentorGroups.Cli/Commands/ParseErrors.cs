using System.CommandLine;
using System.Text.RegularExpressions;

namespace MentorGroups.Cli.Commands;

/// <summary>Turns the command-line parser's errors into plain sentences: no .NET type names, unknown options as such.</summary>
internal static partial class ParseErrors
{
    public static IEnumerable<string> Describe(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        foreach (var error in parse.Errors)
        {
            var message = error.Message;
            if (CannotParse().Match(message) is { Success: true } bad)
            {
                var type = bad.Groups["type"].Value;
                var wanted = type.Contains("Int", StringComparison.Ordinal) ? "a whole number"
                    : type.Contains("Double", StringComparison.Ordinal) || type.Contains("Decimal", StringComparison.Ordinal) ? "a number"
                    : type.Contains("Boolean", StringComparison.Ordinal) ? "true or false"
                    : "a valid value";
                yield return $"'{bad.Groups["value"].Value}' is not {wanted}; {bad.Groups["option"].Value} takes {wanted}.";
            }
            else if (Unrecognized().Match(message) is { Success: true } unknown)
            {
                var token = unknown.Groups["token"].Value;
                if (token.StartsWith('-'))
                {
                    yield return UnknownOptions.Describe(token, command);
                }
                else if (command is RootCommand)
                {
                    var names = command.Subcommands.Select(c => c.Name).ToArray();
                    var closest = Input.ColumnNames.Closest(token, names);
                    yield return $"'{token}' is not a command{(closest is null ? string.Empty : $"; did you mean '{closest}'?")} Commands: {string.Join(", ", names)}.";
                }
                else
                {
                    yield return $"'{token}' is one argument too many for {command.Name}; a value with spaces needs quotes.";
                }
            }
            else if (message.Contains("Required command was not provided", StringComparison.Ordinal) && parse.Errors.Count > 1)
            {
                // The other error (an unknown command) says it better.
            }
            else if (message.Contains("Required command was not provided", StringComparison.Ordinal))
            {
                yield return $"Give a command: {string.Join(", ", command.Subcommands.Select(c => c.Name))}.";
            }
            else
            {
                // What is left reads plainly ("Option '--result' is required."); a type name would still be cut out.
                yield return SystemType().Replace(message, "a value of the right kind");
            }
        }
    }

    [GeneratedRegex(@"Cannot parse argument '(?<value>.*)' for (?:option|argument) '(?<option>[^']*)' as expected type '(?<type>[^']*)'", RegexOptions.None, 1000)]
    private static partial Regex CannotParse();

    [GeneratedRegex(@"Unrecognized command or argument '(?<token>.*)'", RegexOptions.None, 1000)]
    private static partial Regex Unrecognized();

    [GeneratedRegex(@"'?System\.[A-Za-z0-9_.`\[\]]+'?", RegexOptions.None, 1000)]
    private static partial Regex SystemType();
}
