namespace Zhili.BuildingBlocks.Jobs;

/// <summary>The Quartz side of every Zhili job: a firing runs what is due of the named job through the claims.</summary>
[DisallowConcurrentExecution]
internal sealed class ClaimingJob(JobRunner runner) : IJob
{
    public const string NameKey = "zhili.job";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await runner.RunDueAsync(context.MergedJobDataMap.GetString(NameKey)!, cancellationToken);
}
