namespace Zhili.WageArrears.Domain;

/// <summary>
/// The last serial given to one kind of document (列入决定书, 告知书) by one issuing office in one year: the 12 of
/// 郑人社黑决〔2026〕12号. Serials are given in order, each once (B-LIST, B-NOTICE).
/// </summary>
public sealed class DocumentSerial
{
    public required string UnitCode { get; init; }

    /// <summary>The number's kind characters after the office's short name: 黑决 or 黑告.</summary>
    public required string Kind { get; init; }

    public int Year { get; init; }

    public int Last { get; set; }
}
