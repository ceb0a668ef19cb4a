namespace Zhili.Hotline.Features.Knowledge;

/// <summary>A knowledge-base answer as the office writes it through the API (new or changed).</summary>
public sealed record KnowledgeRequest(string Title, string Answer, string? CategoryCode, string? Keywords, bool Active = true)
{
    public KnowledgeDraft ToDraft() => new(Title, Answer, CategoryCode, Keywords, Active);
}

/// <summary>An answer as the API returns it.</summary>
public sealed record KnowledgeDto(long Id, string Title, string Answer, string? CategoryCode, string Keywords, bool Active, DateTime UpdatedAt, string UpdatedBy)
{
    public static KnowledgeDto Of(KnowledgeAnswer k) => new(k.Id, k.Title, k.Answer, k.CategoryCode, k.Keywords, k.Active, k.UpdatedAt, k.UpdatedBy);
}

/// <summary>The limits of an answer's fields, shared by the API's and the page's validators.</summary>
internal static class KnowledgeRules
{
    public static void Title<T>(IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("请填写标题").Rule("H-FLOW").MaximumLength(100).WithMessage("标题不能超过 100 个字");

    public static void Answer<T>(IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("请填写答复内容").Rule("H-FLOW").MaximumLength(4000).WithMessage("答复内容不能超过 4000 个字");

    public static void Category<T>(IRuleBuilder<T, string?> rule) =>
        rule.Matches(@"^\d{6}$").WithMessage("分类代码应为 6 位数字").Rule("H-FLOW");

    public static void Keywords<T>(IRuleBuilder<T, string?> rule) => rule.MaximumLength(200).WithMessage("关键词不能超过 200 个字");
}

public sealed class KnowledgeValidator : AbstractValidator<KnowledgeRequest>
{
    public KnowledgeValidator()
    {
        KnowledgeRules.Title(RuleFor(r => r.Title));
        KnowledgeRules.Answer(RuleFor(r => r.Answer));
        KnowledgeRules.Category(RuleFor(r => r.CategoryCode));
        KnowledgeRules.Keywords(RuleFor(r => r.Keywords));
    }
}
