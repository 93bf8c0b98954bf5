namespace MentorGroups.Cli.Output;

/// <summary>Why a mentee is not placed, as a sentence for people (the result file keeps the stable code).</summary>
internal static class Reasons
{
    public static string Sentence(string reason) => reason switch
    {
        "NoCompatibleMentor" => "No mentor fits: every one is ruled out by a rule such as a common language.",
        "CapacityExhausted" => "Mentors who fit exist, but their groups are full.",
        "ExcludedByConstraint" => "A group that fits had room, but would put them with someone they must not share a group with.",
        "PinNotHonoured" => "They are pinned to a mentor whose group cannot take them.",
        "GroupBelowMinimum" => "The group they would have joined stayed below the minimum size and was not formed.",
        "NotChosen" => "A group that fits had room, but placing others there gave better groups overall.",
        "NoMentors" => "The programme has no mentors.",
        "GroupRequirementNotMet" => "Every group with room would lose a requirement, such as a common meeting time, with them in it.",
        _ => reason,
    };
}
