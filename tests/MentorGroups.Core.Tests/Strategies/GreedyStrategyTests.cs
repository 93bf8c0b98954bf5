using MentorGroups.Matching;
using MentorGroups.Participants;
using MentorGroups.Programmes;
using MentorGroups.Strategies.Greedy;

namespace MentorGroups.Tests.Strategies;

public sealed class GreedyStrategyTests
{
    private static Participant Person(string id, string[]? goals = null, string[]? expertise = null, string? manager = null) =>
        Participant.Builder(id).WithLearningGoals(goals ?? []).WithExpertise(expertise ?? []).ReportingTo(manager).Build();

    [Fact]
    public void Match_SmallProgramme_PlacesEveryoneWithinCapacity()
    {
        var programme = Programme.Builder("p1", "Graduates").Build();
        var request = MatchingRequest.For(programme)
            .AddMentor(Person("m1", expertise: ["negotiation"]), 2)
            .AddMentor(Person("m2", expertise: ["leadership"]), 2)
            .AddMentee(Person("a", goals: ["leadership"]))
            .AddMentee(Person("b", goals: ["negotiation"]))
            .AddMentee(Person("c", goals: ["leadership"]))
            .AddMentee(Person("d", goals: ["negotiation"]))
            .Build();

        var result = new GreedyStrategyOptions().CreateStrategy().Match(request, TestContext.Current.CancellationToken);

        Assert.Empty(result.Unmatched);
        Assert.Equal(2, result.Groups.Count);
        Assert.Equal(["a", "c"], result.Groups.Single(g => g.LeadMentor == "m2").Mentees.Select(m => m.Value));
        Assert.Equal("greedy", result.StrategyName);
    }

    [Fact]
    public void Match_MenteeWithManagerAsOnlyMentor_IsUnmatchedWithReason()
    {
        var programme = Programme.Builder("p1", "Graduates").Build();
        var request = MatchingRequest.For(programme)
            .AddMentor(Person("boss"), 3)
            .AddMentee(Person("a", manager: "boss"))
            .Build();

        var result = new GreedyStrategyOptions().CreateStrategy().Match(request, TestContext.Current.CancellationToken);

        var unmatched = Assert.Single(result.Unmatched);
        Assert.Equal(UnmatchedReason.NoCompatibleMentor, unmatched.Reason);
        Assert.Equal("No mentor group is compatible with a among 1: line-manager rules out 1.", unmatched.Explanation);
        Assert.Equal("boss", Assert.Single(result.UnassignedMentors).Mentor.Value);
    }

    [Fact]
    public void Match_OnlyCompatibleMentorTakesNoMentees_SaysTheGroupHasNoSeats()
    {
        var programme = Programme.Builder("p1", "Graduates").Build();
        var request = MatchingRequest.For(programme)
            .AddMentor(Person("m1"), 0)
            .AddMentee(Person("a"))
            .Build();

        var result = new GreedyStrategyOptions().CreateStrategy().Match(request, TestContext.Current.CancellationToken);

        var unmatched = Assert.Single(result.Unmatched);
        Assert.Equal(UnmatchedReason.CapacityExhausted, unmatched.Reason);
        Assert.Equal("The 1 compatible mentor group(s) have no seats: their mentors take no mentees (capacity 0).", unmatched.Explanation);
    }

    [Fact]
    public void Match_CompatibleGroupsFull_CountsTheSeatsTaken()
    {
        var programme = Programme.Builder("p1", "Graduates").Build();
        var request = MatchingRequest.For(programme)
            .AddMentor(Person("m1", expertise: ["leadership"]), 1)
            .AddMentor(Person("m2"), 0)
            .AddMentee(Person("a", goals: ["leadership"]))
            .AddMentee(Person("b"))
            .Build();

        var result = new GreedyStrategyOptions().CreateStrategy().Match(request, TestContext.Current.CancellationToken);

        var unmatched = Assert.Single(result.Unmatched);
        Assert.Equal("b", unmatched.Mentee.Value);
        Assert.Equal(UnmatchedReason.CapacityExhausted, unmatched.Reason);
        Assert.Equal("All 2 compatible mentor group(s) are full (1 seat(s) taken).", unmatched.Explanation);
    }
}
