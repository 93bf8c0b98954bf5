using ArchUnitNET.Domain;
using ArchUnitNET.Domain.Extensions;
using ArchUnitNET.Fluent;
using ArchUnitNET.Fluent.Syntax.Elements.Members.MethodMembers;
using ArchUnitNET.Fluent.Syntax.Elements.Types;
using ArchUnitNET.Loader;
using ArchUnitNET.xUnitV3;
using MentorGroups.Engine;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace MentorGroups.Tests.Architecture;

/// <summary>
/// The strategy guide's promise, checked on the compiled library: the built-in strategies have no privileges. Their
/// folders use only public types and public members of the engine, the rules and the model, as an outside strategy
/// author must. (They may use internal helpers of their own folder, the shared option-validation helper and the
/// catalog's registration of built-ins, which are about being shipped in the package, not about matching.)
/// </summary>
public sealed class StrategyPrivilegeTests
{
    private static readonly ArchUnitNET.Domain.Architecture Library =
        new ArchLoader().LoadAssemblies(typeof(MatchingProblem).Assembly).Build();

    /// <summary>
    /// The namespaces an outside strategy author sees only the public part of: all of the library but the strategies'
    /// root, which registers the built-ins.
    /// </summary>
    private const string EngineAndModel = @"^MentorGroups\.(?!Strategies$).+$";

    /// <summary>The shared option-validation helper: about shipping options, not about matching.</summary>
    private const string OptionValidation = "MentorGroups.Validation.Problems";

    private const string StrategyFolders = @"^MentorGroups\.Strategies\.[A-Za-z]+$";

    public static TheoryData<string> StrategyNamespaces() => [.. StrategyFolderNames()];

    [Fact]
    public void StrategyNamespaces_FindsEveryBuiltInFolder() =>
        Assert.Superset(
            new HashSet<string>(["MentorGroups.Strategies.Greedy", "MentorGroups.Strategies.GroupFormation", "MentorGroups.Strategies.GroupOptimising", "MentorGroups.Strategies.Optimal", "MentorGroups.Strategies.Stable"]),
            new HashSet<string>(StrategyFolderNames()));

    [Theory]
    [MemberData(nameof(StrategyNamespaces))]
    public void StrategyFolder_UsesNoInternalTypeOfTheEngine(string folder) =>
        InternalTypesRule(folder).Check(Library);

    [Theory]
    [MemberData(nameof(StrategyNamespaces))]
    public void StrategyFolder_CallsNoInternalMemberOfTheEngine(string folder) =>
        InternalMembersRule(folder).Check(Library);

    /// <summary>
    /// The rules can fail: held to them, the engine itself breaks them (its result builder uses internal members and
    /// types of the engine), and they say so.
    /// </summary>
    [Fact]
    public void Rules_CodeUsingEngineInternals_Fail()
    {
        Assert.False(InternalMembersRule("MentorGroups.Engine", ownNamespace: "").HasNoViolations(Library));
        Assert.False(InternalTypesRule("MentorGroups.Engine", ownNamespace: "").HasNoViolations(Library));
    }

    private static IEnumerable<string> StrategyFolderNames() =>
        Library.Types.Select(t => t.Namespace.FullName).Where(n => System.Text.RegularExpressions.Regex.IsMatch(n, StrategyFolders)).Distinct().Order(StringComparer.Ordinal);

    private static TypesShouldConjunctionWithDescription InternalTypesRule(string folder, string? ownNamespace = null) =>
        Types().That().ResideInNamespace(folder)
            .Should().NotDependOnAny(Types().That().ResideInNamespaceMatching(EngineAndModel).And().AreNotPublic().And().DoNotResideInNamespace(ownNamespace ?? folder).And().DoNotHaveFullName(OptionValidation))
            .Because("a built-in strategy may use only what an outside strategy author can");

    private static MethodMembersShouldConjunctionWithDescription InternalMembersRule(string folder, string? ownNamespace = null) =>
        MethodMembers().That().AreDeclaredIn(Types().That().ResideInNamespace(folder))
            .Should().NotCallAny(MethodMembers().That().AreNotPublic().And().AreDeclaredIn(Types().That().ResideInNamespaceMatching(EngineAndModel).And().DoNotResideInNamespace(ownNamespace ?? folder).And().DoNotHaveFullName(OptionValidation)))
            .Because("a built-in strategy may use only what an outside strategy author can");
}
