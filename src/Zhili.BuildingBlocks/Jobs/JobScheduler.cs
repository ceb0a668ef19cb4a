namespace Zhili.BuildingBlocks.Jobs;

/// <summary>
/// At start (after the database is migrated: the host starts its services in order), gives each job a Quartz cron
/// trigger in Asia/Shanghai; what the jobs missed is run by <see cref="JobsCatchUp"/> once the node serves. Off when
/// <c>Zhili:Jobs:Enabled</c> is false.
/// </summary>
internal sealed class JobScheduler(
    IServiceScopeFactory scopes, ISchedulerFactory factory, IOptions<JobsOptions> options)
    : IHostedService
{
    private IScheduler? scheduler;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        List<(string Name, string Cron)> jobs;
        await using (var scope = scopes.CreateAsyncScope())
        {
            jobs = [.. scope.ServiceProvider.GetServices<IScheduledJob>().Select(j => (j.Name, j.Cron))];
        }

        scheduler = await factory.GetScheduler(cancellationToken);
        foreach (var (name, cron) in jobs)
        {
            var job = JobBuilder.Create<ClaimingJob>().WithIdentity(name).UsingJobData(ClaimingJob.NameKey, name).Build();
            // On the scheduler's clock (the app's TimeProvider), so a test host's clock drives the triggers too.
            var trigger = TriggerBuilder.Create(scheduler.TimeProvider).WithIdentity(name)
                .WithCronSchedule(cron, x => x.InTimeZone(JobRunner.Shanghai).WithMisfireInstruction(CronTriggerMisfireInstruction.DoNothing))
                .Build();
            await scheduler.ScheduleJob(job, trigger, cancellationToken: cancellationToken);
        }

        await scheduler.Start(cancellationToken);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (scheduler is not null)
        {
            await scheduler.Shutdown(waitForJobsToComplete: true, cancellationToken);
        }
    }
}
