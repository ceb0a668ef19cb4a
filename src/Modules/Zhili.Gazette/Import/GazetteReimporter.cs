namespace Zhili.Gazette.Import;

/// <summary>A stored document the re-import changed, and what in it changed.</summary>
public sealed record Reshaped(string Number, IReadOnlyList<string> What);

public sealed record ReimportResult(int Read, IReadOnlyList<Reshaped> Changed, IReadOnlyList<string> WithoutRawText, IReadOnlyList<string> NotStored);

/// <summary>
/// G-DOC: brings stored documents to the parser's current shape (body paragraphs, restored punctuation, joined lines,
/// the raw text), from each document's own raw text or from a gazette text given again. Documents are read and saved
/// in batches of <see cref="BatchSize"/>, and one already in the current shape is left as it is, so a second run
/// changes nothing. Numbers, ids and links stay; the registries read at the first import stay as they are.
/// </summary>
public sealed class GazetteReimporter(GazetteDbContext db, Segmenter segmenter)
{
    public const int BatchSize = 50;

    /// <summary>Re-parses every stored document from its raw text; one imported before raw texts were kept is listed.</summary>
    public async Task<ReimportResult> FromStoredAsync(CancellationToken ct)
    {
        var (read, changed, without) = (0, new List<Reshaped>(), new List<string>());
        for (var after = 0; ; db.ChangeTracker.Clear())
        {
            var batch = await db.Documents.Include(d => d.Blocks).AsSplitQuery()
                .Where(d => d.Id > after).OrderBy(d => d.Id).Take(BatchSize).ToListAsync(ct);
            if (batch.Count == 0)
            {
                return new ReimportResult(read, changed, without, []);
            }

            foreach (var d in batch)
            {
                var parsed = d.RawText.Length == 0 ? null : GazetteParser.Parse(d.RawText).Documents.FirstOrDefault(p => p.Number == d.Number);
                if (parsed is null)
                {
                    without.Add(d.Number);
                }
                else if (Apply(d, parsed, d.FirstLine - parsed.FirstLine) is { Count: > 0 } what)
                {
                    changed.Add(new Reshaped(d.Number, what));
                }
            }

            read += batch.Count;
            after = batch[^1].Id;
            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>Re-parses the stored documents that <paramref name="text"/> holds (it adds none: that is the import's work).</summary>
    public async Task<ReimportResult> FromTextAsync(string text, CancellationToken ct)
    {
        var parsed = GazetteParser.Parse(CleanText.Clean(text)).Documents.DistinctBy(p => p.Number).ToList();
        var (changed, notStored) = (new List<Reshaped>(), new List<string>());
        foreach (var chunk in parsed.Chunk(BatchSize))
        {
            var numbers = chunk.Select(p => p.Number).ToList();
            var stored = await db.Documents.Include(d => d.Blocks).AsSplitQuery().Where(d => numbers.Contains(d.Number)).ToListAsync(ct);
            foreach (var p in chunk)
            {
                if (stored.FirstOrDefault(d => d.Number == p.Number) is not { } d)
                {
                    notStored.Add(p.Number);
                }
                else if (Apply(d, p, 0) is { Count: > 0 } what)
                {
                    changed.Add(new Reshaped(d.Number, what));
                }
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        return new ReimportResult(parsed.Count - notStored.Count, changed, [], notStored);
    }

    /// <summary>Gives <paramref name="d"/> the parsed shape, lines moved by <paramref name="offset"/>; what differed.</summary>
    private List<string> Apply(GazetteDocument d, ParsedDocument p, int offset)
    {
        var what = new List<string>();
        void Set<T>(string name, T now, T was, Action<T> set)
        {
            if (!EqualityComparer<T>.Default.Equals(now, was))
            {
                set(now);
                what.Add(name);
            }
        }

        Set("title", p.Title, d.Title, v => d.Title = v);
        Set("issuers", string.Join('、', p.Issuers), d.Issuers, v => d.Issuers = v);
        Set("recipients", p.Recipients, d.Recipients, v => d.Recipients = v);
        Set("attachments", string.Join('\n', p.Attachments), d.Attachments, v => d.Attachments = v);
        Set("lines", (p.FirstLine + offset, p.LastLine + offset), (d.FirstLine, d.LastLine), v => (d.FirstLine, d.LastLine) = v);
        Set("raw text", p.RawText, d.RawText, v => d.RawText = v);
        Set("search words", segmenter.Index(p.Title + "\n" + string.Join('\n', p.Blocks.Select(b => b.Text))), d.Words, v => d.Words = v);
        var blocks = d.Blocks.OrderBy(b => b.Order).ToList();
        var paragraphs = 0;
        for (var i = 0; i < p.Blocks.Count; i++)
        {
            var b = p.Blocks[i];
            var block = i < blocks.Count ? blocks[i] : new GazetteBlock { Order = i + 1, Text = "" };
            if (block.Level != b.Level || block.Marker != b.Marker || block.Text != b.Text
                || block.FirstLine != b.FirstLine + offset || block.LastLine != b.LastLine + offset)
            {
                (block.Level, block.Marker, block.Text, block.FirstLine, block.LastLine) = (b.Level, b.Marker, b.Text, b.FirstLine + offset, b.LastLine + offset);
                paragraphs++;
            }

            if (i >= blocks.Count)
            {
                d.Blocks.Add(block);
            }
        }

        // Surplus paragraphs of the old shape (lines it had not joined) go.
        foreach (var surplus in blocks.Skip(p.Blocks.Count))
        {
            db.Blocks.Remove(surplus);
            paragraphs++;
        }

        if (paragraphs > 0)
        {
            what.Add($"paragraphs {blocks.Count} → {p.Blocks.Count} ({paragraphs} rewritten)");
        }

        return what;
    }
}
