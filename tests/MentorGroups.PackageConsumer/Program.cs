using MentorGroups.DependencyInjection;
using MentorGroups.PackageConsumer;
using MentorGroups.Testing.Conformance;
using Microsoft.Extensions.DependencyInjection;

// Each check prints one line and a failure message; the exit code is the number of failed checks (0 = all passed),
// so eng/consumer-test.sh can tell a broken package from a working one.
var failures = 0;

Check("DI registers the built-in strategies and a custom one", () =>
{
    using var provider = BuildServices();
    var strategies = provider.GetRequiredService<IMatchingStrategyProvider>();
    Require(strategies.Names.Contains("greedy", StringComparer.OrdinalIgnoreCase), $"'greedy' missing from {string.Join(", ", strategies.Names)}");
    Require(strategies.GetStrategy(LeastLoadedStrategy.StrategyName) is LeastLoadedStrategy, "the custom strategy does not resolve");
});

Check("DI matcher places every mentee of a small programme", () =>
{
    using var provider = BuildServices();
    var matcher = provider.GetRequiredService<IMentorGroupsMatcher>();
    var result = matcher.Match(SmallProgramme.Programme, SmallProgramme.Enrolments);
    Require(result.Placements.Count == SmallProgramme.MenteeCount, $"{result.Placements.Count} of {SmallProgramme.MenteeCount} mentees placed");
    Require(result.Unmatched.Count == 0, $"{result.Unmatched.Count} mentee(s) unmatched");
    Require(result.Objective > 0, "the objective is not positive");
});

Check("DI matcher runs the custom strategy by name", () =>
{
    using var provider = BuildServices();
    var matcher = provider.GetRequiredService<IMentorGroupsMatcher>();
    var request = matcher.CreateRequest(SmallProgramme.Programme).Add(SmallProgramme.Enrolments).Build();
    var result = matcher.Match(request, LeastLoadedStrategy.StrategyName);
    Require(result.StrategyName == LeastLoadedStrategy.StrategyName, $"strategy '{result.StrategyName}' ran");
    Require(result.Placements.Count == SmallProgramme.MenteeCount, $"{result.Placements.Count} of {SmallProgramme.MenteeCount} mentees placed");
    // Six mentees over two teams of four: an even spread puts three in each.
    Require(result.Groups.All(g => g.Mentees.Count == 3), $"group sizes {string.Join("/", result.Groups.Select(g => g.Mentees.Count))}, expected 3/3");
});

var conformance = new StrategyConformance(new LeastLoadedStrategy(), new ConformanceOptions { MaxTest = 50 });
foreach (var invariant in StrategyConformance.Invariants)
{
    Check($"conformance kit: custom strategy keeps '{invariant}'", () => conformance.Verify(invariant));
}

Console.WriteLine(failures == 0 ? "consumer: all checks passed" : $"consumer: {failures} check(s) failed");
return failures;

void Check(string name, Action check)
{
    try
    {
        check();
        Console.WriteLine($"PASS {name}");
    }
#pragma warning disable CA1031 // Any exception is a failed check: report it and go on to the next one.
    catch (Exception e)
#pragma warning restore CA1031
    {
        failures++;
        Console.WriteLine($"FAIL {name}: {e.Message}");
    }
}

static void Require(bool condition, string problem)
{
    if (!condition)
    {
        throw new InvalidOperationException(problem);
    }
}

static ServiceProvider BuildServices()
{
    var services = new ServiceCollection();
    services.AddMentorGroups(options => options.Seed = 7).AddStrategy(new LeastLoadedStrategy());
    return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
}
