using MentorGroups.Enrolments;
using MentorGroups.Policies;

namespace MentorGroups.Cli.Matching;

/// <summary>
/// How many mentees the mentors can take under a size policy: each mentor's capacity cut to the policy's most mentees
/// per mentor, co-mentors only beside a lead mentor (at most the policy's mentors per group), and each group cut to
/// the policy's most mentees. An upper bound: constraints such as a common language can only lower it.
/// </summary>
/// <param name="Leads">Mentors who can lead a group.</param>
/// <param name="CoMentors">Co-mentors, who only join a lead's group.</param>
/// <param name="Claimed">The sum of the capacities as given.</param>
/// <param name="Usable">What the policy's caps leave of it.</param>
internal sealed record SeatCount(int Leads, int CoMentors, long Claimed, long Usable)
{
    public static SeatCount Of(IEnumerable<Enrolment> mentors, GroupSizePolicy policy)
    {
        var list = mentors.ToArray();
        var perMentor = policy.MaxMenteesPerMentor.Value;
        var leads = list.Where(m => m.Role == ProgrammeRole.Mentor).Select(m => (long)Math.Min(m.Capacity, perMentor)).ToArray();
        var coSeats = Math.Max(0L, (long)leads.Length * Math.Max(0, policy.MaxMentors.Value - 1));
        var co = list.Where(m => m.Role == ProgrammeRole.CoMentor).Select(m => (long)Math.Min(m.Capacity, perMentor))
            .OrderDescending().Take((int)Math.Min(int.MaxValue, coSeats)).ToArray();
        var usable = Math.Min(leads.Sum() + co.Sum(), (long)leads.Length * policy.MaxMentees.Value);
        return new SeatCount(leads.Length, list.Length - leads.Length, list.Sum(m => (long)m.Capacity), usable);
    }
}
