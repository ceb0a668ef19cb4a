namespace Zhili.Hotline.Pages.Hotline;

/// <summary>The knowledge-base form of the pages (H-FLOW).</summary>
public sealed class KnowledgeForm
{
    public string Title { get; set; } = "";

    public string Answer { get; set; } = "";

    public string? CategoryCode { get; set; }

    public string? Keywords { get; set; }

    public bool Active { get; set; } = true;

    public KnowledgeDraft ToDraft() => new(Title, Answer, CategoryCode, Keywords, Active);

    public static KnowledgeForm Of(KnowledgeAnswer k) =>
        new() { Title = k.Title, Answer = k.Answer, CategoryCode = k.CategoryCode, Keywords = k.Keywords, Active = k.Active };
}

public sealed class KnowledgeFormValidator : AbstractValidator<KnowledgeForm>
{
    public KnowledgeFormValidator()
    {
        KnowledgeRules.Title(RuleFor(f => f.Title));
        KnowledgeRules.Answer(RuleFor(f => f.Answer));
        KnowledgeRules.Category(RuleFor(f => f.CategoryCode));
        KnowledgeRules.Keywords(RuleFor(f => f.Keywords));
    }
}
