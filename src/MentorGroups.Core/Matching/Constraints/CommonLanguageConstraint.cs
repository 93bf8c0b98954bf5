namespace MentorGroups.Matching.Constraints;

/// <summary>
/// A mentor and a mentee must share a language. People who give no languages are not held to it.
/// Add it when a programme requires a common language.
/// </summary>
public sealed class CommonLanguageConstraint : IHardConstraint
{
    /// <inheritdoc/>
    public string Name => "common-language";

    /// <inheritdoc/>
    public bool Allows(in MemberPair pair)
    {
        if (!pair.IsMentorAndMentee)
        {
            return true;
        }

        var a = pair.First.Participant.Profile.Languages;
        var b = pair.Second.Participant.Profile.Languages;
        return a.IsEmpty || b.IsEmpty || a.Overlaps(b);
    }

    /// <inheritdoc/>
    public string Explain(in MemberPair pair) => $"{pair.First.Id} and {pair.Second.Id} share no language";
}
