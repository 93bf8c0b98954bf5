using System.CommandLine;
using System.CommandLine.Parsing;
using MentorGroups.Cli.Input;

namespace MentorGroups.Cli.Commands;

/// <summary>
/// Keeps a misspelt option from being read as a file name or id: a value starting with '-' in an argument's place is
/// reported as an unknown option, with the closest real one.
/// </summary>
internal static class UnknownOptions
{
    public static void RefuseOptionLikeTokens(ArgumentResult result)
    {
        foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-') && t.Value.Length > 1))
        {
            result.AddError(Describe(token.Value, (result.Parent as CommandResult)?.Command));
        }
    }

    /// <summary>"Unknown option '--sampel'; did you mean '--sample'?"</summary>
    public static string Describe(string token, Command? command)
    {
        var names = command?.Options.SelectMany(o => o.Aliases.Append(o.Name)).Where(n => n.StartsWith('-')).Distinct().ToArray() ?? [];
        var closest = ColumnNames.Closest(token, names);
        return closest is null
            ? $"Unknown option '{token}'; see the command's --help for its options."
            : $"Unknown option '{token}'; did you mean '{closest}'?";
    }
}
