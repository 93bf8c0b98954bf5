namespace MentorGroups.Policies;

/// <summary>How serious a <see cref="PolicyFinding"/> is.</summary>
public enum FindingSeverity
{
    /// <summary>Worth knowing; nothing is wrong.</summary>
    Information,

    /// <summary>A recommendation is not met; the group works but may suffer for the stated reason.</summary>
    Warning,

    /// <summary>A hard limit is broken.</summary>
    Error,
}
