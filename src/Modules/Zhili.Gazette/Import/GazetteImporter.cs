using System.Security.Cryptography;
using Zhili.Gazette.Registries;

namespace Zhili.Gazette.Import;

public sealed record ImportResult(int Found, IReadOnlyList<string> Added, IReadOnlyList<string> AlreadyKnown,
    IReadOnlyList<UnparsedLine> Unparsed, bool SameTextAlreadyImported);

/// <summary>
/// G-DOC: imports a gazette text in one transaction. Idempotent: documents are keyed by number, and a text whose hash
/// was imported before adds nothing. The registries (G-GROUP, G-LIST) are read from each new document.
/// </summary>
public sealed class GazetteImporter(GazetteDbContext db, Segmenter segmenter, TimeProvider clock)
{
    public async Task<ImportResult> ImportAsync(string text, string fileName, string? by, CancellationToken ct)
    {
        // The gazette is published as imported: characters no person types go, as at every intake (hardening, part 4).
        text = CleanText.Clean(text);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        var parsed = GazetteParser.Parse(text);
        var unparsed = parsed.Unparsed.ToList();
        if (await db.Imports.AnyAsync(i => i.SourceHash == hash, ct))
        {
            return new ImportResult(parsed.Documents.Count, [], parsed.Documents.Select(d => d.Number).ToList(), unparsed, true);
        }

        var numbers = parsed.Documents.Select(d => d.Number).ToList();
        var known = await db.Documents.Where(d => numbers.Contains(d.Number)).Select(d => d.Number).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var added = new List<(GazetteDocument Entity, ParsedDocument Parsed)>();
        foreach (var p in parsed.Documents.Where(d => !known.Contains(d.Number)).DistinctBy(d => d.Number))
        {
            var entity = ToEntity(p, hash, Issue(fileName), now);
            db.Documents.Add(entity);
            added.Add((entity, p));
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        foreach (var (entity, p) in added)
        {
            unparsed.AddRange(AddRegistries(entity.Id, p));
        }

        db.Imports.Add(new GazetteImport
        {
            SourceHash = hash, FileName = Path.GetFileName(fileName), ImportedAt = now, ImportedBy = by,
            DocumentsAdded = added.Count, UnparsedLines = unparsed.Count,
        });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new ImportResult(parsed.Documents.Count, added.Select(a => a.Entity.Number).ToList(), known, unparsed, false);
    }

    private GazetteDocument ToEntity(ParsedDocument p, string hash, string issue, DateTime now) => new()
    {
        Number = p.Number, Series = p.Series, Year = p.Year, Serial = p.Serial, Date = p.Date, Title = p.Title,
        Issuers = string.Join('、', p.Issuers), Recipients = p.Recipients, Attachments = string.Join('\n', p.Attachments),
        FirstLine = p.FirstLine, LastLine = p.LastLine, Issue = issue, SourceHash = hash, ImportedAt = now, RawText = p.RawText,
        Words = segmenter.Index(p.Title + "\n" + string.Join('\n', p.Blocks.Select(b => b.Text))),
        Blocks = p.Blocks.Select((b, i) => new GazetteBlock
        {
            Order = i + 1, Level = b.Level, Marker = b.Marker, Text = b.Text, FirstLine = b.FirstLine, LastLine = b.LastLine,
        }).ToList(),
    };

    private List<UnparsedLine> AddRegistries(int documentId, ParsedDocument p)
    {
        var problems = new List<UnparsedLine>();
        db.GroupMembers.AddRange(GroupParser.Parse(p).Select((m, i) => new GroupMember
        {
            DocumentId = documentId, Order = i + 1, GroupName = m.GroupName, Role = m.Role, Name = m.Name, Post = m.Post,
            Organisation = m.Organisation,
        }));
        db.Commendations.AddRange(CommendationParser.Parse(p).Select((c, i) => new Commendation
        {
            DocumentId = documentId, Order = i + 1, ListName = c.ListName, Kind = c.Kind, Name = c.Name,
        }));
        var (mines, total) = CoalMineParser.Parse(p);
        db.CoalMines.AddRange(mines.Select(m => new CoalMine
        {
            DocumentId = documentId, Seq = m.Seq, Name = m.Name, Nature = m.Nature, Address = m.Address, CapacityWanTonnes = m.Capacity,
        }));
        if (total is { } printed && printed != mines.Sum(m => m.Capacity))
        {
            // G-LIST: the rows read must add up to the printed total, or some row was not understood.
            problems.Add(new UnparsedLine(p.FirstLine, p.Number, $"煤矿名单合计 {printed} 与各行之和 {mines.Sum(m => m.Capacity)} 不符"));
        }

        return problems;
    }

    /// <summary>zhengzhou-gazette-2018-07.txt → 2018-07.</summary>
    private static string Issue(string fileName)
    {
        var m = System.Text.RegularExpressions.Regex.Match(fileName, @"(\d{4}-\d{2})");
        return m.Success ? m.Groups[1].Value : "";
    }
}
