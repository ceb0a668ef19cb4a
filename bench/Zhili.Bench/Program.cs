using BenchmarkDotNet.Running;

// H-BUL's bulletins are timed by a plain program over seeded SQLite files (bench/RESULTS.md); the rest by BenchmarkDotNet.
if (args is ["bulletins", ..])
{
    await Zhili.Bench.Bulletins.BulletinBench.RunAsync(args[1..]);
    return;
}

// R-FLAG's evaluation engine is timed the same plain way, in memory (bench/Zhili.Bench/Flags).
if (args is ["flags", ..])
{
    Zhili.Bench.Flags.FlagBench.Run(args[1..]);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>Entry point of the benchmarks; see bench/RESULTS.md for results and how they were run.</summary>
public partial class Program;
