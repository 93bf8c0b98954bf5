namespace MentorGroups.Testing.Conformance;

/// <summary>What kind of matching requests <see cref="MatchingGenerators"/> produces. Small by default, so that every
/// property runs fast and a failure is easy to read.</summary>
public sealed record RequestShape
{
    /// <summary>The most lead mentors in a request.</summary>
    /// <value>The default value is 6.</value>
    public int MaxMentors { get; init; } = 6;

    /// <summary>The most co-mentors in a request (only used when the policy allows two mentors per group).</summary>
    /// <value>The default value is 2.</value>
    public int MaxCoMentors { get; init; } = 2;

    /// <summary>The most mentees in a request.</summary>
    /// <value>The default value is 24.</value>
    public int MaxMentees { get; init; } = 24;

    /// <summary>The most mentees a mentor will take.</summary>
    /// <value>The default value is 6.</value>
    public int MaxCapacity { get; init; } = 6;

    /// <summary>Whether requests carry line managers, exclusions and a common-language requirement.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool WithConstraints { get; init; } = true;

    /// <summary>Whether requests carry pins.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool WithPins { get; init; } = true;

    /// <summary>Whether total capacity always covers every mentee (and, with <see cref="WithConstraints"/> off, nothing blocks anyone).</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool EnoughCapacity { get; init; }

    /// <summary>Whether some requests are peer-group programmes (no mentors; mentees grouped among themselves).</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool WithPeerGroups { get; init; }

    /// <summary>Requests with nothing that blocks a pair and capacity for everyone: every mentee must be placed.</summary>
    public static RequestShape Unconstrained { get; } = new() { WithConstraints = false, WithPins = false, EnoughCapacity = true, MaxCoMentors = 0 };
}
