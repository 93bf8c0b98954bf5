using MentorGroups.Enrolments;
using MentorGroups.Groups;
using MentorGroups.Rules.Constraints;
using MentorGroups.Rules.Objectives;
using MentorGroups.Rules.Requirements;
using MentorGroups.Rules.Criteria;
using MentorGroups.Participants;
using MentorGroups.Policies;
using MentorGroups.Programmes;
using MentorGroups.Scheduling;

using MentorGroups.Validation;

namespace MentorGroups.Matching;

/// <summary>
/// Everything a strategy needs to match one programme: who takes part, the rules no group may break, what makes a
/// good fit, and the coordinator's decisions. Built and validated by <see cref="MatchingRequestBuilder"/>; immutable.
/// </summary>
/// <remarks>Mentors and mentees are kept in ordinal id order, which is what makes results independent of input order.</remarks>
public sealed class MatchingRequest
{
    internal MatchingRequest(
        Programme programme,
        IReadOnlyList<Enrolment> mentors,
        IReadOnlyList<Enrolment> mentees,
        IReadOnlyList<IHardConstraint> constraints,
        IReadOnlyList<WeightedCriterion> criteria,
        IReadOnlyList<Pin> pins,
        IReadOnlyList<Exclusion> exclusions,
        int seed,
        IReadOnlyList<MentoringGroup> existingGroups,
        IReadOnlySet<GroupId> lockedGroups,
        IReadOnlyDictionary<ParticipantId, string?> withdrawals,
        PreferenceLists? preferences,
        IReadOnlyList<WeightedGroupObjective> groupObjectives,
        IReadOnlyList<IGroupRequirement> groupRequirements,
        MeetingSlotFinder meetingSlots)
    {
        Programme = programme;
        Mentors = mentors;
        Mentees = mentees;
        Constraints = constraints;
        Criteria = criteria;
        Pins = pins;
        Exclusions = exclusions;
        Seed = seed;
        ExistingGroups = existingGroups;
        LockedGroups = lockedGroups;
        Withdrawals = withdrawals;
        Preferences = preferences;
        GroupObjectives = groupObjectives;
        GroupRequirements = groupRequirements;
        MeetingSlots = meetingSlots;
    }

    /// <summary>The programme being matched.</summary>
    public Programme Programme { get; }

    /// <summary>The size policy groups must meet (the programme's).</summary>
    public GroupSizePolicy Policy => Programme.SizePolicy;

    /// <summary>Mentors and co-mentors, in ordinal id order.</summary>
    public IReadOnlyList<Enrolment> Mentors { get; }

    /// <summary>Mentees, in ordinal id order.</summary>
    public IReadOnlyList<Enrolment> Mentees { get; }

    /// <summary>Rules no group may break: always the line-manager rule, exclusions when given, and any added.</summary>
    public IReadOnlyList<IHardConstraint> Constraints { get; }

    /// <summary>What makes a good fit, with weights.</summary>
    public IReadOnlyList<WeightedCriterion> Criteria { get; }

    /// <summary>Mentees who must join a given mentor's group.</summary>
    public IReadOnlyList<Pin> Pins { get; }

    /// <summary>Pairs who must not share a group.</summary>
    public IReadOnlyList<Exclusion> Exclusions { get; }

    /// <summary>The seed for any randomness a strategy uses; the same seed gives the same result. The default is 0.</summary>
    public int Seed { get; }

    /// <summary>Groups that already run (for re-matching); empty for a first matching.</summary>
    public IReadOnlyList<MentoringGroup> ExistingGroups { get; }

    /// <summary>Ids of existing groups that must not change at all.</summary>
    public IReadOnlySet<GroupId> LockedGroups { get; }

    /// <summary>People who leave running groups (mentors or mentees), with an optional reason. Their groups are re-formed
    /// without them: a group that loses its only mentor is taken over by a free mentor when one fits, otherwise its
    /// mentees are redistributed.</summary>
    public IReadOnlyDictionary<ParticipantId, string?> Withdrawals { get; }

    /// <summary>Whether a person withdrew from a running group.</summary>
    /// <param name="id">The person.</param>
    /// <returns><see langword="true"/> when withdrawn.</returns>
    public bool HasWithdrawn(ParticipantId id) => Withdrawals.ContainsKey(id);

    /// <summary>Explicit ranked preferences, or <see langword="null"/> to derive them from scores.</summary>
    public PreferenceLists? Preferences { get; }

    /// <summary>What makes a good group as a whole, with weights; <see cref="Rules.Objectives.GroupObjectives.Default"/> unless set.
    /// Reported for every group of every result; optimised by the group-optimising strategy.</summary>
    public IReadOnlyList<WeightedGroupObjective> GroupObjectives { get; }

    /// <summary>Hard rules over whole groups (e.g. a common meeting slot); empty unless added. Enforced by the
    /// group-optimising strategy, reported for every group of every result.</summary>
    public IReadOnlyList<IGroupRequirement> GroupRequirements { get; }

    /// <summary>How meetings are planned when checking groups for a common slot: reference week, meeting length,
    /// step, preferred daytime (see <see cref="MatchingRequestBuilder.WithMeetingSlots(MeetingSlotOptions)"/>).</summary>
    public MeetingSlotFinder MeetingSlots { get; }

    /// <summary>
    /// The most candidate teams kept per mentee when the request is compiled (see <see cref="Engine.MatchingProblem.Candidates"/>):
    /// each mentee keeps its best teams by pair value, ties to the lower team index. <see langword="null"/> (the default)
    /// decides automatically: every allowed team while free mentees × open teams is at most 4,000,000, otherwise one in
    /// 32 of the open teams, at least 64 and at most 256. <see cref="int.MaxValue"/> keeps every allowed team.
    /// </summary>
    /// <remarks>
    /// Bounded lists make large programmes tractable: compiling never stores every pair. The optimal strategy still
    /// returns the exact optimum over all pairs (it proves it with dual prices and grows the lists of mentees that fail
    /// the proof). Greedy and stable matching work on the lists as they are: a mentee is only ever offered one of its
    /// best teams.
    /// </remarks>
    public int? MaxCandidatesPerMentee { get; private set; }

    /// <summary>A copy of this request with another <see cref="MaxCandidatesPerMentee"/>.</summary>
    /// <param name="maxCandidatesPerMentee">At least 1, or <see langword="null"/> for automatic.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="MentorGroupsValidationException">The value is below 1 (code <see cref="ErrorCodes.OutOfRange"/>).</exception>
    public MatchingRequest WithMaxCandidatesPerMentee(int? maxCandidatesPerMentee)
    {
        if (maxCandidatesPerMentee < 1)
        {
            Problems.ThrowOne("matching request", ErrorCodes.OutOfRange,
                $"MaxCandidatesPerMentee must be at least 1, or null for automatic; got {maxCandidatesPerMentee}.", nameof(MaxCandidatesPerMentee));
        }

        // A shallow copy carries every other setting as it is, whatever settings are added later.
        var copy = (MatchingRequest)MemberwiseClone();
        copy.MaxCandidatesPerMentee = maxCandidatesPerMentee;
        return copy;
    }

    /// <summary>Starts building a request.</summary>
    /// <param name="programme">The programme.</param>
    /// <returns>A builder.</returns>
    public static MatchingRequestBuilder For(Programme programme) => new(programme);

    /// <summary>Finds an enrolled person (mentor or mentee).</summary>
    /// <param name="id">The id.</param>
    /// <returns>The enrolment, or <see langword="null"/>.</returns>
    public Enrolment? Find(ParticipantId id) => BinaryFind(Mentors, id) ?? BinaryFind(Mentees, id);

    private static Enrolment? BinaryFind(IReadOnlyList<Enrolment> sorted, ParticipantId id)
    {
        int lo = 0, hi = sorted.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var c = sorted[mid].Id.CompareTo(id);
            if (c == 0)
            {
                return sorted[mid];
            }

            if (c < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return null;
    }
}
