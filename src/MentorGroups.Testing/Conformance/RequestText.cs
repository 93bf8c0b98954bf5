using System.Globalization;
using System.Text;
using MentorGroups.Enrolments;
using MentorGroups.Matching;
using MentorGroups.Rules.Constraints;
using MentorGroups.Rules.Criteria;
using MentorGroups.Participants;

namespace MentorGroups.Testing.Conformance;

/// <summary>
/// A matching request as text a person can read: the programme and its size policy, every mentor and mentee with
/// role, capacity and the profile that matching looks at, the constraints, pins, exclusions and criteria, and the table
/// of pair scores with the pairs a hard constraint blocks. Meant for counter-examples of generated requests; display
/// names are never printed.
/// </summary>
public static class RequestText
{
    /// <summary>Describes a request.</summary>
    /// <param name="request">The request.</param>
    /// <returns>Several lines of text, ending without a line break.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    public static string Describe(MatchingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = new StringBuilder();
        var policy = request.Policy;
        Line(text, $"Programme '{request.Programme.Id}', format {request.Programme.Format}; size policy: mentors {policy.MinMentors.Value}-{policy.MaxMentors.Value}, "
            + $"mentees {policy.MinMentees.Value}-{policy.MaxMentees.Value}, at most {policy.MaxMenteesPerMentor.Value} per mentor; request seed {request.Seed}.");

        Line(text, $"Mentors ({request.Mentors.Count}):");
        foreach (var mentor in request.Mentors)
        {
            var role = mentor.Role == ProgrammeRole.CoMentor ? "co-mentor" : "mentor";
            Line(text, $"  {mentor.Id} {role}, capacity {mentor.Capacity}; {Profile(mentor)}");
        }

        Line(text, $"Mentees ({request.Mentees.Count}):");
        foreach (var mentee in request.Mentees)
        {
            var own = mentee.IndividualGoals.IsEmpty ? "" : $", own goals [{mentee.IndividualGoals}]";
            Line(text, $"  {mentee.Id}{own}; {Profile(mentee)}");
        }

        Line(text, $"Constraints: {List(request.Constraints.Select(c => c.Name))}; group requirements: {List(request.GroupRequirements.Select(r => r.Name))}.");
        Line(text, $"Pins: {List(request.Pins.Select(p => $"{p.Mentee} -> {p.Mentor}"))}.");
        Line(text, $"Exclusions: {List(request.Exclusions.Select(e => $"{e.First} x {e.Second}"))}.");
        Line(text, $"Criteria (weight): {List(request.Criteria.Select(c => $"{c.Criterion.Name} {Number(c.Weight)}"))}.");
        if (request.ExistingGroups.Count > 0)
        {
            Line(text, $"Running groups: {List(request.ExistingGroups.Select(g => $"{g.Id} [{string.Join(", ", g.Members)}]{(request.LockedGroups.Contains(g.Id) ? " locked" : "")}"))}.");
        }

        Scores(text, request);
        return text.ToString().TrimEnd('\n');
    }

    private static void Scores(StringBuilder text, MatchingRequest request)
    {
        if (request.Mentors.Count == 0 || request.Mentees.Count == 0)
        {
            Line(text, "Pair scores: none (no mentor-mentee pairs).");
            return;
        }

        // The weighted mean of the criteria, as each strategy scores a pair; "--" where a hard constraint blocks it.
        Line(text, "Pair scores (mentor by mentee; -- blocked by a hard constraint):");
        var width = Math.Max(4, request.Mentees.Max(m => m.Id.Value.Length));
        var firstColumn = request.Mentors.Max(m => m.Id.Value.Length);
        text.Append(' ', firstColumn + 2);
        foreach (var mentee in request.Mentees)
        {
            text.Append(' ').Append(mentee.Id.Value.PadLeft(width));
        }

        text.Append('\n');
        var totalWeight = request.Criteria.Sum(c => c.Weight);
        foreach (var mentor in request.Mentors)
        {
            text.Append("  ").Append(mentor.Id.Value.PadRight(firstColumn));
            foreach (var mentee in request.Mentees)
            {
                var blocked = request.Constraints.Any(c => !c.Allows(new MemberPair(mentor, mentee, request.Programme)));
                var pair = new CandidatePair(mentor, mentee, request.Programme);
                var score = totalWeight <= 0 ? 0 : request.Criteria.Sum(c => c.Weight * c.Criterion.Score(in pair)) / totalWeight;
                text.Append(' ').Append((blocked ? "--" : score.ToString("0.00", CultureInfo.InvariantCulture)).PadLeft(width));
            }

            text.Append('\n');
        }
    }

    private static string Profile(Enrolment person)
    {
        var p = person.Participant.Profile;
        var parts = new List<string>
        {
            $"goals [{p.LearningGoals}]",
            $"expertise [{p.Expertise}]",
            $"languages [{p.Languages}]",
        };
        if (p.OrganisationalUnit is { } unit)
        {
            parts.Add($"unit {unit}");
        }

        if (p.SeniorityLevel is { } level)
        {
            parts.Add($"seniority {level}");
        }

        if (p.LineManagerId is { } manager)
        {
            parts.Add($"reports to {manager}");
        }

        if (p.TimeZone is { } zone)
        {
            parts.Add($"zone {zone.Id}");
        }

        parts.Add(p.Availability.IsEmpty ? "no availability given" : $"available {p.Availability}");
        return string.Join(", ", parts);
    }

    private static string List(IEnumerable<string> items)
    {
        var all = items.ToArray();
        return all.Length == 0 ? "none" : string.Join(", ", all);
    }

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}
