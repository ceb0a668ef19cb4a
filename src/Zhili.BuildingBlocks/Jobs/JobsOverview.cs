namespace Zhili.BuildingBlocks.Jobs;

/// <summary>One job as the administrators' page and API show it.</summary>
public sealed record JobSummary(string Name, string Cron, TimeSpan CatchUp, DateTimeOffset? NextFiring, JobRunDto? LastRun);

public sealed record JobRunDto(
    long Id, string Job, string Period, DateTime Firing, DateTime ClaimedAt, string Node, int Attempt, DateTime? FinishedAt,
    bool Succeeded, string? Outcome)
{
    public static JobRunDto From(JobRun r) =>
        new(r.Id, r.Job, r.Period, r.Firing, r.ClaimedAt, r.Node, r.Attempt, r.FinishedAt, r.Succeeded, r.Outcome);
}

/// <summary>What the jobs are, when they fire next and how their runs went (shared by the page and the API).</summary>
public sealed class JobsOverview(JobsDbContext db, IEnumerable<IScheduledJob> jobs, TimeProvider clock)
{
    private static readonly Sorting<JobRun> Sorting = new Sorting<JobRun>("claimed")
        .By("claimed", r => r.ClaimedAt).By("job", r => r.Job).By("period", r => r.Period);

    public async Task<IReadOnlyList<JobSummary>> JobsAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var summaries = new List<JobSummary>();
        foreach (var job in jobs.OrderBy(j => j.Name, StringComparer.Ordinal))
        {
            var last = await db.Runs.AsNoTracking().Where(r => r.Job == job.Name).OrderByDescending(r => r.ClaimedAt).ThenByDescending(r => r.Id)
                .FirstOrDefaultAsync(ct);
            var next = JobRunner.Firings(job, now, now.AddYears(1)).Cast<DateTimeOffset?>().FirstOrDefault();
            summaries.Add(new JobSummary(job.Name, job.Cron, job.CatchUp, next, last is null ? null : JobRunDto.From(last)));
        }

        return summaries;
    }

    public async Task<Page<JobRunDto>> RunsAsync(string? job, PageRequest request, CancellationToken ct)
    {
        var query = db.Runs.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(job))
        {
            query = query.Where(r => r.Job == job);
        }

        // Newest first unless asked otherwise.
        return (await Sorting.PageAsync(query, request with { Sort = request.Sort ?? "-claimed" }, ct)).Map(JobRunDto.From);
    }

    public bool Exists(string name) => jobs.Any(j => j.Name == name);
}
