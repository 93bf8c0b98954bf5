using MentorGroups.Matching;
using MentorGroups.Participants;

namespace MentorGroups.Testing.Populations;

/// <summary>A synthetic organisation made by <see cref="HrPopulationGenerator"/>, and the matching request of its programme.</summary>
public sealed class HrPopulation
{
    internal HrPopulation(HrPopulationOptions options, MatchingRequest request, IReadOnlyList<Participant> employees, int organisationalUnits)
    {
        Options = options;
        Request = request;
        Employees = employees;
        OrganisationalUnits = organisationalUnits;
    }

    /// <summary>The options it was made from.</summary>
    public HrPopulationOptions Options { get; }

    /// <summary>
    /// The programme's matching request: every mentor and mentee, all built-in criteria with their default weights, the
    /// line-manager, common-language and exclusion constraints, and the recommended size policy.
    /// </summary>
    public MatchingRequest Request { get; }

    /// <summary>Everyone in the organisation, in id order: the enrolled people and the line managers who are not enrolled.</summary>
    public IReadOnlyList<Participant> Employees { get; }

    /// <summary>How many organisational units the organisation has.</summary>
    public int OrganisationalUnits { get; }
}
