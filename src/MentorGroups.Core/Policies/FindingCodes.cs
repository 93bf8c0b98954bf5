namespace MentorGroups.Policies;

/// <summary>The stable codes of <see cref="PolicyFinding"/>.</summary>
public static class FindingCodes
{
    /// <summary>Fewer mentors than the policy's minimum.</summary>
    public const string TooFewMentors = "size.mentors-below-min";

    /// <summary>More mentors than the policy's maximum.</summary>
    public const string TooManyMentors = "size.mentors-above-max";

    /// <summary>Fewer mentees than the policy's minimum.</summary>
    public const string TooFewMentees = "size.mentees-below-min";

    /// <summary>More mentees than the policy's maximum.</summary>
    public const string TooManyMentees = "size.mentees-above-max";

    /// <summary>More mentees per mentor than the policy allows.</summary>
    public const string RatioExceeded = "size.ratio-above-max";

    /// <summary>A person is in more than one group of a set.</summary>
    public const string PersonInSeveralGroups = "set.person-in-several-groups";

    /// <summary>Two groups of a set have the same id.</summary>
    public const string DuplicateGroupId = "set.duplicate-group-id";
}
