using MentorGroups.Validation;

namespace MentorGroups.Programmes;

/// <summary>When a programme runs, both days included.</summary>
public readonly record struct ProgrammePeriod
{
    /// <summary>Creates a period.</summary>
    /// <param name="start">First day.</param>
    /// <param name="end">Last day; not before <paramref name="start"/>.</param>
    /// <exception cref="MentorGroupsValidationException"><paramref name="end"/> is before <paramref name="start"/> (code <see cref="ErrorCodes.InvertedPeriod"/>).</exception>
    public ProgrammePeriod(DateOnly start, DateOnly end)
    {
        if (end < start)
        {
            Problems.ThrowOne("programme period", ErrorCodes.InvertedPeriod, $"The period ends ({end:yyyy-MM-dd}) before it starts ({start:yyyy-MM-dd}).");
        }

        Start = start;
        End = end;
    }

    /// <summary>First day.</summary>
    public DateOnly Start { get; }

    /// <summary>Last day.</summary>
    public DateOnly End { get; }

    /// <summary>Whether the day falls within the period.</summary>
    /// <param name="day">The day.</param>
    /// <returns><see langword="true"/> when within.</returns>
    public bool Contains(DateOnly day) => day >= Start && day <= End;
}
