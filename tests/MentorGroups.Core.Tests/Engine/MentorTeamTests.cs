using MentorGroups.Engine;
using MentorGroups.Enrolments;
using MentorGroups.Matching;
using MentorGroups.Participants;
using MentorGroups.Policies;
using MentorGroups.Programmes;
using MentorGroups.Strategies;
using MentorGroups.Tests.Support;

namespace MentorGroups.Tests.Engine;

public sealed class MentorTeamTests
{
    public static TheoryData<string, int, int> ExtremeCapacities()
    {
        var data = new TheoryData<string, int, int>();
        foreach (var strategy in MatchingStrategyCatalog.CreateDefault().Names)
        {
            foreach (var (lead, co) in new[] { (int.MaxValue, 1), (int.MaxValue, int.MaxValue), (int.MaxValue - 1, 2), (0, int.MaxValue), (1, 0) })
            {
                data.Add(strategy, lead, co);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ExtremeCapacities))]
    public void Capacity_LeadAndCoMentorCapacitiesOverflowInt_CappedByThePolicy(string strategy, int lead, int co)
    {
        var builder = MatchingRequest.For(Programme.Builder("p", "Programme").Build())
            .Add(Enrolment.AsMentor(People.Participant("M1"), lead), Enrolment.AsCoMentor(People.Participant("C1"), co));
        foreach (var id in People.Numbered("E", 12))
        {
            builder.AddMentee(MentorGroups.Participants.Participant.Builder(id.Value).Build());
        }

        var request = builder.Build();
        var problem = MatchingProblem.Compile(request, TestContext.Current.CancellationToken);
        var result = MatchingStrategyCatalog.CreateDefault().Create(strategy).Match(request, TestContext.Current.CancellationToken);

        var expected = (int)Math.Min((long)lead + co, GroupSizePolicy.Recommended.MenteeCapFor(2));
        Assert.Equal(expected, Assert.Single(problem.Teams).Capacity);
        Assert.Equal(Math.Min(expected, 12), result.Placements.Count);
    }
}
