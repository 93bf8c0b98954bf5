using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MentorGroups.Participants;
using MentorGroups.Testing;

namespace MentorGroups.Tests.Properties;

[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public class TagSetProperties
{
    [Property]
    public bool Normalise_IsIdempotent(string? raw)
    {
        var once = TagSet.Normalise(raw);
        return TagSet.Normalise(once) == once;
    }

    [Property]
    public bool From_ANormalisedSet_GivesItBack(TagSet tags) => TagSet.From(tags).Equals(tags);

    [Property]
    public Property From_RawOrNormalisedTags_GiveTheSameSet()
    {
        var raw = Gen.ListOf(DomainGenerators.RawTags()).ToArbitrary();
        return Prop.ForAll(raw, tags => TagSet.From(tags).Equals(TagSet.From(tags.Select(TagSet.Normalise))));
    }

    [Property]
    public Property SetOperations_AgreeWithEachOther(TagSet a, TagSet b)
    {
        var union = a.Union(b);
        var shared = a.CountShared(b);
        return (shared == b.CountShared(a)).Label("CountShared is symmetric")
            .And((shared == a.Shared(b).Count).Label("CountShared counts Shared"))
            .And((union.Count == a.Count + b.Count - shared).Label("union size"))
            .And(union.Equals(b.Union(a)).Label("union is commutative"))
            .And((union.CountShared(a) == a.Count).Label("union holds a"))
            .And((a.Overlaps(b) == shared > 0).Label("Overlaps"))
            .Classify(shared > 0, "overlapping");
    }
}
