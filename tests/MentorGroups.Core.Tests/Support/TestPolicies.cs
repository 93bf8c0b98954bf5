using MentorGroups.Policies;

namespace MentorGroups.Tests.Support;

internal static class TestPolicies
{
    /// <summary>
    /// Accepts every group shape the tests use (up to 10 mentors and 100 mentees), so a group can be built first and
    /// then shown to a stricter policy that would have rejected it.
    /// </summary>
    public static GroupSizePolicy Anything { get; } = GroupSizePolicy.Create(0, 10, 0, 100, 100);
}
