namespace Zhili.Hotline.Features;

public sealed class ListingValidator : AbstractValidator<ListingRequest>
{
    public ListingValidator()
    {
        RuleFor(r => r.Reason).NotEmpty().WithMessage("请说明挂牌督办的理由").Rule("H-FORM-5").MaximumLength(2000);
        RuleFor(r => r.UnitCode).NotEmpty().WithMessage("请选择承办单位").Rule("H-FORM-2").MaximumLength(20);
        RuleFor(r => r.WorkingDays).InclusiveBetween(1, 60).WithMessage("办结时限应为 1 至 60 个工作日").Rule("H-FORM-2");
        RuleFor(r => r.Requirements).NotEmpty().WithMessage("请写明整改要求").Rule("H-FORM-2").MaximumLength(4000);
        RuleFor(r => r.ResponsiblePerson).NotEmpty().WithMessage("请写明第一责任人（主要领导）").Rule("H-FORM-2").MaximumLength(50);
    }
}

public sealed class FilingValidator : AbstractValidator<FilingRequest>
{
    public FilingValidator() => RuleFor(r => r.Text).NotEmpty().WithMessage("请填写内容").Rule("H-FORM-5").MaximumLength(4000);
}

public sealed class WriteOffValidator : AbstractValidator<WriteOffRequest>
{
    public WriteOffValidator() => RuleFor(r => r.Note).MaximumLength(2000);
}

public sealed class RefuseWriteOffValidator : AbstractValidator<RefuseWriteOffRequest>
{
    public RefuseWriteOffValidator() => RuleFor(r => r.Reasons).NotEmpty().WithMessage("不予核销须说明理由").Rule("H-FORM-5").MaximumLength(2000);
}
