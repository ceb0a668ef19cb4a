using Microsoft.AspNetCore.Http.HttpResults;

namespace Zhili.BuildingBlocks.Jobs;

public static class JobEndpoints
{
    public static void MapJobEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("").WithTags("Jobs 定时任务").RequireAuthorization(Policies.CityAdministrator);
        group.MapGet("/", List).WithName("ListJobs")
            .WithSummary("Every scheduled job with its cron (Asia/Shanghai), catch-up window, next firing and last run (administrators)");
        group.MapGet("/runs", Runs).WithName("ListJobRuns")
            .WithSummary("The claimed runs, newest first, optionally of one job, paged: period, node, attempt, outcome (administrators)");
        group.MapPost("/{name}/run", Run).WithName("RunJobNow")
            .WithSummary("Runs what is due of a job now, through the same claims as its trigger: a period already done is not run again (administrators)");
    }

    private static async Task<Ok<IReadOnlyList<JobSummary>>> List(JobsOverview overview, CancellationToken ct) =>
        TypedResults.Ok(await overview.JobsAsync(ct));

    private static async Task<Ok<Page<JobRunDto>>> Runs(
        JobsOverview overview, CancellationToken ct, string? job = null, int page = 1, int pageSize = PageRequest.DefaultSize, string? sort = null) =>
        TypedResults.Ok(await overview.RunsAsync(job, new PageRequest(page, pageSize, sort), ct));

    private static async Task<Results<Ok<IReadOnlyList<JobRunDto>>, ProblemHttpResult>> Run(
        string name, JobsOverview overview, JobRunner runner, CancellationToken ct)
    {
        if (!overview.Exists(name))
        {
            return Problems.NotFound($"没有名为 {name} 的定时任务 (no scheduled job of that name)");
        }

        var ran = await runner.RunDueAsync(name, ct);
        return TypedResults.Ok<IReadOnlyList<JobRunDto>>([.. ran.Select(JobRunDto.From)]);
    }
}
