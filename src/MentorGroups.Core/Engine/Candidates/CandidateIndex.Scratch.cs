namespace MentorGroups.Engine.Candidates;

/// <content>Each thread's scratch arrays, kept with its <see cref="CandidateScanner.Row"/>.</content>
internal sealed partial class CandidateIndex
{
    /// <summary>One thread's arrays.</summary>
    private sealed class Scratch(CandidateIndex index)
    {
        private int _mark;
        private int _teamMark;
        private int _deltaMark;

        public int[] Stamp { get; } = new int[index._mentors];

        public int[] Shared { get; } = new int[index._mentors];

        public int[] Touched { get; } = new int[index._mentors];

        public double[] Total { get; } = new double[index._mentors];

        public double[] Bound { get; } = new double[index._teams];

        public int[] Bin { get; } = new int[index._teams];

        public int[] Scored { get; } = new int[index._teams];

        public int[] More { get; } = new int[index._teams];

        public int[] Near { get; } = new int[index._teams];

        public int[] Histogram { get; } = new int[Bins];

        // The class path's arrays; empty when the index has no classes.
        public ClassView? View { get; } = index.Classes is null ? null : new ClassView(index._mentors, index._teams, Bins);

        public int[] TeamMark { get; } = new int[index.Classes is null ? 0 : index._teams];

        public int[] TouchedTeams { get; } = new int[index.Classes is null ? 0 : index._teams];

        public int[] DeltaStamp { get; } = new int[index.Classes is null ? 0 : index._mentors];

        public double[] Delta { get; } = new double[index.Classes is null ? 0 : index._mentors];

        public int[] DeltaMentors { get; } = new int[index.Classes is null ? 0 : index._mentors];

        public int NextMark() => Next(ref _mark, Stamp, 1);

        /// <summary>Two fresh marks for <see cref="TeamMark"/>: one for the mentee's excluded teams, one for its touched ones.</summary>
        public (int Excluded, int Touched) NextTeamMarks()
        {
            var mark = Next(ref _teamMark, TeamMark, 2);
            return (mark - 1, mark);
        }

        public int NextDeltaMark() => Next(ref _deltaMark, DeltaStamp, 1);

        // Marks only grow, so an entry stamped with an old one never passes for a new one; at the top they start over.
        private static int Next(ref int mark, int[] stamps, int step)
        {
            if (mark > int.MaxValue - step)
            {
                Array.Clear(stamps);
                mark = 0;
            }

            mark += step;
            return mark;
        }
    }
}
