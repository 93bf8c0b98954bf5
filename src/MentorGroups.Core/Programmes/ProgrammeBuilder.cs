using MentorGroups.Participants;
using MentorGroups.Policies;
using MentorGroups.Validation;

namespace MentorGroups.Programmes;

/// <summary>Builds a <see cref="Programme"/>; <see cref="Build"/> checks everything and reports every problem at once.</summary>
public sealed class ProgrammeBuilder
{
    private readonly string? _id;
    private readonly string? _name;
    private readonly List<string> _guidelines = [];
    private readonly List<string> _topics = [];
    private readonly List<string> _goalTags = [];
    private string? _purpose;
    private string? _sharedGoal;
    private ProgrammeFormat _format = ProgrammeFormat.Group;
    private (DateOnly Start, DateOnly End)? _period;
    private GroupSizePolicy? _policy;
    private ProgrammeStatus _status = ProgrammeStatus.Draft;

    /// <summary>Starts a programme.</summary>
    /// <param name="id">The programme's id; checked by <see cref="Build"/>, which reports a missing one with the other problems.</param>
    /// <param name="name">The programme's name; checked by <see cref="Build"/> likewise.</param>
    public ProgrammeBuilder(string? id, string? name)
    {
        _id = id;
        _name = name;
    }

    /// <summary>Sets the overall aim.</summary>
    /// <param name="purpose">The aim.</param>
    /// <returns>This builder.</returns>
    public ProgrammeBuilder WithPurpose(string? purpose)
    {
        _purpose = purpose;
        return this;
    }

    /// <summary>Sets the broad learning goal all mentees share, and the tags that stand for it.</summary>
    /// <param name="goal">The goal in words.</param>
    /// <param name="tags">Tags standing for the goal (used for cohesion), e.g. "career start".</param>
    /// <returns>This builder.</returns>
    public ProgrammeBuilder WithSharedLearningGoal(string? goal, params IEnumerable<string> tags)
    {
        _sharedGoal = goal;
        _goalTags.AddRange(tags ?? throw new ArgumentNullException(nameof(tags)));
        return this;
    }

    /// <summary>Sets the format. The default is <see cref="ProgrammeFormat.Group"/>.</summary>
    /// <param name="format">The format.</param>
    /// <returns>This builder.</returns>
    public ProgrammeBuilder WithFormat(ProgrammeFormat format)
    {
        _format = format;
        return this;
    }

    /// <summary>Sets the period.</summary>
    /// <param name="start">First day.</param>
    /// <param name="end">Last day.</param>
    /// <returns>This builder.</returns>
    public ProgrammeBuilder RunningFrom(DateOnly start, DateOnly end)
    {
        _period = (start, end);
        return this;
    }

    /// <summary>Adds guidelines.</summary>
    /// <param name="guidelines">Guidelines.</param>
    /// <returns>This builder.</returns>
    public ProgrammeBuilder WithGuidelines(params IEnumerable<string> guidelines)
    {
        _guidelines.AddRange(guidelines ?? throw new ArgumentNullException(nameof(guidelines)));
        return this;
    }

    /// <summary>Adds session topics.</summary>
    /// <param name="topics">Topics.</param>
    /// <returns>This builder.</returns>
    public ProgrammeBuilder WithTopics(params IEnumerable<string> topics)
    {
        _topics.AddRange(topics ?? throw new ArgumentNullException(nameof(topics)));
        return this;
    }

    /// <summary>Sets the size policy. The default depends on the format: <see cref="GroupSizePolicy.Recommended"/>,
    /// <see cref="GroupSizePolicy.OneToOne"/> or <see cref="GroupSizePolicy.PeerGroup"/>.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is <see langword="null"/>.</exception>
    public ProgrammeBuilder WithSizePolicy(GroupSizePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        _policy = policy;
        return this;
    }

    /// <summary>Sets the starting status (for programmes loaded from storage). The default is <see cref="ProgrammeStatus.Draft"/>.</summary>
    /// <param name="status">The status.</param>
    /// <returns>This builder.</returns>
    public ProgrammeBuilder InStatus(ProgrammeStatus status)
    {
        _status = status;
        return this;
    }

    /// <summary>Checks everything and builds the programme.</summary>
    /// <returns>The programme.</returns>
    /// <exception cref="MentorGroupsValidationException">
    /// Every problem at once: empty id (<see cref="ErrorCodes.EmptyId"/>) or name (<see cref="ErrorCodes.EmptyText"/>),
    /// an inverted period (<see cref="ErrorCodes.InvertedPeriod"/>), empty goal tags, empty guidelines or topics,
    /// or a policy that does not suit the format (<see cref="ErrorCodes.PolicyFormatMismatch"/>).
    /// </exception>
    public Programme Build()
    {
        var problems = new Problems();
        var target = string.IsNullOrWhiteSpace(_id) ? null : _id;
        if (target is null)
        {
            problems.Add(ErrorCodes.EmptyId, "A programme id must not be empty.");
        }

        if (string.IsNullOrWhiteSpace(_name))
        {
            problems.Add(ErrorCodes.EmptyText, "A programme needs a name.", target);
        }

        if (_period is { } p && p.End < p.Start)
        {
            problems.Add(ErrorCodes.InvertedPeriod, $"The period ends ({p.End:yyyy-MM-dd}) before it starts ({p.Start:yyyy-MM-dd}).", target);
        }

        var tags = problems.Capture(() => TagSet.From(_goalTags));
        CheckTexts(problems, _guidelines, "guideline", target);
        CheckTexts(problems, _topics, "topic", target);
        if (!Enum.IsDefined(_format))
        {
            problems.Add(ErrorCodes.OutOfRange, $"Format {(int)_format} is not a known programme format.", target);
        }

        var policy = _policy ?? DefaultPolicy(_format);
        CheckPolicyFitsFormat(problems, _format, policy, target);
        problems.ThrowIfAny("programme");

        return new Programme(
            new ProgrammeId(_id!), _name!.Trim(), _purpose, _sharedGoal, tags!, _format,
            _period is { } period ? new ProgrammePeriod(period.Start, period.End) : null,
            _guidelines.Select(g => g.Trim()).ToArray(), _topics.Select(t => t.Trim()).ToArray(), policy, _status);
    }

    /// <summary>The preset that suits a format.</summary>
    /// <param name="format">The format.</param>
    /// <returns>The preset.</returns>
    internal static GroupSizePolicy DefaultPolicy(ProgrammeFormat format) => format switch
    {
        ProgrammeFormat.OneToOne => GroupSizePolicy.OneToOne,
        ProgrammeFormat.PeerGroup => GroupSizePolicy.PeerGroup,
        _ => GroupSizePolicy.Recommended,
    };

    internal static void CheckPolicyFitsFormat(Problems problems, ProgrammeFormat format, GroupSizePolicy policy, string? target)
    {
        switch (format)
        {
            case ProgrammeFormat.Group or ProgrammeFormat.OneToOne when !policy.IsMentored || policy.MinMentors.Value < 1:
                problems.Add(ErrorCodes.PolicyFormatMismatch, $"A {format} programme is mentored, so its policy needs at least one mentor per group.", target);
                break;
            case ProgrammeFormat.PeerGroup when policy.MinMentors.Value > 0:
                problems.Add(ErrorCodes.PolicyFormatMismatch, "A peer-group programme has no mentors, so its policy cannot require one.", target);
                break;
            case ProgrammeFormat.OneToOne when policy.MaxMentees.Value > 1 || policy.MaxMentors.Value > 1:
                problems.Add(ErrorCodes.PolicyFormatMismatch, "A one-to-one programme pairs one mentor with one mentee; its policy allows more.", target);
                break;
        }
    }

    private static void CheckTexts(Problems problems, List<string> texts, string what, string? target)
    {
        for (var i = 0; i < texts.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(texts[i]))
            {
                problems.Add(ErrorCodes.EmptyText, $"The {what} at position {i + 1} is empty.", target);
            }
        }
    }
}
