using System.Globalization;

namespace MentorGroups.Matching;

/// <summary>
/// A criterion, constraint, group objective or group requirement failed while matching: it threw, or returned a score
/// that is not a number from 0 to 1. The match stops with this one exception, the same whatever the degree of
/// parallelism; when the extension threw, its exception is the <see cref="Exception.InnerException"/>.
/// </summary>
/// <remarks>The message names the extension, the pair or group (by ids only) and the value, never personal data.</remarks>
public sealed class MatchingExtensionException : Exception
{
    internal MatchingExtensionException(string kind, string extension, string subject, double? value, Exception? innerException)
        : base(FormatMessage(kind, extension, subject, value, innerException), innerException)
    {
        Kind = kind;
        Extension = extension;
        Subject = subject;
        Value = value;
    }

    /// <summary>What kind of extension failed: "criterion", "constraint", "group objective" or "group requirement".</summary>
    public string Kind { get; }

    /// <summary>The extension's name.</summary>
    public string Extension { get; }

    /// <summary>The pair or group it was asked about, by ids, e.g. "mentor M1 and mentee E2".</summary>
    public string Subject { get; }

    /// <summary>The score it returned when that was the problem; <see langword="null"/> when it threw.</summary>
    public double? Value { get; }

    private static string FormatMessage(string kind, string extension, string subject, double? value, Exception? inner) =>
        value is { } v
            ? string.Create(CultureInfo.InvariantCulture, $"The {kind} '{extension}' returned {v} for {subject}; a score must be a number from 0 to 1.")
            : $"The {kind} '{extension}' threw {inner?.GetType().Name} for {subject}: {inner?.Message}";
}
