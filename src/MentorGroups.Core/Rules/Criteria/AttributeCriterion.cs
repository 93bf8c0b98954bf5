
namespace MentorGroups.Rules.Criteria;

/// <summary>
/// A criterion over an attribute the HR system adds (see <c>ParticipantProfile.Attributes</c>), scored by a function
/// of the two values. Neutral (0.5) when either side lacks the attribute.
/// </summary>
public sealed class AttributeCriterion : IScoringCriterion
{
    private readonly Func<string, string, double> _score;

    /// <summary>Creates the criterion.</summary>
    /// <param name="attributeKey">The attribute key (ordinal).</param>
    /// <param name="score">Scores (mentor's value, mentee's value) from 0 to 1; must be thread-safe.</param>
    /// <param name="name">The name in breakdowns; defaults to "attribute:" + key.</param>
    public AttributeCriterion(string attributeKey, Func<string, string, double> score, string? name = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(attributeKey);
        ArgumentNullException.ThrowIfNull(score);
        AttributeKey = attributeKey;
        _score = score;
        Name = name ?? "attribute:" + attributeKey;
    }

    /// <summary>A criterion that gives 1 when both values are equal (ignoring case), 0 otherwise.</summary>
    /// <param name="attributeKey">The attribute key.</param>
    /// <returns>The criterion.</returns>
    public static AttributeCriterion SameValue(string attributeKey) =>
        new(attributeKey, static (a, b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase) ? 1 : 0);

    /// <summary>A criterion that gives 1 when the values differ (ignoring case), 0 otherwise.</summary>
    /// <param name="attributeKey">The attribute key.</param>
    /// <returns>The criterion.</returns>
    public static AttributeCriterion DifferentValue(string attributeKey) =>
        new(attributeKey, static (a, b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase) ? 0 : 1);

    /// <summary>The attribute key.</summary>
    internal string AttributeKey { get; }

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public double Score(in CandidatePair pair)
    {
        if (!pair.Mentor.Participant.Profile.Attributes.TryGetValue(AttributeKey, out var a)
            || !pair.Mentee.Participant.Profile.Attributes.TryGetValue(AttributeKey, out var b))
        {
            return 0.5;
        }

        var value = _score(a, b);
        return double.IsFinite(value) ? Math.Clamp(value, 0, 1) : 0;
    }

    /// <inheritdoc/>
    public string Explain(in CandidatePair pair)
    {
        if (!pair.Mentor.Participant.Profile.Attributes.ContainsKey(AttributeKey)
            || !pair.Mentee.Participant.Profile.Attributes.ContainsKey(AttributeKey))
        {
            return $"'{AttributeKey}' not given on both sides (neutral)";
        }

        return $"'{AttributeKey}' scores {Score(pair):0.00}";
    }
}
