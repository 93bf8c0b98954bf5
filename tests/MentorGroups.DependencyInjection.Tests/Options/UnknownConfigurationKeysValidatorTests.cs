using System.Reflection;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace MentorGroups.DependencyInjection.Tests.Options;

public class UnknownConfigurationKeysValidatorTests
{
    private static IConfiguration Section(string json) =>
        new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build().GetSection("MentorGroups");

    [Fact]
    public async Task StartAsync_MisspeltKeys_StopsTheHostNamingEachKeysPath()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddMentorGroups(Section("""
            { "MentorGroups": {
                "DefaultStrateg": "greedy",
                "CriterionWeights": { "Expertize": 2, "Language": 1 },
                "SizePolicy": { "Preset": "CommonForm", "MaxMentees": { "Value": 8, "Knd": "Hard" } },
                "Colour": "blue"
            } }
            """));
        using var host = builder.Build();

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains("[strategy.options-invalid] MentorGroups:DefaultStrateg: 'DefaultStrateg' is not a MentorGroups option; did you mean 'DefaultStrategy'?", ex.Failures);
        Assert.Contains("[strategy.options-invalid] MentorGroups:CriterionWeights:Expertize: 'Expertize' is not a MentorGroups option; did you mean 'Expertise'?", ex.Failures);
        Assert.Contains("[strategy.options-invalid] MentorGroups:SizePolicy:MaxMentees:Knd: 'Knd' is not a MentorGroups option; did you mean 'Kind'?", ex.Failures);
        Assert.Contains(ex.Failures, f => f.StartsWith("[strategy.options-invalid] MentorGroups:Colour: 'Colour' is not a MentorGroups option; known here: DefaultStrategy,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StartAsync_KeysInAnyCase_Start()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddMentorGroups(Section("""{ "MentorGroups": { "defaultstrategy": "greedy", "sizePolicy": { "minMentees": { "value": 2, "kind": "recommendation" } }, "TimeBudget": "00:00:05" } }"""));
        using var host = builder.Build();

        await host.StartAsync(TestContext.Current.CancellationToken);
        await host.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public void Validate_NamedProgramme_ChecksOnlyItsOwnSection()
    {
        var services = new ServiceCollection();
        services.AddMentorGroups(Section("""{ "MentorGroups": { "Seed": 1 } }"""))
            .AddProgramme("graduates", Section("""{ "MentorGroups": { "Sead": 1 } }"""));
        using var provider = services.BuildServiceProvider();
        var monitor = provider.GetRequiredService<IOptionsMonitor<MentorGroupsOptions>>();

        Assert.Equal(1, monitor.CurrentValue.Seed);
        var ex = Assert.Throws<OptionsValidationException>(() => monitor.Get("graduates"));
        Assert.Contains("did you mean 'Seed'?", Assert.Single(ex.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void Known_ListsEverySettablePropertyOfTheOptionTypes()
    {
        var expected = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        void Add(string path, Type type)
        {
            var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true }).ToArray();
            expected[path] = properties.Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();
            foreach (var p in properties.Where(p => p.PropertyType.IsClass && p.PropertyType != typeof(string)))
            {
                Add(path.Length == 0 ? p.Name : path + ":" + p.Name, p.PropertyType);
            }
        }

        Add(string.Empty, typeof(MentorGroupsOptions));

        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), UnknownConfigurationKeysValidator.Known.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, keys) in expected)
        {
            Assert.Equal(keys, UnknownConfigurationKeysValidator.Known[path].Order(StringComparer.Ordinal));
        }
    }
}
