using MentorGroups.DependencyInjection.Tests.Support;
using MentorGroups.Enrolments;
using MentorGroups.Matching;
using MentorGroups.Programmes;
using MentorGroups.Strategies;
using MentorGroups.Strategies.Greedy;
using MentorGroups.Tests.Guards;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MentorGroups.DependencyInjection.Tests.Guards;

/// <summary>
/// Every public member of MentorGroups.DependencyInjection (its services called through their interfaces) rejects
/// null for a non-nullable reference parameter with an <see cref="ArgumentNullException"/> naming it; found by
/// reflection, so a new public method is covered without anyone adding a test.
/// </summary>
public sealed class PublicSurfaceNullArgumentTests
{
    private static readonly ServiceProvider Services = new ServiceCollection().AddMentorGroups().Services.BuildServiceProvider();

    private static readonly NullGuardSurvey Survey = new(Sample, _ => typeof(CustomStrategy));

    private static readonly Dictionary<string, NullGuardSurvey.Case> AllCases =
        Survey.Cases(typeof(IMentorGroupsBuilder).Assembly.GetExportedTypes()).ToDictionary(c => c.ToString(), StringComparer.Ordinal);

    public static TheoryData<string> Cases() => [.. AllCases.Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public void PublicMember_NullForANonNullableParameter_ThrowsArgumentNullExceptionNamingIt(string member)
    {
        var problem = Survey.Check(AllCases[member]);

        Assert.True(problem is null, $"{member}: {problem}");
    }

    [Fact]
    public void Cases_CoverTheRegistrationAndTheServices()
    {
        Assert.Contains("MentorGroupsServiceCollectionExtensions.AddMentorGroups(IServiceCollection) services", AllCases.Keys);
        Assert.Contains("MentorGroupsBuilderExtensions.AddStrategy(IMentorGroupsBuilder, IMatchingStrategy) strategy", AllCases.Keys);
        Assert.Contains("IMentorGroupsMatcher.Match(MatchingRequest, String, CancellationToken) strategyName", AllCases.Keys);
        Assert.Contains("IMatchingStrategyProvider.GetStrategy(String) name", AllCases.Keys);
    }

    private static object? Sample(Type type) => type switch
    {
        _ when type == typeof(IServiceCollection) => new ServiceCollection(),
        _ when type == typeof(IMentorGroupsBuilder) => new ServiceCollection().AddMentorGroups(),
        _ when type == typeof(IConfiguration) => new ConfigurationBuilder().Build(),
        _ when type == typeof(IMatchingStrategy) => new GreedyStrategyOptions().CreateStrategy(),
        _ when type == typeof(Programme) => People.Programme("p"),
        _ when type == typeof(MatchingRequest) => MatchingRequest.For(People.Programme("p")).Add(People.Enrolments(1, 2)).Build(),
        _ when type == typeof(IEnumerable<Enrolment>) => People.Enrolments(1, 2),
        _ when type.IsInterface && type.Assembly == typeof(IMentorGroupsBuilder).Assembly => Services.GetService(type),
        _ => null,
    };
}
