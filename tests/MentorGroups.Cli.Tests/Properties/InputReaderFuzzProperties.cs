using System.Reflection;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MentorGroups.Cli.Input;
using MentorGroups.Strategies;
using MentorGroups.Validation;

namespace MentorGroups.Cli.Tests.Properties;

/// <summary>
/// Random byte edits of valid files: the readers either read the file or report problems, and every problem carries a
/// documented code (the tool's <see cref="InputCodes"/> or the library's <see cref="ErrorCodes"/>); no other
/// exception ever escapes. Small files keep each case well under a millisecond, so 10,000 cases per reader run in
/// seconds.
/// </summary>
public class InputReaderFuzzProperties
{
    private static readonly string[] CsvSeeds =
    [
        Inputs.Small,
        "id;display_name;role;capacity;goals;expertise\nM1;Ada;mentor;2;;\"lead;listen\"\nT1;Tia;mentee;;lead;\nT2;\"Tom; jr.\";mentee;;listen;\n",
        "id\trole\tcapacity\tdisplay_name\temail\nM1\tmentor\t2\t\"Søren, Æbelø\"\tm1@example.org\nT1\tmentee\t\tÅse\t\nT2\tmentee\t\t\"Lis \"\"LH\"\" Hansen\"\t\n",
        "id,role,capacity,languages,time_zone,availability\nM1,mentor,5,da;en,Europe/Copenhagen,Mon 09:00-11:00; Wed 14:00-16:00\nT1,mentee,,en,Asia/Kolkata,Sun 22:00-Mon 01:00\n,,,,,\n",
    ];

    private static readonly string[] SettingsSeeds =
    [
        Inputs.CommonLanguageSettings,
        """
        {
          "version": 1,
          // comments and trailing commas are allowed
          "programme": { "id": "P", "name": "Spring", "purpose": "Grow", "sharedLearningGoal": "Lead", "sharedGoalTags": ["lead", "x"], "startDate": "2025-01-01", "endDate": "2025-06-30", },
          "policy": "common-form",
          "limits": { "minMentees": { "value": 3, "kind": "recommendation", "rationale": "small" }, "maxMenteesPerMentor": { "value": 4 } },
          "strategy": "greedy",
          "weights": { "expertise": 3, "language": 0.5 },
          "seed": 7,
          "requireCommonLanguage": false
        }
        """,
    ];

    /// <summary>Bytes that steer parsers: separators, quotes, line ends, brackets, NUL, ESC, broken UTF-8 lead and follow bytes.</summary>
    private static readonly byte[] Interesting = "\",;\t\n\r{}[]:-0123456789.@ ae\\/"u8.ToArray().Concat(new byte[] { 0x00, 0x1B, 0x7F, 0x80, 0x9B, 0xC3, 0xE6, 0xEF, 0xF8, 0xFE, 0xFF }).ToArray();

    private static readonly HashSet<string> DocumentedCodes =
        typeof(InputCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Concat(typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToHashSet(StringComparer.Ordinal);

    private static readonly MatchingStrategyCatalog Catalog = MatchingStrategyCatalog.CreateDefault();

    /// <summary>An edit: where (a fraction of the file's length), what (replace, insert, delete) and which byte.</summary>
    private sealed record Edit(double At, int Kind, byte Value);

    private static Gen<Edit> EditGen =>
        from at in Gen.Choose(0, 10_000).Select(i => i / 10_000.0)
        from kind in Gen.Choose(0, 2)
        from value in Gen.OneOf(Gen.Elements(Interesting), Gen.Choose(0, 255).Select(b => (byte)b))
        select new Edit(at, kind, value);

    private static Arbitrary<(int Seed, Edit[] Edits)> Cases(int seeds) =>
        (from seed in Gen.Choose(0, seeds - 1)
         from count in Gen.Choose(1, 6)
         from edits in Gen.ArrayOf(EditGen, count)
         select (seed, edits)).ToArbitrary();

    private static byte[] Apply(string text, Edit[] edits)
    {
        var bytes = Encoding.UTF8.GetBytes(text).ToList();
        foreach (var edit in edits)
        {
            var at = Math.Min(bytes.Count, (int)(edit.At * bytes.Count));
            switch (edit.Kind)
            {
                case 0 when at < bytes.Count:
                    bytes[at] = edit.Value;
                    break;
                case 2 when at < bytes.Count:
                    bytes.RemoveAt(at);
                    break;
                default:
                    bytes.Insert(at, edit.Value);
                    break;
            }
        }

        return bytes.ToArray();
    }

    /// <summary>Runs a reader: true when it read the file or reported only documented codes; any other exception fails.</summary>
    private static Property Outcome(Action read, byte[] input)
    {
        try
        {
            read();
            return true.Label("read");
        }
        catch (InputException ex)
        {
            var unknown = ex.Problems.Select(p => p.Code).Where(c => !DocumentedCodes.Contains(c)).Distinct().ToArray();
            return (ex.Problems.Count > 0 && unknown.Length == 0)
                .Label($"undocumented codes: {string.Join(", ", unknown)}; problems: {ex.Problems.Count}")
                .Label(Convert.ToBase64String(input));
        }
    }

    [Property(MaxTest = 10_000)]
    public Property ParticipantCsvReader_RandomByteEdits_GiveParticipantsOrDocumentedProblems() =>
        Prop.ForAll(Cases(CsvSeeds.Length), c =>
        {
            var bytes = Apply(CsvSeeds[c.Seed], c.Edits);
            return Outcome(() => ParticipantCsvReader.ReadBytes("people.csv", bytes, CsvFormat.Detect, CancellationToken.None), bytes);
        });

    [Property(MaxTest = 10_000)]
    public Property ProgrammeSettings_RandomByteEdits_GiveSettingsOrDocumentedProblems() =>
        Prop.ForAll(Cases(SettingsSeeds.Length), c =>
        {
            var bytes = Apply(SettingsSeeds[c.Seed], c.Edits);
            return Outcome(() => ProgrammeSettings.ReadBytes("programme.json", bytes, Catalog), bytes);
        });

    [Fact]
    public void Seeds_AreValid()
    {
        foreach (var csv in CsvSeeds)
        {
            ParticipantCsvReader.ReadBytes("people.csv", Encoding.UTF8.GetBytes(csv), CsvFormat.Detect, TestContext.Current.CancellationToken);
        }

        foreach (var json in SettingsSeeds)
        {
            ProgrammeSettings.ReadBytes("programme.json", Encoding.UTF8.GetBytes(json), Catalog);
        }
    }
}
