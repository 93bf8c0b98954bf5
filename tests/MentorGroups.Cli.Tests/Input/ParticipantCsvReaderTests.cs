using System.Text;
using MentorGroups.Cli.Input;

namespace MentorGroups.Cli.Tests.Input;

public class ParticipantCsvReaderTests
{
    private const string Danish = "id,display_name,role,capacity\nM1,Søren Æbelø,mentor,2\nT1,Åse Øster,mentee,\n";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static InputProblem[] Problems(string text, CsvFormat? format = null) =>
        Assert.Throws<InputException>(() => ParticipantCsvReader.ReadText("people.csv", text, format ?? CsvFormat.Detect, Token)).Problems.ToArray();

    private static InputProblem[] Problems(byte[] bytes, CsvFormat? format = null) =>
        Assert.Throws<InputException>(() => ParticipantCsvReader.ReadBytes("people.csv", bytes, format ?? CsvFormat.Detect, Token)).Problems.ToArray();

    private static string[] Names(ParticipantTable table) => table.Rows.Select(r => r.Enrolment.Participant.DisplayName!).ToArray();

    [Fact]
    public void ReadBytes_Windows1252WithoutEncoding_IsRefusedWithLineByteAndFix()
    {
        var bytes = CsvFormat.ParseEncoding("windows-1252")!.GetBytes(Danish);

        var problem = Assert.Single(Problems(bytes));

        Assert.Equal(InputCodes.InvalidEncoding, problem.Code);
        Assert.Equal(2, problem.Line);
        Assert.Equal(5, problem.Column);
        Assert.Contains("0xF8", problem.Message, StringComparison.Ordinal);
        Assert.Contains("--encoding windows-1252", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadBytes_Windows1252WithEncoding_KeepsTheDanishLetters()
    {
        var encoding = CsvFormat.ParseEncoding("windows-1252")!;

        var table = ParticipantCsvReader.ReadBytes("people.csv", encoding.GetBytes(Danish), new CsvFormat(null, encoding), Token);

        Assert.Equal(["Søren Æbelø", "Åse Øster"], Names(table));
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-8")]
    [InlineData("utf-16le-bom")]
    [InlineData("utf-16be-bom")]
    public void ReadBytes_UnicodeFiles_AreReadWithoutAnEncodingOption(string kind)
    {
        var bytes = kind switch
        {
            "utf-8-bom" => [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(Danish)],
            "utf-8" => Encoding.UTF8.GetBytes(Danish),
            "utf-16le-bom" => [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(Danish)],
            _ => [.. Encoding.BigEndianUnicode.Preamble, .. Encoding.BigEndianUnicode.GetBytes(Danish)],
        };

        var table = ParticipantCsvReader.ReadBytes("people.csv", bytes, CsvFormat.Detect, Token);

        Assert.Equal(["Søren Æbelø", "Åse Øster"], Names(table));
    }

    [Theory]
    [InlineData(';')]
    [InlineData('\t')]
    [InlineData(',')]
    public void ReadText_Separator_IsDetectedFromTheHeader(char separator)
    {
        var text = Danish.Replace(',', separator) + $"T2{separator}\"Lis; Hansen, jr.\"{separator}mentee{separator}\n";

        var table = ParticipantCsvReader.ReadText("people.csv", text, CsvFormat.Detect, Token);

        Assert.Equal(["Søren Æbelø", "Åse Øster", "Lis; Hansen, jr."], Names(table));
    }

    [Fact]
    public void ReadText_GivenDelimiterThatDoesNotFit_NamesTheSeparatorInTheMessage()
    {
        var problems = Problems(Danish.Replace(',', ';'), new CsvFormat(',', null));

        Assert.All(problems, p => Assert.Equal(InputCodes.MissingColumn, p.Code));
        Assert.Contains("split at each comma (--delimiter)", problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadText_RowsOfOnlySeparators_AreSkipped()
    {
        var table = ParticipantCsvReader.ReadText("people.csv", Danish + ",,,\n , , ,\n;\n,,,,,,\n".Replace(";", string.Empty, StringComparison.Ordinal), CsvFormat.Detect, Token);

        Assert.Equal(2, table.Rows.Count);
    }

    [Fact]
    public void ReadText_RowWithTooManyFields_IsReportedWithItsLine()
    {
        var problem = Assert.Single(Problems(Danish + "T2,Lis,mentee,,extra\n"));

        Assert.Equal((InputCodes.MalformedCsv, 4), (problem.Code, problem.Line));
        Assert.Contains("5 fields but the header has 4", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("capcity", "capacity")]
    [InlineData("Display Name", "display_name")]
    [InlineData("time_zon", "time_zone")]
    [InlineData("langauges", "languages")]
    public void ReadText_MisspeltHeader_SuggestsTheKnownColumn(string header, string known)
    {
        var problem = Assert.Single(Problems($"id,role,{header}\nM1,mentor,2\n"));

        Assert.Equal((InputCodes.UnknownColumn, 1, 3, header), (problem.Code, problem.Line, problem.Column, problem.Field));
        Assert.Contains($"did you mean '{known}'?", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("team")]
    [InlineData("cost_centre")]
    public void ReadText_ColumnFarFromAnyKnownOne_IsKeptAsAnAttribute(string header)
    {
        var table = ParticipantCsvReader.ReadText("people.csv", $"id,role,capacity,{header}\nM1,mentor,2,north\nT1,mentee,,south\n", CsvFormat.Detect, Token);

        Assert.Equal("north", table.Rows[0].Enrolment.Participant.Profile.Attributes[header]);
    }

    [Theory]
    [InlineData("\0")]
    [InlineData("\u001b]0;pwned\u0007")]
    [InlineData("\u009b2J")]
    [InlineData("\u007f")]
    public void ReadText_ControlCharacterInACell_IsRefusedWithItsPosition(string control)
    {
        var problem = Assert.Single(Problems($"id,display_name,role,capacity\nM1,Ada{control}Lovelace,mentor,2\nT1,Tia,mentee,\n"));

        Assert.Equal((InputCodes.ControlCharacter, 2, 2, "display_name"), (problem.Code, problem.Line, problem.Column, problem.Field));
        Assert.DoesNotContain("Ada", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadText_LineBreakInAQuotedCell_IsKept()
    {
        var table = ParticipantCsvReader.ReadText("people.csv", "id,role,capacity,goals\nM1,mentor,2,\nT1,mentee,,\"lead\nlisten\"\n", CsvFormat.Detect, Token);

        Assert.Equal(2, table.Rows.Count);
    }

    [Fact]
    public void ReadFile_Folder_SaysItIsAFolder()
    {
        using var folder = new TempFolder();

        var problem = Assert.Single(Assert.Throws<InputException>(() => ParticipantCsvReader.ReadFile(folder.Path, CsvFormat.Detect, Token)).Problems);

        Assert.Equal(InputCodes.FileNotFound, problem.Code);
        Assert.Contains("This is a folder", problem.Message, StringComparison.Ordinal);
    }
}
