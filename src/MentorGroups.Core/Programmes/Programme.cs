using MentorGroups.Participants;
using MentorGroups.Policies;
using MentorGroups.Validation;

namespace MentorGroups.Programmes;

/// <summary>
/// A mentoring programme: the clearly defined frame that steers everyone towards its purpose. It has a shared broad
/// learning goal, a format, a period, guidelines and session topics, a size policy, and a lifecycle status.
/// Built by <see cref="ProgrammeBuilder"/>; immutable, and moves through its lifecycle with <see cref="TransitionTo"/>.
/// </summary>
public sealed class Programme
{
    internal Programme(
        ProgrammeId id,
        string name,
        string? purpose,
        string? sharedLearningGoal,
        TagSet sharedGoalTags,
        ProgrammeFormat format,
        ProgrammePeriod? period,
        IReadOnlyList<string> guidelines,
        IReadOnlyList<string> topics,
        GroupSizePolicy sizePolicy,
        ProgrammeStatus status)
    {
        Id = id;
        Name = name;
        Purpose = purpose;
        SharedLearningGoal = sharedLearningGoal;
        SharedGoalTags = sharedGoalTags;
        Format = format;
        Period = period;
        Guidelines = guidelines;
        Topics = topics;
        SizePolicy = sizePolicy;
        Status = status;
    }

    /// <summary>The programme's id.</summary>
    public ProgrammeId Id { get; }

    /// <summary>The programme's name.</summary>
    public string Name { get; }

    /// <summary>The overall aim the programme steers towards, or <see langword="null"/>.</summary>
    public string? Purpose { get; }

    /// <summary>The broad learning goal every mentee shares, in words (e.g. "from student to first full-time job").</summary>
    public string? SharedLearningGoal { get; }

    /// <summary>The shared goal as tags, used to measure how well a group's goals cohere.</summary>
    public TagSet SharedGoalTags { get; }

    /// <summary>One-to-one, group or peer group.</summary>
    public ProgrammeFormat Format { get; }

    /// <summary>When the programme runs, or <see langword="null"/> when open-ended.</summary>
    public ProgrammePeriod? Period { get; }

    /// <summary>Guidelines for participants (the frame's rules of the road).</summary>
    public IReadOnlyList<string> Guidelines { get; }

    /// <summary>Topics the groups discuss, session by session.</summary>
    public IReadOnlyList<string> Topics { get; }

    /// <summary>How big groups may be.</summary>
    public GroupSizePolicy SizePolicy { get; }

    /// <summary>Where the programme is in its lifecycle.</summary>
    public ProgrammeStatus Status { get; }

    /// <summary>Starts building a programme.</summary>
    /// <param name="id">The programme's id.</param>
    /// <param name="name">The programme's name.</param>
    /// <returns>A builder.</returns>
    public static ProgrammeBuilder Builder(string? id, string? name) => new(id, name);

    /// <summary>The programme in a new lifecycle status.</summary>
    /// <param name="next">The wanted status; see <see cref="ProgrammeLifecycle"/>.</param>
    /// <returns>A copy in the new status.</returns>
    /// <exception cref="MentorGroupsValidationException">The move is not legal (code <see cref="ErrorCodes.IllegalTransition"/>); the message names both statuses and the legal ones.</exception>
    public Programme TransitionTo(ProgrammeStatus next)
    {
        if (!ProgrammeLifecycle.IsLegal(Status, next))
        {
            var legal = ProgrammeLifecycle.LegalNext(Status);
            var options = legal.Count == 0 ? "none: it is final" : string.Join(", ", legal);
            Problems.ThrowOne("programme", ErrorCodes.IllegalTransition,
                $"A programme cannot move from {Status} to {next}; from {Status} it can move to {options}.", Id.Value);
        }

        return new Programme(Id, Name, Purpose, SharedLearningGoal, SharedGoalTags, Format, Period, Guidelines, Topics, SizePolicy, next);
    }

    /// <summary>The programme with another size policy.</summary>
    /// <param name="policy">The policy; must suit the format.</param>
    /// <returns>A copy with the policy.</returns>
    /// <exception cref="MentorGroupsValidationException">The policy does not suit the format (code <see cref="ErrorCodes.PolicyFormatMismatch"/>).</exception>
    public Programme WithSizePolicy(GroupSizePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var problems = new Problems();
        ProgrammeBuilder.CheckPolicyFitsFormat(problems, Format, policy, Id.Value);
        problems.ThrowIfAny("programme");
        return new Programme(Id, Name, Purpose, SharedLearningGoal, SharedGoalTags, Format, Period, Guidelines, Topics, policy, Status);
    }

    /// <summary>The id and name.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id} ({Name}, {Format}, {Status})";
}
