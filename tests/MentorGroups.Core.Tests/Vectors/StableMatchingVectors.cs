using System.Text.Json;
using MentorGroups.Matching;
using MentorGroups.Participants;
using MentorGroups.Policies;
using MentorGroups.Programmes;

namespace MentorGroups.Tests.Vectors;

/// <summary>The published hospitals/residents instances (Vectors/stable-matching.json), read as they are.</summary>
public static class StableMatchingVectors
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
    private static readonly Lazy<IReadOnlyList<StableMatchingVector>> All = new(Load);

    public static IReadOnlyList<StableMatchingVector> Instances => All.Value;

    public static StableMatchingVector Named(string name) => Instances.Single(i => i.Name == name);

    private static IReadOnlyList<StableMatchingVector> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Vectors", "stable-matching.json");
        var file = JsonSerializer.Deserialize<StableMatchingVectorFile>(File.ReadAllText(path), JsonOptions);
        return file?.Instances ?? throw new InvalidOperationException("The stable matching vectors file is empty.");
    }
}

public sealed record StableMatchingVectorFile(IReadOnlyList<StableMatchingVector> Instances);

public sealed record StableMatchingExpectation(
    IReadOnlyDictionary<string, IReadOnlyList<string>> ResidentOptimal,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? HospitalOptimal,
    IReadOnlyList<string>? Unmatched);

/// <summary>One instance: residents play mentees, hospitals play lead mentors whose capacity is the hospital's.</summary>
public sealed record StableMatchingVector(
    string Name,
    string Kind,
    IReadOnlyDictionary<string, IReadOnlyList<string>> ResidentPreferences,
    IReadOnlyDictionary<string, IReadOnlyList<string>> HospitalPreferences,
    IReadOnlyDictionary<string, int> Capacities,
    StableMatchingExpectation Expected)
{
    public IEnumerable<string> Residents =>
        ResidentPreferences.Keys.Concat(HospitalPreferences.Values.SelectMany(l => l)).Distinct().Order(StringComparer.Ordinal);

    public IEnumerable<string> Hospitals =>
        Capacities.Keys.Concat(HospitalPreferences.Keys).Distinct().Order(StringComparer.Ordinal);

    /// <summary>
    /// A request with one mentor per hospital and a size policy that allows exactly the vector's capacities; one-to-one
    /// instances run as a one-to-one programme. Scores play no part: every preference is explicit.
    /// </summary>
    public MatchingRequest ToRequest()
    {
        var oneToOne = Kind == "one-to-one";
        var largest = Capacities.Values.Max();
        var programme = Programme.Builder("vector", Name)
            .WithFormat(oneToOne ? ProgrammeFormat.OneToOne : ProgrammeFormat.Group)
            .WithSizePolicy(oneToOne ? GroupSizePolicy.OneToOne : GroupSizePolicy.Create(1, 1, 1, largest, largest))
            .Build();
        var builder = MatchingRequest.For(programme);
        foreach (var hospital in Hospitals)
        {
            builder.AddMentor(Participant.Builder(hospital).Build(), Capacities.GetValueOrDefault(hospital));
        }

        foreach (var resident in Residents)
        {
            builder.AddMentee(Participant.Builder(resident).Build());
        }

        return builder.WithPreferences(new PreferenceLists(Ids(ResidentPreferences), Ids(HospitalPreferences))).Build();
    }

    /// <summary>Residents a matching leaves out, in ordinal order.</summary>
    public IReadOnlyList<string> UnmatchedIn(IReadOnlyDictionary<string, IReadOnlyList<string>> matching) =>
        Residents.Except(matching.Values.SelectMany(v => v)).ToArray();

    private static Dictionary<ParticipantId, IReadOnlyList<ParticipantId>> Ids(IReadOnlyDictionary<string, IReadOnlyList<string>> lists) =>
        lists.ToDictionary(l => new ParticipantId(l.Key), l => (IReadOnlyList<ParticipantId>)[.. l.Value.Select(v => new ParticipantId(v))]);
}
