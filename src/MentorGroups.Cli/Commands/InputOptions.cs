using System.CommandLine;
using MentorGroups.Cli.Input;
using MentorGroups.Cli.Samples;
using MentorGroups.Strategies;

namespace MentorGroups.Cli.Commands;

/// <summary>The options that say which programme to read, shared by match, validate, explain and schedule.</summary>
internal sealed class InputOptions
{
    public InputOptions(CliServices services, bool withMatchingOptions)
    {
        Services = services;
        Participants = new Argument<FileInfo?>("participants")
        {
            Description = "The participants CSV: one row per person with the columns id and role (mentor, co-mentor or mentee), capacity for mentors, and optionally display_name, goals, expertise, languages, org_unit, manager_id, seniority, time_zone, availability, email. 'mentorgroups sample' writes a template. Leave out with --sample.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        Participants.Validators.Add(UnknownOptions.RefuseOptionLikeTokens);
        Delimiter = new Option<string?>("--delimiter") { Description = "The CSV's field separator: comma, semicolon or tab. Default: detected from the header row." };
        Encoding = new Option<string?>("--encoding")
        {
            Description = "The CSV's encoding when it is not UTF-8, e.g. windows-1252 (Excel's \"CSV (comma delimited)\" on Windows). Default: UTF-8, or UTF-16 with a byte order mark.",
        };
        Sample = new Option<bool>("--sample") { Description = "Use the sample programme embedded in the tool instead of files." };
        Settings = new Option<FileInfo?>("--settings") { Description = "Programme settings JSON: policy, strategy, weights, seed, common language, management chain." };
        OrgChart = new Option<FileInfo?>("--org-chart")
        {
            Description = "Organisation chart CSV with the columns employee_id and manager_id, covering people who are not enrolled: nobody shares a group with anyone in their management chain (2 levels up unless the settings' managementChain says otherwise).",
        };
        if (withMatchingOptions)
        {
            Strategy = new Option<string?>("--strategy")
            {
                Description = $"Matching strategy, overriding the settings: {string.Join(", ", services.Strategies.Names)}. Default: " + MatchingStrategyCatalog.RecommendedStrategy + ".",
            };
            Seed = new Option<int?>("--seed") { Description = "Seed for strategies that use randomness, overriding the settings. Default: 0." };
        }
    }

    public CliServices Services { get; }

    public Argument<FileInfo?> Participants { get; }

    public Option<bool> Sample { get; }

    public Option<string?> Delimiter { get; }

    public Option<string?> Encoding { get; }

    public Option<FileInfo?> Settings { get; }

    public Option<FileInfo?> OrgChart { get; }

    public Option<string?>? Strategy { get; }

    public Option<int?>? Seed { get; }

    public void AddTo(Command command)
    {
        command.Add(Participants);
        command.Add(Sample);
        command.Add(Delimiter);
        command.Add(Encoding);
        command.Add(Settings);
        command.Add(OrgChart);
        if (Strategy is not null)
        {
            command.Add(Strategy);
        }

        if (Seed is not null)
        {
            command.Add(Seed);
        }
    }

    /// <summary>The files this command reads, with the argument or option that names each (for output checks).</summary>
    public IEnumerable<(string Option, string Path)> InputFiles(ParseResult parse)
    {
        if (parse.GetValue(Participants) is { } file)
        {
            yield return ("the participants argument", file.FullName);
        }

        if (parse.GetValue(Settings) is { } settings)
        {
            yield return ("--settings", settings.FullName);
        }

        if (parse.GetValue(OrgChart) is { } chart)
        {
            yield return ("--org-chart", chart.FullName);
        }
    }

    /// <summary>Reads the participants and settings, reporting the problems of both files at once.</summary>
    /// <exception cref="InputException">Any problem in either file, or neither/both of a file and --sample.</exception>
    public (ParticipantTable Table, ProgrammeSettings Settings) Load(ParseResult parse, CancellationToken cancellationToken)
    {
        var useSample = parse.GetValue(Sample);
        var file = parse.GetValue(Participants);
        var settingsFile = parse.GetValue(Settings);
        if (useSample == (file is not null))
        {
            throw new InputException(new InputProblem("command line", null, null, null, InputCodes.MissingValue,
                useSample ? "Give either a participants file or --sample, not both." : "Give a participants CSV file, or --sample to use the embedded sample."));
        }

        var problems = new List<InputProblem>();
        ProgrammeSettings? settings = null;
        try
        {
            settings = settingsFile is not null
                ? ProgrammeSettings.ReadFile(settingsFile.FullName, Services.Strategies)
                : useSample
                    ? ProgrammeSettings.ReadText(SampleFiles.SettingsFileName, SampleFiles.Settings, Services.Strategies)
                    : ProgrammeSettings.Default;
        }
        catch (InputException ex)
        {
            problems.AddRange(ex.Problems);
        }

        var format = ReadFormat(parse, problems);
        ParticipantTable? table = null;
        try
        {
            table = format is null ? null
                : useSample
                    ? ParticipantCsvReader.ReadText(SampleFiles.ParticipantsFileName, SampleFiles.Participants, cancellationToken)
                    : ParticipantCsvReader.ReadFile(file!.FullName, format, cancellationToken);
        }
        catch (InputException ex)
        {
            problems.AddRange(ex.Problems);
        }

        OrganisationChartTable? chart = null;
        if (format is not null && parse.GetValue(OrgChart) is { } chartFile)
        {
            try
            {
                chart = OrganisationChartCsvReader.ReadFile(chartFile.FullName, format, cancellationToken);
                if (table is not null)
                {
                    problems.AddRange(OrganisationChartCheck.Against(chart, table));
                }
            }
            catch (InputException ex)
            {
                problems.AddRange(ex.Problems);
            }
        }

        if (Strategy is not null && parse.GetValue(Strategy) is { } strategy && !Services.Strategies.Contains(strategy))
        {
            problems.Add(new InputProblem("command line", null, null, "--strategy", Validation.ErrorCodes.UnknownStrategy,
                $"No matching strategy is named '{strategy}'; known: {string.Join(", ", Services.Strategies.Names)}."));
        }

        if (problems.Count > 0)
        {
            throw new InputException(problems);
        }

        settings = settings! with
        {
            Strategy = Strategy is not null && parse.GetValue(Strategy) is { } s ? s : settings.Strategy,
            Seed = Seed is not null && parse.GetValue(Seed) is { } seed ? seed : settings.Seed,
            OrganisationChart = chart,
            ManagementChain = settings.ManagementChain ?? (chart is null ? null : new ManagementChainRule(Rules.Constraints.ManagementChainConstraint.DefaultLevels, SeparateTeammates: false)),
        };
        return (table!, settings);
    }

    /// <summary>The separator and encoding given on the command line; <see langword="null"/> when either is not valid.</summary>
    public CsvFormat? ReadFormat(ParseResult parse, List<InputProblem> problems)
    {
        var before = problems.Count;
        char? delimiter = null;
        if (parse.GetValue(Delimiter) is { } d)
        {
            delimiter = CsvFormat.ParseDelimiter(d);
            if (delimiter is null)
            {
                problems.Add(new InputProblem("command line", null, null, "--delimiter", InputCodes.BadValue, "The separator must be comma, semicolon or tab."));
            }
        }

        System.Text.Encoding? encoding = null;
        if (parse.GetValue(Encoding) is { } e)
        {
            encoding = CsvFormat.ParseEncoding(e);
            if (encoding is null)
            {
                problems.Add(new InputProblem("command line", null, null, "--encoding", InputCodes.BadValue,
                    $"'{e}' is not an encoding the tool knows; use for example utf-8, windows-1252, iso-8859-1 or utf-16."));
            }
        }

        return problems.Count > before ? null : new CsvFormat(delimiter, encoding);
    }
}
