namespace MentorGroups.Policies;

/// <summary>How strictly a size limit applies.</summary>
public enum LimitKind
{
    /// <summary>Breaking it is an error: a group that does is rejected and no strategy produces one.</summary>
    Hard,

    /// <summary>Breaking it is allowed but reported as a warning that says why the recommendation exists.</summary>
    Recommendation,
}
