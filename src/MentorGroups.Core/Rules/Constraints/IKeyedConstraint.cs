namespace MentorGroups.Rules.Constraints;

/// <summary>
/// A prepared constraint that rules on a mentee in two parts: a filter that depends on the mentee only through a small
/// key (a language set), and a few mentors kept from this mentee alone (a line manager, an exclusion). The compiler
/// then works out each key's filter once for all the mentees who share it, and looks at the mentee's own few mentors
/// on top.
/// </summary>
/// <remarks>
/// The two parts together must clear exactly what <see cref="IPreparedConstraint.Filter"/> clears. Built-in
/// constraints only: a constraint without it is asked mentee by mentee, as before.
/// </remarks>
internal interface IKeyedConstraint : IPreparedConstraint
{
    /// <summary>The mentee's key, from 0 up: mentees with the same key get the same <see cref="FilterKey"/>.</summary>
    int KeyOf(int mentee);

    /// <summary>Clears the entries of the mentors kept from every mentee with this mentee's key.</summary>
    void FilterKey(int mentee, Span<bool> allowed);

    /// <summary>The mentors kept from this mentee beyond its key's filter (some may be cleared by it already).</summary>
    ReadOnlySpan<int> Excluded(int mentee);
}
