namespace MentorGroups.Cli.Input;

/// <summary>Checks the organisation chart against the participants file: both must name the same line manager for a person.</summary>
internal static class OrganisationChartCheck
{
    /// <summary>
    /// One problem per person whose manager_id in the participants file differs from their line manager in the chart
    /// (the chart would silently win, and one of the two exports is out of date).
    /// </summary>
    public static IEnumerable<InputProblem> Against(OrganisationChartTable chart, ParticipantTable participants)
    {
        foreach (var row in chart.Rows)
        {
            if (participants.Find(row.Employee) is { } person
                && person.Enrolment.Participant.Profile.LineManagerId is { } manager
                && manager != row.Manager)
            {
                yield return new InputProblem(chart.Source, row.Line, null, OrganisationChartTable.ManagerColumn, InputCodes.ChartConflict,
                    $"{row.Employee} reports to {row.Manager} here, but to {manager} in {participants.Source} (line {person.Line}); make the two files agree.");
            }
        }
    }
}
