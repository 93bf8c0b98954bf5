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
            Description = "The participants CSV (columns: docs/file-formats.md). Leave out with --sample.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        Sample = new Option<bool>("--sample") { Description = "Use the sample programme embedded in the tool instead of files." };
        Settings = new Option<FileInfo?>("--settings") { Description = "Programme settings JSON: policy, strategy, weights, seed, common language." };
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

    public Option<FileInfo?> Settings { get; }

    public Option<string?>? Strategy { get; }

    public Option<int?>? Seed { get; }

    public void AddTo(Command command)
    {
        command.Add(Participants);
        command.Add(Sample);
        command.Add(Settings);
        if (Strategy is not null)
        {
            command.Add(Strategy);
        }

        if (Seed is not null)
        {
            command.Add(Seed);
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

        ParticipantTable? table = null;
        try
        {
            table = useSample
                ? ParticipantCsvReader.ReadText(SampleFiles.ParticipantsFileName, SampleFiles.Participants, cancellationToken)
                : ParticipantCsvReader.ReadFile(file!.FullName, cancellationToken);
        }
        catch (InputException ex)
        {
            problems.AddRange(ex.Problems);
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
        };
        return (table!, settings);
    }
}
