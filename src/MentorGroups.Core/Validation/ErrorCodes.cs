namespace MentorGroups.Validation;

/// <summary>
/// The stable codes of <see cref="ValidationError"/>. Codes never change once published; messages may be improved.
/// </summary>
public static class ErrorCodes
{
    /// <summary>A required value is missing (<see langword="null"/>).</summary>
    public const string Required = "required";

    /// <summary>An id is empty or only white space.</summary>
    public const string EmptyId = "id.empty";

    /// <summary>The same id appears twice where ids must be unique.</summary>
    public const string DuplicateId = "id.duplicate";

    /// <summary>A text that must not be empty is empty.</summary>
    public const string EmptyText = "text.empty";

    /// <summary>A tag (learning goal, expertise, language) is empty after trimming.</summary>
    public const string EmptyTag = "tag.empty";

    /// <summary>A participant names themselves as their own line manager.</summary>
    public const string SelfManaged = "participant.self-managed";

    /// <summary>A seniority level is negative.</summary>
    public const string NegativeSeniority = "participant.seniority-negative";

    /// <summary>A time zone id is not known to this system (IANA or Windows ids are accepted).</summary>
    public const string UnknownTimeZone = "participant.time-zone-unknown";

    /// <summary>An attribute key is empty.</summary>
    public const string EmptyAttributeKey = "participant.attribute-key-empty";

    /// <summary>An availability window ends before it starts, or has no length.</summary>
    public const string InvertedWindow = "availability.window-inverted";

    /// <summary>Two availability windows of the same person overlap.</summary>
    public const string OverlappingWindows = "availability.windows-overlap";

    /// <summary>An availability text cannot be read.</summary>
    public const string UnreadableAvailability = "availability.unreadable";

    /// <summary>A capacity (mentees a mentor will take) is negative.</summary>
    public const string NegativeCapacity = "enrolment.capacity-negative";

    /// <summary>A capacity was given for a role that takes no mentees.</summary>
    public const string CapacityForMentee = "enrolment.capacity-for-mentee";

    /// <summary>A person is enrolled twice in one programme.</summary>
    public const string DuplicateEnrolment = "enrolment.duplicate";

    /// <summary>A programme period ends before it starts.</summary>
    public const string InvertedPeriod = "programme.period-inverted";

    /// <summary>A programme lifecycle transition is not allowed.</summary>
    public const string IllegalTransition = "programme.transition-illegal";

    /// <summary>The size policy does not fit the programme's format.</summary>
    public const string PolicyFormatMismatch = "programme.policy-format-mismatch";

    /// <summary>A size limit is out of range (negative, or a maximum of mentees below one).</summary>
    public const string LimitOutOfRange = "policy.limit-out-of-range";

    /// <summary>A minimum is larger than its maximum.</summary>
    public const string MinAboveMax = "policy.min-above-max";

    /// <summary>No group size can meet the policy: the mentee-to-mentor ratio and the size limits contradict each other.</summary>
    public const string UnsatisfiableRatio = "policy.ratio-unsatisfiable";

    /// <summary>A size-policy preset name is not one of the presets.</summary>
    public const string UnknownPreset = "policy.preset-unknown";

    /// <summary>A person appears twice in one group, or in two groups of one set.</summary>
    public const string DuplicateMember = "group.duplicate-member";

    /// <summary>A group breaks a hard limit of its size policy.</summary>
    public const string HardLimitViolated = "group.hard-limit";

    /// <summary>A member to remove is not in the group.</summary>
    public const string NotAMember = "group.not-a-member";

    /// <summary>A weight is negative, NaN or infinite.</summary>
    public const string InvalidWeight = "matching.weight-invalid";

    /// <summary>A weight in settings names no built-in criterion or group objective.</summary>
    public const string UnknownWeight = "matching.weight-unknown";

    /// <summary>A pin or exclusion names someone who is not enrolled in the request.</summary>
    public const string UnknownParticipant = "matching.participant-unknown";

    /// <summary>A request option is out of range.</summary>
    public const string OutOfRange = "matching.out-of-range";

    /// <summary>Two pins contradict each other.</summary>
    public const string ConflictingPins = "matching.pins-conflict";

    /// <summary>No matching strategy is registered under a name.</summary>
    public const string UnknownStrategy = "strategy.unknown";

    /// <summary>No programme configuration (named options) is registered under a name.</summary>
    public const string UnknownConfiguration = "configuration.unknown";

    /// <summary>Strategy options are out of range.</summary>
    public const string InvalidOptions = "strategy.options-invalid";

    /// <summary>A withdrawal names someone who is still enrolled, is in no running group, or is in a locked group.</summary>
    public const string InvalidWithdrawal = "matching.withdrawal-invalid";

    /// <summary>A meeting slot length is out of range (1 to 1,440 minutes).</summary>
    public const string SlotLengthOutOfRange = "scheduling.slot-length-out-of-range";

    /// <summary>A scheduling step is not a whole number of minutes that divides a day (1, 5, 15, 30, 60, ...).</summary>
    public const string InvalidStep = "scheduling.step-invalid";

    /// <summary>A meeting slot length is not a whole number of scheduling steps.</summary>
    public const string SlotNotMultipleOfStep = "scheduling.slot-not-multiple-of-step";

    /// <summary>The number of meeting slots to return is below one.</summary>
    public const string MaxResultsOutOfRange = "scheduling.max-results-out-of-range";

    /// <summary>A reference week does not start on a Monday, or lies too close to the end of the calendar.</summary>
    public const string InvalidReferenceWeek = "scheduling.reference-week-invalid";

    /// <summary>The preferred daytime hours end before or when they start.</summary>
    public const string InvertedDaytime = "scheduling.daytime-inverted";

    /// <summary>Someone gave availability but no time zone, so their windows cannot be placed in time.</summary>
    public const string MissingTimeZone = "scheduling.time-zone-missing";

    /// <summary>Two availability masks of different reference weeks or steps were compared.</summary>
    internal const string IncompatibleMasks = "scheduling.masks-incompatible"; // only the internal availability masks raise it
}
