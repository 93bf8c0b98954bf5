namespace MentorGroups.Matching.Scoring;

/// <summary>1 when mentor and mentee share a language, 0 when they do not, 0.5 when either gives none.</summary>
/// <remarks>To forbid pairs without a common language, add <see cref="Constraints.CommonLanguageConstraint"/> as well.</remarks>
public sealed class CommonLanguageCriterion : IScoringCriterion
{
    /// <inheritdoc/>
    public string Name => "language";

    /// <inheritdoc/>
    public double Score(in CandidatePair pair)
    {
        var a = pair.Mentor.Participant.Profile.Languages;
        var b = pair.Mentee.Participant.Profile.Languages;
        if (a.IsEmpty || b.IsEmpty)
        {
            return 0.5;
        }

        return a.Overlaps(b) ? 1 : 0;
    }

    /// <inheritdoc/>
    public string Explain(in CandidatePair pair)
    {
        var a = pair.Mentor.Participant.Profile.Languages;
        var b = pair.Mentee.Participant.Profile.Languages;
        if (a.IsEmpty || b.IsEmpty)
        {
            return "languages not given on both sides (neutral)";
        }

        var shared = a.Shared(b);
        return shared.Count == 0 ? "no common language" : $"common language: {string.Join(", ", shared)}";
    }
}
