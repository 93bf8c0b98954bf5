using MentorGroups.DependencyInjection.Tests.Support;
using MentorGroups.Rules.Criteria;
using MentorGroups.Policies;
using MentorGroups.Strategies;
using MentorGroups.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MentorGroups.DependencyInjection.Tests.Registration;

public sealed class MentorGroupsServiceCollectionExtensionsTests
{
    [Fact]
    public void AddMentorGroups_NoConfiguration_GivesDocumentedDefaults()
    {
        using var provider = new ServiceCollection().AddMentorGroups().Services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<MentorGroupsOptions>>().Value;

        Assert.Equal("group-formation", options.DefaultStrategy);
        Assert.Null(options.SizePolicy.Preset);
        Assert.Null(options.SizePolicy.MinMentors);
        Assert.Null(options.SizePolicy.MaxMenteesPerMentor);
        Assert.Equal([3.0, 2.0, 2.0, 1.0, 1.0, 1.0],
        [
            options.CriterionWeights.Expertise, options.CriterionWeights.Language, options.CriterionWeights.Availability,
            options.CriterionWeights.SharedGoals, options.CriterionWeights.SeniorityGap, options.CriterionWeights.CrossDepartment,
        ]);
        Assert.Equal([2.0, 0.5, 0.0, 0.25, 0.25],
        [
            options.GroupObjectiveWeights.CommonSlot, options.GroupObjectiveWeights.Cohesion,
            options.GroupObjectiveWeights.Diversity, options.GroupObjectiveWeights.GroupSize, options.GroupObjectiveWeights.MentorLoad,
        ]);
        Assert.Equal(MentorGroups.Strategies.GroupOptimising.GroupOptimisingStrategyOptions.DefaultTimeBudget, options.TimeBudget);
        Assert.Equal(0, options.Seed);
    }

    [Fact]
    public void AddMentorGroups_DefaultCriterionWeights_MatchTheCoreDefaults()
    {
        var fromOptions = new MentorGroupsOptions().CriterionWeights.CreateCriteria();

        Assert.Equal(
            ScoringCriteria.Default().Select(c => (c.Criterion.Name, c.Weight)),
            fromOptions.Select(c => (c.Criterion.Name, c.Weight)));
    }

    [Fact]
    public void AddMentorGroups_JsonSection_BindsEveryKindOfValue()
    {
        var configuration = TestConfiguration.Load();
        using var provider = new ServiceCollection()
            .AddMentorGroups(configuration.GetSection(MentorGroupsOptions.SectionName)).Services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<MentorGroupsOptions>>().Value;

        Assert.Equal("GREEDY", options.DefaultStrategy);
        Assert.Equal("common-form", options.SizePolicy.Preset);
        Assert.Equal(4, options.SizePolicy.MaxMenteesPerMentor!.Value);
        Assert.Equal(LimitKind.Recommendation, options.SizePolicy.MaxMenteesPerMentor.Kind);
        Assert.Equal(5, options.CriterionWeights.Expertise);
        Assert.Equal(0, options.CriterionWeights.Language);
        Assert.Equal(2, options.CriterionWeights.Availability);
        Assert.Equal(3, options.GroupObjectiveWeights.CommonSlot);
        Assert.Equal(0.5, options.GroupObjectiveWeights.MentorLoad);
        Assert.Equal(TimeSpan.FromSeconds(30), options.TimeBudget);
        Assert.Equal(42, options.Seed);
    }

    [Fact]
    public void AddMentorGroups_NamedSections_EachProgrammeGetsItsOwnOptions()
    {
        var configuration = TestConfiguration.Load();
        var programmes = configuration.GetSection("MentorGroupsProgrammes");
        using var provider = new ServiceCollection()
            .AddMentorGroups(configuration.GetSection(MentorGroupsOptions.SectionName))
            .AddProgramme("graduates", programmes.GetSection("graduates"))
            .AddProgramme("peers", programmes.GetSection("peers"))
            .Services.BuildServiceProvider();

        var monitor = provider.GetRequiredService<IOptionsMonitor<MentorGroupsOptions>>();
        using var scope = provider.CreateScope();
        var snapshot = scope.ServiceProvider.GetRequiredService<IOptionsSnapshot<MentorGroupsOptions>>();

        Assert.Equal(42, monitor.CurrentValue.Seed);
        Assert.Equal("recommended", monitor.Get("graduates").SizePolicy.Preset);
        Assert.Equal(7, monitor.Get("graduates").Seed);
        Assert.Equal("peer-group", snapshot.Get("peers").SizePolicy.Preset);
        Assert.Equal(0, snapshot.Get("peers").Seed);
        Assert.Equal(["", "graduates", "peers"], provider.GetRequiredService<IMentorGroupsMatcherFactory>().Names);
    }

    [Fact]
    public void AddMentorGroups_CalledTwice_AddsNoSecondRegistration()
    {
        var services = new ServiceCollection();
        services.AddMentorGroups();
        var afterFirst = services.Select(Describe).ToArray();

        services.AddMentorGroups();

        Assert.Equal(afterFirst, services.Select(Describe));
        Assert.Single(services, d => d.ServiceType == typeof(IMentorGroupsMatcher));
        Assert.Equal(MatchingStrategyCatalog.CreateDefault().Names.Count, services.Count(d => d.ServiceType == typeof(StrategyRegistration)));
        Assert.Equal(2, services.Count(d => d.ServiceType == typeof(IValidateOptions<MentorGroupsOptions>)));
    }

    [Fact]
    public void AddMentorGroups_CalledTwiceWithConfiguration_BothActionsApplyAndServicesStaySingle()
    {
        var services = new ServiceCollection();
        services.AddMentorGroups(o => o.Seed = 1);
        var before = services.Count;

        services.AddMentorGroups(o => o.TimeBudget = TimeSpan.FromSeconds(3));
        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<MentorGroupsOptions>>().Value;

        Assert.Equal(before + 1, services.Count); // only the second configure action
        Assert.Equal(1, options.Seed);
        Assert.Equal(TimeSpan.FromSeconds(3), options.TimeBudget);
        Assert.Equal(ServiceLifetime.Singleton, services.Single(d => d.ServiceType == typeof(IMentorGroupsMatcher)).Lifetime);
    }

    [Fact]
    public void AddMentorGroups_Builder_CarriesNameAndServices()
    {
        var services = new ServiceCollection();

        var builder = services.AddMentorGroups("graduates", o => o.Seed = 3);

        Assert.Equal("graduates", builder.Name);
        Assert.Same(services, builder.Services);
        Assert.Equal("", services.AddMentorGroups().Name);
    }

    [Fact]
    public void AddMentorGroups_OnlyNamedProgrammes_DefaultMatcherExplainsTheKnownNames()
    {
        using var provider = new ServiceCollection()
            .AddMentorGroups("graduates", o => o.Seed = 1)
            .AddProgramme("peers", o => o.SizePolicy.Preset = "peer-group")
            .Services.BuildServiceProvider();

        var ex = Assert.Throws<MentorGroupsValidationException>(() => provider.GetRequiredService<IMentorGroupsMatcher>());

        Assert.Equal(
            "Invalid programme configuration name: 1 problem.\n- [configuration.unknown] No MentorGroups programme configuration is named (default); known: 'graduates', 'peers'. Register it with services.AddMentorGroups(name, ...).",
            ex.Message);
        Assert.Equal("graduates", provider.GetRequiredService<IMentorGroupsMatcherFactory>().GetMatcher("graduates").Name);
    }

    [Fact]
    public void AddMentorGroups_NullArguments_Throw()
    {
        var services = new ServiceCollection();

        Assert.Throws<ArgumentNullException>(() => services.AddMentorGroups((Action<MentorGroupsOptions>)null!));
        Assert.Throws<ArgumentNullException>(() => services.AddMentorGroups((Microsoft.Extensions.Configuration.IConfiguration)null!));
        Assert.Throws<ArgumentNullException>(() => services.AddMentorGroups(null!, o => o.Seed = 1));
        Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddMentorGroups());
    }

    private static string Describe(ServiceDescriptor d) =>
        $"{d.ServiceType.FullName}|{d.Lifetime}|{d.ImplementationType?.FullName}|{d.ImplementationInstance}|{d.ImplementationFactory?.Method.Name}";
}
