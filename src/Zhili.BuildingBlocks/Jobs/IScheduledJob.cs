namespace Zhili.BuildingBlocks.Jobs;

/// <summary>
/// Work a module has done on a schedule (ARCHITECTURE rule 10). A Quartz trigger fires it on every node; each firing's
/// period is claimed once in the database before the work starts, so with several nodes a period runs exactly once,
/// and periods missed while every node was down are run at the next start (as far back as <see cref="CatchUp"/>).
/// Registered scoped with <see cref="JobsRegistration.AddScheduledJob{TJob}"/>, so a job takes the module's services.
/// </summary>
public interface IScheduledJob
{
    /// <summary>Stable name, <c>&lt;module&gt;.&lt;what&gt;</c>: the claim key, and the name on the jobs page.</summary>
    string Name { get; }

    /// <summary>Quartz cron expression, read in Asia/Shanghai (e.g. <c>0 0 8 * * ?</c> for 08:00 every day).</summary>
    string Cron { get; }

    /// <summary>How far back a firing that nobody ran is still run (a day's list is still worth sending; a quarter-hour check is not).</summary>
    TimeSpan CatchUp { get; }

    /// <summary>The period this firing stands for (its claim key), or null when the firing has nothing to do, e.g. a monthly
    /// report's daily firing on a day that is not the first working day after the month.</summary>
    string? PeriodOf(DateTimeOffset firing);

    Task RunAsync(JobRun run, CancellationToken cancellationToken);
}
