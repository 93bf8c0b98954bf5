using MentorGroups.Enrolments;
using MentorGroups.Matching;
using MentorGroups.Participants;
using MentorGroups.Programmes;
using MentorGroups.Rules.Constraints;

namespace MentorGroups.Tests.Rules.Constraints;

public sealed class LineManagerConstraintTests
{
    private static readonly Programme Programme = Programme.Builder("p", "Graduates").Build();

    private static Participant Person(string id, string? manager = null) => Participant.Builder(id).ReportingTo(manager).Build();

    private static Enrolment Mentor(string id, string? manager = null) => Enrolment.AsMentor(Person(id, manager), 3);

    private static Enrolment Mentee(string id, string? manager = null) => Enrolment.AsMentee(Person(id, manager));

    [Fact]
    public void Allows_ManagerAndReport_RefusedWhicheverIsFirstAndWhateverTheRoles()
    {
        var constraint = new LineManagerConstraint();

        Assert.False(constraint.Allows(new MemberPair(Mentor("boss"), Mentee("a", manager: "boss"), Programme)));
        Assert.False(constraint.Allows(new MemberPair(Mentee("a", manager: "boss"), Mentor("boss"), Programme)));
        Assert.False(constraint.Allows(new MemberPair(Mentor("m", manager: "a"), Mentee("a"), Programme)));
        Assert.False(constraint.Allows(new MemberPair(Mentee("b", manager: "a"), Mentee("a"), Programme)));
        Assert.True(constraint.Allows(new MemberPair(Mentor("m", manager: "boss"), Mentee("a", manager: "boss"), Programme)));
        Assert.True(constraint.Allows(new MemberPair(Mentor("m"), Mentee("a"), Programme)));
    }

    [Fact]
    public void Prepare_ManagersOnEitherSide_RuleOutThosePairsOnly()
    {
        // a reports to m2; m3 reports to c; b reports to x (not enrolled); m1 reports to nobody enrolled.
        var request = MatchingRequest.For(Programme)
            .AddMentor(Person("m1", manager: "y"), 3)
            .AddMentor(Person("m2"), 3)
            .AddMentor(Person("m3", manager: "c"), 3)
            .AddMentee(Person("a", manager: "m2"))
            .AddMentee(Person("b", manager: "x"))
            .AddMentee(Person("c"))
            .Build();
        var constraint = new LineManagerConstraint();

        string[] expected = ["101", "111", "110"];
        Assert.Equal(expected, PreparedConstraintRows.Filtered(constraint, request));
        Assert.Equal(expected, PreparedConstraintRows.Allowed(constraint, request));
    }

    [Fact]
    public void Prepare_MenteeManagedByOneMentorAndManagingAnother_RulesOutBoth()
    {
        var request = MatchingRequest.For(Programme)
            .AddMentor(Person("m1"), 3)
            .AddMentor(Person("m2", manager: "a"), 3)
            .AddMentor(Person("m3"), 3)
            .AddMentee(Person("a", manager: "m1"))
            .Build();

        Assert.Equal(["001"], PreparedConstraintRows.Filtered(new LineManagerConstraint(), request));
    }

    [Fact]
    public void Explain_SaysWhoManagesWhom()
    {
        var constraint = new LineManagerConstraint();

        Assert.Equal("boss is the line manager of a", constraint.Explain(new MemberPair(Mentee("a", manager: "boss"), Mentor("boss"), Programme)));
        Assert.Equal("boss is the line manager of a", constraint.Explain(new MemberPair(Mentor("boss"), Mentee("a", manager: "boss"), Programme)));
        Assert.Equal("line-manager", constraint.Name);
    }
}
