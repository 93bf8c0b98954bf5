using MentorGroups.Enrolments;
using MentorGroups.Groups;
using MentorGroups.Matching;
using MentorGroups.Participants;
using MentorGroups.Policies;
using MentorGroups.Programmes;
using MentorGroups.Strategies;
using MentorGroups.Tests.Support;

namespace MentorGroups.Tests.Documentation;

/// <summary>
/// Keeps the README's example honest: the code between the markers below is the README's C# block, compiled and run
/// here, and a second test checks the README still holds exactly this code.
/// </summary>
public class ReadmeExampleTests
{
    private const string BeginMarker = "// README example: begin";
    private const string EndMarker = "// README example: end";

    [Fact]
    public void Example_BuildsAProgrammeAGroupAndWarnsAboutItsSize()
    {
        // README example: begin
        // The programme: the frame, with a purpose, a shared learning goal and a size policy.
        var programme = Programme.Builder("grad-2025", "Graduate programme 2025")
            .WithPurpose("Help graduates settle into their first full-time job.")
            .WithSharedLearningGoal("From student to first full-time job", "career start")
            .WithFormat(ProgrammeFormat.Group)
            .RunningFrom(new DateOnly(2025, 9, 1), new DateOnly(2026, 5, 31))
            .WithSizePolicy(GroupSizePolicy.CommonForm)
            .Build()
            .TransitionTo(ProgrammeStatus.Enrolling);

        // Participants, mapped from HR records. Every problem in a record is reported at once.
        var mentor = Participant.Builder("E1001")
            .WithExpertise("career start", "negotiation")
            .InTimeZone("Europe/Copenhagen")
            .AvailableAt("Tue 15:00-17:00; Thu 09:00-11:00")
            .Build();
        var mentees = new[] { "E2001", "E2002", "E2003" }
            .Select(id => Participant.Builder(id)
                .WithLearningGoals("Career start")
                .InTimeZone("Europe/Copenhagen")
                .AvailableAt("Tue 15:00-16:30")
                .Build())
            .ToList();

        // Enrolment: one role per person per programme; a mentor says how many mentees they will take.
        var roster = Roster.Create([Enrolment.AsMentor(mentor, capacity: 5), .. mentees.Select(m => Enrolment.AsMentee(m))]);

        // A group under the programme's policy: hard limits are enforced, recommendations come back as warnings.
        var group = MentoringGroup.Create("G001", [mentor.Id], roster.Mentees.Select(e => e.Id), programme.SizePolicy);
        foreach (var finding in group.Evaluate())
        {
            Console.WriteLine(finding);
        }

        // Warning size.mentees-below-min G001: The group has 3 mentee(s); the minimum is 5 (recommendation):
        // a group this small loses the peer learning and diverse thinking that group mentoring is for; ...
        // README example: end

        Assert.Equal(ProgrammeStatus.Enrolling, programme.Status);
        Assert.Equal(5, roster.TotalCapacity);
        var warning = Assert.Single(group.Evaluate());
        Assert.Equal(FindingSeverity.Warning, warning.Severity);
        Assert.Equal(FindingCodes.TooFewMentees, warning.Code);
        Assert.StartsWith(
            "Warning size.mentees-below-min G001: The group has 3 mentee(s); the minimum is 5 (recommendation): a group this small loses the peer learning and diverse thinking that group mentoring is for; ",
            warning.ToString(),
            StringComparison.Ordinal);
    }

    [Fact]
    public void MatchingExample_PlacesMenteesAndExplains()
    {
#pragma warning disable xUnit1051 // The README shows the call an application makes, without a test's token.
        // README matching example: begin
        var programme = Programme.Builder("grad-2025", "Graduate programme 2025").Build();
        Participant Person(string id, string goalsOrExpertise) =>
            Participant.Builder(id).WithLearningGoals(goalsOrExpertise).WithExpertise(goalsOrExpertise).WithLanguages("en").Build();

        var request = MatchingRequest.For(programme)
            .AddMentor(Person("M1", "negotiation"), capacity: 2)
            .AddMentor(Person("M2", "leadership"), capacity: 2)
            .AddMentee(Person("E1", "leadership"))
            .AddMentee(Person("E2", "negotiation"))
            .AddMentee(Person("E3", "leadership"))
            .RequireCommonLanguage()
            .Build();

        // The default, group formation; or "greedy", "optimal", "stable", "group-optimising", or your own.
        var result = MatchingStrategyCatalog.CreateDefault().Create(MatchingStrategyCatalog.RecommendedStrategy).Match(request);

        foreach (var group in result.Groups)
        {
            Console.WriteLine(group);        // G001: mentors [M1], mentees [E2] ...
        }

        Console.WriteLine(result.Explain("E1")); // E1 is in group G002 with mentor(s) M2; score 0.86. ...
        // README matching example: end
#pragma warning restore xUnit1051

        Assert.Equal(["G001: mentors [M1], mentees [E2]", "G002: mentors [M2], mentees [E1, E3]"], result.Groups.Select(g => g.ToString()));
        Assert.StartsWith("E1 is in group G002 with mentor(s) M2; score 0.", result.Explain("E1"), StringComparison.Ordinal);
    }

    [Fact]
    public void Readme_ShowsExactlyTheMatchingCodeThisTestRuns()
    {
        var example = RepositoryText.Between(
            RepositoryText.Lines("tests", "MentorGroups.Core.Tests", "Documentation", "ReadmeExampleTests.cs"),
            "// README matching example: begin", "// README matching example: end");

        Assert.True(RepositoryText.ContainsRun(RepositoryText.Lines("README.md"), example), "README.md's matching example differs from the code in ReadmeExampleTests; copy it over.");
    }

    [Fact]
    public void Readme_ShowsExactlyTheCodeThisTestRuns()
    {
        var example = RepositoryText.Between(
            RepositoryText.Lines("tests", "MentorGroups.Core.Tests", "Documentation", "ReadmeExampleTests.cs"), BeginMarker, EndMarker);

        Assert.True(RepositoryText.ContainsRun(RepositoryText.Lines("README.md"), example), "README.md's C# example differs from the code in ReadmeExampleTests; copy it over.");
    }

    [Fact]
    public void Readme_ShowsTheRealValidationMessage()
    {
        var ex = Assert.Throws<MentorGroups.Validation.MentorGroupsValidationException>(
            () => Participant.Builder("E1").AtSeniority(-1).InTimeZone("Mars/Olympus_Mons").Build());

        var message = ex.Message.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).ToList();
        Assert.True(RepositoryText.ContainsRun(RepositoryText.Lines("README.md"), message), ex.Message);
    }
}
