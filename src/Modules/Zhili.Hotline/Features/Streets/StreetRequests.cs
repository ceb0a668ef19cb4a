namespace Zhili.Hotline.Features.Streets;

/// <summary>二级转办: the street, and the last civil day (Asia/Shanghai) of its deadline, within the district's.</summary>
public sealed record PassDownRequest(string StreetCode, DateOnly? DeadlineOn, string? Instructions);

/// <summary>The district's review of the street's reply: accept and reply to the office with <see cref="Text"/>, or send back with it.</summary>
public sealed record StreetReviewRequest(bool Accept, string Text);

public sealed class PassDownValidator : AbstractValidator<PassDownRequest>
{
    public PassDownValidator()
    {
        RuleFor(r => r.StreetCode).NotEmpty().WithMessage("请选择承办街道").Rule("H-FLOW").MaximumLength(20).WithMessage("单位代码过长");
        // Range-checked here, so that no date reaches the calendar outside the years it can count (no 500).
        RuleFor(r => r.DeadlineOn).NotNull().WithMessage("请填写街道办理期限").Rule("H-SLA")
            .InclusiveBetween(new DateOnly(2000, 1, 1), new DateOnly(2099, 12, 31)).WithMessage("街道办理期限日期无效").Rule("H-SLA");
        RuleFor(r => r.Instructions).MaximumLength(2000).WithMessage("转办意见不能超过 2000 字");
    }
}

public sealed class StreetReviewValidator : AbstractValidator<StreetReviewRequest>
{
    public StreetReviewValidator() => RuleFor(r => r.Text).NotEmpty()
        .WithMessage(r => r.Accept ? "请填写答复市长电话室的内容" : "请填写退回重办的理由").Rule("H-FLOW").MaximumLength(4000);
}
