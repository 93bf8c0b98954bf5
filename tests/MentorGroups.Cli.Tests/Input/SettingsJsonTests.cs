using MentorGroups.Cli.Input;
using MentorGroups.Strategies;

namespace MentorGroups.Cli.Tests.Input;

public class SettingsJsonTests
{
    private static InputProblem[] Problems(string json) =>
        Assert.Throws<InputException>(() => ProgrammeSettings.ReadText("s.json", json, MatchingStrategyCatalog.CreateDefault())).Problems.ToArray();

    [Theory]
    [InlineData("", "The file is empty")]
    [InlineData("{ \"version\": 1", "before every { or [ is closed")]
    [InlineData("{ \"version\": 1,", "before every { or [ is closed")]
    [InlineData("{ \"version\" 1 }", "A ':' must follow a field name.")]
    [InlineData("{ \"version\": 1 \"seed\": 2 }", "A ',' or a closing } or ] is missing here.")]
    [InlineData("{ version: 1 }", "A field name must be in double quotes.")]
    [InlineData("{ \"policy\": common-form }", "This is not a JSON value")]
    [InlineData("{ \"policy\": \"common-form }", "A text is not closed")]
    public void ReadText_SyntaxError_IsAPlainSentenceWithPosition(string json, string expected)
    {
        var problem = Assert.Single(Problems(json));

        Assert.Equal(InputCodes.MalformedJson, problem.Code);
        Assert.NotNull(problem.Line);
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadText_ManyProblems_AreAllReportedWithLineColumnAndPathAndNoTypeNames()
    {
        const string Json = """
            {
              "version": 1,
              "Seed": "x",
              "strategy": 3,
              "limits": { "minMentees": { "value": 12, "kind": "recommended" }, "maxMentees": { "value": 10 } },
              "weights": { "expertize": 1, "language": "a" },
              "requireCommonLanguage": "yes",
              "programme": { "sharedGoalTags": [1], "nmae": "x", "startDate": "1 May" }
            }
            """;

        var problems = Problems(Json);
        var lines = problems.Select(p => p.ToString()).ToArray();

        Assert.Contains("s.json:3:3 ($.Seed): 'Seed' is not a settings field; did you mean 'seed'? [settings.field-unknown]", lines);
        Assert.Contains("s.json:4:3 ($.strategy): 'strategy' must be a text in double quotes; this is a number. [settings.value-invalid]", lines);
        Assert.Contains(problems, p => p is { Code: "policy.min-above-max", Line: 5 });
        Assert.Contains("s.json:5:44 ($.limits.minMentees.kind): 'recommended' is not a limit kind; use hard or recommendation (did you mean 'recommendation'?). [settings.unknown-value]", lines);
        Assert.Contains(problems, p => p is { Field: "$.weights.expertize", Line: 6, Column: 16 });
        Assert.Contains(problems, p => p is { Field: "$.weights.language", Code: InputCodes.BadSetting });
        Assert.Contains(problems, p => p is { Field: "$.requireCommonLanguage", Line: 7 });
        Assert.Contains(problems, p => p is { Field: "$.programme.sharedGoalTags[0]", Line: 8 });
        Assert.Contains(problems, p => p is { Field: "$.programme.nmae" } && p.Message.Contains("did you mean 'name'?", StringComparison.Ordinal));
        Assert.Contains(problems, p => p is { Field: "$.programme.startDate" });
        Assert.All(lines, l => Assert.DoesNotContain("System.", l, StringComparison.Ordinal));
        Assert.All(lines, l => Assert.DoesNotContain("MentorGroups.", l, StringComparison.Ordinal));
    }

    [Fact]
    public void ReadText_MinAboveMaxBesideAnotherLimitProblem_IsReported()
    {
        var problems = Problems("""{ "version": 1, "limits": { "minMentors": { "value": 3, "kind": "soft" }, "maxMentors": { "value": 2 } } }""");

        Assert.Contains(problems, p => p.Code == "settings.unknown-value");
        Assert.Contains(problems, p => p.Code == "policy.min-above-max");
    }

    [Fact]
    public void ReadText_Period_IsTheProgrammes()
    {
        var settings = ProgrammeSettings.ReadText("s.json", """{ "version": 1, "programme": { "startDate": "2025-09-01", "endDate": "2026-06-30" } }""", MatchingStrategyCatalog.CreateDefault());

        Assert.Equal(new DateOnly(2025, 9, 1), settings.Programme.Period!.Value.Start);
        Assert.Equal(new DateOnly(2026, 6, 30), settings.Programme.Period!.Value.End);
    }

    [Fact]
    public void ReadText_LimitKindRecommendation_IsTheLibrarysSpelling()
    {
        var settings = ProgrammeSettings.ReadText("s.json", """{ "version": 1, "limits": { "maxMentees": { "value": 8, "kind": "Recommendation" } } }""", MatchingStrategyCatalog.CreateDefault());

        Assert.Equal(Policies.LimitKind.Recommendation, settings.Programme.SizePolicy.MaxMentees.Kind);
    }
}
