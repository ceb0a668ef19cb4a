using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>Entry point of the benchmarks; see bench/RESULTS.md for results and how they were run.</summary>
public partial class Program;
