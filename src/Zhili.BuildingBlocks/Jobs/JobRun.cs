namespace Zhili.BuildingBlocks.Jobs;

/// <summary>
/// ARCHITECTURE rule 10: the claim of one period of one job. The unique (job, period) key lets one node in; a failed run,
/// or a claim whose node went quiet for longer than <see cref="JobsOptions.StaleAfterMinutes"/>, may be claimed again.
/// </summary>
public sealed class JobRun
{
    public long Id { get; set; }

    public required string Job { get; set; }

    public required string Period { get; set; }

    /// <summary>The scheduled firing the period was claimed for (UTC).</summary>
    public DateTime Firing { get; set; }

    public DateTime ClaimedAt { get; set; }

    /// <summary>The node (machine and process) that holds the claim.</summary>
    public required string Node { get; set; }

    public int Attempt { get; set; } = 1;

    public DateTime? FinishedAt { get; set; }

    public bool Succeeded { get; set; }

    /// <summary>Where a job working in committed batches has got to (its own notation), so that a take-over resumes there.</summary>
    public string? Progress { get; set; }

    /// <summary>What the run did, in a line (e.g. "3 appeals overdue"), or why it failed.</summary>
    public string? Outcome { get; set; }
}
