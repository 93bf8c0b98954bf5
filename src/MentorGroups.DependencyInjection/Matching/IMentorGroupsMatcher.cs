using MentorGroups.Enrolments;
using MentorGroups.Matching;
using MentorGroups.Programmes;

namespace MentorGroups.DependencyInjection;

/// <summary>
/// Matches programmes the way one programme configuration (<see cref="MentorGroupsOptions"/> of <see cref="Name"/>)
/// says: its size policy, criterion weights, seed and default strategy. Every match is logged (ids and counts only),
/// measured and traced (see <see cref="MentorGroupsTelemetry"/>). Safe for concurrent use.
/// </summary>
/// <remarks>
/// Inject <see cref="IMentorGroupsMatcher"/> for the default configuration, or <see cref="IMentorGroupsMatcherFactory"/>
/// for a named one. Options are read on every call, so a reloaded configuration applies to the next match.
/// </remarks>
public interface IMentorGroupsMatcher
{
    /// <summary>The name of the programme configuration (the options name); empty for the default one.</summary>
    string Name { get; }

    /// <summary>
    /// Starts a request for a programme with the configuration applied: the configured size policy (when one is
    /// configured; otherwise the programme's own), the built-in criteria with the configured weights, and the seed.
    /// Add enrolments, pins and exclusions, then <see cref="MatchingRequestBuilder.Build"/>.
    /// </summary>
    /// <param name="programme">The programme.</param>
    /// <returns>A builder.</returns>
    /// <exception cref="Validation.MentorGroupsValidationException">The configured size policy does not suit the programme's format (code <see cref="Validation.ErrorCodes.PolicyFormatMismatch"/>).</exception>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The configuration is invalid.</exception>
    MatchingRequestBuilder CreateRequest(Programme programme);

    /// <summary>Matches a request with the configured default strategy.</summary>
    /// <param name="request">The request; one from <see cref="CreateRequest"/> carries the configuration.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The result.</returns>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The configuration is invalid.</exception>
    MatchingResult Match(MatchingRequest request, CancellationToken cancellationToken = default);

    /// <summary>Matches a request with the strategy registered under a name.</summary>
    /// <param name="request">The request.</param>
    /// <param name="strategyName">The strategy's registered name (case-insensitive).</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The result.</returns>
    /// <exception cref="Validation.MentorGroupsValidationException">No strategy has that name (code <see cref="Validation.ErrorCodes.UnknownStrategy"/>); the message lists the known names.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    MatchingResult Match(MatchingRequest request, string strategyName, CancellationToken cancellationToken = default);

    /// <summary>Builds the request with <see cref="CreateRequest"/> from the enrolments and matches it with the default strategy.</summary>
    /// <param name="programme">The programme.</param>
    /// <param name="enrolments">Mentors, co-mentors and mentees.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The result.</returns>
    /// <exception cref="Validation.MentorGroupsValidationException">The enrolments or the programme do not make a valid request; every problem at once.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    MatchingResult Match(Programme programme, IEnumerable<Enrolment> enrolments, CancellationToken cancellationToken = default);
}
