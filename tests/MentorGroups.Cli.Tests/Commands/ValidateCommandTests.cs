namespace MentorGroups.Cli.Tests.Commands;

public class ValidateCommandTests
{
    [Fact]
    public async Task Validate_ValidFile_ExitsZeroAndCountsPeople()
    {
        using var folder = new TempFolder();
        var input = folder.Write("people.csv", Inputs.Small);

        var run = await Cli.RunAsync("validate", input);

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Contains("people.csv: valid. 2 mentor(s) with capacity for 3 mentee(s); 3 mentee(s).", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_Sample_IsValid()
    {
        var run = await Cli.RunAsync("validate", "--sample");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
    }

    [Fact]
    public async Task Validate_ManyProblems_ReportsEveryOneWithLineColumnAndCode()
    {
        using var folder = new TempFolder();
        var input = folder.Write("people.csv", Inputs.Header + "\n"
            + "M1,Ada,mentor,,,x,en,A,,5,Mars/Olympus,Mon 09:00-12:00,\n"          // line 2: no capacity, unknown zone
            + "T1,Tia,trainee,,x,,en,B,,1,UTC,Mon 09:00-12:00,\n"                  // line 3: unknown role
            + "T2,Tom,mentee,,x,,en,B,T2,-1,UTC,Mon 9-11,\n"                        // line 4: own manager, negative seniority, unreadable availability
            + ",Nobody,mentee,,x,,en,B,,1,UTC,,\n"                                  // line 5: no id
            + "T1,Tia again,mentee,,x,,en,B,,1,UTC,Tue 10:00-09:00,\n"             // line 6: duplicate id... and an inverted window
            + "T3,Tess,mentee,3,x,,en,B,,1,UTC,Mon 09:00-11:00; Mon 10:00-12:00,\n"); // line 7: capacity for a mentee, overlapping windows

        var run = await Cli.RunAsync("validate", input);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        string[] expected =
        [
            "people.csv:2:4 (capacity): Participant M1 is a mentor but has no capacity; give the most mentees they will take. [csv.value-missing]",
            "people.csv:2:11 (time_zone): Time zone 'Mars/Olympus' is not known; use an IANA id such as 'Europe/Copenhagen'. [participant.time-zone-unknown]",
            "people.csv:3:3 (role): 'trainee' is not a role; use one of mentor, co-mentor, mentee. [csv.value-invalid]",
            "people.csv:4:9 (manager_id): A participant cannot be their own line manager. [participant.self-managed]",
            "people.csv:4:10 (seniority): Seniority level must be zero or more; got -1. [participant.seniority-negative]",
            "people.csv:4:12 (availability): Cannot read 'Mon 9-11': '9' is not a time of day (hh:mm). [availability.unreadable]",
            "people.csv:5:1 (id): The id is empty; every participant needs the HR system's id. [csv.value-missing]",
            "people.csv:6:1 (id): Id T1 is already used on line 3; each person appears once. [enrolment.duplicate]",
            "people.csv:6:12 (availability): The window on Tuesday ends at 09:00, not after its start 10:00; use a window spanning two days to cross midnight. [availability.window-inverted]",
            "people.csv:7:4 (capacity): A mentee takes no mentees, so has no capacity. [enrolment.capacity-for-mentee]",
            "people.csv:7:12 (availability): The windows Mon 09:00-11:00 and Mon 10:00-12:00 overlap. [availability.windows-overlap]",
        ];
        foreach (var line in expected)
        {
            Assert.Contains(line, run.Output, StringComparison.Ordinal);
        }

        Assert.Contains($"{expected.Length} problems found:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_DuplicateId_NamesTheFirstLine()
    {
        using var folder = new TempFolder();
        var input = folder.Write("people.csv", Inputs.Header + "\n"
            + "M1,Ada,mentor,2,,x,en,A,,5,UTC,,\n"
            + "M1,Bea,mentee,,x,,en,B,,1,UTC,,\n");

        var run = await Cli.RunAsync("validate", input);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("people.csv:3:1 (id): Id M1 is already used on line 2; each person appears once. [enrolment.duplicate]", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_Problems_NeverShowDisplayNames()
    {
        using var folder = new TempFolder();
        var input = folder.Write("people.csv", Inputs.Header + "\n"
            + "M1,Secret Person,mentor,x,,x,en,A,M1,5,Nowhere/City,Mon 25:00-26:00,\n");

        var run = await Cli.RunAsync("validate", input);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.DoesNotContain("Secret", run.Output + run.Error, StringComparison.Ordinal);
        Assert.Contains("people.csv:2:4 (capacity)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_MalformedCsv_ReportsTheLine()
    {
        using var folder = new TempFolder();
        var input = folder.Write("people.csv", Inputs.Header + "\n"
            + "M1,Ada,mentor,2,,x,en,A,,5,UTC,,\n"
            + "T1,Tia,mentee\n"
            + "T2,\"Tom \"the\" Mentee\",mentee,,x,,en,B,,1,UTC,,\n");

        var run = await Cli.RunAsync("validate", input);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("people.csv:3: The row has 3 fields but the header has 13; check for a missing or extra comma", run.Output, StringComparison.Ordinal);
        Assert.Contains("people.csv:4: Text follows the closing quote of a cell.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_MissingRequiredColumns_ReportsTheHeader()
    {
        using var folder = new TempFolder();
        var input = folder.Write("people.csv", "name,capacity\nAda,2\n");

        var run = await Cli.RunAsync("validate", input);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("people.csv:1 (id): The header has no 'id' column", run.Output, StringComparison.Ordinal);
        Assert.Contains("people.csv:1 (role): The header has no 'role' column", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_HugeRecord_FailsWithAClearMessage()
    {
        using var folder = new TempFolder();
        var input = folder.Write("people.csv", Inputs.Header + "\nM1,\"" + new string('x', 200_000) + "\",mentor,2,,x,en,A,,5,UTC,,\n");

        var run = await Cli.RunAsync("validate", input);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("[file.limit-exceeded]", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_EmptyFile_SaysSo()
    {
        using var folder = new TempFolder();
        var input = folder.Write("people.csv", string.Empty);

        var run = await Cli.RunAsync("validate", input);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("The file is empty", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_MissingFile_ExitsTwo()
    {
        using var folder = new TempFolder();

        var run = await Cli.RunAsync("validate", folder.File("nope.csv"));

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("The file does not exist. [file.not-found]", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_BrokenSettingsJson_ReportsLineAndColumn()
    {
        using var folder = new TempFolder();
        var input = folder.Write("people.csv", Inputs.Small);
        var settings = folder.Write("programme.json", "{\n  \"version\": 1,\n  \"seed\": \"many\"\n}\n");

        var run = await Cli.RunAsync("validate", input, "--settings", settings);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("programme.json:3:", run.Output, StringComparison.Ordinal);
        Assert.Contains("($.seed)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_BadSettingsValues_ReportsEveryOneWithItsPath()
    {
        using var folder = new TempFolder();
        var input = folder.Write("people.csv", Inputs.Small);
        var settings = folder.Write("programme.json", """
            {
              "version": 2,
              "policy": "huge",
              "strategy": "annealing",
              "weights": { "expertize": 1, "language": -1 }
            }
            """);

        var run = await Cli.RunAsync("validate", input, "--settings", settings);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("programme.json:2:3 ($.version): Version 2 is not supported; this tool reads version 1.", run.Output, StringComparison.Ordinal);
        Assert.Contains("programme.json:3:3 ($.policy): 'huge' is not a policy preset; use one of recommended, common-form, one-to-one, peer-group.", run.Output, StringComparison.Ordinal);
        Assert.Contains("programme.json:4:3 ($.strategy): No matching strategy is named 'annealing'; known: greedy", run.Output, StringComparison.Ordinal);
        Assert.Contains("programme.json:5:16 ($.weights.expertize): 'expertize' is not a criterion", run.Output, StringComparison.Ordinal);
        Assert.Contains("programme.json:5:32 ($.weights.language): The weight of criterion 'language' must be a finite number of zero or more; got -1.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_UnknownSettingsField_IsRejected()
    {
        using var folder = new TempFolder();
        var input = folder.Write("people.csv", Inputs.Small);
        var settings = folder.Write("programme.json", "{ \"version\": 1, \"sead\": 4 }");

        var run = await Cli.RunAsync("validate", input, "--settings", settings);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("sead", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_CsvAndSettingsProblems_AreReportedTogether()
    {
        using var folder = new TempFolder();
        var input = folder.Write("people.csv", Inputs.Header + "\nM1,Ada,boss,2,,x,en,A,,5,UTC,,\n");
        var settings = folder.Write("programme.json", "{ \"policy\": \"recommended\" }");

        var run = await Cli.RunAsync("validate", input, "--settings", settings);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("2 problems found:", run.Output, StringComparison.Ordinal);
        Assert.Contains("programme.json ($.version)", run.Output, StringComparison.Ordinal);
        Assert.Contains("people.csv:2:3 (role)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_CapacityAboveThePolicysCap_ReportsUsableSeats()
    {
        using var folder = new TempFolder();
        var input = folder.Write("people.csv", "id,role,capacity\nM1,mentor,12\nM2,mentor,3\nC1,co-mentor,4\nC2,co-mentor,2\nC3,co-mentor,9\n"
            + string.Concat(Enumerable.Range(1, 20).Select(i => $"T{i},mentee,\n")));

        var run = await Cli.RunAsync("validate", input);

        // Recommended policy: at most 5 per mentor and 10 per group, 2 mentors per group. Leads 5 + 3; the two best
        // co-mentors 5 + 4 (one per lead); groups cap the lot at 2 x 10 = 20, above 17.
        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Contains("5 mentor(s) with capacity for 30 mentee(s); 20 mentee(s).", run.Output, StringComparison.Ordinal);
        Assert.Contains("co-mentors only beside a lead): 17.", run.Output, StringComparison.Ordinal);
        Assert.Contains("Warning: 3 seat(s) short", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("no one has the role mentor", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_OnlyCoMentors_WarnsThatNoGroupCanBeFormed()
    {
        using var folder = new TempFolder();
        var input = folder.Write("people.csv", "id,role,capacity\nC1,co-mentor,3\nT1,mentee,\nT2,mentee,\n");

        var run = await Cli.RunAsync("validate", input);

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Contains("Warning: no one has the role mentor.", run.Output, StringComparison.Ordinal);
        Assert.Contains("Warning: 2 seat(s) short", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_FolderAsInputOrSettings_SaysItIsAFolder()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("people"));
        Directory.CreateDirectory(folder.File("settings"));

        var run = await Cli.RunAsync("validate", folder.File("people"), "--settings", folder.File("settings"));

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("This is a folder; give the participants CSV file inside it. [file.not-found]", run.Output, StringComparison.Ordinal);
        Assert.Contains("This is a folder; give the JSON file inside it. [file.not-found]", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("does not exist", run.Output, StringComparison.Ordinal);
    }
}
