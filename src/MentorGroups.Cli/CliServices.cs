using MentorGroups.Cli.Scheduling;
using MentorGroups.Strategies;

namespace MentorGroups.Cli;

/// <summary>The library services the commands use; the one place where they are chosen.</summary>
/// <param name="Strategies">Matching strategies by name.</param>
/// <param name="SlotFinder">Finds common meeting slots.</param>
internal sealed record CliServices(MatchingStrategyCatalog Strategies, ICommonSlotFinder SlotFinder)
{
    /// <summary>Every built-in strategy and the tool's own slot finder.</summary>
    public static CliServices CreateDefault() => new(MatchingStrategyCatalog.CreateDefault(), new LibrarySlotFinder());
}
