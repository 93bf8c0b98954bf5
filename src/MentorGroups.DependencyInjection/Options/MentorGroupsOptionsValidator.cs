using System.Globalization;
using MentorGroups.Policies;
using MentorGroups.Validation;
using Microsoft.Extensions.Options;

namespace MentorGroups.DependencyInjection;

/// <summary>
/// The rules of <see cref="MentorGroupsOptions"/> that span fields or need the container: the size policy must not
/// contradict itself, weights must be usable, and the default strategy must be registered. Each problem becomes one
/// failure message, formatted like <see cref="ValidationError"/> with the option's path as target.
/// </summary>
/// <remarks>Values the generated bounds validator already rejects are not reported twice: with a negative limit the
/// policy is not composed, since every rule between limits would then speak of a value that is already wrong.</remarks>
internal sealed class MentorGroupsOptionsValidator(StrategyRegistry strategies) : IValidateOptions<MentorGroupsOptions>
{
    public ValidateOptionsResult Validate(string? name, MentorGroupsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<ValidationError>();
        CheckStrategy(errors, options.DefaultStrategy);
        if (options.SizePolicy is { } policy)
        {
            CheckSizePolicy(errors, policy);
        }

        if (options.CriterionWeights is { } criteria)
        {
            CheckWeights(errors, nameof(MentorGroupsOptions.CriterionWeights), CriterionWeightOptions.OptionOf, () => criteria.CreateCriteria());
        }

        if (options.GroupObjectiveWeights is { } objectives)
        {
            CheckWeights(errors, nameof(MentorGroupsOptions.GroupObjectiveWeights), GroupObjectiveWeightOptions.OptionOf, () => objectives.CreateObjectives());
        }

        if (options.TimeBudget < MentorGroupsOptions.MinTimeBudget || options.TimeBudget > MentorGroupsOptions.MaxTimeBudget)
        {
            // Checked here rather than with [Range(typeof(TimeSpan), ...)], which is not trim-safe.
            errors.Add(new ValidationError(ErrorCodes.OutOfRange,
                string.Create(CultureInfo.InvariantCulture, $"The time budget must be between {MentorGroupsOptions.MinTimeBudget} and {MentorGroupsOptions.MaxTimeBudget}; got {options.TimeBudget}."),
                nameof(MentorGroupsOptions.TimeBudget)));
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors.Select(e => e.ToString()));
    }

    private void CheckStrategy(List<ValidationError> errors, string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || strategies.Contains(name))
        {
            return; // An empty name is the bounds validator's [Required].
        }

        try
        {
            strategies.Get(name);
        }
        catch (MentorGroupsValidationException ex)
        {
            // The catalog's own words, so the message matches the one a caller gets at match time.
            errors.AddRange(ex.Errors.Select(e => new ValidationError(e.Code, e.Message, nameof(MentorGroupsOptions.DefaultStrategy))));
        }
    }

    private static void CheckSizePolicy(List<ValidationError> errors, SizePolicyOptions options)
    {
        const string Target = nameof(MentorGroupsOptions.SizePolicy);
        var usable = true;
        if (options.Preset is { } preset && SizePolicyFactory.FindPreset(preset) is null)
        {
            errors.Add(new ValidationError(ErrorCodes.UnknownPreset,
                $"'{preset}' is not a size-policy preset; use one of {string.Join(", ", SizePolicyOptions.PresetNames)}.", Target + ".Preset"));
            usable = false;
        }

        foreach (var (limitName, limit) in options.Limits)
        {
            if (limit is null)
            {
                continue;
            }

            if (!Enum.IsDefined(limit.Kind))
            {
                errors.Add(new ValidationError(ErrorCodes.LimitOutOfRange,
                    $"Kind {(int)limit.Kind} is not a limit kind; use {LimitKind.Hard} or {LimitKind.Recommendation}.", $"{Target}.{limitName}.Kind"));
                usable = false;
            }

            // A negative value is already the bounds validator's, and the policy would report it again; values above
            // the bound compose fine, so the cross-field rules still run for them.
            usable &= limit.Value >= 0;
        }

        if (!usable)
        {
            return;
        }

        try
        {
            SizePolicyFactory.Create(options);
        }
        catch (MentorGroupsValidationException ex)
        {
            errors.AddRange(ex.Errors.Select(e => new ValidationError(e.Code, e.Message, Target)));
        }
    }

    /// <summary>
    /// Reports what the core's weight checks find (<see cref="Settings.WeightSettings"/>), each error aimed at the option
    /// that sets the weight it names, or at the section for an error about all weights.
    /// </summary>
    private static void CheckWeights(List<ValidationError> errors, string section, IReadOnlyDictionary<string, string> optionOf, Action create)
    {
        try
        {
            create();
        }
        catch (MentorGroupsValidationException ex)
        {
            errors.AddRange(ex.Errors.Select(e =>
                new ValidationError(e.Code, e.Message, e.Target is { } name && optionOf.TryGetValue(name, out var option) ? $"{section}.{option}" : section)));
        }
    }
}
