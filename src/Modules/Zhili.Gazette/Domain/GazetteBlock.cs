namespace Zhili.Gazette.Domain;

/// <summary>
/// One paragraph of a document's body, in order. A numbered heading (一、 / (一) / 1. / 第一条) has a level and its
/// marker; a plain paragraph has level 0. Lines are rejoined and page furniture dropped (G-DOC).
/// </summary>
public sealed class GazetteBlock
{
    public int Id { get; set; }

    public int DocumentId { get; set; }

    public int Order { get; set; }

    /// <summary>0 paragraph; 1 一、; 2 (一); 3 1.; 4 (1); 5 第…条/章.</summary>
    public int Level { get; set; }

    public string? Marker { get; set; }

    public required string Text { get; set; }

    public int FirstLine { get; set; }

    public int LastLine { get; set; }
}
