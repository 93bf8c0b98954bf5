using MentorGroups.Participants;
using MentorGroups.Policies;
using MentorGroups.Validation;

namespace MentorGroups.Groups;

/// <summary>
/// A mentoring group: its mentors (the first leads, a second co-mentors) and its mentees, under a size policy whose
/// hard limits it always satisfies. Changing the members yields a new group or a clear error.
/// </summary>
/// <remarks>
/// Immutable. Mentors keep their order (lead first); mentees are kept in ordinal id order, so adding then removing a
/// mentee gives back an equal group. Two groups are equal when id, mentors, mentees and policy are equal.
/// </remarks>
public sealed class MentoringGroup : IEquatable<MentoringGroup>
{
    private readonly ParticipantId[] _mentors;
    private readonly ParticipantId[] _mentees;

    private MentoringGroup(GroupId id, ParticipantId[] mentors, ParticipantId[] mentees, GroupSizePolicy policy)
    {
        Id = id;
        _mentors = mentors;
        _mentees = mentees;
        Policy = policy;
    }

    /// <summary>The group's id.</summary>
    public GroupId Id { get; }

    /// <summary>The mentors; the first is the lead mentor, a second is the co-mentor. Empty for peer groups.</summary>
    public IReadOnlyList<ParticipantId> Mentors => _mentors;

    /// <summary>The mentees, in ordinal id order.</summary>
    public IReadOnlyList<ParticipantId> Mentees => _mentees;

    /// <summary>Everyone in the group: mentors first, then mentees.</summary>
    public IEnumerable<ParticipantId> Members => _mentors.Concat(_mentees);

    /// <summary>The lead mentor, or <see langword="null"/> for a peer group.</summary>
    public ParticipantId? LeadMentor => _mentors.Length > 0 ? _mentors[0] : (ParticipantId?)null;

    /// <summary>The policy the group satisfies.</summary>
    public GroupSizePolicy Policy { get; }

    /// <summary>Mentees per mentor, or <see langword="null"/> when the group has no mentor.</summary>
    public double? MenteesPerMentor => _mentors.Length == 0 ? null : (double)_mentees.Length / _mentors.Length;

    /// <summary>Number of members.</summary>
    public int Size => _mentors.Length + _mentees.Length;

    /// <summary>Creates a group.</summary>
    /// <param name="id">The group's id.</param>
    /// <param name="mentors">Mentors, lead first.</param>
    /// <param name="mentees">Mentees.</param>
    /// <param name="policy">The size policy; its hard limits must hold.</param>
    /// <returns>The group.</returns>
    /// <exception cref="MentorGroupsValidationException">
    /// Every problem at once: a person twice, including as both mentor and mentee (<see cref="ErrorCodes.DuplicateMember"/>),
    /// default ids (<see cref="ErrorCodes.EmptyId"/>), or a hard limit broken (<see cref="ErrorCodes.HardLimitViolated"/>).
    /// </exception>
    public static MentoringGroup Create(GroupId id, IEnumerable<ParticipantId> mentors, IEnumerable<ParticipantId> mentees, GroupSizePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(mentors);
        ArgumentNullException.ThrowIfNull(mentees);
        ArgumentNullException.ThrowIfNull(policy);
        var problems = new Problems();
        var target = id.Value;
        if (target is null)
        {
            problems.Add(ErrorCodes.EmptyId, "A group id must not be empty.");
        }

        var mentorList = mentors.ToArray();
        var menteeList = mentees.ToArray();
        if (mentorList.Concat(menteeList).Any(p => p.IsDefault))
        {
            problems.Add(ErrorCodes.EmptyId, "A member id must not be empty.", target);
        }

        foreach (var repeated in mentorList.Concat(menteeList).Where(p => !p.IsDefault).GroupBy(p => p).Where(g => g.Count() > 1).Select(g => g.Key).Order())
        {
            var asBoth = mentorList.Contains(repeated) && menteeList.Contains(repeated);
            problems.Add(ErrorCodes.DuplicateMember,
                asBoth ? $"{repeated} cannot be both a mentor and a mentee in one group." : $"{repeated} is in the group twice.",
                target);
        }

        Array.Sort(menteeList);
        if (!problems.Any)
        {
            foreach (var finding in policy.Evaluate(id, mentorList, menteeList).Where(f => f.Severity == FindingSeverity.Error))
            {
                problems.Add(ErrorCodes.HardLimitViolated, finding.Message, target);
            }
        }

        problems.ThrowIfAny("group");
        return new MentoringGroup(id, mentorList, menteeList, policy);
    }

    /// <summary>A new group with one more mentee.</summary>
    /// <param name="mentee">The mentee.</param>
    /// <returns>The new group.</returns>
    /// <exception cref="MentorGroupsValidationException">The person is already a member, or a hard limit would break.</exception>
    public MentoringGroup WithMentee(ParticipantId mentee) => Create(Id, _mentors, _mentees.Append(mentee), Policy);

    /// <summary>A new group without a mentee.</summary>
    /// <param name="mentee">The mentee.</param>
    /// <returns>The new group.</returns>
    /// <exception cref="MentorGroupsValidationException">The person is not a mentee here (<see cref="ErrorCodes.NotAMember"/>), or a hard limit would break.</exception>
    public MentoringGroup WithoutMentee(ParticipantId mentee)
    {
        if (!_mentees.Contains(mentee))
        {
            Problems.ThrowOne("group", ErrorCodes.NotAMember, $"{mentee} is not a mentee of this group.", Id.Value);
        }

        return Create(Id, _mentors, _mentees.Where(m => m != mentee), Policy);
    }

    /// <summary>A new group with one more mentor (after the existing ones, so a co-mentor when there is a lead).</summary>
    /// <param name="mentor">The mentor.</param>
    /// <returns>The new group.</returns>
    /// <exception cref="MentorGroupsValidationException">The person is already a member, or a hard limit would break.</exception>
    public MentoringGroup WithMentor(ParticipantId mentor) => Create(Id, _mentors.Append(mentor), _mentees, Policy);

    /// <summary>A new group without a mentor.</summary>
    /// <param name="mentor">The mentor.</param>
    /// <returns>The new group.</returns>
    /// <exception cref="MentorGroupsValidationException">The person is not a mentor here (<see cref="ErrorCodes.NotAMember"/>), or a hard limit would break.</exception>
    public MentoringGroup WithoutMentor(ParticipantId mentor)
    {
        if (!_mentors.Contains(mentor))
        {
            Problems.ThrowOne("group", ErrorCodes.NotAMember, $"{mentor} is not a mentor of this group.", Id.Value);
        }

        return Create(Id, _mentors.Where(m => m != mentor), _mentees, Policy);
    }

    /// <summary>Whether the person is in the group.</summary>
    /// <param name="person">The person.</param>
    /// <returns><see langword="true"/> when a mentor or mentee here.</returns>
    public bool Contains(ParticipantId person) => _mentors.Contains(person) || Array.BinarySearch(_mentees, person) >= 0;

    /// <summary>Findings of the policy for this group (warnings only, since hard limits always hold).</summary>
    /// <returns>The findings.</returns>
    public IReadOnlyList<PolicyFinding> Evaluate() => Policy.Evaluate(this);

    /// <inheritdoc/>
    public bool Equals(MentoringGroup? other) =>
        other is not null && Id == other.Id
        && _mentors.AsSpan().SequenceEqual(other._mentors)
        && _mentees.AsSpan().SequenceEqual(other._mentees)
        && Policy.Equals(other.Policy);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as MentoringGroup);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, _mentors.Length, _mentees.Length, _mentees.Length > 0 ? _mentees[0] : default);

    /// <summary>Formats as "G1: mentors [a, b], mentees [c, d]" (ids only).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id}: mentors [{string.Join(", ", _mentors)}], mentees [{string.Join(", ", _mentees)}]";
}
