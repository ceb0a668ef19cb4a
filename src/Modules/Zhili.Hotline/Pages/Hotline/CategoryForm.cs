namespace Zhili.Hotline.Pages.Hotline;

/// <summary>The category form of the tree pages: one working-days box per appeal type (H-FLOW, H-SLA).</summary>
public sealed class CategoryForm
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string? DefaultUnitCode { get; set; }

    public AppealType? DefaultType { get; set; }

    public int? Consultation { get; set; }

    public int? Help { get; set; }

    public int? Complaint { get; set; }

    public int? Report { get; set; }

    public int? Suggestion { get; set; }

    public IEnumerable<(AppealType Type, int? Days)> Days =>
    [
        (AppealType.Consultation, Consultation), (AppealType.Help, Help), (AppealType.Complaint, Complaint),
        (AppealType.Report, Report), (AppealType.Suggestion, Suggestion),
    ];

    public CategoryDraft ToDraft() => new(Name, string.IsNullOrWhiteSpace(DefaultUnitCode) ? null : DefaultUnitCode, DefaultType,
        Days.Where(d => d.Days is not null).Select(d => new SlaDays(d.Type, d.Days!.Value)).ToList());

    public static CategoryForm Of(Category c) => new()
    {
        Code = c.Code, Name = c.Name, DefaultUnitCode = c.DefaultUnitCode, DefaultType = c.DefaultType,
        Consultation = c.SlaDays(AppealType.Consultation), Help = c.SlaDays(AppealType.Help), Complaint = c.SlaDays(AppealType.Complaint),
        Report = c.SlaDays(AppealType.Report), Suggestion = c.SlaDays(AppealType.Suggestion),
    };
}

public sealed class CategoryFormValidator : AbstractValidator<CategoryForm>
{
    public CategoryFormValidator()
    {
        RuleFor(f => f.Code).Must(c => Category.ShapeError(c) is null).WithMessage(f => Category.ShapeError(f.Code) ?? "").Rule("H-FLOW");
        RuleFor(f => f.Name).NotEmpty().WithMessage("请填写分类名称").MaximumLength(60).WithMessage("分类名称不能超过 60 个字");
        RuleFor(f => f.DefaultType).IsInEnum().WithMessage("诉求类型应为咨询、求助、投诉、举报或建议");
        RuleForEach(f => f.Days).Must(d => d.Days is null or (>= 1 and <= 60)).WithMessage("办理时限应为 1 至 60 个工作日").Rule("H-SLA");
    }
}
