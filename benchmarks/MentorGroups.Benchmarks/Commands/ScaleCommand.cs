namespace MentorGroups.Benchmarks.Commands;

internal static class ScaleCommand
{
    public static int Run(string[] args) => 0;
}
