namespace Zhili.Hotline.Features;

public sealed class SupervisionValidator : AbstractValidator<SupervisionRequest>
{
    public SupervisionValidator()
    {
        RuleFor(r => r.Level).IsInEnum().WithMessage("督办等级应为一般、专项或重点").Rule("H-LVL");
        RuleFor(r => r.Reason).NotEmpty().WithMessage("督办须说明理由").Rule("H-LVL").MaximumLength(2000);
    }
}

public sealed class OpenSupervisionValidator : AbstractValidator<OpenSupervisionRequest>
{
    public OpenSupervisionValidator()
    {
        RuleFor(r => r.AppealIds).NotEmpty().WithMessage("请选择要督办的诉求").Rule("H-LVL")
            .Must(ids => ids is null || ids.Count <= 50).WithMessage("一个督办件最多包含 50 件诉求").Rule("H-LVL");
        RuleFor(r => r.Level).IsInEnum().WithMessage("督办等级应为一般、专项或重点").Rule("H-LVL");
        RuleFor(r => r.Reason).NotEmpty().WithMessage("督办须说明理由").Rule("H-LVL").MaximumLength(2000);
    }
}

public sealed class AddAppealValidator : AbstractValidator<AddAppealRequest>
{
    public AddAppealValidator()
    {
        RuleFor(r => r.AppealId).GreaterThan(0).WithMessage("请选择诉求").Rule("H-LVL");
        RuleFor(r => r.Reason).NotEmpty().WithMessage("请说明并入督办的理由").Rule("H-LVL").MaximumLength(2000);
    }
}

public sealed class PhoneFollowUpValidator : AbstractValidator<PhoneFollowUpRequest>
{
    public PhoneFollowUpValidator()
    {
        RuleFor(r => r.UnitCode).NotEmpty().WithMessage("请填写所联系的单位").Rule("H-FORM-1").MaximumLength(20);
        RuleFor(r => r.CalledAt).NotNull().WithMessage("请填写通话时间").Rule("H-FORM-1");
        RuleFor(r => r.Caller).NotEmpty().WithMessage("请填写跟踪人").Rule("H-FORM-1").MaximumLength(100);
        RuleFor(r => r.Contact).NotEmpty().WithMessage("请填写接听人及其职务").Rule("H-FORM-1").MaximumLength(100);
        RuleFor(r => r.Agreed).NotEmpty().WithMessage("请记录商定的事项").Rule("H-FORM-1").MaximumLength(4000);
    }
}

public sealed class NoticeValidator : AbstractValidator<NoticeRequest>
{
    public NoticeValidator()
    {
        RuleFor(r => r.UnitCode).NotEmpty().WithMessage("请选择承办单位").Rule("H-FORM-2").MaximumLength(20);
        RuleFor(r => r.WorkingDays).InclusiveBetween(1, 60).WithMessage("办结时限应为 1 至 60 个工作日").Rule("H-FORM-2");
        RuleFor(r => r.Requirements).NotEmpty().WithMessage("请写明办理要求").Rule("H-FORM-2").MaximumLength(4000);
        RuleFor(r => r.ResponsiblePerson).NotEmpty().WithMessage("请写明第一责任人").Rule("H-FORM-2").MaximumLength(50);
    }
}

public sealed class NoticeReplyValidator : AbstractValidator<NoticeReplyRequest>
{
    public NoticeReplyValidator()
    {
        RuleFor(r => r.Text).NotEmpty().WithMessage("请填写书面回复的内容").Rule("H-FORM-2").MaximumLength(4000);
        RuleFor(r => r.SignedBy).NotEmpty().WithMessage("书面回复须由第一责任人审签").Rule("H-FORM-2").MaximumLength(50);
    }
}

public sealed class MeetingValidator : AbstractValidator<MeetingRequest>
{
    public MeetingValidator()
    {
        RuleFor(r => r.HeldAt).NotNull().WithMessage("请填写会议时间").Rule("H-FORM-3");
        RuleFor(r => r.Place).NotEmpty().WithMessage("请填写会议地点").MaximumLength(200);
        RuleFor(r => r.UnitCodes).NotEmpty().WithMessage("请填写参会单位").Rule("H-FORM-3")
            .Must(u => u is null || u.Count <= 40).WithMessage("参会单位最多 40 个");
        RuleFor(r => r.Guests).Must(g => g is null || g.Count <= 40).WithMessage("受邀人员最多 40 人");
        RuleForEach(r => r.Guests).ChildRules(g =>
        {
            g.RuleFor(x => x.Kind).IsInEnum().WithMessage("受邀人员应为人大代表、政协委员、行风监督员或新闻媒体").Rule("H-FORM-3");
            g.RuleFor(x => x.Name).NotEmpty().WithMessage("请填写受邀人员姓名").MaximumLength(100);
        });
        RuleFor(r => r.Minutes).NotEmpty().WithMessage("请填写会议纪要").Rule("H-FORM-3").MaximumLength(8000);
        RuleFor(r => r.Duties).NotEmpty().WithMessage("协调会须明确各责任单位的职责和办结时限").Rule("H-FORM-3")
            .Must(d => d is null || d.Count <= 40).WithMessage("职责最多 40 项");
        RuleForEach(r => r.Duties).ChildRules(d =>
        {
            d.RuleFor(x => x.UnitCode).NotEmpty().WithMessage("请填写责任单位").Rule("H-FORM-3").MaximumLength(20);
            d.RuleFor(x => x.Duty).NotEmpty().WithMessage("请填写职责").Rule("H-FORM-3").MaximumLength(2000);
            d.RuleFor(x => x.WorkingDays).InclusiveBetween(1, 60).WithMessage("办结时限应为 1 至 60 个工作日").Rule("H-FORM-3");
        });
    }
}

public sealed class VisitValidator : AbstractValidator<VisitRequest>
{
    public VisitValidator()
    {
        RuleFor(r => r.VisitedAt).NotNull().WithMessage("请填写督导时间").Rule("H-FORM-4");
        RuleFor(r => r.Place).NotEmpty().WithMessage("请填写督导地点").Rule("H-FORM-4").MaximumLength(200);
        RuleFor(r => r.Participants).NotEmpty().WithMessage("请填写参加现场督导的人员").Rule("H-FORM-4")
            .Must(p => p is null || p.Count <= 40).WithMessage("参加人员最多 40 项");
        RuleFor(r => r.Findings).NotEmpty().WithMessage("请填写现场察看的情况").Rule("H-FORM-4").MaximumLength(4000);
        RuleFor(r => r.AgreedActions).NotEmpty().WithMessage("请填写商定的措施").Rule("H-FORM-4").MaximumLength(4000);
    }
}
