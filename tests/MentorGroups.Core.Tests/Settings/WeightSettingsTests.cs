using MentorGroups.Matching;
using MentorGroups.Programmes;
using MentorGroups.Rules.Criteria;
using MentorGroups.Rules.Objectives;
using MentorGroups.Settings;
using MentorGroups.Tests.Support;
using MentorGroups.Validation;

namespace MentorGroups.Tests.Settings;

public sealed class WeightSettingsTests
{
    [Fact]
    public void Criteria_NoMap_GivesTheDefaults() =>
        Assert.Equal(Weights(ScoringCriteria.Default()), Weights(WeightSettings.Criteria(null)));

    [Fact]
    public void Criteria_SomeNames_ReweighsThoseAndKeepsTheOthersInOrder()
    {
        var criteria = WeightSettings.Criteria(new Dictionary<string, double> { ["language"] = 0.5, ["expertise"] = 0 });

        Assert.Equal(
            [("expertise", 0.0), ("language", 0.5), ("availability", 2.0), ("shared-goals", 1.0), ("seniority-gap", 1.0), ("cross-department", 1.0)],
            Weights(criteria));
    }

    [Fact]
    public void Criteria_UnknownNamesAndBadWeights_ReportsEveryProblemAtOnce()
    {
        var ex = Expect.Invalid(() => WeightSettings.Criteria(new Dictionary<string, double>
        {
            ["expertize"] = 1, ["language"] = -1, ["availability"] = double.NaN, ["Seniority"] = 2,
        }));

        Assert.Equal(
            [
                new ValidationError(ErrorCodes.UnknownWeight, "'Seniority' is not a criterion; known: expertise, language, availability, shared-goals, seniority-gap, cross-department.", "Seniority"),
                new ValidationError(ErrorCodes.UnknownWeight, "'expertize' is not a criterion; known: expertise, language, availability, shared-goals, seniority-gap, cross-department.", "expertize"),
                new ValidationError(ErrorCodes.InvalidWeight, "The weight of criterion 'language' must be a finite number of zero or more; got -1.", "language"),
                new ValidationError(ErrorCodes.InvalidWeight, "The weight of criterion 'availability' must be a finite number of zero or more; got NaN.", "availability"),
            ],
            ex.Errors);
    }

    [Fact]
    public void Criteria_AllZero_FailsWithTheRequestsOwnMessage()
    {
        var zero = ScoringCriteria.Default().ToDictionary(c => c.Criterion.Name, _ => 0.0);

        var fromSettings = Expect.Invalid(() => WeightSettings.Criteria(zero));
        var fromRequest = Expect.Invalid(() => MatchingRequest.For(Programme.Builder("p", "P").Build())
            .WithCriteria(ScoringCriteria.Default().Select(c => new WeightedCriterion(c.Criterion, 0))).Build());

        fromSettings.WithSingle(ErrorCodes.InvalidWeight, null, "At least one criterion needs a weight above zero.");
        Assert.Equal(fromSettings.Errors, fromRequest.Errors);
    }

    [Fact]
    public void GroupObjectives_AllZero_IsAllowed()
    {
        var zero = GroupObjectives.Default().ToDictionary(o => o.Objective.Name, _ => 0.0);

        Assert.All(WeightSettings.GroupObjectives(zero), o => Assert.Equal(0, o.Weight));
    }

    [Fact]
    public void GroupObjectives_UnknownNameAndNegativeWeight_ReportsBoth()
    {
        var ex = Expect.Invalid(() => WeightSettings.GroupObjectives(new Dictionary<string, double> { ["cohesion"] = 1, ["mentor-load"] = -0.5 }));

        ex.WithCodes(ErrorCodes.UnknownWeight, ErrorCodes.InvalidWeight);
        Assert.Equal(["cohesion", "mentor-load"], ex.Errors.Select(e => e.Target));
    }

    [Fact]
    public void GroupObjectives_NoMap_GivesTheDefaults() =>
        Assert.Equal(
            GroupObjectives.Default().Select(o => (o.Objective.Name, o.Weight)),
            WeightSettings.GroupObjectives(null).Select(o => (o.Objective.Name, o.Weight)));

    private static (string Name, double Weight)[] Weights(IEnumerable<WeightedCriterion> criteria) =>
        [.. criteria.Select(c => (c.Criterion.Name, c.Weight))];
}
