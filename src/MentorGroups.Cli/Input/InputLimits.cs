namespace MentorGroups.Cli.Input;

/// <summary>
/// How much the tool reads before it refuses, so that a huge or hostile file fails with a clear message instead of
/// exhausting memory. Generous for real programmes: the library is built for 100,000 mentees and 20,000 mentors.
/// </summary>
internal static class InputLimits
{
    /// <summary>The largest participants file, in bytes (256 MiB).</summary>
    public const long MaxCsvBytes = 256L * 1024 * 1024;

    /// <summary>The most data rows in a participants file.</summary>
    public const int MaxRows = 250_000;

    /// <summary>The most columns in a participants file.</summary>
    public const int MaxColumns = 200;

    /// <summary>The longest record, in bytes (guards against an unclosed quote swallowing the file).</summary>
    public const int MaxRecordBytes = 64 * 1024;

    /// <summary>The largest settings or result JSON file, in bytes (settings are small; results grow with the programme).</summary>
    public const long MaxJsonBytes = 512L * 1024 * 1024;

    /// <summary>The most problems printed; the rest are counted.</summary>
    public const int MaxProblemsShown = 1000;
}
