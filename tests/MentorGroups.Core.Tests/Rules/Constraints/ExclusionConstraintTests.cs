using MentorGroups.Enrolments;
using MentorGroups.Matching;
using MentorGroups.Participants;
using MentorGroups.Programmes;
using MentorGroups.Rules.Constraints;

namespace MentorGroups.Tests.Rules.Constraints;

public sealed class ExclusionConstraintTests
{
    private static readonly Programme Programme = Programme.Builder("p", "Graduates").Build();

    private static Participant Person(string id) => Participant.Builder(id).Build();

    private static Enrolment Mentor(string id) => Enrolment.AsMentor(Person(id), 3);

    private static Enrolment Mentee(string id) => Enrolment.AsMentee(Person(id));

    private static Exclusion Exclusion(string a, string b) => new(new ParticipantId(a), new ParticipantId(b), "known conflict");

    [Fact]
    public void Allows_ExcludedPair_RefusedInEitherOrder()
    {
        var constraint = new ExclusionConstraint([Exclusion("m1", "a"), Exclusion("c", "b")]);

        Assert.False(constraint.Allows(new MemberPair(Mentor("m1"), Mentee("a"), Programme)));
        Assert.False(constraint.Allows(new MemberPair(Mentee("a"), Mentor("m1"), Programme)));
        Assert.False(constraint.Allows(new MemberPair(Mentee("b"), Mentee("c"), Programme)));
        Assert.True(constraint.Allows(new MemberPair(Mentor("m1"), Mentee("b"), Programme)));
        Assert.True(constraint.Allows(new MemberPair(Mentee("a"), Mentee("b"), Programme)));
    }

    [Fact]
    public void Allows_NoExclusions_AllowsEveryone()
    {
        Assert.True(new ExclusionConstraint([]).Allows(new MemberPair(Mentor("m1"), Mentee("a"), Programme)));
    }

    [Fact]
    public void Prepare_ExclusionsNamedEitherWay_RuleOutThoseMentorsOnly()
    {
        var request = MatchingRequest.For(Programme)
            .AddMentor(Person("m1"), 3)
            .AddMentor(Person("m2"), 3)
            .AddMentor(Person("m3"), 3)
            .AddMentee(Person("a"))
            .AddMentee(Person("b"))
            .AddMentee(Person("c"))
            .Build();
        // Mentee first, mentor first, a mentee pair (no mentor row), and someone not in the request.
        var constraint = new ExclusionConstraint([Exclusion("a", "m2"), Exclusion("m3", "a"), Exclusion("m1", "c"), Exclusion("b", "c"), Exclusion("x", "m1")]);

        string[] expected = ["100", "111", "011"];
        Assert.Equal(expected, PreparedConstraintRows.Filtered(constraint, request));
        Assert.Equal(expected, PreparedConstraintRows.Allowed(constraint, request));
    }

    [Fact]
    public void Explain_NamesBothIds()
    {
        var constraint = new ExclusionConstraint([Exclusion("m1", "a")]);

        Assert.Equal("m1 and a are excluded from sharing a group", constraint.Explain(new MemberPair(Mentor("m1"), Mentee("a"), Programme)));
        Assert.Equal("exclusion", constraint.Name);
    }
}
