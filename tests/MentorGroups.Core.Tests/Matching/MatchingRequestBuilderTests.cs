using MentorGroups.Enrolments;
using MentorGroups.Matching;
using MentorGroups.Participants;
using MentorGroups.Rules.Constraints;
using MentorGroups.Rules.Objectives;
using MentorGroups.Programmes;
using MentorGroups.Scheduling;
using MentorGroups.Validation;

namespace MentorGroups.Tests.Matching;

public sealed class MatchingRequestBuilderTests
{
    private static readonly Programme Programme = Programme.Builder("p", "Graduates").Build();

    [Fact]
    public void Build_BadGroupObjectivesRequirementsAndMeetingOptions_ReportsEveryProblemAtOnce()
    {
        var builder = MatchingRequest.For(Programme)
            .WithGroupObjectives(
                new WeightedGroupObjective(new GoalCohesionObjective(), -1),
                new WeightedGroupObjective(new GoalCohesionObjective(), double.NaN))
            .RequireCommonMeetingSlot()
            .RequireCommonMeetingSlot()
            .WithMeetingSlots(new MeetingSlotOptions { SlotLengthMinutes = 50, ReferenceWeek = new DateOnly(2026, 1, 13) });

        var error = Assert.Throws<MentorGroupsValidationException>(builder.Build);

        Assert.Equal(
            "Invalid matching request: 6 problems.\n"
            + "- [matching.weight-invalid] goal-cohesion: The weight of group objective 'goal-cohesion' must be a finite number of zero or more; got -1.\n"
            + "- [matching.weight-invalid] goal-cohesion: The weight of group objective 'goal-cohesion' must be a finite number of zero or more; got NaN.\n"
            + "- [id.duplicate] goal-cohesion: Group objective 'goal-cohesion' is given more than once.\n"
            + "- [id.duplicate] common-meeting-slot: Group requirement 'common-meeting-slot' is given more than once.\n"
            + "- [scheduling.slot-not-multiple-of-step] SlotLengthMinutes: A meeting of 50 minutes is not a whole number of 15-minute steps.\n"
            + "- [scheduling.reference-week-invalid] ReferenceWeek: The reference week must be given by its Monday; 2026-01-13 is a Tuesday.",
            error.Message);
    }

    [Fact]
    public void Build_CallersOwnLineManagerConstraint_IsTheOneTheRequestUses()
    {
        var own = new LineManagerConstraint();

        var request = MatchingRequest.For(Programme).WithConstraints(new CommonLanguageConstraint(), own).Build();

        Assert.Same(own, Assert.Single(request.Constraints.OfType<LineManagerConstraint>()));
        Assert.Equal(["line-manager", "common-language"], request.Constraints.Select(c => c.Name));
    }

    [Fact]
    public void Build_NoLineManagerConstraintGiven_AddsTheDefaultFirst()
    {
        var request = MatchingRequest.For(Programme).RequireCommonLanguage().Build();

        Assert.Equal(["line-manager", "common-language"], request.Constraints.Select(c => c.Name));
    }

    [Fact]
    public void Build_Defaults_CarryTheDefaultGroupObjectivesAndNoRequirement()
    {
        var request = MatchingRequest.For(Programme).Build();

        Assert.Equal(GroupObjectives.Default().Select(o => (o.Objective.Name, o.Weight)), request.GroupObjectives.Select(o => (o.Objective.Name, o.Weight)));
        Assert.Empty(request.GroupRequirements);
        Assert.Equal((60, 15), (request.MeetingSlots.SlotLengthMinutes, request.MeetingSlots.StepMinutes));
    }

    [Fact]
    public void Build_ProgrammeWithPeriodAndNoReferenceWeek_PlansItsFirstFullWeek()
    {
        var programme = Programme.Builder("p", "Graduates").RunningFrom(new DateOnly(2026, 3, 4), new DateOnly(2026, 9, 30)).Build();

        var request = MatchingRequest.For(programme).WithMeetingSlots(new MeetingSlotOptions { SlotLengthMinutes = 90 }).Build();

        Assert.Equal((new DateOnly(2026, 3, 9), 90), (request.MeetingSlots.ReferenceWeek, request.MeetingSlots.SlotLengthMinutes));
    }

    [Fact]
    public void Build_ProgrammeStartingOnAMonday_PlansThatWeek()
    {
        var programme = Programme.Builder("p", "Graduates").RunningFrom(new DateOnly(2026, 3, 9), new DateOnly(2026, 9, 30)).Build();

        Assert.Equal(new DateOnly(2026, 3, 9), MatchingRequest.For(programme).Build().MeetingSlots.ReferenceWeek);
    }

    [Fact]
    public void WithPreferences_Null_ThrowsAndKeepsTheEarlierLists()
    {
        var mentor = Participant.Builder("M1").Build();
        var mentee = Participant.Builder("E1").Build();
        var lists = new PreferenceLists(
            new Dictionary<ParticipantId, IReadOnlyList<ParticipantId>> { ["E1"] = [mentor.Id] },
            new Dictionary<ParticipantId, IReadOnlyList<ParticipantId>> { ["M1"] = [mentee.Id] });
        var builder = MatchingRequest.For(Programme).AddMentor(mentor, 2).AddMentee(mentee).WithPreferences(lists);

        Assert.Throws<ArgumentNullException>("preferences", () => builder.WithPreferences(null!));

        Assert.Same(lists, builder.Build().Preferences);
    }

    [Fact]
    public void Build_PinWithDefaultMenteeId_SaysTheMenteeIdIsEmpty()
    {
        var builder = MatchingRequest.For(Programme)
            .AddMentor(Participant.Builder("M1").Build(), 2)
            .Pin(default, "M1");

        var error = Assert.Throws<MentorGroupsValidationException>(builder.Build);

        Assert.Equal(
            "Invalid matching request: 1 problem.\n"
            + "- [id.empty] M1: A pin needs a mentee and a mentor id; its mentee id is empty (the default value).",
            error.Message);
    }

    [Fact]
    public void Build_PinWithDefaultMentorId_SaysTheMentorIdIsEmpty()
    {
        var builder = MatchingRequest.For(Programme)
            .Add(Enrolment.AsMentee(Participant.Builder("E1").Build()))
            .Pin("E1", default);

        var error = Assert.Throws<MentorGroupsValidationException>(builder.Build);

        Assert.Equal(
            "Invalid matching request: 1 problem.\n"
            + "- [id.empty] E1: A pin needs a mentee and a mentor id; its mentor id is empty (the default value).",
            error.Message);
    }

    [Fact]
    public void Build_ExclusionWithDefaultId_SaysAnIdIsEmpty()
    {
        var builder = MatchingRequest.For(Programme)
            .Add(Enrolment.AsMentee(Participant.Builder("E1").Build()))
            .Exclude("E1", default);

        var error = Assert.Throws<MentorGroupsValidationException>(builder.Build);

        Assert.Equal(
            "Invalid matching request: 1 problem.\n"
            + "- [id.empty] E1: An exclusion needs two participant ids; one is empty (the default value).",
            error.Message);
    }
}
