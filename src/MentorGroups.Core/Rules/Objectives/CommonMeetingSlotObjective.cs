using System.Globalization;
using MentorGroups.Matching;
using MentorGroups.Rules.Requirements;

namespace MentorGroups.Rules.Objectives;

/// <summary>
/// Whether the whole group can meet at one time: 1 when a meeting of the request's length
/// (<see cref="MatchingRequest.MeetingSlots"/>) suits every member who gave availability, mentors included; otherwise
/// 0.5 × (share of them the best meeting gathers)², so a search is led towards a full slot while a full slot stays far
/// ahead; neutral (0.5) when nobody gave availability.
/// </summary>
/// <remarks>To make a common slot a hard rule instead, add <see cref="CommonMeetingSlotRequirement"/>
/// (<see cref="MatchingRequestBuilder.RequireCommonMeetingSlot"/>).</remarks>
public sealed class CommonMeetingSlotObjective : IGroupObjective
{
    /// <summary>The name, "common-meeting-slot".</summary>
    internal const string DefaultName = "common-meeting-slot";

    /// <inheritdoc/>
    public string Name => DefaultName;

    /// <inheritdoc/>
    public double Score(in GroupContext group)
    {
        var fit = group.Meeting;
        if (fit.IsUnknown || fit.HasCommonSlot)
        {
            return fit.IsUnknown ? 0.5 : 1;
        }

        var share = (double)fit.MostAttendees / fit.MembersWithAvailability;
        return 0.5 * share * share;
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

        return string.Create(CultureInfo.InvariantCulture,
            $"no time suits all {fit.MembersWithAvailability} members who gave availability; one meeting gathers at most {fit.MostAttendees}");
    }
}
