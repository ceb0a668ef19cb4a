namespace Zhili.Hotline.Features.Categories;

/// <summary>A new category: its code fixes its level and parent (H-FLOW).</summary>
public sealed record NewCategoryRequest(string Code, string Name, string? DefaultUnitCode, AppealType? DefaultType, IReadOnlyList<SlaDays>? Sla)
{
    public CategoryDraft ToDraft() => new(Name, DefaultUnitCode, DefaultType, Sla ?? []);
}

/// <summary>Rename a category and set its default unit, type and SLA overrides (H-FLOW, H-SLA).</summary>
public sealed record EditCategoryRequest(string Name, string? DefaultUnitCode, AppealType? DefaultType, IReadOnlyList<SlaDays>? Sla)
{
    public CategoryDraft ToDraft() => new(Name, DefaultUnitCode, DefaultType, Sla ?? []);
}

/// <summary>The limits of the tree's fields, shared by the API's and the pages' validators.</summary>
internal static class CategoryRules
{
    public const int MaxSlaDays = 60;

    public static void Name<T>(IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("请填写分类名称").Rule("H-FLOW").MaximumLength(60).WithMessage("分类名称不能超过 60 个字");

    public static void Sla<T>(IRuleBuilder<T, IReadOnlyList<SlaDays>?> rule) => rule
        .Must(s => s is null || s.Select(x => x.Type).Distinct().Count() == s.Count).WithMessage("每种诉求类型只能设置一个办理时限").Rule("H-SLA")
        .Must(s => s is null || s.All(x => Enum.IsDefined(x.Type))).WithMessage("诉求类型应为咨询、求助、投诉、举报或建议").Rule("H-SLA")
        .Must(s => s is null || s.All(x => x.WorkingDays is >= 1 and <= MaxSlaDays))
        .WithMessage($"办理时限应为 1 至 {MaxSlaDays} 个工作日").Rule("H-SLA");
}

public sealed class NewCategoryValidator : AbstractValidator<NewCategoryRequest>
{
    public NewCategoryValidator()
    {
        RuleFor(r => r.Code).Must(c => Category.ShapeError(c) is null)
            .WithMessage(r => Category.ShapeError(r.Code) ?? "").Rule("H-FLOW");
        CategoryRules.Name(RuleFor(r => r.Name));
        RuleFor(r => r.DefaultType).IsInEnum().WithMessage("诉求类型应为咨询、求助、投诉、举报或建议").Rule("H-SLA");
        CategoryRules.Sla(RuleFor(r => r.Sla));
    }
}

public sealed class EditCategoryValidator : AbstractValidator<EditCategoryRequest>
{
    public EditCategoryValidator()
    {
        CategoryRules.Name(RuleFor(r => r.Name));
        RuleFor(r => r.DefaultType).IsInEnum().WithMessage("诉求类型应为咨询、求助、投诉、举报或建议").Rule("H-SLA");
        CategoryRules.Sla(RuleFor(r => r.Sla));
    }
}
