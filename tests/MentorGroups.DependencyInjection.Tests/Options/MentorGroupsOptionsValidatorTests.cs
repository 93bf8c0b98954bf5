using MentorGroups.DependencyInjection.Tests.Support;
using MentorGroups.Policies;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace MentorGroups.DependencyInjection.Tests.Options;

/// <summary>
/// Every rule of the options, checked the way an application meets it: at start-up, through ValidateOnStart, with the
/// exact message. The generated bounds validator runs first, then the cross-field one.
/// </summary>
public sealed class MentorGroupsOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Pass()
    {
        using var provider = new ServiceCollection().AddMentorGroups().Services.BuildServiceProvider();

        provider.GetRequiredService<IStartupValidator>().Validate();
    }

    [Fact]
    public void Validate_EveryPresetWithAnOverride_Passes()
    {
        foreach (var preset in SizePolicyOptions.PresetNames)
        {
            using var provider = new ServiceCollection()
                .AddMentorGroups(o => o.SizePolicy = new SizePolicyOptions { Preset = preset.ToLowerInvariant(), MaxMentees = new SizeLimitOptions { Value = 6 } })
                .Services.BuildServiceProvider();

            provider.GetRequiredService<IStartupValidator>().Validate();
        }
    }

    [Fact]
    public void Validate_EmptyDefaultStrategy_FailsWithRequired() =>
        AssertStartupFails(o => o.DefaultStrategy = " ",
            "DefaultStrategy: The MentorGroupsOptions.DefaultStrategy field is required.");

    [Fact]
    public void Validate_UnknownDefaultStrategy_ListsTheKnownNames() =>
        AssertStartupFails(o => o.DefaultStrategy = "annealing",
            $"[strategy.unknown] DefaultStrategy: No matching strategy is named 'annealing'; known: {TestStrategies.KnownNames()}.");

    [Fact]
    public void Validate_DefaultStrategyRegisteredLater_Passes()
    {
        using var provider = new ServiceCollection()
            .AddMentorGroups(o => o.DefaultStrategy = "custom")
            .AddStrategy<CustomStrategy>("custom")
            .Services.AddSingleton<ConstructionCounter>()
            .BuildServiceProvider();

        provider.GetRequiredService<IStartupValidator>().Validate();
        Assert.Equal(0, provider.GetRequiredService<ConstructionCounter>().Count); // validating names creates no strategy
    }

    [Fact]
    public void Validate_UnknownPreset_ListsThePresets() =>
        AssertStartupFails(o => o.SizePolicy.Preset = "Huge",
            "[policy.preset-unknown] SizePolicy.Preset: 'Huge' is not a size-policy preset; use one of recommended, common-form, one-to-one, peer-group.");

    [Fact]
    public void Validate_MinimumAboveMaximum_Fails() =>
        AssertStartupFails(o =>
            {
                o.SizePolicy.MinMentees = new SizeLimitOptions { Value = 8 };
                o.SizePolicy.MaxMentees = new SizeLimitOptions { Value = 5 };
            },
            "[policy.min-above-max] SizePolicy: The minimum mentees (8) is above the maximum (5).");

    [Fact]
    public void Validate_RatioNoGroupCanMeet_Fails() =>
        AssertStartupFails(o =>
            {
                o.SizePolicy.Preset = "common-form";
                o.SizePolicy.MaxMentors = new SizeLimitOptions { Value = 1 };
                o.SizePolicy.MaxMenteesPerMentor = new SizeLimitOptions { Value = 2 };
            },
            "[policy.ratio-unsatisfiable] SizePolicy: No group can meet the policy: even 1 mentor(s) at 2 mentees each cannot reach the minimum of 5 mentees.");

    [Fact]
    public void Validate_MaximumMenteesZero_FailsOnceFromThePolicyRules() =>
        AssertStartupFails(o => o.SizePolicy.MaxMentees = new SizeLimitOptions { Value = 0 },
            "[policy.limit-out-of-range] SizePolicy: The maximum mentees must be at least 1; got 0.",
            "[policy.min-above-max] SizePolicy: The minimum mentees (1) is above the maximum (0).");

    [Fact]
    public void Validate_LimitOutOfBounds_FailsOnceFromTheBounds() =>
        AssertStartupFails(o =>
            {
                o.SizePolicy.MinMentors = new SizeLimitOptions { Value = -1 };
                o.SizePolicy.MaxMentees = new SizeLimitOptions { Value = 1001 };
            },
            "Value: The field MentorGroupsOptions.SizePolicy.MinMentors.Value must be between 0 and 1000.",
            "Value: The field MentorGroupsOptions.SizePolicy.MaxMentees.Value must be between 0 and 1000.");

    [Fact]
    public void Validate_UndefinedLimitKind_Fails() =>
        AssertStartupFails(o => o.SizePolicy.MaxMenteesPerMentor = new SizeLimitOptions { Value = 4, Kind = (LimitKind)9 },
            "[policy.limit-out-of-range] SizePolicy.MaxMenteesPerMentor.Kind: Kind 9 is not a limit kind; use Hard or Recommendation.");

    [Fact]
    public void Validate_BadCriterionWeights_NamesEachOne() =>
        AssertStartupFails(o =>
            {
                o.CriterionWeights.Expertise = double.NaN;
                o.CriterionWeights.Language = -2;
                o.CriterionWeights.CrossDepartment = double.PositiveInfinity;
            },
            "[matching.weight-invalid] CriterionWeights.Expertise: The weight of criterion 'expertise' must be a finite number of zero or more; got NaN.",
            "[matching.weight-invalid] CriterionWeights.Language: The weight of criterion 'language' must be a finite number of zero or more; got -2.",
            "[matching.weight-invalid] CriterionWeights.CrossDepartment: The weight of criterion 'cross-department' must be a finite number of zero or more; got Infinity.");

    [Fact]
    public void Validate_AllCriterionWeightsZero_Fails() =>
        AssertStartupFails(o => o.CriterionWeights = new CriterionWeightOptions
            {
                Expertise = 0, Language = 0, Availability = 0, SharedGoals = 0, SeniorityGap = 0, CrossDepartment = 0,
            },
            "[matching.weight-invalid] CriterionWeights: At least one criterion needs a weight above zero.");

    [Fact]
    public void Validate_BadObjectiveWeight_Fails() =>
        AssertStartupFails(o => o.GroupObjectiveWeights.Cohesion = -0.5,
            "[matching.weight-invalid] GroupObjectiveWeights.Cohesion: The weight of group objective 'goal-cohesion' must be a finite number of zero or more; got -0.5.");

    [Fact]
    public void Validate_AllObjectiveWeightsZero_PassesAsPairwiseOnly()
    {
        using var provider = new ServiceCollection()
            .AddMentorGroups(o => o.GroupObjectiveWeights = new GroupObjectiveWeightOptions { CommonSlot = 0, Cohesion = 0, Diversity = 0, GroupSize = 0, MentorLoad = 0 })
            .Services.BuildServiceProvider();

        provider.GetRequiredService<IStartupValidator>().Validate();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7200)]
    public void Validate_TimeBudgetOutOfBounds_Fails(int seconds) =>
        AssertStartupFails(o => o.TimeBudget = TimeSpan.FromSeconds(seconds),
            $"[matching.out-of-range] TimeBudget: The time budget must be between 00:00:00.0010000 and 01:00:00; got {TimeSpan.FromSeconds(seconds)}.");

    [Fact]
    public void Validate_MissingSections_FailWithRequired() =>
        AssertStartupFails(o =>
            {
                o.SizePolicy = null!;
                o.CriterionWeights = null!;
                o.GroupObjectiveWeights = null!;
            },
            "SizePolicy: The MentorGroupsOptions.SizePolicy field is required.",
            "CriterionWeights: The MentorGroupsOptions.CriterionWeights field is required.",
            "GroupObjectiveWeights: The MentorGroupsOptions.GroupObjectiveWeights field is required.");

    [Fact]
    public void Validate_BrokenJsonSection_ListsEveryProblemAtOnce()
    {
        var section = TestConfiguration.Load().GetSection("Broken");

        var ex = StartupFailure(new ServiceCollection().AddMentorGroups("broken", section).Services);

        Assert.Equal("broken", ex.OptionsName);
        Assert.Equal(
        [
            "Value: The field broken.SizePolicy.MaxMenteesPerMentor.Value must be between 0 and 1000.",
            $"[strategy.unknown] DefaultStrategy: No matching strategy is named 'annealing'; known: {TestStrategies.KnownNames()}.",
            "[policy.min-above-max] SizePolicy: The minimum mentees (12) is above the maximum (10).",
            "[matching.weight-invalid] CriterionWeights.SharedGoals: The weight of criterion 'shared-goals' must be a finite number of zero or more; got -1.",
        ], ex.Failures);
    }

    [Fact]
    public void Validate_ComposedPolicyProblemsTogether_ListsAll() =>
        AssertStartupFails(o =>
            {
                o.SizePolicy.MinMentors = new SizeLimitOptions { Value = 3 };
                o.SizePolicy.MinMentees = new SizeLimitOptions { Value = 11 };
            },
            "[policy.min-above-max] SizePolicy: The minimum mentors (3) is above the maximum (2).",
            "[policy.min-above-max] SizePolicy: The minimum mentees (11) is above the maximum (10).",
            "[policy.ratio-unsatisfiable] SizePolicy: No group can meet the policy: even 2 mentor(s) at 5 mentees each cannot reach the minimum of 11 mentees.");

    [Fact]
    public async Task StartAsync_InvalidNamedProgramme_StopsTheHost()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddMentorGroups()
            .AddProgramme("graduates", o => o.SizePolicy.Preset = "Huge");
        using var host = builder.Build();

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Equal("graduates", ex.OptionsName);
        Assert.Equal(
            "[policy.preset-unknown] SizePolicy.Preset: 'Huge' is not a size-policy preset; use one of recommended, common-form, one-to-one, peer-group.",
            ex.Message);
    }

    [Fact]
    public async Task StartAsync_ValidConfiguration_Starts()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddMentorGroups(o => o.SizePolicy.Preset = "common-form");
        using var host = builder.Build();

        await host.StartAsync(TestContext.Current.CancellationToken);
        await host.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public void OptionsMonitor_InvalidOptions_ThrowOnFirstUseToo()
    {
        using var provider = new ServiceCollection().AddMentorGroups(o => o.Seed = 1).AddProgramme("bad", o => o.DefaultStrategy = "nope")
            .Services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptionsMonitor<MentorGroupsOptions>>().Get("bad"));

        Assert.Equal($"[strategy.unknown] DefaultStrategy: No matching strategy is named 'nope'; known: {TestStrategies.KnownNames()}.", ex.Message);
    }

    private static void AssertStartupFails(Action<MentorGroupsOptions> configure, params string[] failures)
    {
        var ex = StartupFailure(new ServiceCollection().AddMentorGroups(configure).Services);

        Assert.Equal(failures, ex.Failures);
        Assert.Equal(string.Join("; ", failures), ex.Message);
    }

    private static OptionsValidationException StartupFailure(IServiceCollection services)
    {
        using var provider = services.BuildServiceProvider();
        var validator = provider.GetRequiredService<IStartupValidator>();
        return Assert.Throws<OptionsValidationException>(validator.Validate);
    }
}
