using MentorGroups.Strategies;

namespace MentorGroups.Tests.Support;

/// <summary>The built-in strategies by name, as theory data: tests that every built-in strategy must pass.</summary>
public static class BuiltInStrategyNames
{
    public static TheoryData<string> All() => [.. MatchingStrategyCatalog.CreateDefault().Names];
}
