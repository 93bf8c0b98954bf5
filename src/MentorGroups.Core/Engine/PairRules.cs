using MentorGroups.Enrolments;
using MentorGroups.Matching;
using MentorGroups.Rules.Constraints;

namespace MentorGroups.Engine;

/// <summary>
/// Checks two people against a request's hard constraints outside a compiled problem (for example while a strategy plans
/// which mentors co-lead, before it compiles), the way the engine itself does.
/// </summary>
public static class PairRules
{
    /// <summary>Whether every hard constraint of <paramref name="request"/> allows the two people in one group.</summary>
    /// <param name="request">The request whose constraints and programme apply.</param>
    /// <param name="first">One person.</param>
    /// <param name="second">The other person.</param>
    /// <returns><see langword="true"/> when no constraint keeps them apart.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="MatchingExtensionException">A constraint threw; it is named with the pair.</exception>
    public static bool AllowedTogether(MatchingRequest request, Enrolment first, Enrolment second)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var pair = new MemberPair(first, second, request.Programme);
        foreach (var constraint in request.Constraints)
        {
            if (!Extensions.Allows(constraint, pair))
            {
                return false;
            }
        }

        return true;
    }
}
