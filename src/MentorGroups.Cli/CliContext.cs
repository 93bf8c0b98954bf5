using Spectre.Console;

namespace MentorGroups.Cli;

/// <summary>Where a command writes: plain text writers for messages, and a Spectre console for tables and progress.</summary>
internal sealed class CliContext
{
    public CliContext(TextWriter output, TextWriter error, bool interactive)
    {
        // Plain lines (messages, problems) pass through a filter for control characters; the Spectre console writes to
        // the raw writer because it emits escape sequences of its own, and every text from a file it gets is escaped.
        Output = new Output.TerminalWriter(output);
        Error = new Output.TerminalWriter(error);
        IsInteractive = interactive;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
        });
        if (!interactive)
        {
            // Redirected output has no window to fit; a fixed width keeps tables readable and output stable.
            Console.Profile.Width = 160;
        }
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public IAnsiConsole Console { get; }

    /// <summary>Whether a person watches a terminal: only then are progress bars and colours shown.</summary>
    public bool IsInteractive { get; }
}
