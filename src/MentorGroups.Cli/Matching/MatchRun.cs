using MentorGroups.Cli.Input;
using MentorGroups.Cli.Output;
using MentorGroups.Cli.Scheduling;
using MentorGroups.Matching;
using MentorGroups.Strategies;
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
        CancellationToken cancellationToken)
    {
        var request = BuildRequest(table, settings);
        var strategy = catalog.Create(settings.Strategy);

        // The strategy is synchronous and CPU-bound; running it off this thread keeps Ctrl+C and the progress bar alive.
        var result = await Task.Run(() => strategy.Match(request, cancellationToken), cancellationToken).ConfigureAwait(false);
        return ResultDocumentFactory.Create(table, settings, result, slots, search, cancellationToken);
    }
}
