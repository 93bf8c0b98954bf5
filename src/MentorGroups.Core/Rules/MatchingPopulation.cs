using MentorGroups.Enrolments;
using MentorGroups.Matching;
using MentorGroups.Programmes;
using MentorGroups.Rules.Constraints;
using MentorGroups.Rules.Criteria;

namespace MentorGroups.Rules;

/// <summary>
/// The people of one matching request by index — mentors as in <see cref="MatchingRequest.Mentors"/>, mentees as in
/// <see cref="MatchingRequest.Mentees"/> — and a cache of features computed from them once per request (interned tag
/// bitsets, language masks, unit ids, availability patterns…), which prepared criteria and constraints share.
/// </summary>
/// <remarks>
/// Handed to <see cref="IPreparableCriterion.Prepare"/> and <see cref="IPreparableConstraint.Prepare"/> when a request
/// is compiled. Thread-safe: features may be asked for from several threads; each is built once. Preparing a large
/// population takes a while: a feature built over every person should check <see cref="CancellationToken"/> every few
/// thousand people, as the built-in ones do.
/// </remarks>
public sealed class MatchingPopulation
{
    private readonly Dictionary<string, object> _features = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    private MatchingPopulation(MatchingRequest request, CancellationToken cancellationToken)
    {
        Request = request;
        CancellationToken = cancellationToken;
    }

    /// <summary>The request.</summary>
    public MatchingRequest Request { get; }

    /// <summary>The programme.</summary>
    public Programme Programme => Request.Programme;

    /// <summary>Cancels the compilation this population is prepared for; long preparations check it.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Mentors and co-mentors by index (ordinal id order).</summary>
    public IReadOnlyList<Enrolment> Mentors => Request.Mentors;

    /// <summary>Mentees by index (ordinal id order).</summary>
    public IReadOnlyList<Enrolment> Mentees => Request.Mentees;

    /// <summary>The population of a request.</summary>
    /// <param name="request">The request.</param>
    /// <returns>A new population with an empty feature cache.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public static MatchingPopulation For(MatchingRequest request) => For(request, CancellationToken.None);

    /// <summary>The population of a request, for a compilation that <paramref name="cancellationToken"/> can stop.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Handed to whatever prepares features (<see cref="CancellationToken"/>).</param>
    /// <returns>A new population with an empty feature cache.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public static MatchingPopulation For(MatchingRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new MatchingPopulation(request, cancellationToken);
    }

    /// <summary>Throws when the compilation is cancelled, checking only every 1,024th person so loops can call it for each.</summary>
    /// <param name="index">The index of the person a loop has reached.</param>
    internal void ThrowIfCancelled(int index)
    {
        if ((index & 1023) == 0)
        {
            CancellationToken.ThrowIfCancellationRequested();
        }
    }

    /// <summary>
    /// A feature of this population, built by <paramref name="build"/> the first time its key is asked for and shared
    /// afterwards. Use a key that names your feature and its settings, e.g. "tags:expertise/goals".
    /// </summary>
    /// <typeparam name="T">The feature's type.</typeparam>
    /// <param name="key">The key (ordinal).</param>
    /// <param name="build">Builds the feature; called at most once per key.</param>
    /// <returns>The feature.</returns>
    /// <exception cref="ArgumentException">The key is empty.</exception>
    /// <exception cref="InvalidOperationException">The key is already used for a feature of another type.</exception>
    public T Feature<T>(string key, Func<MatchingPopulation, T> build)
        where T : class
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(build);
        lock (_gate)
        {
            if (!_features.TryGetValue(key, out var feature))
            {
                feature = build(this);
                _features[key] = feature;
            }

            return feature as T
                ?? throw new InvalidOperationException($"Feature '{key}' is a {feature.GetType().Name}, not a {typeof(T).Name}.");
        }
    }
}
