using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Zhili.Gazette.Features;

public static class DocumentEndpoints
{
    private const int MaxTextBytes = 20 * 1024 * 1024;

    public static void MapDocumentEndpoints(this IEndpointRouteBuilder api)
    {
        var docs = api.MapGroup("").WithTags("Gazette 政府公报");

        // The gazette is published: reading it is public (no personal data beyond what the gazette prints).
        docs.MapGet("/documents", List).WithName("ListGazetteDocuments")
            .WithSummary("The gazette's documents: number as printed, date and title (G-DOC)").PublicSurface();
        docs.MapGet("/documents/{id:int}", Get).WithName("GetGazetteDocument")
            .WithSummary("One document with its issuers, recipients, numbered sections, attachments and rules (rule title: Chinese, titleEn: English) (G-DOC, G-CITE)").PublicSurface();
        docs.MapGet("/documents/{id:int}/raw", Raw).WithName("GetGazetteDocumentRawText")
            .WithSummary("The document's lines of the gazette text as imported (原文), before any clean-up (G-DOC)")
            .Produces<string>(StatusCodes.Status200OK, "text/plain").PublicSurface();
        docs.MapGet("/search", Search).WithName("SearchGazette")
            .WithSummary("Chinese full-text search over the documents, with highlighted snippets").PublicSurface();
        docs.MapPost("/imports", ImportText).WithName("ImportGazette")
            .WithSummary("Import a gazette text (UTF-8 body); idempotent; lists the lines it could not parse (G-DOC)")
            .RequireAuthorization(Policies.CityAdministrator).Accepts<string>("text/plain");
    }

    private static async Task<Ok<Page<DocumentSummary>>> List(GazetteQueries queries, CancellationToken ct,
        int page = 1, int pageSize = PageRequest.DefaultSize, string? sort = null) =>
        TypedResults.Ok(await queries.DocumentsAsync(new PageRequest(page, pageSize, sort), ct));

    private static async Task<Results<Ok<DocumentDetail>, ProblemHttpResult>> Get(int id, GazetteQueries queries, CancellationToken ct) =>
        await queries.DocumentAsync(id, ct) is { } d ? TypedResults.Ok(d) : Problems.NotFound($"没有编号为 {id} 的公报文件 (no document {id})");

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> Raw(int id, GazetteQueries queries, CancellationToken ct) =>
        await queries.RawTextAsync(id, ct) is { } raw
            ? TypedResults.Text(raw.Text, "text/plain; charset=utf-8")
            : Problems.NotFound($"没有编号为 {id} 的公报文件 (no document {id})");

    private static async Task<Results<Ok<IReadOnlyList<SearchHit>>, ProblemHttpResult>> Search(GazetteSearch search, CancellationToken ct, string? q = null)
    {
        if (string.IsNullOrWhiteSpace(q) || q.Length > 100)
        {
            return Problems.Invalid("q", "请输入 1 到 100 个字的检索词 (a query of 1 to 100 characters)");
        }

        return TypedResults.Ok(await search.SearchAsync(q, ct));
    }

    private static async Task<Results<Ok<ImportResult>, ProblemHttpResult>> ImportText(
        HttpRequest request, GazetteImporter importer, ClaimsPrincipal user, CancellationToken ct, string? fileName = null)
    {
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(ct);
        if (text.Length == 0 || text.Length > MaxTextBytes)
        {
            return Problems.Invalid("body", "请提交公报全文 (UTF-8 文本) (the gazette text, UTF-8)", "G-DOC");
        }

        var result = await importer.ImportAsync(text, fileName ?? "upload.txt", user.Identity?.Name, ct);
        return result.Found == 0
            ? Problems.Invalid("body", "未识别出任何公报文件 (no document found in the text)", "G-DOC")
            : TypedResults.Ok(result);
    }
}
