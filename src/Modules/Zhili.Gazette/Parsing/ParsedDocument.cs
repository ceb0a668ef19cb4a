namespace Zhili.Gazette.Parsing;

/// <summary>A non-blank line of the source: its 1-based number, the raw text (trimmed) and the normalized text.</summary>
public sealed record SourceLine(int Number, string Raw, string Text);

public sealed record ParsedBlock(int Level, string? Marker, string Text, int FirstLine, int LastLine);

public sealed record ParsedDocument(
    string Number, string Series, int Year, int Serial, DateOnly Date, string Title,
    IReadOnlyList<string> Issuers, string Recipients, IReadOnlyList<string> Attachments,
    IReadOnlyList<ParsedBlock> Blocks, int FirstLine, int LastLine, IReadOnlyList<SourceLine> Body, string RawText);

/// <summary>A line the importer could not place, with its number and why (G-DOC: reported, not silently dropped).</summary>
public sealed record UnparsedLine(int Line, string Text, string Reason);

public sealed record ParseResult(IReadOnlyList<ParsedDocument> Documents, IReadOnlyList<UnparsedLine> Unparsed);
