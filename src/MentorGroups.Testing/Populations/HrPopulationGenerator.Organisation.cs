namespace MentorGroups.Testing.Populations;

/// <content>The organisation one generation draws: units, offices, people's units and managers.</content>
public static partial class HrPopulationGenerator
{
    /// <summary>The units of the organisation and who manages each; arrays by unit, except those by person.</summary>
    private sealed class Organisation(int unitCount, int people)
    {
        public int UnitCount { get; } = unitCount;

        public int[] Parent { get; } = new int[unitCount];

        public int[] Office { get; } = new int[unitCount];

        public string[] UnitName { get; } = new string[unitCount];

        public string[] Manager { get; } = new string[unitCount];

        public int[] UnitOf { get; } = new int[people];

        /// <summary>The unit each person manages, or -1.</summary>
        public int[] ManagerOfPerson { get; } = Enumerable.Repeat(-1, people).ToArray();

        public List<(string Id, int Unit)> ExternalManagers { get; } = [];

        /// <summary>A person's line manager: their unit's manager, or the parent unit's for the manager themself.</summary>
        public string? LineManager(int unit, bool managesIt) => managesIt ? (Parent[unit] < 0 ? null : Manager[Parent[unit]]) : Manager[unit];
    }
}
