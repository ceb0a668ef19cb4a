using Microsoft.Extensions.Options;
using Zhili.Kernel;
using Zhili.Kernel.Calendar;

namespace Zhili.Roads.Features.StreetProblems;

/// <summary>R-3BAO, R-LOOP: reporting problems and moving them round the loop, for the API and the pages alike; each saves once.</summary>
public sealed class ProblemService(RoadsDbContext db, TimeProvider clock, IWorkingDayCalendar calendar, IOptions<RoadsOptions> options)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The problem of that id in the reader's scope with its history; 404 otherwise.</summary>
    public Task<RoadProblem> GetAsync(long id, CancellationToken ct) =>
        db.Problems.Include(p => p.Events).FirstOrDefaultAsync(p => p.Id == id, ct).OrNotFound($"问题 {id} 不存在");

    public async Task<RoadProblem> ReportAsync(ReportRequest r, string by, CancellationToken ct)
    {
        var code = RoadCodes.Normalize(r.SegmentCode);
        var segment = await db.Segments.FirstOrDefaultAsync(s => s.Code == code, ct)
            ?? throw new RuleViolationException("segmentCode", $"路段 {r.SegmentCode} 不存在或不在本单位辖区内", "R-3BAO");
        if (segment.RetiredOn is not null)
        {
            throw new RuleViolationException("segmentCode", $"路段 {segment.Code} 已撤销", "R-3BAO");
        }

        var problem = RoadProblem.Report(segment, ProblemCategory.Find(r.CategoryCode)!, r.Description!.Trim(), r.Latitude, r.Longitude, by, Now);
        db.Problems.Add(problem);
        AddPhoto(problem, ProblemPhoto.Report, r.Photo);
        await db.SaveChangesAsync(ct);
        return problem;
    }

    public Task<RoadProblem> FileAsync(long id, FileRequest r, string by, CancellationToken ct) => ActAsync(id, r.Version, p =>
    {
        var (due, rule) = Deadline(ProblemCategory.Find(p.CategoryCode)!, Now);
        p.File(due, rule, by, Now);
    }, ct);

    public Task<RoadProblem> HandleAsync(long id, HandleRequest r, string by, CancellationToken ct) => ActAsync(id, r.Version, p =>
    {
        p.Handle(r.Note?.Trim(), by, Now);
        AddPhoto(p, ProblemPhoto.Handle, r.Photo);
    }, ct);

    public Task<RoadProblem> RecheckAsync(long id, RecheckRequest r, string by, CancellationToken ct) =>
        ActAsync(id, r.Version, p => p.Recheck(r.Passed!.Value, r.Note?.Trim(), by, Now), ct);

    public Task<RoadProblem> EscalateAsync(long id, EscalateRequest r, string by, CancellationToken ct) =>
        ActAsync(id, r.Version, p => p.Escalate(r.Reason!.Trim(), by, Now), ct);

    /// <summary>
    /// R-LOOP: the deadline of a problem filed at <paramref name="filedAt"/>: hours on the clock, or the end of the n-th
    /// working day after the filing day (the kernel's calendar), with the sentence that says why.
    /// </summary>
    public (DateTime Due, string Rule) Deadline(ProblemCategory category, DateTime filedAt)
    {
        var d = options.Value.ProblemDeadlines.TryGetValue(category.Code, out var text) && ProblemDeadline.Parse(text) is { } set ? set : category.Deadline;
        var due = d.InWorkingDays ? calendar.EndOfDayUtc(calendar.AddWorkingDays(Civil.DateOf(filedAt), d.Amount)) : filedAt.AddHours(d.Amount);
        return (due, $"{category.Name}：{d.Text}");
    }

    private async Task<RoadProblem> ActAsync(long id, int? version, Action<RoadProblem> act, CancellationToken ct)
    {
        var problem = await GetAsync(id, ct);
        problem.Expect(version);
        act(problem);
        await db.SaveChangesAsync(ct);
        return problem;
    }

    private void AddPhoto(RoadProblem problem, string stage, byte[]? data)
    {
        if (data is { Length: > 0 } && Photos.TypeOf(data) is { } type)
        {
            db.ProblemPhotos.Add(new ProblemPhoto { Problem = problem, UnitCode = problem.UnitCode, Stage = stage, ContentType = type, Data = data });
        }
    }
}
