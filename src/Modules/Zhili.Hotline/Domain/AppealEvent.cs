namespace Zhili.Hotline.Domain;

/// <summary>One step of an appeal's timeline: who did what when, for which unit, under which rule.</summary>
public sealed class AppealEvent
{
    public long Id { get; set; }

    public long AppealId { get; set; }

    public DateTime At { get; set; }

    /// <summary>received, assigned, returned, reassigned, note, replied, callback, reopened, closed, extension-*, supervision-*.</summary>
    public required string Kind { get; set; }

    public required string Actor { get; set; }

    public required string UnitCode { get; set; }

    public string? Text { get; set; }

    public string? Rule { get; set; }

    /// <summary>Handling notes are internal: never shown to the public.</summary>
    public bool IsInternal => Kind is "note" or "returned";
}
