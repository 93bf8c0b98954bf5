using MentorGroups.Enrolments;
using MentorGroups.Groups;
using MentorGroups.Rules.Constraints;
using MentorGroups.Rules.Objectives;
using MentorGroups.Rules.Requirements;
using MentorGroups.Rules.Criteria;
using MentorGroups.Participants;
using MentorGroups.Programmes;
using MentorGroups.Scheduling;
using MentorGroups.Validation;

namespace MentorGroups.Matching;

/// <summary>Builds a <see cref="MatchingRequest"/>; <see cref="Build"/> checks everything and reports every problem at once.</summary>
public sealed partial class MatchingRequestBuilder
{
    private readonly Programme _programme;
    private readonly List<Enrolment> _enrolments = [];
    private readonly List<IHardConstraint> _constraints = [];
    private readonly List<Pin> _pins = [];
    private readonly List<Exclusion> _exclusions = [];
    private readonly List<MentoringGroup> _existing = [];
    private readonly HashSet<GroupId> _locked = [];
    private readonly Dictionary<ParticipantId, string?> _withdrawals = [];
    private List<WeightedCriterion>? _criteria;
    private PreferenceLists? _preferences;
    private List<WeightedGroupObjective>? _groupObjectives;
    private readonly List<IGroupRequirement> _groupRequirements = [];
    private MeetingSlotOptions? _meetingSlotOptions;
    private MeetingSlotFinder? _meetingSlotFinder;
    private int _seed;
    private int? _maxCandidatesPerMentee;

    /// <summary>Starts a request for a programme.</summary>
    /// <param name="programme">The programme.</param>
    public MatchingRequestBuilder(Programme programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        _programme = programme;
    }

    /// <summary>Adds enrolments (mentors, co-mentors and mentees).</summary>
    /// <param name="enrolments">The enrolments.</param>
    /// <returns>This builder.</returns>
    public MatchingRequestBuilder Add(params IEnumerable<Enrolment> enrolments)
    {
        ArgumentNullException.ThrowIfNull(enrolments);
        _enrolments.AddRange(enrolments);
        return this;
    }

    /// <summary>Adds a lead mentor.</summary>
    /// <param name="participant">The person.</param>
    /// <param name="capacity">The most mentees they will take.</param>
    /// <returns>This builder.</returns>
    public MatchingRequestBuilder AddMentor(Participant participant, int capacity) => Add(Enrolment.AsMentor(participant, capacity));

    /// <summary>Adds a mentee.</summary>
    /// <param name="participant">The person.</param>
    /// <param name="individualGoals">Goals for this programme.</param>
    /// <returns>This builder.</returns>
    public MatchingRequestBuilder AddMentee(Participant participant, params IEnumerable<string> individualGoals) =>
        Add(Enrolment.AsMentee(participant, individualGoals));

    /// <summary>Adds hard constraints on top of the line-manager rule (always on) and exclusions.</summary>
    /// <param name="constraints">The constraints.</param>
    /// <returns>This builder.</returns>
    public MatchingRequestBuilder WithConstraints(params IEnumerable<IHardConstraint> constraints)
    {
        ArgumentNullException.ThrowIfNull(constraints);
        _constraints.AddRange(constraints);
        return this;
    }

    /// <summary>Requires mentor and mentee to share a language (<see cref="CommonLanguageConstraint"/>).</summary>
    /// <returns>This builder.</returns>
    public MatchingRequestBuilder RequireCommonLanguage() => WithConstraints(new CommonLanguageConstraint());

    /// <summary>
    /// Keeps apart everyone who is in someone's management chain up to <paramref name="levels"/> levels, read from the
    /// organisation chart (which may name people who are not enrolled), and optionally two mentees of the same line
    /// manager; adds a <see cref="ManagementChainConstraint"/>.
    /// </summary>
    /// <param name="chart">Who reports to whom.</param>
    /// <param name="levels">How many levels up the chain; at least 1. The default is 2: the line manager and their manager.</param>
    /// <param name="separateTeammates">Whether two mentees of the same line manager must not share a group.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="levels"/> is below 1.</exception>
    public MatchingRequestBuilder WithOrganisationChart(OrganisationChart chart, int levels = ManagementChainConstraint.DefaultLevels, bool separateTeammates = false) =>
        WithConstraints(new ManagementChainConstraint(chart, levels, separateTeammates));

    /// <summary>Sets the scoring criteria, replacing the defaults (<see cref="ScoringCriteria.Default"/>).</summary>
    /// <param name="criteria">Criteria with weights.</param>
    /// <returns>This builder.</returns>
    public MatchingRequestBuilder WithCriteria(params IEnumerable<WeightedCriterion> criteria)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        _criteria = [.. criteria];
        return this;
    }

    /// <summary>Pins a mentee to a mentor's group.</summary>
    /// <param name="mentee">The mentee.</param>
    /// <param name="mentor">The mentor.</param>
    /// <returns>This builder.</returns>
    public MatchingRequestBuilder Pin(ParticipantId mentee, ParticipantId mentor)
    {
        _pins.Add(new Pin(mentee, mentor));
        return this;
    }

    /// <summary>Keeps two people out of the same group.</summary>
    /// <param name="first">One person.</param>
    /// <param name="second">The other.</param>
    /// <param name="reason">Why (no personal details).</param>
    /// <returns>This builder.</returns>
    public MatchingRequestBuilder Exclude(ParticipantId first, ParticipantId second, string? reason = null)
    {
        _exclusions.Add(new Exclusion(first, second, reason));
        return this;
    }

    /// <summary>Sets the seed. The default is 0.</summary>
    /// <param name="seed">The seed.</param>
    /// <returns>This builder.</returns>
    public MatchingRequestBuilder WithSeed(int seed)
    {
        _seed = seed;
        return this;
    }

    /// <summary>Adds groups that already run, for re-matching.</summary>
    /// <param name="groups">The groups.</param>
    /// <param name="locked">Whether these groups must not change at all.</param>
    /// <returns>This builder.</returns>
    public MatchingRequestBuilder WithExistingGroups(IEnumerable<MentoringGroup> groups, bool locked = false)
    {
        ArgumentNullException.ThrowIfNull(groups);
        foreach (var group in groups)
        {
            _existing.Add(group);
            if (locked)
            {
                _locked.Add(group.Id);
            }
        }

        return this;
    }

    /// <summary>Locks existing groups by id so no strategy changes them.</summary>
    /// <param name="groupIds">The ids.</param>
    /// <returns>This builder.</returns>
    public MatchingRequestBuilder Lock(params IEnumerable<GroupId> groupIds)
    {
        ArgumentNullException.ThrowIfNull(groupIds);
        _locked.UnionWith(groupIds);
        return this;
    }

    /// <summary>Takes a person out of the running groups (a mentor or mentee who leaves the programme).</summary>
    /// <param name="person">The person; must be a member of an existing group and no longer enrolled.</param>
    /// <param name="reason">Why (no personal details), or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    public MatchingRequestBuilder Withdraw(ParticipantId person, string? reason = null)
    {
        _withdrawals[person] = reason;
        return this;
    }

    /// <summary>Sets explicit preference lists (used by stable matching).</summary>
    /// <param name="preferences">The lists.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="preferences"/> is <see langword="null"/>.</exception>
    public MatchingRequestBuilder WithPreferences(PreferenceLists preferences)
    {
        ArgumentNullException.ThrowIfNull(preferences);
        _preferences = preferences;
        return this;
    }

    /// <summary>Sets the group objectives, replacing the defaults (<see cref="GroupObjectives.Default"/>).</summary>
    /// <param name="objectives">Objectives with weights; an empty list switches group objectives off.</param>
    /// <returns>This builder.</returns>
    public MatchingRequestBuilder WithGroupObjectives(params IEnumerable<WeightedGroupObjective> objectives)
    {
        ArgumentNullException.ThrowIfNull(objectives);
        _groupObjectives = [.. objectives];
        return this;
    }

    /// <summary>Adds hard rules over whole groups (see <see cref="IGroupRequirement"/>).</summary>
    /// <param name="requirements">The requirements.</param>
    /// <returns>This builder.</returns>
    public MatchingRequestBuilder WithGroupRequirements(params IEnumerable<IGroupRequirement> requirements)
    {
        ArgumentNullException.ThrowIfNull(requirements);
        _groupRequirements.AddRange(requirements);
        return this;
    }

    /// <summary>Requires every group the optimiser forms to have a common meeting slot (<see cref="CommonMeetingSlotRequirement"/>).</summary>
    /// <returns>This builder.</returns>
    public MatchingRequestBuilder RequireCommonMeetingSlot() => WithGroupRequirements(new CommonMeetingSlotRequirement());

    /// <summary>
    /// Sets how meetings are planned when groups are checked for a common slot. Without a reference week, the request
    /// plans the first full week of the programme's period (the Monday on or after it starts), or, without a period, the
    /// week after the day the request is built. Without this call, the defaults of <see cref="MeetingSlotOptions"/> apply
    /// (one-hour meetings, 15-minute steps).
    /// </summary>
    /// <param name="options">The options; copied when the request is built.</param>
    /// <returns>This builder.</returns>
    public MatchingRequestBuilder WithMeetingSlots(MeetingSlotOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _meetingSlotOptions = options;
        _meetingSlotFinder = null;
        return this;
    }

    /// <summary>Plans meetings with an existing finder's settings (reference week included).</summary>
    /// <param name="finder">The finder.</param>
    /// <returns>This builder.</returns>
    public MatchingRequestBuilder WithMeetingSlots(MeetingSlotFinder finder)
    {
        ArgumentNullException.ThrowIfNull(finder);
        _meetingSlotFinder = finder;
        _meetingSlotOptions = null;
        return this;
    }

    /// <summary>Sets <see cref="MatchingRequest.MaxCandidatesPerMentee"/>; the default is <see langword="null"/> (automatic).</summary>
    /// <param name="maxCandidatesPerMentee">At least 1, or <see langword="null"/> for automatic; checked by <see cref="Build"/>.</param>
    /// <returns>This builder.</returns>
    public MatchingRequestBuilder WithMaxCandidatesPerMentee(int? maxCandidatesPerMentee)
    {
        _maxCandidatesPerMentee = maxCandidatesPerMentee;
        return this;
    }

    /// <summary>Checks everything and builds the request.</summary>
    /// <returns>The request.</returns>
    /// <exception cref="MentorGroupsValidationException">
    /// Every problem at once: a person enrolled twice (<see cref="ErrorCodes.DuplicateEnrolment"/>); mentors in a peer-group
    /// programme; pins, exclusions, preferences or existing groups naming people not in the request
    /// (<see cref="ErrorCodes.UnknownParticipant"/>); a mentee pinned to two mentors (<see cref="ErrorCodes.ConflictingPins"/>);
    /// negative, NaN or infinite weights, or all weights zero (<see cref="ErrorCodes.InvalidWeight"/>); repeated criterion or
    /// constraint names and group ids (<see cref="ErrorCodes.DuplicateId"/>); locks of unknown groups; group objectives with
    /// invalid weights or repeated names, repeated group requirements; invalid meeting slot options (the
    /// <c>scheduling.*</c> codes of <see cref="MeetingSlotFinder(MeetingSlotOptions, TimeProvider)"/>); a candidate limit
    /// below 1 (<see cref="ErrorCodes.OutOfRange"/>).
    /// </exception>
    public MatchingRequest Build()
    {
        var problems = new Problems();
        var enrolments = _enrolments.Where(e => e is not null).ToArray();
        if (enrolments.Length != _enrolments.Count)
        {
            problems.Add(ErrorCodes.Required, "An enrolment is missing (null).");
        }

        var roster = problems.Capture(() => Roster.Create(enrolments));
        var byId = new Dictionary<ParticipantId, Enrolment>();
        foreach (var e in enrolments)
        {
            byId.TryAdd(e.Id, e);
        }

        var mentors = enrolments.Where(e => e.IsMentor).DistinctBy(e => e.Id).OrderBy(e => e.Id).ToArray();
        var mentees = enrolments.Where(e => !e.IsMentor).DistinctBy(e => e.Id).OrderBy(e => e.Id).ToArray();
        if (_programme.Format == ProgrammeFormat.PeerGroup && mentors.Length > 0)
        {
            problems.Add(ErrorCodes.PolicyFormatMismatch,
                $"A peer-group programme has no mentors, but {mentors.Length} are enrolled as mentors (first: {mentors[0].Id}).");
        }

        CheckPins(problems, byId);
        CheckExclusions(problems, byId);
        var criteria = _criteria ?? [.. ScoringCriteria.Default()];
        ScoringCriteria.Check(problems, criteria);
        var constraints = BuildConstraints();
        CheckConstraints(problems, constraints);
        CheckExistingGroups(problems, byId);
        CheckPreferences(problems, byId);
        var groupObjectives = _groupObjectives ?? [.. GroupObjectives.Default()];
        CheckGroupObjectives(problems, groupObjectives);
        var meetingSlots = _meetingSlotFinder ?? problems.Capture(() => new MeetingSlotFinder(ResolveMeetingSlotOptions()));
        if (_maxCandidatesPerMentee < 1)
        {
            problems.Add(ErrorCodes.OutOfRange, $"MaxCandidatesPerMentee must be at least 1, or null for automatic; got {_maxCandidatesPerMentee}.", nameof(MatchingRequest.MaxCandidatesPerMentee));
        }

        problems.ThrowIfAny("matching request");
        _ = roster;
        return new MatchingRequest(
            _programme, mentors, mentees, constraints, criteria, [.. _pins], [.. _exclusions], _seed,
            [.. _existing.OrderBy(g => g.Id)], new HashSet<GroupId>(_locked),
            new SortedDictionary<ParticipantId, string?>(_withdrawals), _preferences,
            groupObjectives, [.. _groupRequirements], meetingSlots!).WithMaxCandidatesPerMentee(_maxCandidatesPerMentee);
    }

    private MeetingSlotOptions ResolveMeetingSlotOptions()
    {
        var given = _meetingSlotOptions ?? new MeetingSlotOptions();
        // A request fixes its week when built, so matching it again later gives the same groups.
        var week = given.ReferenceWeek
            ?? (_programme.Period is { } period ? MeetingSlotOptions.NextMondayAfter(period.Start.AddDays(-1)) : null as DateOnly?)
            ?? MeetingSlotOptions.NextMondayAfter(DateOnly.FromDateTime(DateTime.UtcNow));
        return new MeetingSlotOptions
        {
            SlotLengthMinutes = given.SlotLengthMinutes,
            StepMinutes = given.StepMinutes,
            ReferenceWeek = week,
            MaxResults = given.MaxResults,
            DaytimeStart = given.DaytimeStart,
            DaytimeEnd = given.DaytimeEnd,
        };
    }
}
