using MentorGroups.Validation;

namespace MentorGroups.Scheduling;

/// <summary>
/// Settings for <see cref="MeetingSlotFinder"/>. The finder checks them when it is created, reports every problem at
/// once, and copies them, so changing the options afterwards does not change a finder.
/// </summary>
public sealed class MeetingSlotOptions
{
    /// <summary>How long a meeting lasts, in minutes: 1 to 1,440 and a whole number of <see cref="StepMinutes"/>.</summary>
    /// <value>The default value is 60.</value>
    public int SlotLengthMinutes { get; set; } = 60;

    /// <summary>Meetings start on multiples of this many minutes after Monday 00:00 UTC; it must divide a day.</summary>
    /// <value>The default value is 15.</value>
    public int StepMinutes { get; set; } = UtcWeekMask.DefaultStepMinutes;

    /// <summary>
    /// The Monday of the week to plan in. Offsets from UTC depend on the date, so the same weekly availability can
    /// give different UTC slots in different weeks (daylight saving).
    /// </summary>
    /// <value>The default value is <see langword="null"/>: the finder plans the first Monday strictly after today's UTC
    /// date, read once from its <see cref="TimeProvider"/> when it is created.</value>
    public DateOnly? ReferenceWeek { get; set; }

    /// <summary>At most this many slots are returned; at least 1.</summary>
    /// <value>The default value is 10.</value>
    public int MaxResults { get; set; } = 10;

    /// <summary>Start of the local daytime that ranking prefers.</summary>
    /// <value>The default value is 08:00.</value>
    public TimeOnly DaytimeStart { get; set; } = new(8, 0);

    /// <summary>End of the local daytime that ranking prefers; after <see cref="DaytimeStart"/>.</summary>
    /// <value>The default value is 18:00.</value>
    public TimeOnly DaytimeEnd { get; set; } = new(18, 0);

    /// <summary>The first Monday strictly after a date, so the week it starts has not begun on that date.</summary>
    /// <param name="date">Any date.</param>
    /// <returns>The Monday 1 to 7 days later.</returns>
    internal static DateOnly NextMondayAfter(DateOnly date)
    {
        var days = ((int)DayOfWeek.Monday - (int)date.DayOfWeek + 7) % 7;
        return date.AddDays(days == 0 ? 7 : days);
    }

    /// <summary>Every problem with these options, reference week aside when it is not set.</summary>
    internal Problems Validate()
    {
        var problems = new Problems();
        var slotInRange = SlotLengthMinutes is >= 1 and <= 24 * 60;
        if (!slotInRange)
        {
            problems.Add(ErrorCodes.SlotLengthOutOfRange,
                $"A meeting must last from 1 to 1440 minutes; got {SlotLengthMinutes}.", nameof(SlotLengthMinutes));
        }

        var stepProblems = new Problems();
        UtcWeekTimeline.CheckStep(stepProblems, StepMinutes, nameof(StepMinutes));
        problems.AddRange(stepProblems.Errors);
        if (!stepProblems.Any && slotInRange && SlotLengthMinutes % StepMinutes != 0)
        {
            problems.Add(ErrorCodes.SlotNotMultipleOfStep,
                $"A meeting of {SlotLengthMinutes} minutes is not a whole number of {StepMinutes}-minute steps.", nameof(SlotLengthMinutes));
        }

        if (MaxResults < 1)
        {
            problems.Add(ErrorCodes.MaxResultsOutOfRange, $"At least one slot must be asked for; got {MaxResults}.", nameof(MaxResults));
        }

        if (ReferenceWeek is { } week)
        {
            UtcWeekTimeline.CheckReferenceWeek(problems, week, nameof(ReferenceWeek));
        }

        if (DaytimeEnd <= DaytimeStart)
        {
            problems.Add(ErrorCodes.InvertedDaytime,
                $"Daytime must end after it starts; got {DaytimeStart:HH\\:mm}-{DaytimeEnd:HH\\:mm}.", nameof(DaytimeEnd));
        }

        return problems;
    }
}
