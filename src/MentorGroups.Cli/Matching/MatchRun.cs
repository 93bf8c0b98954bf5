using MentorGroups.Cli.Input;
using MentorGroups.Cli.Output;
using MentorGroups.Cli.Scheduling;
using MentorGroups.Matching;
using MentorGroups.Strategies;
using MentorGroups.Strategies.GroupOptimising;
using MentorGroups.Validation;

namespace MentorGroups.Cli.Matching;

/// <summary>Builds the matching request from a file's participants and the settings, runs the strategy, and describes the result.</summary>
internal static class MatchRun
{
    /// <summary>Builds and checks the request without matching (what <c>validate</c> does after reading).</summary>
    /// <exception cref="InputException">The library rejects the request; each problem points at the participant's line.</exception>
    public static MatchingRequest BuildRequest(ParticipantTable table, ProgrammeSettings settings)
    {
        var builder = MatchingRequest.For(settings.Programme)
            .Add(table.Rows.Select(r => r.Enrolment))
            .WithCriteria(settings.Criteria)
            .WithSeed(settings.Seed);
        if (settings.RequireCommonLanguage)
        {
            builder.RequireCommonLanguage();
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
        var request = BuildRequest(table, settings);
        var strategy = Create(catalog, settings.Strategy, phases, out var reportsFraction);
        phases.Start($"Matching {request.Mentees.Count:N0} mentees ({settings.Strategy})", reportsFraction);

        // The strategy is synchronous and CPU-bound; running it off this thread keeps Ctrl+C and the progress display alive.
        var result = await Task.Run(() => strategy.Match(request, cancellationToken), cancellationToken).ConfigureAwait(false);
        phases.Start($"Finding meeting slots for {result.Groups.Count:N0} groups", reportsFraction: true);
        var document = ResultDocumentFactory.Create(table, settings, result, slots, search, cancellationToken, new PhaseProgress(phases));
        phases.Done();
        return document;
    }

    /// <summary>
    /// The strategy by name. The built-in group-optimising strategy reports how many of its iterations are done, so it
    /// is made here with a progress sink; every other strategy runs without one (a spinner shows that it works).
    /// </summary>
    private static IMatchingStrategy Create(MatchingStrategyCatalog catalog, string name, IMatchPhases phases, out bool reportsFraction)
    {
        reportsFraction = false;
        var strategy = catalog.Create(name);
        if (!string.Equals(strategy.Name, GroupOptimisingStrategyOptions.DefaultName, StringComparison.Ordinal)
            || !string.Equals(name, GroupOptimisingStrategyOptions.DefaultName, StringComparison.Ordinal))
        {
            return strategy;
        }

        reportsFraction = true;
        return new GroupOptimisingStrategyOptions
        {
            StartCatalog = catalog,
            Progress = new Progress<GroupOptimisationProgress>(p => phases.Report(p.IterationBudget <= 0 ? 0 : (double)p.Iteration / p.IterationBudget)),
        }.CreateStrategy();
    }
}
