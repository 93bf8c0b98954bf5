using System.CommandLine;
using System.Globalization;
using MentorGroups.Cli.Input;
using MentorGroups.Cli.Scheduling;

namespace MentorGroups.Cli.Commands;

/// <summary>How meeting slots are searched: the length of a meeting and the week that fixes time-zone offsets.</summary>
internal sealed class SlotOptions
{
    public Option<int> MeetingMinutes { get; } = new("--meeting-minutes")
    {
        Description = "Length of one meeting in minutes (15 to 480).",
        DefaultValueFactory = _ => SlotSearch.Default.MeetingMinutes,
    };

    public Option<string?> Week { get; } = new("--week")
    {
        Description = "A date (yyyy-MM-dd) in the week whose time-zone offsets are used (summer and winter time differ). Default: the week of 2025-01-06.",
    };

    public void AddTo(Command command)
    {
        command.Add(MeetingMinutes);
        command.Add(Week);
    }

    /// <exception cref="InputException">A value is out of range or not a date.</exception>
    public SlotSearch Read(ParseResult parse)
    {
        var problems = new List<InputProblem>();
        var minutes = parse.GetValue(MeetingMinutes);
        if (minutes is < 15 or > 480)
        {
            problems.Add(new InputProblem("command line", null, null, "--meeting-minutes", InputCodes.BadValue, $"A meeting lasts 15 to 480 minutes; got {minutes}."));
        }

        var monday = SlotSearch.Default.ReferenceMonday;
        if (parse.GetValue(Week) is { } text)
        {
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                monday = date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
            }
            else
            {
                problems.Add(new InputProblem("command line", null, null, "--week", InputCodes.BadValue, $"'{text}' is not a date written yyyy-MM-dd."));
            }
        }

        return problems.Count > 0 ? throw new InputException(problems) : new SlotSearch(minutes, monday);
    }
}
