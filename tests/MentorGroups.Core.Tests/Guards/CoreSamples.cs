using MentorGroups.Enrolments;
using MentorGroups.Groups;
using MentorGroups.Matching;
using MentorGroups.Engine;
using MentorGroups.Rules;
using MentorGroups.Rules.Constraints;
using MentorGroups.Rules.Criteria;
using MentorGroups.Rules.Objectives;
using MentorGroups.Rules.Requirements;
using MentorGroups.Participants;
using MentorGroups.Policies;
using MentorGroups.Programmes;
using MentorGroups.Scheduling;
using MentorGroups.Strategies;
using MentorGroups.Strategies.Greedy;
using MentorGroups.Testing.Conformance;
using MentorGroups.Validation;

namespace MentorGroups.Tests.Guards;

/// <summary>
/// Valid values of the library's types for <see cref="NullGuardSurvey"/>: a small programme with a mentor, a co-mentor
/// and two mentees, and everything built from it. Each call gives a fresh value, so a builder mutated by one call does
/// not leak into the next. Collections, delegates, enums and types with a parameterless constructor or a well-known
/// instance need no entry here.
/// </summary>
internal static class CoreSamples
{
    private static readonly Dictionary<Type, Func<object>> Factories = new()
    {
        [typeof(ParticipantId)] = () => new ParticipantId("E1"),
        [typeof(GroupId)] = () => new GroupId("G1"),
        [typeof(ProgrammeId)] = () => new ProgrammeId("p"),
        [typeof(Participant)] = () => Person("E1"),
        [typeof(ParticipantBuilder)] = () => Participant.Builder("E1"),
        [typeof(ParticipantProfile)] = () => Person("E1").Profile,
        [typeof(Programme)] = NewProgramme,
        [typeof(ProgrammeBuilder)] = () => MentorGroups.Programmes.Programme.Builder("p", "Graduates"),
        [typeof(ProgrammePeriod)] = () => new ProgrammePeriod(new DateOnly(2026, 1, 5), new DateOnly(2026, 6, 30)),
        [typeof(Enrolment)] = () => Enrolment.AsMentee(Person("E1")),
        [typeof(Roster)] = () => Roster.Create(Enrolments()),
        [typeof(MentoringGroup)] = () => MentoringGroup.Create("G1", [new ParticipantId("M1")], [new ParticipantId("E1")], GroupSizePolicy.Recommended),
        [typeof(MatchingRequestBuilder)] = () => MatchingRequest.For(NewProgramme()).Add(Enrolments()),
        [typeof(MatchingRequest)] = Request,
        [typeof(MatchingResult)] = () => new GreedyStrategyOptions().CreateStrategy().Match(Request()),
        [typeof(MatchingPopulation)] = () => MatchingPopulation.For(Request()),
        [typeof(MatchingProblem)] = () => MatchingProblem.Compile(Request()),
        [typeof(GroupEvaluator)] = () => MatchingProblem.Compile(Request()).Groups,
        [typeof(Assignment)] = () => MatchingProblem.Compile(Request()).CreateAssignment(),
        [typeof(TeamPlan)] = () => new TeamPlan([[new ParticipantId("M1")]]),
        [typeof(MatchingStrategyCatalog)] = MatchingStrategyCatalog.CreateDefault,
        [typeof(IMatchingStrategy)] = () => new GreedyStrategyOptions().CreateStrategy(),
        [typeof(ICompiledProblemStrategy)] = () => (ICompiledProblemStrategy)new GreedyStrategyOptions().CreateStrategy(),
        [typeof(IProgress<CompilationProgress>)] = () => new Progress<CompilationProgress>(),
        [typeof(IScoringCriterion)] = () => new SharedGoalsCriterion(),
        [typeof(IHardConstraint)] = () => new CommonLanguageConstraint(),
        [typeof(IPreparableCriterion)] = () => new SharedGoalsCriterion(),
        [typeof(IPreparableConstraint)] = () => new CommonLanguageConstraint(),
        [typeof(IGroupObjective)] = () => new GoalCohesionObjective(),
        [typeof(IGroupRequirement)] = () => new CommonMeetingSlotRequirement(),
        [typeof(WeightedCriterion)] = () => new WeightedCriterion(new SharedGoalsCriterion(), 1),
        [typeof(WeightedGroupObjective)] = () => new WeightedGroupObjective(new GoalCohesionObjective(), 1),
        [typeof(MemberPair)] = () => new MemberPair(Enrolment.AsMentor(Person("M1"), 2), Enrolment.AsMentee(Person("E1")), NewProgramme()),
        [typeof(PreferenceLists)] = () => new PreferenceLists(
            new Dictionary<ParticipantId, IReadOnlyList<ParticipantId>>(), new Dictionary<ParticipantId, IReadOnlyList<ParticipantId>>()),
        [typeof(WeeklyWindow)] = () => WeeklyWindow.On(DayOfWeek.Monday, new TimeOnly(9, 0), new TimeOnly(11, 0)),
        [typeof(WeeklyAvailability)] = () => WeeklyAvailability.Parse("Mon 09:00-11:00"),
        [typeof(SchedulingMember)] = () => SchedulingMember.From(Person("E1")),
        [typeof(MeetingSlotFinder)] = () => new MeetingSlotFinder(new MeetingSlotOptions { ReferenceWeek = new DateOnly(2026, 1, 5) }),
        [typeof(MeetingStartIndex)] = () => new MeetingStartIndex(new MeetingSlotFinder(new MeetingSlotOptions { ReferenceWeek = new DateOnly(2026, 1, 5) }), [Person("E1")]),
        [typeof(ExclusionConstraint)] = () => new ExclusionConstraint([new Exclusion("E1", "E2", "known conflict")]),
        [typeof(UtcWeekMask)] = () => UtcWeekMask.ForMember(SchedulingMember.From(Person("E1")), new DateOnly(2026, 1, 5)),
        [typeof(TimeZoneInfo)] = () => TimeZoneInfo.Utc,
        [typeof(TimeProvider)] = () => TimeProvider.System,
        [typeof(ValidationError)] = () => new ValidationError(ErrorCodes.EmptyId, "No id."),
        [typeof(StrategyConformance)] = () => new StrategyConformance(new GreedyStrategyOptions().CreateStrategy()),
    };

    public static object? Create(Type type) => Factories.TryGetValue(type, out var factory) ? factory() : null;

    private static Participant Person(string id) =>
        Participant.Builder(id).WithLearningGoals("leadership").WithExpertise("leadership").WithLanguages("en")
            .InTimeZone("UTC").AvailableAt("Mon 09:00-11:00").Build();

    private static Programme NewProgramme() => MentorGroups.Programmes.Programme.Builder("p", "Graduates").Build();

    private static Enrolment[] Enrolments() =>
        [Enrolment.AsMentor(Person("M1"), 3), Enrolment.AsCoMentor(Person("M2"), 2), Enrolment.AsMentee(Person("E1")), Enrolment.AsMentee(Person("E2"))];

    private static MatchingRequest Request() => MatchingRequest.For(NewProgramme()).Add(Enrolments()).Build();
}
