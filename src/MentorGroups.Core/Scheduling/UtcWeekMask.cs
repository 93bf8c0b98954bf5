using System.Numerics;
using MentorGroups.Validation;

namespace MentorGroups.Scheduling;

/// <summary>
/// One person's availability laid on the UTC time line of a reference week, as one bit per step (15 minutes by
/// default: 672 bits in 11 words). Built once per person, it makes comparing two people a handful of AND and
/// pop-count instructions, without allocating, so matching can compare millions of pairs.
/// </summary>
/// <remarks>
/// <para>Bit k covers the UTC minutes [k·step, (k+1)·step) after Monday 00:00 UTC of <see cref="ReferenceWeek"/>; it is
/// set only when the person is available for the whole step. The week is read as it really happens: local windows are
/// placed with the time zone's offsets on each date of that week, so a daylight-saving change inside the week moves
/// the windows after it by the change. A local window that reaches past Sunday midnight continues at the start of the
/// same UTC week, because availability repeats every week.</para>
/// <para>A person without availability gives an empty mask (<see cref="IsEmpty"/>): "not given", which scoring should
/// treat as neutral rather than "never".</para>
/// <para>Equal when reference week, step and bits are equal.</para>
/// </remarks>
internal sealed class UtcWeekMask : IEquatable<UtcWeekMask>
{
    /// <summary>The default step: 15 minutes.</summary>
    public const int DefaultStepMinutes = 15;

    private readonly ulong[] _bits;

    private UtcWeekMask(DateOnly referenceWeek, int stepMinutes, ulong[] bits)
    {
        ReferenceWeek = referenceWeek;
        StepMinutes = stepMinutes;
        _bits = bits;
        var count = 0;
        foreach (var word in bits)
        {
            count += BitOperations.PopCount(word);
        }

        AvailableMinutes = count * stepMinutes;
    }

    /// <summary>The Monday of the week the mask describes; the mask starts at 00:00 UTC that day.</summary>
    public DateOnly ReferenceWeek { get; }

    /// <summary>Minutes per bit.</summary>
    public int StepMinutes { get; }

    /// <summary>Number of steps (bits) in the week.</summary>
    public int StepCount => WeeklyWindow.MinutesPerWeek / StepMinutes;

    /// <summary>Minutes of the week in which the person is available, counted in whole steps.</summary>
    public int AvailableMinutes { get; }

    /// <summary>Whether no step is available (no availability given, or only windows shorter than a step).</summary>
    public bool IsEmpty => AvailableMinutes == 0;

    /// <summary>Places a person's local availability on the UTC time line of a week.</summary>
    /// <param name="timeZone">The person's time zone.</param>
    /// <param name="availability">Weekly windows in <paramref name="timeZone"/>.</param>
    /// <param name="referenceWeek">The Monday of the week to read, because offsets depend on the date.</param>
    /// <param name="stepMinutes">Minutes per bit; must divide a day. The default is 15.</param>
    /// <returns>The mask.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timeZone"/> or <paramref name="availability"/> is <see langword="null"/>.</exception>
    /// <exception cref="MentorGroupsValidationException">Every problem at once: the step does not divide a day
    /// (code <see cref="ErrorCodes.InvalidStep"/>); the week is not given by a Monday (code <see cref="ErrorCodes.InvalidReferenceWeek"/>).</exception>
    public static UtcWeekMask Create(TimeZoneInfo timeZone, WeeklyAvailability availability, DateOnly referenceWeek, int stepMinutes = DefaultStepMinutes)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        ArgumentNullException.ThrowIfNull(availability);
        var problems = new Problems();
        UtcWeekTimeline.CheckStep(problems, stepMinutes, nameof(stepMinutes));
        UtcWeekTimeline.CheckReferenceWeek(problems, referenceWeek, nameof(referenceWeek));
        problems.ThrowIfAny("availability mask");

        var stepCount = WeeklyWindow.MinutesPerWeek / stepMinutes;
        var bits = new ulong[UtcWeekTimeline.WordCount(stepCount)];
        UtcWeekTimeline.Fill(bits, timeZone, availability, UtcWeekTimeline.StartUtc(referenceWeek), stepMinutes, stepCount);
        return new UtcWeekMask(referenceWeek, stepMinutes, bits);
    }

    /// <summary>Places a scheduling member's availability on the UTC time line of a week.</summary>
    /// <param name="member">The member; one without a time zone has no availability and gives an empty mask.</param>
    /// <param name="referenceWeek">The Monday of the week to read.</param>
    /// <param name="stepMinutes">Minutes per bit; must divide a day. The default is 15.</param>
    /// <returns>The mask.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="member"/> is <see langword="null"/>.</exception>
    /// <exception cref="MentorGroupsValidationException">As for <see cref="Create(TimeZoneInfo, WeeklyAvailability, DateOnly, int)"/>.</exception>
    public static UtcWeekMask ForMember(SchedulingMember member, DateOnly referenceWeek, int stepMinutes = DefaultStepMinutes)
    {
        ArgumentNullException.ThrowIfNull(member);
        return Create(member.TimeZone ?? TimeZoneInfo.Utc, member.Availability, referenceWeek, stepMinutes);
    }

    /// <summary>Whether the person is available for the whole step that contains the instant.</summary>
    /// <param name="instant">An instant inside the reference week (Monday 00:00 UTC up to, not including, the next Monday).</param>
    /// <returns><see langword="true"/> when available.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="instant"/> lies outside the reference week.</exception>
    public bool IsAvailableAt(DateTimeOffset instant)
    {
        var minutes = (instant.UtcDateTime - UtcWeekTimeline.StartUtc(ReferenceWeek)).TotalMinutes;
        if (minutes is < 0 or >= WeeklyWindow.MinutesPerWeek)
        {
            throw new ArgumentOutOfRangeException(nameof(instant), instant, $"The instant is outside the week of {ReferenceWeek:yyyy-MM-dd} (UTC).");
        }

        return UtcWeekTimeline.IsSet(_bits, (int)minutes / StepMinutes);
    }

    /// <summary>Minutes of the week in which both people are available. Allocation-free.</summary>
    /// <param name="other">The other person's mask, built for the same week and step.</param>
    /// <returns>Shared minutes, in whole steps.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    /// <exception cref="MentorGroupsValidationException">The masks differ in week or step (code <see cref="ErrorCodes.IncompatibleMasks"/>).</exception>
    public int OverlapMinutes(UtcWeekMask other)
    {
        ArgumentNullException.ThrowIfNull(other);
        EnsureCompatible(other);
        var a = _bits;
        var b = other._bits;
        var count = 0;
        for (var i = 0; i < a.Length; i++)
        {
            count += BitOperations.PopCount(a[i] & b[i]);
        }

        return count * StepMinutes;
    }

    /// <summary>Minutes of the week in which every one of the people is available. Allocation-free.</summary>
    /// <param name="masks">The masks, all for the same week and step; none may be <see langword="null"/>.</param>
    /// <returns>Shared minutes in whole steps; 0 when <paramref name="masks"/> is empty.</returns>
    /// <exception cref="ArgumentNullException">A mask is <see langword="null"/>.</exception>
    /// <exception cref="MentorGroupsValidationException">The masks differ in week or step (code <see cref="ErrorCodes.IncompatibleMasks"/>).</exception>
    public static int CommonMinutes(ReadOnlySpan<UtcWeekMask> masks)
    {
        if (masks.IsEmpty)
        {
            return 0;
        }

        var first = masks[0] ?? throw new ArgumentNullException(nameof(masks), "A mask is null.");
        foreach (var mask in masks)
        {
            ArgumentNullException.ThrowIfNull(mask, nameof(masks));
            first.EnsureCompatible(mask);
        }

        var count = 0;
        for (var i = 0; i < first._bits.Length; i++)
        {
            var word = ulong.MaxValue;
            foreach (var mask in masks)
            {
                word &= mask._bits[i];
            }

            count += BitOperations.PopCount(word);
        }

        return count * first.StepMinutes;
    }

    /// <inheritdoc/>
    public bool Equals(UtcWeekMask? other) =>
        other is not null && ReferenceWeek == other.ReferenceWeek && StepMinutes == other.StepMinutes
        && _bits.AsSpan().SequenceEqual(other._bits);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as UtcWeekMask);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(ReferenceWeek);
        hash.Add(StepMinutes);
        foreach (var word in _bits)
        {
            hash.Add(word);
        }

        return hash.ToHashCode();
    }

    /// <summary>A short summary: week, step and available minutes.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        FormattableString.Invariant($"Week of {ReferenceWeek:yyyy-MM-dd} (UTC), {AvailableMinutes} min available in {StepMinutes}-min steps");

    private void EnsureCompatible(UtcWeekMask other)
    {
        if (other.ReferenceWeek != ReferenceWeek || other.StepMinutes != StepMinutes)
        {
            Problems.ThrowOne("availability masks", ErrorCodes.IncompatibleMasks,
                FormattableString.Invariant($"Masks can only be compared for the same week and step; got week {ReferenceWeek:yyyy-MM-dd} in {StepMinutes}-min steps and week {other.ReferenceWeek:yyyy-MM-dd} in {other.StepMinutes}-min steps."));
        }
    }
}
