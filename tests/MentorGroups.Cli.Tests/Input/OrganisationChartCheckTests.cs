using MentorGroups.Cli.Input;

namespace MentorGroups.Cli.Tests.Input;

public class OrganisationChartCheckTests
{
    [Fact]
    public void Against_ChartAndParticipantsDisagreeOnAManager_NamesBothLines()
    {
        var token = TestContext.Current.CancellationToken;
        var people = ParticipantCsvReader.ReadText("people.csv", "id,role,capacity,manager_id\nM1,mentor,3,\nT1,mentee,,M1\nT2,mentee,,X9\n", token);
        var chart = OrganisationChartCsvReader.ReadText("chart.csv", "employee_id,manager_id\nT1,M1\nT2,X1\nX1,M1\n", CsvFormat.Detect, token);

        var problem = Assert.Single(OrganisationChartCheck.Against(chart, people));

        Assert.Equal("chart.csv:3 (manager_id): T2 reports to X1 here, but to X9 in people.csv (line 4); make the two files agree. [chart.manager-conflict]", problem.ToString());
    }
}
