using MentorGroups.Enrolments;
using MentorGroups.Participants;
using MentorGroups.Programmes;

namespace MentorGroups.DependencyInjection.Tests.Support;

/// <summary>Deterministic programmes and enrolments. Display names and goals are distinctive so tests can prove they never leak.</summary>
internal static class People
{
    private static readonly string[] Topics = ["negotiation", "leadership", "public speaking", "data literacy", "coaching", "product sense"];
    private static readonly string[] Units = ["finance", "sales", "engineering", "people"];

    public static Programme Programme(string id, ProgrammeFormat format = ProgrammeFormat.Group) =>
        Programmes.Programme.Builder(id, "Graduate programme").WithFormat(format).Build();

    public static string DisplayNameOf(string id) => $"Zelda Quixote-{id}";

    public static string GoalOf(int i) => $"become confident presenter {i}";

    /// <summary>Mentors m000.. and mentees e000.., with varied expertise, goals and units, in a fixed order.</summary>
    public static IReadOnlyList<Enrolment> Enrolments(int mentors, int mentees, int capacity = 5)
    {
        var list = new List<Enrolment>();
        for (var i = 0; i < mentors; i++)
        {
            var id = $"m{i:000}";
            var person = Participant.Builder(id)
                .WithDisplayName(DisplayNameOf(id))
                .WithExpertise(Topics[i % Topics.Length], Topics[(i * 5 + 1) % Topics.Length])
                .InOrganisationalUnit(Units[i % Units.Length])
                .AtSeniority(4 + (i % 3))
                .Build();
            list.Add(Enrolment.AsMentor(person, capacity));
        }

        for (var i = 0; i < mentees; i++)
        {
            var id = $"e{i:000}";
            var person = Participant.Builder(id)
                .WithDisplayName(DisplayNameOf(id))
                .WithLearningGoals(Topics[(i * 7 + 3) % Topics.Length])
                .InOrganisationalUnit(Units[(i + 1) % Units.Length])
                .AtSeniority(1 + (i % 3))
                .Build();
            list.Add(Enrolment.AsMentee(person, GoalOf(i)));
        }

        return list;
    }
}
