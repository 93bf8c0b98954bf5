using MentorGroups.Scheduling;
using MentorGroups.Validation;

namespace MentorGroups.Participants;

/// <summary>
/// Builds a <see cref="Participant"/> from raw HR data. Nothing is checked until <see cref="Build"/>, which reports
/// every problem at once.
/// </summary>
public sealed class ParticipantBuilder
{
    private readonly string? _id;
    private readonly List<string> _learningGoals = [];
    private readonly List<string> _expertise = [];
    private readonly List<string> _languages = [];
    private readonly List<WeeklyWindow> _windows = [];
    private readonly List<string> _availabilityTexts = [];
    private readonly List<KeyValuePair<string, string>> _attributes = [];
    private string? _displayName;
    private string? _organisationalUnit;
    private string? _lineManagerId;
    private int? _seniority;
    private string? _timeZoneId;

    /// <summary>Starts a participant with the HR system's id.</summary>
    /// <param name="id">The id; checked by <see cref="Build"/>, which reports a missing one with the other problems.</param>
    public ParticipantBuilder(string? id) => _id = id;

    /// <summary>Sets the name people read. Personal data: never logged.</summary>
    /// <param name="displayName">The name, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    public ParticipantBuilder WithDisplayName(string? displayName)
    {
        _displayName = string.IsNullOrWhiteSpace(displayName) ? null : displayName.Trim();
        return this;
    }

    /// <summary>Adds learning goals.</summary>
    /// <param name="goals">Tags, e.g. "leadership".</param>
    /// <returns>This builder.</returns>
    public ParticipantBuilder WithLearningGoals(params IEnumerable<string> goals)
    {
        _learningGoals.AddRange(goals ?? throw new ArgumentNullException(nameof(goals)));
        return this;
    }

    /// <summary>Adds expertise.</summary>
    /// <param name="expertise">Tags, e.g. "negotiation".</param>
    /// <returns>This builder.</returns>
    public ParticipantBuilder WithExpertise(params IEnumerable<string> expertise)
    {
        _expertise.AddRange(expertise ?? throw new ArgumentNullException(nameof(expertise)));
        return this;
    }

    /// <summary>Adds languages.</summary>
    /// <param name="languages">Tags, e.g. "en", "da".</param>
    /// <returns>This builder.</returns>
    public ParticipantBuilder WithLanguages(params IEnumerable<string> languages)
    {
        _languages.AddRange(languages ?? throw new ArgumentNullException(nameof(languages)));
        return this;
    }

    /// <summary>Sets the organisational unit (department).</summary>
    /// <param name="unit">The unit, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    public ParticipantBuilder InOrganisationalUnit(string? unit)
    {
        _organisationalUnit = string.IsNullOrWhiteSpace(unit) ? null : unit.Trim();
        return this;
    }

    /// <summary>Sets the line manager's id.</summary>
    /// <param name="managerId">The manager's HR id, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    public ParticipantBuilder ReportingTo(string? managerId)
    {
        _lineManagerId = string.IsNullOrWhiteSpace(managerId) ? null : managerId;
        return this;
    }

    /// <summary>Sets the seniority level (0 = most junior).</summary>
    /// <param name="level">Zero or more.</param>
    /// <returns>This builder.</returns>
    public ParticipantBuilder AtSeniority(int? level)
    {
        _seniority = level;
        return this;
    }

    /// <summary>Sets the time zone by IANA id (e.g. "Europe/Copenhagen") or Windows id.</summary>
    /// <param name="timeZoneId">The id, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    public ParticipantBuilder InTimeZone(string? timeZoneId)
    {
        _timeZoneId = string.IsNullOrWhiteSpace(timeZoneId) ? null : timeZoneId.Trim();
        return this;
    }

    /// <summary>Adds weekly availability windows (local time).</summary>
    /// <param name="windows">The windows.</param>
    /// <returns>This builder.</returns>
    public ParticipantBuilder AvailableAt(params IEnumerable<WeeklyWindow> windows)
    {
        _windows.AddRange(windows ?? throw new ArgumentNullException(nameof(windows)));
        return this;
    }

    /// <summary>Adds weekly availability written as <c>Mon 09:00-11:00; Wed 14:00-16:00</c> (see <see cref="WeeklyAvailability.Parse(string)"/>).</summary>
    /// <param name="availability">The text.</param>
    /// <returns>This builder.</returns>
    public ParticipantBuilder AvailableAt(string? availability)
    {
        if (!string.IsNullOrWhiteSpace(availability))
        {
            _availabilityTexts.Add(availability);
        }

        return this;
    }

    /// <summary>Adds an attribute from the HR system (kept for custom criteria and exports).</summary>
    /// <param name="key">A non-empty key.</param>
    /// <param name="value">The value; <see langword="null"/> (a blank cell in an export) is kept as an empty value.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    public ParticipantBuilder WithAttribute(string key, string? value)
    {
        ArgumentNullException.ThrowIfNull(key);
        _attributes.Add(new(key, value ?? string.Empty));
        return this;
    }

    /// <summary>Checks everything and builds the participant.</summary>
    /// <returns>The participant.</returns>
    /// <exception cref="MentorGroupsValidationException">
    /// Every problem at once: empty id (<see cref="ErrorCodes.EmptyId"/>), empty tags (<see cref="ErrorCodes.EmptyTag"/>),
    /// self as manager (<see cref="ErrorCodes.SelfManaged"/>), negative seniority (<see cref="ErrorCodes.NegativeSeniority"/>),
    /// unknown time zone (<see cref="ErrorCodes.UnknownTimeZone"/>), unreadable, inverted or overlapping windows,
    /// empty or repeated attribute keys.
    /// </exception>
    public Participant Build()
    {
        var problems = new Problems();
        var target = string.IsNullOrWhiteSpace(_id) ? null : _id;
        if (target is null)
        {
            problems.Add(ErrorCodes.EmptyId, "A participant id must not be empty.");
        }

        var goals = CaptureTags(problems, _learningGoals, "learning goals", target);
        var expertise = CaptureTags(problems, _expertise, "expertise", target);
        var languages = CaptureTags(problems, _languages, "languages", target);

        if (_lineManagerId is not null && string.Equals(_lineManagerId, _id, StringComparison.Ordinal))
        {
            problems.Add(ErrorCodes.SelfManaged, "A participant cannot be their own line manager.", target);
        }

        if (_seniority < 0)
        {
            problems.Add(ErrorCodes.NegativeSeniority, $"Seniority level must be zero or more; got {_seniority}.", target);
        }

        TimeZoneInfo? timeZone = null;
        if (_timeZoneId is not null && !TryFindTimeZone(_timeZoneId, out timeZone))
        {
            problems.Add(ErrorCodes.UnknownTimeZone, $"Time zone '{_timeZoneId}' is not known; use an IANA id such as 'Europe/Copenhagen'.", target);
        }

        var windows = new List<WeeklyWindow>(_windows);
        foreach (var text in _availabilityTexts)
        {
            var parsed = CaptureNested(problems, () => WeeklyAvailability.Parse(text), target);
            windows.AddRange(parsed ?? WeeklyAvailability.None);
        }

        var availability = CaptureNested(problems, () => WeeklyAvailability.From(windows), target);

        var attributes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in _attributes)
        {
            if (string.IsNullOrWhiteSpace(key))
            {
                problems.Add(ErrorCodes.EmptyAttributeKey, "An attribute key must not be empty.", target);
            }
            else if (!attributes.TryAdd(key, value))
            {
                problems.Add(ErrorCodes.DuplicateId, $"Attribute '{key}' is given twice.", target);
            }
        }

        problems.ThrowIfAny("participant");
        var profile = new ParticipantProfile(
            goals!, expertise!, languages!, _organisationalUnit,
            _lineManagerId is null ? (ParticipantId?)null : new ParticipantId(_lineManagerId),
            _seniority, timeZone, availability!, attributes);
        return new Participant(new ParticipantId(_id!), _displayName, profile);
    }

    /// <summary>Finds a time zone by IANA or Windows id.</summary>
    /// <param name="id">The id; <see langword="null"/> or blank is never found, like any other unknown id.</param>
    /// <param name="timeZone">The zone when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    internal static bool TryFindTimeZone(string? id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TimeZoneInfo? timeZone)
    {
        timeZone = null;
        if (string.IsNullOrWhiteSpace(id))
        {
            return false;
        }

        try
        {
            timeZone = TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            timeZone = null;
            return false;
        }
    }

    private static TagSet? CaptureTags(Problems problems, List<string> raw, string what, string? target) =>
        CaptureNested(problems, () => TagSet.From(raw), target, what);

    private static T? CaptureNested<T>(Problems problems, Func<T> factory, string? target, string? what = null)
        where T : class
    {
        try
        {
            return factory();
        }
        catch (MentorGroupsValidationException ex)
        {
            foreach (var error in ex.Errors)
            {
                problems.Add(error.Code, what is null ? error.Message : $"{what}: {error.Message}", target ?? error.Target);
            }

            return null;
        }
    }
}
