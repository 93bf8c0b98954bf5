using System.Globalization;

namespace MentorGroups.Matching.Objectives;

/// <summary>
/// Whether the whole group can meet at one time: 1 when a meeting of the request's length
/// (<see cref="MatchingRequest.MeetingSlots"/>) suits every member who gave availability, mentors included; 0.25 when
/// it would suit all but one; 0 otherwise; neutral (0.5) when nobody gave availability.
/// </summary>
/// <remarks>To make a common slot a hard rule instead, add <see cref="CommonMeetingSlotRequirement"/>
/// (<see cref="MatchingRequestBuilder.RequireCommonMeetingSlot"/>).</remarks>
public sealed class CommonMeetingSlotObjective : IGroupObjective
{
    /// <summary>The name, "common-meeting-slot".</summary>
    public const string DefaultName = "common-meeting-slot";

    /// <summary>The score when every member but one could meet: some credit, so a search is led towards a full slot.</summary>
    public const double AllButOneScore = 0.25;

    /// <inheritdoc/>
    public string Name => DefaultName;

    /// <inheritdoc/>
    public double Score(in GroupContext group)
    {
        var fit = group.Meeting;
        return fit.IsUnknown ? 0.5 : fit.HasCommonSlot ? 1 : fit.SoleBlockers > 0 ? AllButOneScore : 0;
    }

    /// <inheritdoc/>
    public string Explain(in GroupContext group) => Describe(group.Meeting);

    internal static string Describe(GroupMeetingFit fit)
    {
        if (fit.IsUnknown)
        {
            return "nobody in the group gave availability (neutral)";
        }

        if (fit.HasCommonSlot)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"all {fit.MembersWithAvailability} member(s) who gave availability can meet; {fit.CommonStarts} possible start(s) a week");
        }

        return fit.SoleBlockers > 0
            ? string.Create(CultureInfo.InvariantCulture,
                $"no time suits all {fit.MembersWithAvailability} members who gave availability; without one of {fit.SoleBlockers} of them the others could meet")
            : string.Create(CultureInfo.InvariantCulture,
                $"no time suits all {fit.MembersWithAvailability} members who gave availability, nor all but one");
    }
}
