using MentorGroups.Participants;

namespace MentorGroups.Tests.Participants;

public class ParticipantTests
{
    private static Participant Make(string id, string? name = "Ada", string goal = "leadership") =>
        Participant.Builder(id).WithDisplayName(name).WithLearningGoals(goal).InTimeZone("UTC").AvailableAt("Mon 09:00-10:00").Build();

    [Fact]
    public void Equals_SameIdNameAndProfile_AreEqual()
    {
        var a = Make("E1");
        var b = Make("E1");

        Assert.Equal(a, b);
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(a.Profile.GetHashCode(), b.Profile.GetHashCode());
    }

    [Fact]
    public void Equals_AnyPartDiffers_AreNotEqual()
    {
        var a = Make("E1");

        Assert.NotEqual(a, Make("E2"));
        Assert.NotEqual(a, Make("E1", name: "Bo"));
        Assert.NotEqual(a, Make("E1", goal: "sales"));
        Assert.False(a.Equals(null));
        Assert.False(a.Profile.Equals(null));
        Assert.False(a.Profile.Equals((object)"profile"));
    }

    [Fact]
    public void ProfileEquals_DifferentAttributesOrTimeZone_AreNotEqual()
    {
        var plain = Participant.Builder("E1").WithAttribute("site", "a").Build().Profile;

        Assert.NotEqual(plain, Participant.Builder("E1").WithAttribute("site", "b").Build().Profile);
        Assert.NotEqual(plain, Participant.Builder("E1").WithAttribute("site", "a").WithAttribute("x", "y").Build().Profile);
        Assert.NotEqual(plain, Participant.Builder("E1").WithAttribute("site", "a").InTimeZone("UTC").Build().Profile);
    }

    [Fact]
    public void ToString_ShowsTheIdOnly() => Assert.Equal("E1", Make("E1", name: "Secret Name").ToString());
}
