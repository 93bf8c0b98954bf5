using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace MentorGroups.Cli.Input;

/// <summary>
/// Turns the bytes of a participants file into text. UTF-8 (with or without a byte order mark) and UTF-16/UTF-32 with
/// a byte order mark are read as they are; any other encoding must be named. Bytes that are not valid UTF-8 are
/// refused with their line and value rather than replaced, so that æ, ø and å never silently become U+FFFD.
/// </summary>
internal static class CsvDecoder
{
    /// <exception cref="InputException">The bytes are not valid in the encoding.</exception>
    public static string Decode(string source, byte[] bytes, Encoding? encoding)
    {
        if (encoding is null)
        {
            var bom = DetectByteOrderMark(bytes);
            if (bom is not null)
            {
                return Strict(source, bytes, bom.Encoding, bom.Length, named: false);
            }

            if (!Utf8.IsValid(bytes))
            {
                throw new InputException(NotUtf8(source, bytes));
            }

            return Encoding.UTF8.GetString(bytes);
        }

        // A UTF-8 byte order mark is skipped when UTF-8 is named; for any other encoding the bytes mean what they say.
        var skip = encoding is UTF8Encoding && bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? 3 : 0;
        return Strict(source, bytes, encoding, skip, named: true);
    }

    private static string Strict(string source, byte[] bytes, Encoding encoding, int skip, bool named)
    {
        var strict = Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        try
        {
            return strict.GetString(bytes, skip, bytes.Length - skip);
        }
        catch (DecoderFallbackException ex)
        {
            var offset = skip + Math.Max(0, ex.Index);
            var (line, column) = Position(bytes, offset);
            var value = ex.BytesUnknown is { Length: > 0 } unknown ? unknown[0] : bytes[Math.Min(offset, bytes.Length - 1)];
            throw new InputException(new InputProblem(source, line, column, null, InputCodes.InvalidEncoding, string.Create(CultureInfo.InvariantCulture,
                $"Byte 0x{value:X2} (byte {column} of line {line}) cannot be read as {encoding.WebName}{(named ? string.Empty : ", which the file's byte order mark announces")}; save the file again as CSV UTF-8, or name its encoding with --encoding.")));
        }
    }

    private static InputProblem NotUtf8(string source, byte[] bytes)
    {
        var offset = FirstInvalidUtf8(bytes);
        var (line, column) = Position(bytes, offset);
        return new InputProblem(source, line, column, null, InputCodes.InvalidEncoding, string.Create(CultureInfo.InvariantCulture,
            $"Byte 0x{bytes[offset]:X2} (byte {column} of line {line}) is not valid UTF-8. The file is probably in a Windows code page (what Excel's \"CSV (comma delimited)\" writes); save it as \"CSV UTF-8\", or run again with --encoding windows-1252."));
    }

    private static int FirstInvalidUtf8(byte[] bytes)
    {
        var span = bytes.AsSpan();
        var offset = 0;
        while (offset < span.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(span[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return Math.Max(0, span.Length - 1);
    }

    /// <summary>The 1-based line and the 1-based byte within it.</summary>
    private static (int Line, int Column) Position(byte[] bytes, int offset)
    {
        var before = bytes.AsSpan(0, Math.Min(offset, bytes.Length));
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (line, offset - lineStart + 1);
    }

    private sealed record ByteOrderMark(Encoding Encoding, int Length);

    private static ByteOrderMark? DetectByteOrderMark(byte[] bytes)
    {
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return new(new UTF32Encoding(bigEndian: false, byteOrderMark: true), 4);
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return new(new UTF32Encoding(bigEndian: true, byteOrderMark: true), 4);
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new(Encoding.UTF8, 3);
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new(Encoding.Unicode, 2);
        }

        return span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? new(Encoding.BigEndianUnicode, 2) : null;
    }
}
