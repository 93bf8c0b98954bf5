using System.Globalization;
using System.Text;
using Spectre.Console;

namespace MentorGroups.Cli.Output;

/// <summary>
/// Makes text from files safe to print: control characters (C0, DEL, C1, and so ESC) are shown as <c>\x1B</c>-style
/// escapes, so a name can neither clear the screen, set the window title nor hide what follows it.
/// </summary>
internal static class TerminalText
{
    /// <summary>The text with every control character but the line break escaped.</summary>
    public static string Safe(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.AsSpan().ContainsAnyInRange('\0', '\u001F') && !text.AsSpan().ContainsAnyInRange('\u007F', '\u009F'))
        {
            return text ?? string.Empty;
        }

        var safe = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (char.IsControl(c) && c != '\n')
            {
                safe.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}");
            }
            else
            {
                safe.Append(c);
            }
        }

        return safe.ToString();
    }

    /// <summary>Safe text for Spectre markup: control characters escaped, then the markup brackets.</summary>
    public static string Escape(string? text) => Markup.Escape(Safe(text));
}

/// <summary>A writer that passes text through <see cref="TerminalText.Safe"/>: for everything printed as plain lines.</summary>
internal sealed class TerminalWriter(TextWriter inner) : TextWriter(CultureInfo.InvariantCulture)
{
    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value) => inner.Write(char.IsControl(value) && value is not ('\n' or '\r') ? TerminalText.Safe(value.ToString()) : value.ToString());

    public override void Write(string? value) => inner.Write(TerminalText.Safe(value));

    public override void WriteLine(string? value) => inner.WriteLine(TerminalText.Safe(value));

    public override Task WriteLineAsync(string? value) => inner.WriteLineAsync(TerminalText.Safe(value));

    public override Task WriteAsync(string? value) => inner.WriteAsync(TerminalText.Safe(value));

    public override void Flush() => inner.Flush();

    public override Task FlushAsync() => inner.FlushAsync();
}
