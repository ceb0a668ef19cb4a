namespace Zhili.Gazette.Domain;

/// <summary>
/// One paragraph of a document's body, in order. A numbered paragraph (一、 / （一） / 1. / 第一条) has a level and its
/// marker; a plain paragraph has level 0. Lines are rejoined, page furniture dropped and Chinese punctuation restored
/// (G-DOC).
/// </summary>
public sealed class GazetteBlock
{
    public int Id { get; set; }

    public int DocumentId { get; set; }

    public int Order { get; set; }

    /// <summary>0 paragraph; 1 一、; 2 （一）; 3 1.; 4 （1）; 5 第…条; 6 第…章; 7 the title of an issued text.</summary>
    public int Level { get; set; }

    public string? Marker { get; set; }

    public required string Text { get; set; }

    public int FirstLine { get; set; }

    public int LastLine { get; set; }

    /// <summary>
    /// G-DOC: only real headings are headings: 一、 (chapter-level in these documents), 第…章 and the title of an issued
    /// text. Articles and items (第一条, （一）, 1., （1）) are body paragraphs, as the document prints them.
    /// </summary>
    public static bool IsHeading(int level) => level is 1 or 6 or 7;
}
