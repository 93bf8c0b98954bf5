using MentorGroups.Cli.Input;
using MentorGroups.Cli.Output;
using MentorGroups.Cli.Scheduling;
using MentorGroups.Matching;
using MentorGroups.Scheduling;
using MentorGroups.Strategies;
using MentorGroups.Strategies.GroupFormation;
using MentorGroups.Strategies.GroupOptimising;
using MentorGroups.Validation;

namespace MentorGroups.Cli.Matching;

/// <summary>Builds the matching request from a file's participants and the settings, runs the strategy, and describes the result.</summary>
internal static class MatchRun
{
    /// <summary>Builds and checks the request without matching (what <c>validate</c> does after reading).</summary>
    /// <exception cref="InputException">The library rejects the request; each problem points at the participant's line.</exception>
    /// <param name="table">The participants.</param>
    /// <param name="settings">The settings.</param>
    /// <param name="search">
    /// The meeting length and week the result reports slots for; matching plans groups for the same ones, so that a group
    /// formed to meet is reported as able to. <see langword="null"/> keeps the library's default (the programme's first week).
    /// </param>
    public static MatchingRequest BuildRequest(ParticipantTable table, ProgrammeSettings settings, SlotSearch? search = null)
    {
        var builder = MatchingRequest.For(settings.Programme)
            .Add(table.Rows.Select(r => r.Enrolment))
            .WithCriteria(settings.Criteria)
            .WithSeed(settings.Seed);
        if (search is not null)
        {
            builder.WithMeetingSlots(new MeetingSlotOptions { SlotLengthMinutes = search.MeetingMinutes, ReferenceWeek = search.ReferenceMonday });
        }

        if (settings.RequireCommonLanguage)
        {
            builder.RequireCommonLanguage();
        }

        if (settings.ManagementChain is { } chain)
        {
            // People the chart does not list keep the line manager of their participants row.
            var rows = settings.OrganisationChart?.Rows ?? [];
            builder.WithOrganisationChart(new OrganisationChart(rows.Select(r => KeyValuePair.Create(r.Employee, r.Manager))), chain.Levels, chain.SeparateTeammates);
        }

        try
        {
            return builder.Build();
        }
        catch (MentorGroupsValidationException ex)
        {
            throw new InputException(ex.Errors.Select(e => new InputProblem(
                table.Source, table.Find(e.Target)?.Line, null, null, e.Code, e.Message)).ToArray());
        }
    }

    /// <summary>Matches and describes the result.</summary>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static async Task<ResultDocument> RunAsync(
        ParticipantTable table, ProgrammeSettings settings, MatchingStrategyCatalog catalog, ICommonSlotFinder slots, SlotSearch search,
        CancellationToken cancellationToken, IMatchPhases? phases = null)
    {
        phases ??= SilentPhases.Instance;
        phases.Start("Checking the request", reportsFraction: false);
        var request = BuildRequest(table, settings, search);
        var subject = $"Matching {request.Mentees.Count:N0} mentees ({settings.Strategy})";
        var strategy = Create(catalog, settings.Strategy, phases, subject, out var reportsFraction);
        phases.Start(subject, reportsFraction);

        // The strategy is synchronous and CPU-bound; running it off this thread keeps Ctrl+C and the progress display alive.
        var result = await Task.Run(() => strategy.Match(request, cancellationToken), cancellationToken).ConfigureAwait(false);
        phases.Start($"Finding meeting slots for {result.Groups.Count:N0} groups", reportsFraction: true);
        var document = ResultDocumentFactory.Create(table, settings, result, slots, search, cancellationToken, new PhaseProgress(phases));
        phases.Done();
        return document;
    }

    /// <summary>
    /// The strategy by name. The built-in group-formation strategy reports its stages with how far each has got, and the
    /// built-in group-optimising strategy how many of its iterations are done, so those two are made here with a progress
    /// sink; every other strategy runs without one (a spinner shows that it works).
    /// </summary>
    private static IMatchingStrategy Create(MatchingStrategyCatalog catalog, string name, IMatchPhases phases, string subject, out bool reportsFraction)
    {
        reportsFraction = false;
        var strategy = catalog.Create(name);
        if (IsBuiltIn(strategy, name, GroupFormationStrategyOptions.DefaultName))
        {
            reportsFraction = true;
            return new GroupFormationStrategyOptions { Progress = new FormationPhases(phases, subject) }.CreateStrategy();
        }

        if (!IsBuiltIn(strategy, name, GroupOptimisingStrategyOptions.DefaultName))
        {
            return strategy;
        }

        reportsFraction = true;
        return new GroupOptimisingStrategyOptions
        {
            StartCatalog = catalog,
            Progress = new OptimisationPhases(phases, subject),
        }.CreateStrategy();
    }

    // A strategy registered under a built-in's name by the caller is theirs, not the built-in: it gets no sink.
    private static bool IsBuiltIn(IMatchingStrategy strategy, string requested, string builtInName) =>
        string.Equals(strategy.Name, builtInName, StringComparison.Ordinal) && string.Equals(requested, builtInName, StringComparison.Ordinal);
}
