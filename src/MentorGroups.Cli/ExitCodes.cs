namespace MentorGroups.Cli;

/// <summary>The process exit codes; documented in docs/cli.md and stable once published.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>Something went wrong that the input does not explain (a bug, a full disk, a file locked by another program).</summary>
    public const int UnexpectedError = 1;

    /// <summary>The input files, settings or command-line arguments are invalid; every problem is printed and nothing is written.</summary>
    public const int InvalidInput = 2;

    /// <summary>The run was cancelled (Ctrl+C); nothing is written.</summary>
    public const int Cancelled = 3;
}
