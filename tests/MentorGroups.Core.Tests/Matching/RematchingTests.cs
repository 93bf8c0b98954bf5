using FsCheck;
using FsCheck.Fluent;
using MentorGroups.Enrolments;
using MentorGroups.Groups;
using MentorGroups.Matching;
using MentorGroups.Participants;
using MentorGroups.Programmes;
using MentorGroups.Strategies;
using MentorGroups.Testing.Conformance;
using MentorGroups.Validation;
using MentorGroups.Tests.Support;
using MentorGroups.Strategies.Greedy;

namespace MentorGroups.Tests.Matching;

public sealed class RematchingTests
{
    private static readonly Programme Programme = Programme.Builder("p", "Graduates").Build();

    private static Participant Person(string id, string? manager = null) => Participant.Builder(id).ReportingTo(manager).Build();

    private static MatchingRequestBuilder Roster(int mentees, params (string Id, int Capacity)[] mentors)
    {
        var builder = MatchingRequest.For(Programme);
        foreach (var (id, capacity) in mentors)
        {
            builder.AddMentor(Person(id), capacity);
        }

        for (var i = 1; i <= mentees; i++)
        {
            builder.AddMentee(Person($"e{i}"));
        }

        return builder;
    }

    private static MentoringGroup Group(string id, string mentor, params string[] mentees) =>
        MentoringGroup.Create(id, [mentor], mentees.Select(m => new ParticipantId(m)), Programme.SizePolicy);

    [Fact]
    public void Rematch_LateJoiner_JoinsAGroupWithRoomAndNobodyElseMoves()
    {
        var running = new[] { Group("G001", "m1", "e1", "e2"), Group("G002", "m2", "e3", "e4", "e5") };
        var request = Roster(6, ("m1", 3), ("m2", 3)).WithExistingGroups(running).Build();

        var result = new GreedyStrategyOptions().CreateStrategy().Match(request, TestContext.Current.CancellationToken);

        Assert.Equal(["e1", "e2", "e6"], result.Groups.Single(g => g.Id == "G001").Mentees.Select(m => m.Value));
        Assert.Equal(running[1], result.Groups.Single(g => g.Id == "G002"));
        var move = Assert.Single(result.Moves);
        Assert.Equal(new GroupMove("e6", null, "G001", "joined late and was placed in group G001"), move);
    }

    [Fact]
    public void Rematch_LateJoinerWhenGroupsAreFull_FormsNewGroupWithFreeMentor()
    {
        var running = new[] { Group("G001", "m1", "e1", "e2") };
        var request = Roster(3, ("m1", 2), ("m2", 2)).WithExistingGroups(running).Build();

        var result = new GreedyStrategyOptions().CreateStrategy().Match(request, TestContext.Current.CancellationToken);

        Assert.Equal(running[0], result.Groups.Single(g => g.Id == "G001"));
        var fresh = result.Groups.Single(g => g.Id != "G001");
        Assert.Equal("G002", fresh.Id.Value);
        Assert.Equal(["e3"], fresh.Mentees.Select(m => m.Value));
    }

    [Fact]
    public void Rematch_MentorLeaves_FreeMentorTakesOverTheWholeGroup()
    {
        var running = new[] { Group("G001", "m1", "e1", "e2"), Group("G002", "m2", "e3") };
        var request = Roster(3, ("m2", 3), ("m3", 4)).WithExistingGroups(running).Withdraw("m1", "moved abroad").Build();

        var result = new GreedyStrategyOptions().CreateStrategy().Match(request, TestContext.Current.CancellationToken);

        var taken = result.Groups.Single(g => g.Id == "G001");
        Assert.Equal(["m3"], taken.Mentors.Select(m => m.Value));
        Assert.Equal(["e1", "e2"], taken.Mentees.Select(m => m.Value));
        Assert.Equal(
            [
                new GroupMove("m1", "G001", null, "withdrew from the programme: moved abroad"),
                new GroupMove("m3", null, "G001", "took over group G001 after its mentor left"),
            ],
            result.Moves);
    }

    [Fact]
    public void Rematch_MentorLeavesAndNoSuccessor_MenteesAreRedistributedOthersUntouched()
    {
        var running = new[] { Group("G001", "m1", "e1", "e2"), Group("G002", "m2", "e3"), Group("G003", "m3", "e4") };
        var request = Roster(4, ("m2", 2), ("m3", 2)).WithExistingGroups(running).Withdraw("m1").Build();

        var result = new GreedyStrategyOptions().CreateStrategy().Match(request, TestContext.Current.CancellationToken);

        Assert.Contains("e3", result.Groups.Single(g => g.Id == "G002").Mentees.Select(m => m.Value));
        Assert.Contains("e4", result.Groups.Single(g => g.Id == "G003").Mentees.Select(m => m.Value));
        Assert.Empty(result.Unmatched);
        Assert.Equal(3, result.Moves.Count);
        Assert.All(result.Moves.Where(m => m.Person != "m1"), m => Assert.StartsWith("the mentor of group G001 left; moved to group", m.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Rematch_LockedGroupWithRoom_TakesNobodyNew()
    {
        var running = new[] { Group("G001", "m1", "e1") };
        var request = Roster(2, ("m1", 5)).WithExistingGroups(running, locked: true).Build();

        var result = new GreedyStrategyOptions().CreateStrategy().Match(request, TestContext.Current.CancellationToken);

        Assert.Equal(running[0], Assert.Single(result.Groups));
        var unmatched = Assert.Single(result.Unmatched);
        Assert.Equal(UnmatchedReason.NoCompatibleMentor, unmatched.Reason);
        Assert.Contains("locked group rules out 1", unmatched.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_WithdrawalOfSomeoneStillEnrolled_IsRejected()
    {
        var running = new[] { Group("G001", "m1", "e1") };
        var builder = Roster(1, ("m1", 5)).WithExistingGroups(running).Withdraw("m1").Withdraw("nobody");

        var error = Assert.Throws<MentorGroupsValidationException>(() => builder.Build());

        Assert.Equal(
            "Invalid matching request: 2 problems.\n- [matching.withdrawal-invalid] m1: m1 withdraws from group G001 but is still enrolled.\n- [matching.withdrawal-invalid] nobody: nobody withdraws, but is in none of the existing groups.",
            error.Message);
    }

    [Theory]
    [MemberData(nameof(BuiltInStrategyNames.All), MemberType = typeof(BuiltInStrategyNames))]
    public void Rematch_UnchangedInput_ChangesNothing(string strategy) =>
        UnchangedRematch(MatchingStrategyCatalog.CreateDefault().Create(strategy)).QuickCheckThrowOnFailure();

    // Generated requests that group formation once got wrong: the re-match placed people the first match had left out.
    [Theory]
    [InlineData(12646259025102195556UL, 3713895831739287337UL, 5)] // a co-led group left empty after another pair was split
    [InlineData(14544181748463560691UL, 14932759199599044569UL, 7)] // an idle lead and co-mentor who could take the one left out
    [InlineData(323760750061707226UL, 1108424409860032753UL, 26)] // the same, with a lead of no capacity
    public void Rematch_UnchangedInput_ChangesNothingOnOnceFailingGroupFormationCases(ulong seed, ulong gamma, int size) =>
        UnchangedRematch(MatchingStrategyCatalog.CreateDefault().Create("group-formation"))
            .Check(Config.QuickThrowOnFailure.WithReplay(seed, gamma, size).WithMaxTest(1));

    [Fact]
    public void Match_IdleLeadAndCoMentorWhoCanTakeTheOneLeftOut_FormAGroupThatAReMatchKeeps()
    {
        // M1 may take only E1 (English) and M3 only E2 (German); M2 has no seat of their own, so only M2 with
        // co-mentor M3 can take E2. Planned first, M3 goes to M1, who needs a partner to approach the minimum.
        var builder = MatchingRequest.For(Programme)
            .Add(Enrolment.AsMentor(Participant.Builder("M1").WithLanguages("en").Build(), 1))
            .Add(Enrolment.AsMentor(Participant.Builder("M2").WithLanguages("da", "de").Build(), 0))
            .Add(Enrolment.AsCoMentor(Participant.Builder("M3").WithLanguages("de").Build(), 1))
            .Add(Enrolment.AsMentee(Participant.Builder("E1").WithLanguages("en").Build()))
            .Add(Enrolment.AsMentee(Participant.Builder("E2").WithLanguages("da", "de").Build()))
            .RequireCommonLanguage();
        var matcher = MatchingStrategyCatalog.CreateDefault().Create("group-formation");

        var first = matcher.Match(builder.Build(), TestContext.Current.CancellationToken);
        var again = matcher.Match(builder.WithExistingGroups(first.Groups).Build(), TestContext.Current.CancellationToken);

        Assert.Empty(first.Unmatched);
        Assert.Equal(["M2", "M3"], first.GroupOf(new ParticipantId("E2"))!.Mentors.Select(m => m.Value));
        Assert.Empty(again.Moves);
    }

    private static Property UnchangedRematch(IMatchingStrategy matcher) =>
        Prop.ForAll(MatchingGenerators.RequestArbitrary(new RequestShape { WithPins = false }), request =>
        {
            var first = matcher.Match(request, CancellationToken.None);
            var again = matcher.Match(Rebuild(request, first.Groups, locked: []), CancellationToken.None);
            return (again.Groups.SequenceEqual(first.Groups) && again.Moves.Count == 0)
                .Label($"groups changed or moves reported: {string.Join("; ", again.Moves.Select(m => m.Reason))}");
        });

    [Theory]
    [MemberData(nameof(BuiltInStrategyNames.All), MemberType = typeof(BuiltInStrategyNames))]
    public void Rematch_WithLateJoiners_NeverMovesAnExistingMemberAndKeepsLockedGroups(string strategy)
    {
        var matcher = MatchingStrategyCatalog.CreateDefault().Create(strategy);
        Prop.ForAll(MatchingGenerators.RequestArbitrary(new RequestShape { WithPins = false }), request =>
        {
            // Match everyone but the last third, then let the last third join a running programme with every other group locked.
            var lateCount = request.Mentees.Count / 3;
            var early = Rebuild(request, [], [], skipMentees: lateCount);
            var first = matcher.Match(early, CancellationToken.None);
            var locked = first.Groups.Where((_, i) => i % 2 == 0).Select(g => g.Id).ToHashSet();
            var second = matcher.Match(Rebuild(request, first.Groups, locked), CancellationToken.None);

            var lockedKept = first.Groups.Where(g => locked.Contains(g.Id)).All(g => second.Groups.Contains(g));
            var membersStay = first.Groups.SelectMany(g => g.Members.Select(p => (p, g.Id))).All(x => second.GroupOf(x.p)?.Id == x.Id);
            var movesAreJoiners = second.Moves.All(m => m.From is null);
            return (lockedKept && membersStay && movesAreJoiners)
                .Label($"locked kept: {lockedKept}, members stay: {membersStay}, only joiners move: {movesAreJoiners}");
        }).QuickCheckThrowOnFailure();
    }

    private static MatchingRequest Rebuild(MatchingRequest request, IEnumerable<MentoringGroup> groups, HashSet<GroupId> locked, int skipMentees = 0)
    {
        var builder = MatchingRequest.For(request.Programme)
            .Add(request.Mentors)
            .Add(request.Mentees.Take(request.Mentees.Count - skipMentees))
            .WithCriteria(request.Criteria)
            .WithSeed(request.Seed)
            .WithConstraints(request.Constraints.Where(c => c.Name is not "line-manager" and not "exclusion"))
            .WithGroupObjectives(request.GroupObjectives)
            .WithGroupRequirements(request.GroupRequirements)
            .WithMeetingSlots(request.MeetingSlots);
        foreach (var exclusion in request.Exclusions.Where(e => request.Mentees.Take(request.Mentees.Count - skipMentees).Concat(request.Mentors).Count(x => x.Id == e.First || x.Id == e.Second) == 2))
        {
            builder.Exclude(exclusion.First, exclusion.Second, exclusion.Reason);
        }

        var all = groups.ToArray();
        return builder.WithExistingGroups(all.Where(g => !locked.Contains(g.Id)))
            .WithExistingGroups(all.Where(g => locked.Contains(g.Id)), locked: true)
            .Build();
    }
}
