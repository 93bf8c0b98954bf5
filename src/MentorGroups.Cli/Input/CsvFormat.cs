using System.Globalization;
using System.Text;

namespace MentorGroups.Cli.Input;

/// <summary>
/// How the participants file is written: its field separator and its encoding. Both are detected when not given:
/// the separator from the header row (comma, semicolon or tab), the encoding from a byte order mark, else UTF-8.
/// </summary>
/// <param name="Delimiter">The separator, or <see langword="null"/> to detect it from the header.</param>
/// <param name="Encoding">The encoding, or <see langword="null"/> for UTF-8 (or the byte order mark's).</param>
internal sealed record CsvFormat(char? Delimiter, Encoding? Encoding)
{
    /// <summary>Detect both.</summary>
    public static CsvFormat Detect { get; } = new(null, null);

    /// <summary>The separators detected from the header, in the order ties are broken.</summary>
    public static IReadOnlyList<char> Delimiters { get; } = [',', ';', '\t'];

    /// <summary>Reads a <c>--delimiter</c> value: the character itself, or its name (comma, semicolon, tab).</summary>
    /// <returns>The separator, or <see langword="null"/> when the text names none.</returns>
    public static char? ParseDelimiter(string text) => text.Trim().ToUpperInvariant() switch
    {
        "," or "COMMA" => ',',
        ";" or "SEMICOLON" => ';',
        "\\T" or "TAB" => '\t',
        _ when text == "\t" => '\t',
        _ => null,
    };

    /// <summary>Reads an <c>--encoding</c> value such as <c>windows-1252</c>, <c>iso-8859-1</c>, <c>utf-8</c> or <c>utf-16</c>.</summary>
    /// <returns>The encoding (strict: bytes it cannot decode are an error), or <see langword="null"/> when the name is not known.</returns>
    public static Encoding? ParseEncoding(string name)
    {
        // Windows code pages (Excel's "CSV (comma delimited)" on a Windows PC) are not built into .NET; the provider adds them.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        try
        {
            return Encoding.GetEncoding(name.Trim(), EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The separator of a header row: the candidate that occurs most often outside quotes (a comma when none does).</summary>
    public static char DetectDelimiter(string text)
    {
        var counts = new int[Delimiters.Count];
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\n' or '\r')
            {
                break;
            }
            else if (!quoted)
            {
                var index = ",;\t".IndexOf(c, StringComparison.Ordinal);
                if (index >= 0)
                {
                    counts[index]++;
                }
            }
        }

        var best = 0;
        for (var i = 1; i < counts.Length; i++)
        {
            best = counts[i] > counts[best] ? i : best;
        }

        return Delimiters[best];
    }

    /// <summary>A separator as people name it in messages.</summary>
    public static string Name(char delimiter) => delimiter switch
    {
        ',' => "comma",
        ';' => "semicolon",
        '\t' => "tab",
        _ => string.Create(CultureInfo.InvariantCulture, $"'{delimiter}'"),
    };
}
