namespace Zhili.Gazette.Domain;

/// <summary>One import of a gazette text; the hash makes a second import of the same text a no-op (G-DOC).</summary>
public sealed class GazetteImport
{
    public int Id { get; set; }

    public required string SourceHash { get; set; }

    public required string FileName { get; set; }

    public DateTime ImportedAt { get; set; }

    public string? ImportedBy { get; set; }

    public int DocumentsAdded { get; set; }

    public int UnparsedLines { get; set; }
}
