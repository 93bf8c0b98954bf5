using MentorGroups.Validation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace MentorGroups.DependencyInjection;

/// <summary>
/// Fails start-up when the configuration section a programme is bound from holds a key no option reads: a misspelt
/// <c>DefaultStrateg</c> or <c>CriterionWeights:Expertize</c> would otherwise be ignored without a word, and the
/// programme would run on defaults. Each unknown key is reported with its full configuration path and, when one is
/// close, the key that was meant.
/// </summary>
/// <remarks>
/// The keys are listed here rather than found by reflection, so the check stays safe under trimming; a test compares
/// the list with the option types, so a new option cannot be forgotten.
/// </remarks>
internal sealed class UnknownConfigurationKeysValidator(string name, IConfiguration configuration) : IValidateOptions<MentorGroupsOptions>
{
    private static readonly string[] LimitKeys = [nameof(SizeLimitOptions.Value), nameof(SizeLimitOptions.Kind)];

    /// <summary>The keys each section may hold, by section path relative to the bound section ("" is its root).</summary>
    internal static IReadOnlyDictionary<string, string[]> Known { get; } = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        [string.Empty] =
        [
            nameof(MentorGroupsOptions.DefaultStrategy), nameof(MentorGroupsOptions.SizePolicy), nameof(MentorGroupsOptions.CriterionWeights),
            nameof(MentorGroupsOptions.GroupObjectiveWeights), nameof(MentorGroupsOptions.TimeBudget), nameof(MentorGroupsOptions.Seed),
        ],
        [nameof(MentorGroupsOptions.SizePolicy)] =
        [
            nameof(SizePolicyOptions.Preset), nameof(SizePolicyOptions.MinMentors), nameof(SizePolicyOptions.MaxMentors), nameof(SizePolicyOptions.MinMentees),
            nameof(SizePolicyOptions.MaxMentees), nameof(SizePolicyOptions.MaxMenteesPerMentor),
        ],
        [$"{nameof(MentorGroupsOptions.SizePolicy)}:{nameof(SizePolicyOptions.MinMentors)}"] = LimitKeys,
        [$"{nameof(MentorGroupsOptions.SizePolicy)}:{nameof(SizePolicyOptions.MaxMentors)}"] = LimitKeys,
        [$"{nameof(MentorGroupsOptions.SizePolicy)}:{nameof(SizePolicyOptions.MinMentees)}"] = LimitKeys,
        [$"{nameof(MentorGroupsOptions.SizePolicy)}:{nameof(SizePolicyOptions.MaxMentees)}"] = LimitKeys,
        [$"{nameof(MentorGroupsOptions.SizePolicy)}:{nameof(SizePolicyOptions.MaxMenteesPerMentor)}"] = LimitKeys,
        [nameof(MentorGroupsOptions.CriterionWeights)] =
        [
            nameof(CriterionWeightOptions.Expertise), nameof(CriterionWeightOptions.Language), nameof(CriterionWeightOptions.Availability),
            nameof(CriterionWeightOptions.SharedGoals), nameof(CriterionWeightOptions.SeniorityGap), nameof(CriterionWeightOptions.CrossDepartment),
        ],
        [nameof(MentorGroupsOptions.GroupObjectiveWeights)] =
        [
            nameof(GroupObjectiveWeightOptions.CommonSlot), nameof(GroupObjectiveWeightOptions.Cohesion), nameof(GroupObjectiveWeightOptions.Diversity),
            nameof(GroupObjectiveWeightOptions.GroupSize), nameof(GroupObjectiveWeightOptions.MentorLoad),
        ],
    };

    public ValidateOptionsResult Validate(string? optionsName, MentorGroupsOptions options)
    {
        if (!string.Equals(optionsName ?? Microsoft.Extensions.Options.Options.DefaultName, name, StringComparison.Ordinal))
        {
            return ValidateOptionsResult.Skip;
        }

        var errors = new List<string>();
        Walk(configuration, string.Empty, errors);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Walk(IConfiguration section, string relative, List<string> errors)
    {
        var known = Known.TryGetValue(relative, out var keys) ? keys : [];
        foreach (var child in section.GetChildren())
        {
            var match = known.FirstOrDefault(k => string.Equals(k, child.Key, StringComparison.OrdinalIgnoreCase));
            if (match is null)
            {
                var closest = Closest(child.Key, known);
                var path = child.Path;
                errors.Add(new ValidationError(ErrorCodes.InvalidOptions, closest is null
                    ? $"'{child.Key}' is not a MentorGroups option; known here: {string.Join(", ", known)}."
                    : $"'{child.Key}' is not a MentorGroups option; did you mean '{closest}'?", path).ToString());
                continue;
            }

            var nested = relative.Length == 0 ? match : relative + ":" + match;
            if (Known.ContainsKey(nested))
            {
                Walk(child, nested, errors);
            }
        }
    }

    /// <summary>The known key at most two edits away (insert, delete, replace), ignoring case; the nearest wins.</summary>
    private static string? Closest(string key, string[] known) =>
        known.Select(k => (Key: k, Distance: Edits(key.ToUpperInvariant(), k.ToUpperInvariant())))
            .Where(k => k.Distance <= 2)
            .OrderBy(k => k.Distance)
            .Select(k => k.Key)
            .FirstOrDefault();

    private static int Edits(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
