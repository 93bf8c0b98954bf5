using FsCheck;
using FsCheck.Fluent;
using MentorGroups.Participants;
using MentorGroups.Policies;
using MentorGroups.Testing;

namespace MentorGroups.Tests.Testing;

public class DomainGeneratorsTests
{
    private const int Size = 30;
    private const int Count = 200;

    private static T[] Sample<T>(Gen<T> gen, ulong seed) =>
        gen.Sample(Size, new Rnd(seed), Count);

    [Fact]
    public void Participants_SameSeed_SameParticipants()
    {
        var first = Sample(DomainGenerators.Participants(), 42);
        var second = Sample(DomainGenerators.Participants(), 42);

        Assert.Equal(first, second);
        Assert.NotEqual(first, Sample(DomainGenerators.Participants(), 43));
    }

    [Fact]
    public void MentoringGroups_SameSeed_SameGroups() =>
        Assert.Equal(Sample(DomainGenerators.MentoringGroups(), 7), Sample(DomainGenerators.MentoringGroups(), 7));

    [Fact]
    public void Participants_HaveRealisticProfiles()
    {
        var people = Sample(DomainGenerators.Participants(), 1);

        Assert.All(people, p =>
        {
            Assert.Matches("^E[0-9]{5}$", p.Id.Value);
            Assert.InRange(p.Profile.LearningGoals.Count, 1, 3);
            Assert.InRange(p.Profile.Languages.Count, 1, 2);
            Assert.Contains(p.Profile.TimeZone!.Id, DomainGenerators.TimeZoneIds);
            Assert.Contains(p.Profile.OrganisationalUnit, DomainGenerators.OrganisationalUnits);
            Assert.InRange(p.Profile.SeniorityLevel!.Value, 0, 6);
            Assert.NotEqual(p.Id, p.Profile.LineManagerId);
            Assert.All(p.Profile.LearningGoals, g => Assert.Contains(g, DomainGenerators.TagVocabulary));
        });

        // Enough variety that matching tests see managers, empty availability and several zones.
        Assert.Contains(people, p => p.Profile.LineManagerId is null);
        Assert.Contains(people, p => p.Profile.LineManagerId is not null);
        Assert.Contains(people, p => p.Profile.Availability.IsEmpty);
        Assert.Contains(people, p => p.Profile.Availability.Count >= 2);
        Assert.True(people.Select(p => p.Profile.TimeZone!.Id).Distinct().Count() >= 5);
    }

    [Fact]
    public void DistinctParticipantIds_NeverRepeat()
    {
        foreach (var ids in Sample(DomainGenerators.DistinctParticipantIds(25), 3))
        {
            Assert.Equal(25, ids.Distinct().Count());
        }
    }

    [Fact]
    public void DistinctParticipantIds_NegativeCount_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DomainGenerators.DistinctParticipantIds(-1));

    [Fact]
    public void GroupSizePolicies_CoverPresetsPeerAndMixedKinds()
    {
        var policies = Sample(DomainGenerators.GroupSizePolicies(), 5);

        Assert.Contains(policies, p => p.Equals(GroupSizePolicy.Recommended));
        Assert.Contains(policies, p => p.Equals(GroupSizePolicy.CommonForm));
        Assert.Contains(policies, p => !p.IsMentored);
        Assert.Contains(policies, p => p.MaxMenteesPerMentor.Kind == LimitKind.Recommendation);
        Assert.Contains(policies, p => p.MinMentees.Kind == LimitKind.Hard && p.MinMentees.Value > 1);
    }

    [Fact]
    public void MentoringGroups_ForAPolicy_SatisfyItsHardLimitsAndSometimesWarn()
    {
        var groups = Sample(DomainGenerators.MentoringGroups(GroupSizePolicy.CommonForm), 9);

        Assert.All(groups, g => Assert.DoesNotContain(g.Evaluate(), f => f.Severity == FindingSeverity.Error));
        Assert.Contains(groups, g => g.Evaluate().Count > 0);
        Assert.Contains(groups, g => g.Evaluate().Count == 0);
        Assert.Contains(groups, g => g.Mentors.Count == 2);
    }

    [Fact]
    public void MentoringGroups_NullPolicy_Throws() =>
        Assert.Throws<ArgumentNullException>(() => DomainGenerators.MentoringGroups(null!));

    [Fact]
    public void SizeLimits_MaxBelowMin_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DomainGenerators.SizeLimits(3, 2));

    [Fact]
    public void TagSets_ComeFromTheVocabulary()
    {
        var sets = Sample(DomainGenerators.TagSets(), 11);

        Assert.All(sets.SelectMany(s => s), t => Assert.Contains(t, DomainGenerators.TagVocabulary));
        Assert.Contains(sets, s => s.IsEmpty);
        Assert.Contains(sets, s => s.Count >= 3);
    }

    [Fact]
    public void WeeklyWindows_IncludeMidnightAndWeekWraps()
    {
        var windows = Sample(DomainGenerators.WeeklyWindows(), 13);

        Assert.Contains(windows, w => w.StartMinuteOfWeek % (24 * 60) + w.LengthMinutes > 24 * 60);
        Assert.Contains(windows, w => w.EndMinuteOfWeek > MentorGroups.Scheduling.WeeklyWindow.MinutesPerWeek);
    }

    [Fact]
    public void Participants_ForAnId_UseIt() =>
        Assert.All(Sample(DomainGenerators.Participants(new ParticipantId("X1")), 2), p => Assert.Equal("X1", p.Id.Value));
}
