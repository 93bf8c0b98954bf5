using BenchmarkDotNet.Running;
using MentorGroups.Benchmarks.Commands;

namespace MentorGroups.Benchmarks;

/// <summary>
/// <c>compare --mentees N</c> compares the exact strategy with OR-Tools; <c>groups</c> and <c>groups-exact</c> measure the
/// default strategy (at scale, and against the CP-SAT optimum on small instances); <c>scale</c> records the scaling run;
/// anything else goes to BenchmarkDotNet (e.g. <c>--filter *Strategy*</c>).
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        var command = args.Length > 0 ? args[0] : string.Empty;
        switch (command)
        {
            case "compare":
                return CompareCommand.Run(args);
            case "groups":
                return GroupsCommand.Run(args);
            case "groups-exact":
                return GroupsExactCommand.Run(args);
            case "scale":
                return ScaleCommand.Run(args);
            case "profile":
                return ProfileCommand.Run(args);
            case Worker.Command:
                return Worker.Run(args);
            default:
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
                return 0;
        }
    }
}
