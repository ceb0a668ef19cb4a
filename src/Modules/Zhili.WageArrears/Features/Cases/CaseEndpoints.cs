using Microsoft.AspNetCore.Http.HttpResults;

namespace Zhili.WageArrears.Features.Cases;

public sealed record NoticeRequest(DateOnly ReceivedOn);

public sealed record DefenceRequest(DateOnly FiledOn, string? Text);

public sealed record ListingRequest(DateOnly DecidedOn);

/// <summary>Staff API for cases: B-WHO, B-WHY, B-NOTICE, B-LIST and the B-PUB acknowledgement.</summary>
public static class CaseEndpoints
{
    public static void MapCaseEndpoints(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/cases").WithTags("Blacklist cases 黑名单案件").RequireAuthorization(Roles.StaffPolicy);
        g.MapPost("", Create).WithName("CreateBlacklistCase").WithSummary("Open a case on an employer and its subcontractors (B-WHO, B-WHY)");
        g.MapGet("/{id:int}", Get).WithName("GetBlacklistCase").WithSummary("A case with its states and deadlines (B-LIST, B-NOTICE)");
        g.MapPost("/{id:int}/notice", Notice).WithName("ServeBlacklistNotice").WithSummary("Record the receipt of the written notice (B-NOTICE)");
        g.MapPost("/{id:int}/defence", Defence).WithName("FileBlacklistDefence").WithSummary("Record the statement and defence (B-NOTICE)");
        g.MapPost("/{id:int}/listing", Listing).WithName("ListBlacklistCase").WithSummary("The listing decision (B-LIST, B-TERM)");
        g.MapGet("/{id:int}/decision.docx", Decision).WithName("DownloadBlacklistDecision")
            .WithSummary("The listing decision (列入决定书) as an official Word document (B-LIST, B-NOTICE, B-WHY)");
        g.MapGet("/{id:int}/notice.docx", NoticeDocument).WithName("DownloadBlacklistNotice")
            .WithSummary("The notice before listing (告知书) as an official Word document, numbered when the case is opened (B-NOTICE, B-WHY)");
        g.MapPost("/{id:int}/acknowledgement", Acknowledge).WithName("AcknowledgeBlacklistListing")
            .WithSummary("The city bureau acknowledges a county listing before publication (B-PUB)");
    }

    private static async Task<Results<Created<CaseDto>, ProblemHttpResult>> Create(CreateCaseRequest request, ClaimsPrincipal user, CaseService cases, CancellationToken ct)
    {
        if (user.Unit() is not { } unit)
        {
            return Problems.Invalid("unitCode", "当前用户没有所属单位", "B-WHO");
        }

        var c = await cases.CreateAsync(request, unit, ct);
        return TypedResults.Created($"/api/v1/blacklist/cases/{c.Id}", await cases.DtoAsync(c, ct));
    }

    private static async Task<Results<Ok<CaseDto>, ProblemHttpResult>> Get(int id, CaseService cases, CancellationToken ct) =>
        await cases.FindAsync(id, ct) is { } c ? TypedResults.Ok(await cases.DtoAsync(c, ct)) : Refusals.NotFound(id);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Decision(int id, CaseService cases, LookupService lookup, CancellationToken ct)
    {
        if (await cases.FindAsync(id, ct) is not { } c)
        {
            return Refusals.NotFound(id);
        }

        if (c.ListedOn is null)
        {
            return Problems.Invalid("id", "尚未作出列入决定，没有列入决定书", "B-LIST");
        }

        await cases.NumberListingAsync(c, ct);
        var authority = lookup.AuthorityName(c.UnitCode);
        return TypedResults.File(ListingDecision.Write(c, authority), OfficialDocument.ContentType, ListingDecision.FileName(c));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> NoticeDocument(int id, CaseService cases, LookupService lookup, CancellationToken ct)
    {
        if (await cases.FindAsync(id, ct) is not { } c)
        {
            return Refusals.NotFound(id);
        }

        await cases.IssueNoticeAsync(c, ct);
        var document = ListingNotice.Write(c, lookup.AuthorityName(c.UnitCode), cases.Deadlines.Options.DefenceWorkingDays);
        return TypedResults.File(document, OfficialDocument.ContentType, ListingNotice.FileName(c));
    }

    private static Task<Results<Ok<CaseDto>, ProblemHttpResult>> Notice(int id, NoticeRequest r, CaseService cases, CancellationToken ct) =>
        Apply(id, cases, c => cases.ServeNoticeAsync(c, r.ReceivedOn, ct), ct);

    private static Task<Results<Ok<CaseDto>, ProblemHttpResult>> Defence(int id, DefenceRequest r, CaseService cases, CancellationToken ct) =>
        Apply(id, cases, c => cases.FileDefenceAsync(c, r.FiledOn, r.Text ?? "", ct), ct);

    private static Task<Results<Ok<CaseDto>, ProblemHttpResult>> Listing(int id, ListingRequest r, CaseService cases, CancellationToken ct) =>
        Apply(id, cases, c => cases.ListAsync(c, r.DecidedOn, ct), ct);

    private static async Task<Results<Ok<CaseDto>, ProblemHttpResult, ForbidHttpResult>> Acknowledge(int id, ClaimsPrincipal user, CaseService cases, CancellationToken ct)
    {
        if (!user.IsCityBureau())
        {
            return TypedResults.Forbid();
        }

        await cases.AcknowledgeAsync(id, user.Name(), ct);

        // The city bureau reads the county case only for this answer (B-PUB), hence without the unit filter.
        return TypedResults.Ok(await cases.DtoAsync((await cases.FindAnyAsync(id, ct))!, ct));
    }

    internal static async Task<Results<Ok<CaseDto>, ProblemHttpResult>> Apply(int id, CaseService cases, Func<BlacklistCase, Task> action, CancellationToken ct)
    {
        if (await cases.FindAsync(id, ct) is not { } c)
        {
            return Refusals.NotFound(id);
        }

        await action(c);

        return TypedResults.Ok(await cases.DtoAsync(c, ct));
    }
}
