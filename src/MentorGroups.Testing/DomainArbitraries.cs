using FsCheck;
using FsCheck.Fluent;
using MentorGroups.Groups;
using MentorGroups.Participants;
using MentorGroups.Policies;
using MentorGroups.Scheduling;

namespace MentorGroups.Testing;

/// <summary>
/// FsCheck arbitraries for the domain types, built from <see cref="DomainGenerators"/>. Register them on a property
/// with <c>[Property(Arbitrary = new[] { typeof(DomainArbitraries) })]</c> and take the types as parameters.
/// </summary>
/// <remarks>Values are not shrunk: each is a valid domain value whose parts depend on each other.</remarks>
public static class DomainArbitraries
{
    /// <summary>HR-style participant ids.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ParticipantId> ParticipantId() => DomainGenerators.ParticipantIds().ToArbitrary();

    /// <summary>Group ids.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<GroupId> GroupId() => DomainGenerators.GroupIds().ToArbitrary();

    /// <summary>Tag sets from a small realistic vocabulary.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<TagSet> TagSet() => DomainGenerators.TagSets().ToArbitrary();

    /// <summary>Weekly windows, daytime mostly, some crossing midnight or the end of the week.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<WeeklyWindow> WeeklyWindow() => DomainGenerators.WeeklyWindows().ToArbitrary();

    /// <summary>Weekly availabilities whose windows never overlap.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<WeeklyAvailability> WeeklyAvailability() => DomainGenerators.WeeklyAvailabilities().ToArbitrary();

    /// <summary>Participants with realistic profiles.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Participant> Participant() => DomainGenerators.Participants().ToArbitrary();

    /// <summary>Valid size policies, presets included, with hard and recommended limits mixed.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<GroupSizePolicy> GroupSizePolicy() => DomainGenerators.GroupSizePolicies().ToArbitrary();

    /// <summary>Groups that satisfy the hard limits of their own (generated) policy.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<MentoringGroup> MentoringGroup() => DomainGenerators.MentoringGroups().ToArbitrary();
}
