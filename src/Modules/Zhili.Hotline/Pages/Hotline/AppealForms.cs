using Zhili.Hotline.Features.Extensions;

namespace Zhili.Hotline.Pages.Hotline;

/// <summary>The appeal page's forms, each making the command the API takes for that move, checked by the same validator.</summary>
public sealed class AssignForm : IForm<AssignRequest>
{
    public string? UnitCode { get; set; }

    /// <summary>Co-handling units' codes: one per ticked box of the unit picker (a value may also list several, comma-separated).</summary>
    public List<string> CoUnits { get; set; } = [];

    public AssignRequest ToCommand() =>
        new(UnitCode?.Trim() ?? "", CoUnits.SelectMany(c => c.Split([',', '，', ' '], StringSplitOptions.RemoveEmptyEntries)).Distinct().ToList());
}

public sealed class ReasonForm : IForm<ReasonRequest>
{
    public string? Reason { get; set; }

    public ReasonRequest ToCommand() => new(Reason?.Trim() ?? "");
}

public sealed class TextForm : IForm<TextRequest>
{
    public string? Text { get; set; }

    public TextRequest ToCommand() => new(Text?.Trim() ?? "");
}

public sealed class CallbackForm : IForm<CallbackRequest>
{
    public Satisfaction Satisfaction { get; set; }

    public CallbackRequest ToCommand() => new(Satisfaction);
}

public sealed class CloseForm : IForm<CloseRequest>
{
    public ClosureReason Closure { get; set; }

    public string? Note { get; set; }

    public CloseRequest ToCommand() => new(Closure, string.IsNullOrWhiteSpace(Note) ? null : Note.Trim());
}

public sealed class ExtensionForm : IForm<ExtensionRequest>
{
    public string? Reason { get; set; }

    public int WorkingDays { get; set; }

    public ExtensionRequest ToCommand() => new(Reason?.Trim() ?? "", WorkingDays);
}

/// <summary>The office's decision on a pending extension: approve with the days granted, or refuse with the reason.</summary>
public sealed class ExtensionDecisionForm : IForm<ApproveExtensionRequest>
{
    public long ExtensionId { get; set; }

    public int WorkingDays { get; set; }

    /// <summary>How the caller was told (告知诉求人).</summary>
    public string? Notice { get; set; }

    public ApproveExtensionRequest ToCommand() => new(WorkingDays, Notice?.Trim() ?? "");
}

public sealed class ExtensionRefusalForm : IForm<RefuseExtensionRequest>
{
    public long ExtensionId { get; set; }

    public string? Reason { get; set; }

    public string? Notice { get; set; }

    public RefuseExtensionRequest ToCommand() => new(Reason?.Trim() ?? "", Notice?.Trim() ?? "");
}

public sealed class SuperviseForm : IForm<SupervisionRequest>
{
    public SupervisionLevel Level { get; set; }

    public string? Reason { get; set; }

    public SupervisionRequest ToCommand() => new(Level, Reason?.Trim() ?? "");
}
