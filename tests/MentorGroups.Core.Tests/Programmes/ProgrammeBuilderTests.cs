using MentorGroups.Policies;
using MentorGroups.Programmes;
using MentorGroups.Tests.Support;
using MentorGroups.Validation;

namespace MentorGroups.Tests.Programmes;

public class ProgrammeBuilderTests
{
    [Fact]
    public void Build_IdAndNameOnly_UsesTheDefaults()
    {
        var programme = Programme.Builder("P1", "  Graduates 2025 ").Build();

        Assert.Equal(new ProgrammeId("P1"), programme.Id);
        Assert.Equal("Graduates 2025", programme.Name);
        Assert.Equal(ProgrammeFormat.Group, programme.Format);
        Assert.Equal(ProgrammeStatus.Draft, programme.Status);
        Assert.Same(GroupSizePolicy.Recommended, programme.SizePolicy);
        Assert.Null(programme.Period);
        Assert.Null(programme.Purpose);
        Assert.Null(programme.SharedLearningGoal);
        Assert.True(programme.SharedGoalTags.IsEmpty);
        Assert.Empty(programme.Guidelines);
        Assert.Empty(programme.Topics);
    }

    [Fact]
    public void Build_EveryPartGiven_KeepsThem()
    {
        var programme = new ProgrammeBuilder("P1", "Graduates 2025")
            .WithPurpose("Help graduates settle in.")
            .WithSharedLearningGoal("From student to first full-time job", "Career Start", "  onboarding ")
            .WithFormat(ProgrammeFormat.Group)
            .RunningFrom(new DateOnly(2025, 9, 1), new DateOnly(2026, 5, 31))
            .WithGuidelines(" Meet every other week ", "What is said in the group stays in the group")
            .WithTopics("Expectations", " Feedback ")
            .WithSizePolicy(GroupSizePolicy.CommonForm)
            .InStatus(ProgrammeStatus.Enrolling)
            .Build();

        Assert.Equal("Help graduates settle in.", programme.Purpose);
        Assert.Equal("From student to first full-time job", programme.SharedLearningGoal);
        Assert.Equal(["career start", "onboarding"], programme.SharedGoalTags);
        Assert.Equal(new ProgrammePeriod(new DateOnly(2025, 9, 1), new DateOnly(2026, 5, 31)), programme.Period);
        Assert.Equal(["Meet every other week", "What is said in the group stays in the group"], programme.Guidelines);
        Assert.Equal(["Expectations", "Feedback"], programme.Topics);
        Assert.Same(GroupSizePolicy.CommonForm, programme.SizePolicy);
        Assert.Equal(ProgrammeStatus.Enrolling, programme.Status);
        Assert.Equal("P1 (Graduates 2025, Group, Enrolling)", programme.ToString());
    }

    [Fact]
    public void WithLists_Null_ThrowNamingTheParameter()
    {
        var builder = Programme.Builder("P1", "x");

        Assert.Throws<ArgumentNullException>("tags", () => builder.WithSharedLearningGoal(null, (IEnumerable<string>)null!));
        Assert.Throws<ArgumentNullException>("guidelines", () => builder.WithGuidelines((IEnumerable<string>)null!));
        Assert.Throws<ArgumentNullException>("topics", () => builder.WithTopics((IEnumerable<string>)null!));
        Assert.Throws<ArgumentNullException>("policy", () => builder.WithSizePolicy(null!));
        var programme = builder.Build();
        Assert.True(programme.SharedGoalTags.IsEmpty);
        Assert.Empty(programme.Guidelines);
        Assert.Empty(programme.Topics);
    }

    public static TheoryData<ProgrammeFormat, GroupSizePolicy> DefaultPolicies => new()
    {
        { ProgrammeFormat.OneToOne, GroupSizePolicy.OneToOne },
        { ProgrammeFormat.Group, GroupSizePolicy.Recommended },
        { ProgrammeFormat.PeerGroup, GroupSizePolicy.PeerGroup },
    };

    [Theory]
    [MemberData(nameof(DefaultPolicies))]
    public void Build_NoPolicyGiven_UsesTheFormatsPreset(ProgrammeFormat format, GroupSizePolicy expected)
    {
        Assert.Same(expected, Programme.Builder("P1", "x").WithFormat(format).Build().SizePolicy);
        Assert.Same(expected, ProgrammeBuilder.DefaultPolicy(format));
    }

    [Fact]
    public void Build_SameDayPeriod_IsAccepted() =>
        Assert.NotNull(Programme.Builder("P1", "x").RunningFrom(new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 1)).Build().Period);

    [Fact]
    public void Build_EveryProblem_ReportedAtOnce()
    {
        var builder = Programme.Builder(" ", "")
            .RunningFrom(new DateOnly(2025, 6, 1), new DateOnly(2025, 5, 31))
            .WithSharedLearningGoal("goal", "career start", " ")
            .WithGuidelines("Be kind", " ")
            .WithTopics("")
            .WithFormat((ProgrammeFormat)42);

        var ex = Expect.Invalid(builder.Build);

        Assert.Equal(
            "Invalid programme: 7 problems.\n"
            + "- [id.empty] A programme id must not be empty.\n"
            + "- [text.empty] A programme needs a name.\n"
            + "- [programme.period-inverted] The period ends (2025-05-31) before it starts (2025-06-01).\n"
            + "- [tag.empty] Tag 2 is empty.\n"
            + "- [text.empty] The guideline at position 2 is empty.\n"
            + "- [text.empty] The topic at position 1 is empty.\n"
            + "- [matching.out-of-range] Format 42 is not a known programme format.",
            ex.Message);
    }

    [Fact]
    public void Build_ProblemsWithAnId_NameTheProgramme()
    {
        var ex = Expect.Invalid(Programme.Builder("P1", null!).Build);

        ex.WithSingle(ErrorCodes.EmptyText, "P1", "A programme needs a name.");
    }

    public static TheoryData<ProgrammeFormat, GroupSizePolicy, string> Mismatches => new()
    {
        { ProgrammeFormat.Group, GroupSizePolicy.PeerGroup, "A Group programme is mentored, so its policy needs at least one mentor per group." },
        { ProgrammeFormat.Group, GroupSizePolicy.Create(0, 2, 1, 10, 5), "A Group programme is mentored, so its policy needs at least one mentor per group." },
        { ProgrammeFormat.OneToOne, GroupSizePolicy.PeerGroup, "A OneToOne programme is mentored, so its policy needs at least one mentor per group." },
        { ProgrammeFormat.OneToOne, GroupSizePolicy.Recommended, "A one-to-one programme pairs one mentor with one mentee; its policy allows more." },
        { ProgrammeFormat.OneToOne, GroupSizePolicy.Create(1, 2, 1, 1, 1), "A one-to-one programme pairs one mentor with one mentee; its policy allows more." },
        { ProgrammeFormat.OneToOne, GroupSizePolicy.Create(1, 1, 1, 2, 2), "A one-to-one programme pairs one mentor with one mentee; its policy allows more." },
        { ProgrammeFormat.PeerGroup, GroupSizePolicy.Recommended, "A peer-group programme has no mentors, so its policy cannot require one." },
    };

    [Theory]
    [MemberData(nameof(Mismatches))]
    public void Build_PolicyNotSuitingTheFormat_ThrowsMismatch(ProgrammeFormat format, GroupSizePolicy policy, string message)
    {
        var ex = Expect.Invalid(Programme.Builder("P1", "x").WithFormat(format).WithSizePolicy(policy).Build);

        ex.WithSingle(ErrorCodes.PolicyFormatMismatch, "P1", message);
    }

    public static TheoryData<ProgrammeFormat, GroupSizePolicy> Fits => new()
    {
        { ProgrammeFormat.Group, GroupSizePolicy.CommonForm },
        { ProgrammeFormat.Group, GroupSizePolicy.OneToOne },
        { ProgrammeFormat.OneToOne, GroupSizePolicy.OneToOne },
        { ProgrammeFormat.PeerGroup, GroupSizePolicy.PeerGroup },
        { ProgrammeFormat.PeerGroup, GroupSizePolicy.Create(0, 1, 2, 6, 6) },
    };

    [Theory]
    [MemberData(nameof(Fits))]
    public void Build_PolicySuitingTheFormat_IsKept(ProgrammeFormat format, GroupSizePolicy policy) =>
        Assert.Same(policy, Programme.Builder("P1", "x").WithFormat(format).WithSizePolicy(policy).Build().SizePolicy);
}
