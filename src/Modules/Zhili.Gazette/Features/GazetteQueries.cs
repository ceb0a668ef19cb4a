using Zhili.Gazette.Citations;

namespace Zhili.Gazette.Features;

public sealed record DocumentSummary(int Id, string Number, DateOnly Date, string Title, string Issuers);

public sealed record SectionDto(int? Level, string? Marker, string? Heading, IReadOnlyList<string> Paragraphs, int FirstLine, int LastLine);

/// <summary>G-CITE: a rule with its Chinese title and that title's English (texts.en.json).</summary>
public sealed record RuleRef(string Id, string Title, string TitleEn);

public sealed record DocumentDetail(int Id, string Number, DateOnly Date, string Title, IReadOnlyList<string> Issuers,
    string Recipients, IReadOnlyList<string> Attachments, IReadOnlyList<SectionDto> Sections, IReadOnlyList<RuleRef> Rules,
    int FirstLine, int LastLine);

public sealed record ClauseDto(string Number, int DocumentId, string Title, IReadOnlyList<string> Paragraphs, LineRange Lines);

public sealed record RuleSummary(string Id, string Title, string TitleEn, IReadOnlyList<string> Documents, IReadOnlyList<LineRange> Lines);

public sealed record RuleDetail(string Id, string Title, string TitleEn, IReadOnlyList<string> Documents, IReadOnlyList<ClauseDto> Clauses);

/// <summary>Reads for the API and the pages (one place, so both show the same thing).</summary>
public sealed class GazetteQueries(GazetteDbContext db)
{
    private static readonly Sorting<GazetteDocument> Sorting = new Sorting<GazetteDocument>("date")
        .By("date", d => d.Date).By("number", d => d.Number).By("title", d => d.Title);

    public async Task<Page<DocumentSummary>> DocumentsAsync(PageRequest request, CancellationToken ct) =>
        (await Sorting.PageAsync(db.Documents.AsNoTracking(), request, ct))
        .Map(d => new DocumentSummary(d.Id, d.Number, d.Date, d.Title, d.Issuers));

    public async Task<DocumentDetail?> DocumentAsync(int id, CancellationToken ct)
    {
        var d = await db.Documents.AsNoTracking().Include(x => x.Blocks).SingleOrDefaultAsync(x => x.Id == id, ct);
        if (d is null)
        {
            return null;
        }

        return new DocumentDetail(d.Id, d.Number, d.Date, d.Title, d.Issuers.Split('、'), d.Recipients,
            d.Attachments.Split('\n', StringSplitOptions.RemoveEmptyEntries), Sections(d.Blocks.OrderBy(b => b.Order)),
            RuleCatalog.For(d.Number).Select(r => new RuleRef(r.Id, r.Title, RuleTitles.English(r))).ToList(), d.FirstLine, d.LastLine);
    }

    /// <summary>
    /// G-DOC: each real heading (GazetteBlock.IsHeading) opens a section; paragraphs before the first heading form the
    /// preamble. Articles and items are paragraphs with their marker, an article's followed by a full-width space.
    /// </summary>
    public static List<SectionDto> Sections(IEnumerable<GazetteBlock> blocks)
    {
        var sections = new List<SectionDto>();
        foreach (var b in blocks)
        {
            var heading = GazetteBlock.IsHeading(b.Level);
            if (heading || sections.Count == 0)
            {
                sections.Add(new SectionDto(heading ? b.Level : null, heading ? b.Marker : null, heading ? b.Text : null,
                    heading ? [] : [Paragraph(b)], b.FirstLine, b.LastLine));
                continue;
            }

            var last = sections[^1];
            sections[^1] = last with { Paragraphs = [.. last.Paragraphs, Paragraph(b)], LastLine = b.LastLine };
        }

        return sections;
    }

    private static string Paragraph(GazetteBlock b) => b.Marker is null ? b.Text : b.Marker + (b.Level == 5 ? "\u3000" : "") + b.Text;

    /// <summary>G-DOC: the document's source lines as imported (原文); null when there is no such document.</summary>
    public async Task<(string Number, string Text)?> RawTextAsync(int id, CancellationToken ct) =>
        await db.Documents.AsNoTracking().Where(d => d.Id == id).Select(d => new { d.Number, d.RawText })
            .SingleOrDefaultAsync(ct) is { } d ? (d.Number, d.RawText) : null;

    /// <summary>G-CITE: every rule of the catalogue with its titles, documents and line ranges.</summary>
    public static IReadOnlyList<RuleSummary> Rules() =>
        RuleCatalog.All.Select(r => new RuleSummary(r.Id, r.Title, RuleTitles.English(r), r.Documents, r.Lines)).ToList();

    /// <summary>G-CITE: the rule with the text of the paragraphs of its documents that lie in its line ranges.</summary>
    public async Task<RuleDetail?> RuleAsync(string id, CancellationToken ct)
    {
        if (RuleCatalog.Find(id) is not { } rule)
        {
            return null;
        }

        var docs = await db.Documents.AsNoTracking().Include(d => d.Blocks)
            .Where(d => rule.Documents.Contains(d.Number)).ToListAsync(ct);
        var clauses = new List<ClauseDto>();
        foreach (var range in rule.Lines)
        {
            foreach (var d in docs.Where(d => range.Overlaps(d.FirstLine, d.LastLine)))
            {
                var paragraphs = d.Blocks.OrderBy(b => b.Order).Where(b => range.Overlaps(b.FirstLine, b.LastLine))
                    .Select(b => (b.Marker ?? "") + b.Text).ToList();
                clauses.Add(new ClauseDto(d.Number, d.Id, d.Title, paragraphs, range));
            }
        }

        return new RuleDetail(rule.Id, rule.Title, RuleTitles.English(rule), rule.Documents, clauses);
    }

    public Task<List<GroupMember>> MembersAsync(CancellationToken ct) =>
        db.GroupMembers.AsNoTracking().OrderBy(m => m.DocumentId).ThenBy(m => m.Order).ToListAsync(ct);

    public Task<List<Commendation>> CommendationsAsync(CancellationToken ct) =>
        db.Commendations.AsNoTracking().OrderBy(c => c.DocumentId).ThenBy(c => c.Order).ToListAsync(ct);

    public Task<List<CoalMine>> CoalMinesAsync(CancellationToken ct) =>
        db.CoalMines.AsNoTracking().OrderBy(c => c.DocumentId).ThenBy(c => c.Seq).ToListAsync(ct);
}
