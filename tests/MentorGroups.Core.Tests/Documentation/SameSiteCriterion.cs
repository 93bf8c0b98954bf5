using MentorGroups.Enrolments;
using MentorGroups.Rules;
using MentorGroups.Rules.Criteria;

namespace MentorGroups.Tests.Documentation;

// Guide criterion: begin
public sealed class SameSiteCriterion : IScoringCriterion, IPreparableCriterion
{
    public string Name => "same-site";

    public double Score(in CandidatePair pair) => Site(pair.Mentor) == Site(pair.Mentee) ? 1 : 0;

    public string Explain(in CandidatePair pair) => Score(pair) == 1 ? "same site" : "different sites";

    public IPreparedCriterion Prepare(MatchingPopulation population)
    {
        var sites = new Dictionary<string, int>(StringComparer.Ordinal);
        int Id(Enrolment e) => sites.TryGetValue(Site(e), out var id) ? id : sites[Site(e)] = sites.Count;
        return new Prepared([.. population.Mentors.Select(Id)], [.. population.Mentees.Select(Id)]);
    }

    private static string Site(Enrolment e) => e.Participant.Profile.Attributes.GetValueOrDefault("site", "");

    private sealed class Prepared(int[] mentorSite, int[] menteeSite) : IPreparedCriterion
    {
        public void Score(int mentee, ReadOnlySpan<int> mentors, Span<double> scores)
        {
            for (var i = 0; i < mentors.Length; i++)
            {
                scores[i] = mentorSite[mentors[i]] == menteeSite[mentee] ? 1 : 0;
            }
        }
    }
}
// Guide criterion: end
