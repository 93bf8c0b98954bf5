using MentorGroups.Enrolments;
using MentorGroups.Groups;
using MentorGroups.Matching;
using MentorGroups.Rules.Constraints;
using MentorGroups.Rules.Requirements;
using MentorGroups.Participants;
using MentorGroups.Programmes;
using MentorGroups.Validation;

namespace MentorGroups.Testing.Conformance;

/// <summary>
/// Makes a failing matching request smaller while it keeps failing: fewer mentees, fewer mentors, fewer pins,
/// exclusions, constraints and group requirements, lower capacities. A counter-example of three people is read in a
/// minute; one of thirty is not. <see cref="StrategyConformance.Verify"/> shrinks every failure with it.
/// </summary>
public static class RequestShrinker
{
    /// <summary>The most candidate requests <see cref="Shrink"/> tries before it settles for what it has.</summary>
    public const int DefaultMaxAttempts = 2000;

    /// <summary>The outcome of <see cref="Shrink"/>.</summary>
    /// <param name="Request">The smallest failing request found (the original when nothing smaller fails).</param>
    /// <param name="Steps">How many times a smaller request was accepted.</param>
    public sealed record Result(MatchingRequest Request, int Steps)
    {
        /// <summary>The smallest failing request found.</summary>
        /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
        public MatchingRequest Request { get; init; } = Request ?? throw new ArgumentNullException(nameof(Request));
    }

    /// <summary>Shrinks greedily: takes the first request one step smaller that still fails, and repeats until none does.</summary>
    /// <param name="request">A request that fails.</param>
    /// <param name="fails">Whether a request still fails (the same check that failed on <paramref name="request"/>).</param>
    /// <param name="maxAttempts">The most candidates to try.</param>
    /// <returns>The smallest failing request found and the number of steps taken.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> or <paramref name="fails"/> is <see langword="null"/>.</exception>
    public static Result Shrink(MatchingRequest request, Func<MatchingRequest, bool> fails, int maxAttempts = DefaultMaxAttempts)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(fails);
        var current = request;
        var steps = 0;
        var attempts = 0;
        var progressed = true;
        while (progressed && attempts < maxAttempts)
        {
            progressed = false;
            foreach (var candidate in Smaller(current))
            {
                if (++attempts > maxAttempts)
                {
                    break;
                }

                if (fails(candidate))
                {
                    current = candidate;
                    steps++;
                    progressed = true;
                    break;
                }
            }
        }

        return new Result(current, steps);
    }

    /// <summary>
    /// Every valid request one step smaller than <paramref name="request"/>, biggest cuts first: half the mentees, then
    /// one mentee, one mentor, one pin, one exclusion, one constraint or group requirement fewer, then one seat less
    /// for a mentor. Pins, exclusions, preferences and running groups that name a removed person go with them.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <returns>The smaller requests, lazily.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    public static IEnumerable<MatchingRequest> Smaller(MatchingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Candidates(request).Select(parts => TryBuild(request, parts)).OfType<MatchingRequest>();
    }

    private static IEnumerable<RequestParts> Candidates(MatchingRequest request)
    {
        var whole = RequestParts.Of(request);
        var mentees = request.Mentees;
        if (mentees.Count >= 4)
        {
            yield return whole.Without(mentees.Skip(mentees.Count / 2).Select(m => m.Id));
            yield return whole.Without(mentees.Take(mentees.Count / 2).Select(m => m.Id));
        }

        foreach (var person in mentees.Concat(request.Mentors).Reverse())
        {
            yield return whole.Without([person.Id]);
        }

        for (var i = 0; i < whole.Pins.Count; i++)
        {
            yield return whole with { Pins = Omit(whole.Pins, i) };
        }

        for (var i = 0; i < whole.Exclusions.Count; i++)
        {
            yield return whole with { Exclusions = Omit(whole.Exclusions, i) };
        }

        for (var i = 0; i < whole.Constraints.Count; i++)
        {
            yield return whole with { Constraints = Omit(whole.Constraints, i) };
        }

        for (var i = 0; i < whole.Requirements.Count; i++)
        {
            yield return whole with { Requirements = Omit(whole.Requirements, i) };
        }

        for (var i = 0; i < whole.People.Count; i++)
        {
            var person = whole.People[i];
            if (person.IsMentor && person.Capacity > 0)
            {
                var fewerSeats = person.Role == ProgrammeRole.Mentor
                    ? Enrolment.AsMentor(person.Participant, person.Capacity - 1)
                    : Enrolment.AsCoMentor(person.Participant, person.Capacity - 1);
                yield return whole with { People = [.. whole.People.Select((p, k) => k == i ? fewerSeats : p)] };
            }
        }
    }

    private static IReadOnlyList<T> Omit<T>(IReadOnlyList<T> items, int index) => [.. items.Where((_, i) => i != index)];

    private static MatchingRequest? TryBuild(MatchingRequest original, RequestParts parts)
    {
        try
        {
            return parts.Build(original);
        }
        catch (MentorGroupsValidationException)
        {
            // A cut that leaves the request invalid (e.g. a running group below its hard minimum) is not a candidate.
            return null;
        }
    }

    /// <summary>The parts of a request that shrinking removes or changes; the rest is carried over as it is.</summary>
    internal sealed record RequestParts(
        IReadOnlyList<Enrolment> People,
        IReadOnlyList<Pin> Pins,
        IReadOnlyList<Exclusion> Exclusions,
        IReadOnlyList<IHardConstraint> Constraints,
        IReadOnlyList<IGroupRequirement> Requirements,
        IReadOnlyList<MentoringGroup> ExistingGroups)
    {
        /// <summary>The parts of a request. The builder adds the line-manager and exclusion constraints itself.</summary>
        public static RequestParts Of(MatchingRequest request) => new(
            [.. request.Mentors, .. request.Mentees],
            request.Pins,
            request.Exclusions,
            [.. request.Constraints.Where(c => c is not LineManagerConstraint and not ExclusionConstraint)],
            request.GroupRequirements,
            request.ExistingGroups);

        /// <summary>The same parts without some people and everything that names them.</summary>
        public RequestParts Without(IEnumerable<ParticipantId> people)
        {
            var gone = people.ToHashSet();
            return this with
            {
                People = [.. People.Where(p => !gone.Contains(p.Id))],
                Pins = [.. Pins.Where(p => !gone.Contains(p.Mentee) && !gone.Contains(p.Mentor))],
                Exclusions = [.. Exclusions.Where(e => !gone.Contains(e.First) && !gone.Contains(e.Second))],
                ExistingGroups = [.. ExistingGroups.Where(g => !g.Members.Any(gone.Contains))],
            };
        }

        /// <summary>
        /// Builds a request from these parts and everything else of <paramref name="original"/>, under
        /// <paramref name="programme"/> when one is given (the size-limit invariant re-runs a request under a stricter
        /// policy).
        /// </summary>
        public MatchingRequest Build(
            MatchingRequest original,
            Func<IEnumerable<Enrolment>, IEnumerable<Enrolment>>? order = null,
            Programme? programme = null)
        {
            var people = (order ?? (p => p))(People).ToArray();
            var present = people.Select(p => p.Id).ToHashSet();
            var builder = MatchingRequest.For(programme ?? original.Programme)
                .Add(people)
                .WithSeed(original.Seed)
                .WithCriteria(original.Criteria)
                .WithConstraints(Constraints)
                .WithGroupObjectives(original.GroupObjectives)
                .WithGroupRequirements(Requirements)
                .WithMeetingSlots(original.MeetingSlots)
                .WithMaxCandidatesPerMentee(original.MaxCandidatesPerMentee);
            foreach (var pin in Pins)
            {
                builder.Pin(pin.Mentee, pin.Mentor);
            }

            foreach (var exclusion in Exclusions)
            {
                builder.Exclude(exclusion.First, exclusion.Second, exclusion.Reason);
            }

            if (original.Preferences is { } preferences)
            {
                builder.WithPreferences(new PreferenceLists(Keep(preferences.Mentees, present), Keep(preferences.Mentors, present)));
            }

            // A withdrawal names a member of a running group; it goes when its group goes.
            foreach (var (person, reason) in original.Withdrawals.Where(w => ExistingGroups.Any(g => g.Members.Contains(w.Key))))
            {
                builder.Withdraw(person, reason);
            }

            return builder.WithExistingGroups(ExistingGroups.Where(g => !original.LockedGroups.Contains(g.Id)))
                .WithExistingGroups(ExistingGroups.Where(g => original.LockedGroups.Contains(g.Id)), locked: true)
                .Build();
        }

        private static Dictionary<ParticipantId, IReadOnlyList<ParticipantId>> Keep(
            IReadOnlyDictionary<ParticipantId, IReadOnlyList<ParticipantId>> lists, HashSet<ParticipantId> present) =>
            lists.Where(l => present.Contains(l.Key))
                .ToDictionary(l => l.Key, l => (IReadOnlyList<ParticipantId>)[.. l.Value.Where(present.Contains)]);
    }
}
