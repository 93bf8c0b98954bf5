using System.Collections;
using MentorGroups.Participants;
using MentorGroups.Validation;

namespace MentorGroups.Enrolments;

/// <summary>
/// Everyone enrolled in one programme. A person appears once: one role per programme.
/// </summary>
public sealed class Roster : IReadOnlyList<Enrolment>
{
    private readonly Enrolment[] _enrolments;
    private readonly Dictionary<ParticipantId, Enrolment> _byId;

    private Roster(Enrolment[] enrolments)
    {
        _enrolments = enrolments;
        _byId = enrolments.ToDictionary(e => e.Id);
    }

    /// <summary>Creates a roster.</summary>
    /// <param name="enrolments">The enrolments; a person at most once.</param>
    /// <returns>The roster, in ordinal id order.</returns>
    /// <exception cref="MentorGroupsValidationException">A person is enrolled twice (code <see cref="ErrorCodes.DuplicateEnrolment"/>), once per person.</exception>
    public static Roster Create(IEnumerable<Enrolment> enrolments)
    {
        ArgumentNullException.ThrowIfNull(enrolments);
        var all = enrolments.ToArray();
        var problems = new Problems();
        if (all.Any(e => e is null))
        {
            problems.Add(ErrorCodes.Required, "An enrolment is missing (null).");
        }

        foreach (var repeated in all.Where(e => e is not null).GroupBy(e => e.Id).Where(g => g.Count() > 1).OrderBy(g => g.Key))
        {
            var roles = string.Join(" and ", repeated.Select(e => e.Role));
            problems.Add(ErrorCodes.DuplicateEnrolment,
                $"{repeated.Key} is enrolled {repeated.Count()} times ({roles}); a person holds one role per programme.",
                repeated.Key.Value);
        }

        problems.ThrowIfAny("roster");
        return new Roster(all.OrderBy(e => e.Id).ToArray());
    }

    /// <summary>The mentors and co-mentors.</summary>
    public IEnumerable<Enrolment> Mentors => _enrolments.Where(e => e.IsMentor);

    /// <summary>The mentees.</summary>
    public IEnumerable<Enrolment> Mentees => _enrolments.Where(e => e.Role == ProgrammeRole.Mentee);

    /// <summary>Total mentees the mentors will take: the sum of their capacities.</summary>
    /// <remarks>A <see langword="long"/>, because a capacity may be any non-negative <see langword="int"/> and two large
    /// ones would overflow an <see langword="int"/> sum.</remarks>
    public long TotalCapacity => _enrolments.Where(e => e.IsMentor).Sum(e => (long)e.Capacity);

    /// <summary>Finds a person's enrolment.</summary>
    /// <param name="id">The id.</param>
    /// <param name="enrolment">The enrolment when found.</param>
    /// <returns><see langword="true"/> when enrolled.</returns>
    public bool TryGet(ParticipantId id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Enrolment? enrolment) =>
        _byId.TryGetValue(id, out enrolment);

    /// <inheritdoc/>
    public Enrolment this[int index] => _enrolments[index];

    /// <inheritdoc/>
    public int Count => _enrolments.Length;

    /// <inheritdoc/>
    public IEnumerator<Enrolment> GetEnumerator() => ((IEnumerable<Enrolment>)_enrolments).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
