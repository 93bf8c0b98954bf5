
namespace MentorGroups.Rules.Objectives;

/// <summary>
/// What a fair share looks like across the whole matching, so that a single group can be scored against it: how many
/// mentees a group has on average, and how full mentors are on average.
/// </summary>
/// <param name="MenteesPerGroup">Placed mentees divided by the groups that can take mentees.</param>
/// <param name="LoadRatio">Placed mentees divided by the seats of those groups (0 to 1).</param>
public readonly record struct GroupTargets(double MenteesPerGroup, double LoadRatio);
