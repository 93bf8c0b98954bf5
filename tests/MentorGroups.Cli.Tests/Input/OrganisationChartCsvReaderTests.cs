using MentorGroups.Cli.Input;

namespace MentorGroups.Cli.Tests.Input;

public class OrganisationChartCsvReaderTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static InputProblem[] Problems(string text) =>
        Assert.Throws<InputException>(() => OrganisationChartCsvReader.ReadText("chart.csv", text, CsvFormat.Detect, Token)).Problems.ToArray();

    [Fact]
    public void ReadText_SemicolonsAndExtraColumns_ReadsEveryoneWithAManager()
    {
        var chart = OrganisationChartCsvReader.ReadText("chart.csv", "name;employee_id;manager_id\nChief;C1;\nHead;H1;C1\nTia;T1;H1\n\n;;\n", CsvFormat.Detect, Token);

        Assert.Equal([("H1", "C1", 3), ("T1", "H1", 4)], chart.Rows.Select(r => (r.Employee.Value, r.Manager.Value, r.Line)));
    }

    [Fact]
    public void ReadText_ManyProblems_ReportsEveryOneWithLineColumnAndCode()
    {
        var problems = Problems("employee_id,manager_id\n"
            + "A1,B1\n"      // 2: A1 → B1 → A1, a circle
            + "B1,A1\n"      // 3
            + "S1,S1\n"      // 4: own manager
            + ",B1\n"        // 5: no employee
            + "A1,C1\n"      // 6: A1 again
            + "D1,E1,x\n");  // 7: a field too many

        Assert.Equal(
            [
                "chart.csv:2 (manager_id): The line managers go round in a circle: A1 reports to B1 reports to A1 (lines 2, 3). [chart.cycle]",
                "chart.csv:4:2 (manager_id): S1 is listed as their own line manager; leave manager_id empty for the top of the organisation. [chart.person-duplicate]",
                "chart.csv:5:1 (employee_id): The row has no employee id; every row names one person and their line manager. [csv.value-missing]",
                "chart.csv:6:1 (employee_id): A1 is already listed on line 2; each person has one line manager. [chart.person-duplicate]",
                "chart.csv:7: The row has 3 fields but the header has 2; check for a missing or extra comma, or quote cells that contain one. [csv.malformed]",
            ],
            problems.Select(p => p.ToString()));
    }

    [Fact]
    public void ReadText_MisspeltColumn_SuggestsTheKnownName()
    {
        var problem = Assert.Single(Problems("employee_id,manger_id\nA1,B1\n"));

        Assert.Equal("chart.csv:1:2 (manager_id): The header has no 'manager_id' column; did you mean 'manger_id'? Rename it. [csv.column-missing]", problem.ToString());
    }

    [Fact]
    public void ReadText_HeaderOnly_SaysThereIsNobody()
    {
        var problem = Assert.Single(Problems("employee_id,manager_id\n"));

        Assert.Equal(InputCodes.Empty, problem.Code);
    }
}
