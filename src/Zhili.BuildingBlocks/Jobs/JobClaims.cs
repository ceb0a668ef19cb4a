namespace Zhili.BuildingBlocks.Jobs;

/// <summary>
/// ARCHITECTURE rule 10: claims a (job, period) row before the work starts. The first node inserts it; the unique key
/// turns every other node away. A failed run, or a claim left unfinished past the stale limit, is taken over by one
/// conditional update, which again lets exactly one node in.
/// </summary>
public sealed class JobClaims(JobsDbContext db, TimeProvider clock, IOptions<JobsOptions> options)
{
    public static string Node { get; } = $"{Environment.MachineName}/{Environment.ProcessId}";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The periods of a job already done (succeeded), among the ones asked about.</summary>
    public async Task<HashSet<string>> DoneAsync(string job, IReadOnlyCollection<string> periods, CancellationToken ct) =>
        [.. await db.Runs.AsNoTracking()
            .Where(r => r.Job == job && r.Succeeded && periods.Contains(r.Period))
            .Select(r => r.Period).ToListAsync(ct)];

    /// <summary>The claim, when this node may run the period now; null when another node has it or has done it.</summary>
    public async Task<JobRun?> TryClaimAsync(string job, string period, DateTimeOffset firing, CancellationToken ct)
    {
        var existing = await db.Runs.AsNoTracking().SingleOrDefaultAsync(r => r.Job == job && r.Period == period, ct);
        return existing is null ? await InsertAsync(job, period, firing, ct) : await TakeOverAsync(existing, ct);
    }

    /// <summary>Records how the run ended (also from a fresh context after a failed run's context was left dirty).</summary>
    public async Task FinishAsync(JobRun run, bool succeeded, string? outcome, CancellationToken ct)
    {
        if (db.Entry(run).State == EntityState.Detached)
        {
            db.Runs.Attach(run);
        }

        run.FinishedAt = Now;
        run.Succeeded = succeeded;
        run.Outcome = outcome is { Length: > 2000 } ? outcome[..2000] : outcome;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A batch of the run is committed: a node that takes the claim over after a crash starts after it.</summary>
    public async Task SaveProgressAsync(JobRun run, string? progress, CancellationToken ct)
    {
        run.Progress = progress;
        await db.SaveChangesAsync(ct);
    }

    private async Task<JobRun?> InsertAsync(string job, string period, DateTimeOffset firing, CancellationToken ct)
    {
        var run = new JobRun { Job = job, Period = period, Firing = firing.UtcDateTime, ClaimedAt = Now, Node = Node };
        db.Runs.Add(run);
        try
        {
            await db.SaveChangesAsync(ct);
            return run;
        }
        catch (DbUpdateException)
        {
            // Another node inserted the same (job, period) first: the unique key is the lock.
            db.Entry(run).State = EntityState.Detached;
            return null;
        }
    }

    private async Task<JobRun?> TakeOverAsync(JobRun seen, CancellationToken ct)
    {
        var staleBefore = Now.AddMinutes(-options.Value.StaleAfterMinutes);
        var mayRetry = seen.FinishedAt is null ? seen.ClaimedAt < staleBefore : !seen.Succeeded;
        if (!mayRetry)
        {
            return null;
        }

        // Only the node whose update still sees the attempt it read (and its end, if it ended) wins; the others update
        // nothing. The winner writes the take-over's audit record in the same transaction (ARCHITECTURE rule 11): the
        // values before are those it read, which the condition proves unchanged.
        var now = Now;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var taken = await db.Runs
            .Where(r => r.Id == seen.Id && r.Attempt == seen.Attempt && !r.Succeeded && r.FinishedAt == seen.FinishedAt)
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Attempt, seen.Attempt + 1).SetProperty(r => r.Node, Node)
                .SetProperty(r => r.ClaimedAt, now).SetProperty(r => r.FinishedAt, (DateTime?)null)
                .SetProperty(r => r.Outcome, (string?)null), ct);
        if (taken != 1)
        {
            return null;
        }

        var run = await db.Runs.SingleAsync(r => r.Id == seen.Id, ct);
        await AuditedUpdate.RecordAsync(db, run, TakenOver(seen), TakenOver(run), ct);
        await transaction.CommitAsync(ct);
        return run;
    }

    private static Dictionary<string, object?> TakenOver(JobRun r) => new()
    {
        [nameof(JobRun.Attempt)] = r.Attempt, [nameof(JobRun.Node)] = r.Node, [nameof(JobRun.ClaimedAt)] = r.ClaimedAt,
        [nameof(JobRun.FinishedAt)] = r.FinishedAt, [nameof(JobRun.Outcome)] = r.Outcome,
    };
}
