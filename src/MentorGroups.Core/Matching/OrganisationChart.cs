using MentorGroups.Participants;
using MentorGroups.Validation;

namespace MentorGroups.Matching;

/// <summary>
/// Who reports to whom in the organisation, for confidentiality beyond the direct line manager: each person's line
/// manager, including people who are not enrolled in the programme (a manager's manager is often not). People the chart
/// does not name fall back to the line manager on their profile.
/// </summary>
public sealed class OrganisationChart
{
    private readonly Dictionary<ParticipantId, ParticipantId> _managers;

    /// <summary>Creates a chart.</summary>
    /// <param name="lineManagers">Each person's line manager.</param>
    /// <exception cref="MentorGroupsValidationException">Someone is their own line manager (code <see cref="ErrorCodes.InvalidOptions"/>); every such person is named.</exception>
    public OrganisationChart(IEnumerable<KeyValuePair<ParticipantId, ParticipantId>> lineManagers)
    {
        ArgumentNullException.ThrowIfNull(lineManagers);
        _managers = [];
        var problems = new Problems();
        foreach (var (person, manager) in lineManagers)
        {
            if (person == manager)
            {
                problems.Add(ErrorCodes.InvalidOptions, $"{person} is their own line manager in the organisation chart.", person.ToString());
                continue;
            }

            _managers[person] = manager;
        }

        problems.ThrowIfAny("organisation chart");
    }

    /// <summary>How many people the chart names a line manager for.</summary>
    public int Count => _managers.Count;

    /// <summary>The person's line manager in the chart, or <see langword="null"/>.</summary>
    /// <param name="person">The person.</param>
    /// <returns>The manager, or <see langword="null"/> when the chart does not name one.</returns>
    public ParticipantId? ManagerOf(ParticipantId person) => _managers.TryGetValue(person, out var manager) ? manager : (ParticipantId?)null;
}
