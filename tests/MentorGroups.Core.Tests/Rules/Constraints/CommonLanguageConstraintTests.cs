using MentorGroups.Enrolments;
using MentorGroups.Matching;
using MentorGroups.Participants;
using MentorGroups.Programmes;
using MentorGroups.Rules.Constraints;

namespace MentorGroups.Tests.Rules.Constraints;

public sealed class CommonLanguageConstraintTests
{
    private static readonly Programme Programme = Programme.Builder("p", "Graduates").Build();

    private static Participant Person(string id, params string[] languages) => Participant.Builder(id).WithLanguages(languages).Build();

    private static Enrolment Mentor(string id, params string[] languages) => Enrolment.AsMentor(Person(id, languages), 3);

    private static Enrolment Mentee(string id, params string[] languages) => Enrolment.AsMentee(Person(id, languages));

    /// <summary>Mentors m1 (en), m2 (de, fr), m3 (none); mentees a (en), b (fr), c (none), d (es).</summary>
    private static MatchingRequest Request() =>
        MatchingRequest.For(Programme)
            .AddMentor(Person("m1", "en"), 3)
            .AddMentor(Person("m2", "de", "fr"), 3)
            .AddMentor(Person("m3"), 3)
            .AddMentee(Person("a", "en"))
            .AddMentee(Person("b", "fr"))
            .AddMentee(Person("c"))
            .AddMentee(Person("d", "es"))
            .Build();

    [Fact]
    public void Allows_MentorAndMentee_NeedAShareLanguageUnlessOneGivesNone()
    {
        var constraint = new CommonLanguageConstraint();

        Assert.True(constraint.Allows(new MemberPair(Mentor("m", "en", "de"), Mentee("e", "de"), Programme)));
        Assert.False(constraint.Allows(new MemberPair(Mentor("m", "en"), Mentee("e", "de"), Programme)));
        Assert.False(constraint.Allows(new MemberPair(Mentee("e", "de"), Mentor("m", "en"), Programme)));
        Assert.True(constraint.Allows(new MemberPair(Mentor("m"), Mentee("e", "de"), Programme)));
        Assert.True(constraint.Allows(new MemberPair(Mentor("m", "en"), Mentee("e"), Programme)));
    }

    [Fact]
    public void Allows_TwoMenteesOrTwoMentors_AreNotHeldToIt()
    {
        var constraint = new CommonLanguageConstraint();

        Assert.True(constraint.Allows(new MemberPair(Mentee("a", "en"), Mentee("b", "de"), Programme)));
        Assert.True(constraint.Allows(new MemberPair(Mentor("m1", "en"), Mentor("m2", "de"), Programme)));
    }

    [Fact]
    public void Prepare_EveryMenteeAndMentor_AnswersAsAllowsDoes()
    {
        var request = Request();
        var constraint = new CommonLanguageConstraint();

        string[] expected = ["101", "011", "111", "001"];
        Assert.Equal(expected, PreparedConstraintRows.Allowed(constraint, request));
        Assert.Equal(expected, PreparedConstraintRows.Filtered(constraint, request));
    }

    [Fact]
    public void Prepare_MentorAlreadyRuledOut_StaysRuledOut()
    {
        var request = Request();

        // m1 starts ruled out in every row (another constraint said no): a shared language must not bring them back.
        Assert.Equal(["001", "011", "011", "001"], PreparedConstraintRows.Filtered(new CommonLanguageConstraint(), request, start: m => m != 0));
    }

    [Fact]
    public void Prepare_MenteesWithTheSameLanguages_GetTheSameRow()
    {
        var request = MatchingRequest.For(Programme)
            .AddMentor(Person("m1", "en"), 3)
            .AddMentor(Person("m2", "fr"), 3)
            .AddMentee(Person("a", "fr"))
            .AddMentee(Person("b", "en"))
            .AddMentee(Person("c", "fr"))
            .AddMentee(Person("d", "en"))
            .Build();

        Assert.Equal(["01", "10", "01", "10"], PreparedConstraintRows.Filtered(new CommonLanguageConstraint(), request));
    }

    [Fact]
    public void Explain_NamesBothIds()
    {
        Assert.Equal("m1 and a share no language", new CommonLanguageConstraint().Explain(new MemberPair(Mentor("m1", "en"), Mentee("a", "de"), Programme)));
        Assert.Equal("common-language", new CommonLanguageConstraint().Name);
    }
}
