using MentorGroups.Matching;
using MentorGroups.Rules;
using MentorGroups.Rules.Constraints;

namespace MentorGroups.Tests.Rules.Constraints;

/// <summary>
/// What a constraint answers for every mentee × mentor pair of a request: through its prepared filter (the hot path
/// the engine uses) and through <see cref="IHardConstraint.Allows"/>, as rows of '1' (allowed) and '0', one row per
/// mentee, mentors in request order.
/// </summary>
internal static class PreparedConstraintRows
{
    /// <summary>The prepared filter's rows, each starting from <paramref name="start"/> (a mentor the row already rules out stays out).</summary>
    public static string[] Filtered(IPreparableConstraint constraint, MatchingRequest request, Func<int, bool>? start = null)
    {
        var prepared = constraint.Prepare(MatchingPopulation.For(request));
        var rows = new string[request.Mentees.Count];
        for (var e = 0; e < rows.Length; e++)
        {
            var allowed = new bool[request.Mentors.Count];
            for (var m = 0; m < allowed.Length; m++)
            {
                allowed[m] = start?.Invoke(m) ?? true;
            }

            prepared.Filter(e, allowed);
            rows[e] = Row(allowed);
        }

        return rows;
    }

    /// <summary>The rows <see cref="IHardConstraint.Allows"/> gives, mentor first in each pair.</summary>
    public static string[] Allowed(IHardConstraint constraint, MatchingRequest request) =>
        [.. request.Mentees.Select(e => Row([.. request.Mentors.Select(m => constraint.Allows(new MemberPair(m, e, request.Programme)))]))];

    private static string Row(bool[] allowed) => new([.. allowed.Select(a => a ? '1' : '0')]);
}
