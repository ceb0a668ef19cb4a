namespace Zhili.BuildingBlocks.Jobs;

/// <summary>Settings under <c>Zhili:Jobs</c>.</summary>
public sealed class JobsOptions
{
    public const string Section = "Zhili:Jobs";

    /// <summary>Off: no triggers and no catch-up at start (test hosts, the CLI); runs can still be started by hand.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>A claim unfinished for this long belongs to a node that died mid-run, and may be claimed again.</summary>
    public int StaleAfterMinutes { get; set; } = 30;
}
