namespace MentorGroups.Engine.Candidates;

/// <summary>
/// What every mentee of one <see cref="MenteeClasses">class</see> shares, as one thread holds it while it scans the
/// class: which mentors the class's keys allow, each mentor's keyed scores, each open team's bound, and the open teams
/// grouped by the bin of their bound. Worked out by <see cref="CandidateIndex"/>; the arrays are reused class after class.
/// </summary>
internal sealed class ClassView(int mentors, int teams, int bins)
{
    /// <summary>The class held, or -1.</summary>
    public int Class { get; set; } = -1;

    /// <summary>Mentees of the class scanned since it was loaded, not yet added to the compatibility counts.</summary>
    public int Pending { get; set; }

    /// <summary>Per mentor: allowed by the class's keyed constraints.</summary>
    public bool[] Allowed { get; } = new bool[mentors];

    /// <summary>Per mentor: the weighted sum of the class's keyed scores and tag baselines.</summary>
    public double[] MentorBase { get; } = new double[mentors];

    /// <summary>Per team: allowed by the class's keys (scanned teams only).</summary>
    public bool[] Compatible { get; } = new bool[teams];

    /// <summary>The compatible teams, ascending; <see cref="CompatibleCount"/> of them.</summary>
    public int[] CompatibleTeams { get; } = new int[teams];

    /// <summary>How many teams are compatible.</summary>
    public int CompatibleCount { get; set; }

    /// <summary>Their seats in all.</summary>
    public int CompatibleSeats { get; set; }

    /// <summary>The compatible open teams, ascending; <see cref="OpenCount"/> of them.</summary>
    public int[] OpenTeams { get; } = new int[teams];

    /// <summary>How many compatible teams are open.</summary>
    public int OpenCount { get; set; }

    /// <summary>Per compatible open team: its bound before the mentee's own tags.</summary>
    public double[] TeamBound { get; } = new double[teams];

    /// <summary>Per team: the bin of <see cref="TeamBound"/>, or -1 when the team is not compatible and open.</summary>
    public int[] TeamBin { get; } = new int[teams];

    /// <summary>Per bin: how many compatible open teams have their bound there.</summary>
    public int[] Histogram { get; } = new int[bins];

    /// <summary>Per bin: where its teams start in <see cref="BinTeams"/> (one entry more than bins).</summary>
    public int[] BinStart { get; } = new int[bins + 1];

    /// <summary>The compatible open teams, bin by bin, ascending within a bin.</summary>
    public int[] BinTeams { get; } = new int[teams];

    /// <summary>Per bin: where the next team goes while <see cref="BinTeams"/> is filled (kept so a class load allocates nothing).</summary>
    public int[] BinFill { get; } = new int[bins];
}
