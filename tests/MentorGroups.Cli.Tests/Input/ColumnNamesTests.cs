using MentorGroups.Cli.Input;

namespace MentorGroups.Cli.Tests.Input;

public class ColumnNamesTests
{
    [Theory]
    [InlineData("capacity", "capacity", 0)]
    [InlineData("capcity", "capacity", 1)]
    [InlineData("capaicty", "capacity", 1)]
    [InlineData("cpacty", "capacity", 2)]
    [InlineData("", "id", 2)]
    public void Distance_Pairs_CountsEdits(string a, string b, int expected) => Assert.Equal(expected, ColumnNames.Distance(a, b));

    [Theory]
    [InlineData("ids", "id")]
    [InlineData("ORG-UNIT", "org_unit")]
    [InlineData("rol", "role")]
    public void Closest_NearName_IsFound(string name, string expected) =>
        Assert.Equal(expected, ColumnNames.Closest(name, ParticipantColumns.All));

    [Theory]
    [InlineData("xy")]
    [InlineData("team")]
    [InlineData("salary_band")]
    public void Closest_FarName_IsNull(string name) => Assert.Null(ColumnNames.Closest(name, ParticipantColumns.All));
}
