namespace Zhili.Gazette.Domain;

/// <summary>One document of the gazette (G-DOC), keyed by its number as printed, e.g. 郑政办〔2018〕68号.</summary>
public sealed class GazetteDocument
{
    public int Id { get; set; }

    /// <summary>The number as printed, spaces removed: 郑政办〔2018〕68号. Unique: importing it again adds nothing.</summary>
    public required string Number { get; set; }

    /// <summary>The number's prefix: 郑政, 郑政文, 郑政办 or 郑政办文.</summary>
    public required string Series { get; set; }

    public int Year { get; set; }

    public int Serial { get; set; }

    public DateOnly Date { get; set; }

    public required string Title { get; set; }

    /// <summary>The issuing bodies, joined by 、 (a joint document has several).</summary>
    public required string Issuers { get; set; }

    public required string Recipients { get; set; }

    /// <summary>Attachment titles, one a line.</summary>
    public string Attachments { get; set; } = "";

    /// <summary>Line range in the source text (first line of the issuer, last line of the body).</summary>
    public int FirstLine { get; set; }

    public int LastLine { get; set; }

    /// <summary>The gazette issue this came from, e.g. 2018-07 (from the import's file name, when it names one).</summary>
    public string Issue { get; set; } = "";

    /// <summary>SHA-256 of the source text the document was imported from.</summary>
    public required string SourceHash { get; set; }

    public DateTime ImportedAt { get; set; }

    /// <summary>Title and body segmented by jieba and joined by spaces: the full-text index's column (both databases).</summary>
    public string Words { get; set; } = "";

    /// <summary>G-DOC: the document's lines of the source text as imported (原文), before any clean-up.</summary>
    public string RawText { get; set; } = "";

    public List<GazetteBlock> Blocks { get; set; } = [];
}
