using Microsoft.Extensions.Logging;

namespace MentorGroups.DependencyInjection;

/// <summary>
/// The matcher's log messages. Only ids, counts, codes, strategy names and durations: never a name, a goal or any
/// other free text about a participant, and never an exception's message.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information,
        "Matching programme {ProgrammeId} with strategy {Strategy}: {MentorCount} mentor(s), {MenteeCount} mentee(s)")]
    public static partial void MatchStarted(ILogger logger, string programmeId, string strategy, int mentorCount, int menteeCount);

    [LoggerMessage(2, LogLevel.Information,
        "Matched programme {ProgrammeId} with strategy {Strategy} in {ElapsedMilliseconds:0.0} ms: {GroupCount} group(s), {PlacedCount} mentee(s) placed, {UnmatchedCount} unmatched, {UnassignedMentorCount} mentor(s) without a group")]
    public static partial void MatchCompleted(ILogger logger, string programmeId, string strategy, double elapsedMilliseconds,
        int groupCount, int placedCount, int unmatchedCount, int unassignedMentorCount);

    [LoggerMessage(3, LogLevel.Warning,
        "Programme {ProgrammeId}: {GroupCount} group(s) do not meet the size recommendation {FindingCode}, e.g. group {FirstGroupId}")]
    public static partial void RecommendationNotMet(ILogger logger, string programmeId, string findingCode, int groupCount, string? firstGroupId);

    [LoggerMessage(4, LogLevel.Error,
        "Matching programme {ProgrammeId} with strategy {Strategy} failed after {ElapsedMilliseconds:0.0} ms with {ErrorType}")]
    public static partial void MatchFailed(ILogger logger, string programmeId, string strategy, double elapsedMilliseconds, string? errorType);

    [LoggerMessage(5, LogLevel.Information,
        "Matching programme {ProgrammeId} with strategy {Strategy} was cancelled after {ElapsedMilliseconds:0.0} ms")]
    public static partial void MatchCancelled(ILogger logger, string programmeId, string strategy, double elapsedMilliseconds);
}
