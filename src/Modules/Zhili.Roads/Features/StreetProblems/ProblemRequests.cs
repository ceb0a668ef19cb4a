namespace Zhili.Roads.Features.StreetProblems;

public static class ProblemLimits
{
    public const int Description = 500;

    /// <summary>A photo may be up to 5 MB.</summary>
    public const int PhotoBytes = 5 * 1024 * 1024;
}

/// <summary>R-3BAO: a problem found on a segment; the photo (optional) is an image's bytes, base64 in JSON.</summary>
public sealed record ReportRequest(string? SegmentCode, string? CategoryCode, string? Description, double? Latitude, double? Longitude, byte[]? Photo = null);

/// <summary>立案 (R-LOOP); <see cref="Version"/> is the problem's as read.</summary>
public sealed record FileRequest(int? Version);

/// <summary>处理 (R-LOOP): what was done, and a photo of the result if taken.</summary>
public sealed record HandleRequest(int? Version, string? Note, byte[]? Photo = null);

/// <summary>复查 (R-LOOP): passed closes the problem; failed sends it back to 处理 with the reason.</summary>
public sealed record RecheckRequest(int? Version, bool? Passed, string? Note);

/// <summary>上报 (R-LOOP, L3302–3306): why the problem is serious enough for the district.</summary>
public sealed record EscalateRequest(int? Version, string? Reason);

public sealed class ReportValidator : AbstractValidator<ReportRequest>
{
    public ReportValidator()
    {
        RuleFor(r => r.SegmentCode).NotEmpty().WithMessage("请选择发现问题的路段").Rule("R-3BAO").MaximumLength(RoadCodes.MaxLength);
        RuleFor(r => r.CategoryCode).Must(c => ProblemCategory.Find(c) is not null)
            .WithMessage("请选择问题类别：包秩序、包卫生或包立面下的一类").Rule("R-3BAO");
        RuleFor(r => r.Description).NotEmpty().WithMessage("请描述问题").Rule("R-3BAO")
            .MaximumLength(ProblemLimits.Description).WithMessage($"问题描述不超过 {ProblemLimits.Description} 字").Rule("R-3BAO");
        RuleFor(r => r.Latitude).InclusiveBetween(-90, 90).WithMessage("纬度应在 -90 至 90 之间").Rule("R-3BAO");
        RuleFor(r => r.Longitude).InclusiveBetween(-180, 180).WithMessage("经度应在 -180 至 180 之间").Rule("R-3BAO");
        RuleFor(r => r.Latitude).NotNull().When(r => r.Longitude is not null).WithMessage("请同时填写纬度和经度").Rule("R-3BAO");
        RuleFor(r => r.Longitude).NotNull().When(r => r.Latitude is not null).WithMessage("请同时填写纬度和经度").Rule("R-3BAO");
        RuleFor(r => r.Photo).Must(p => p is null || Photos.TypeOf(p) is not null).WithMessage(Photos.Refusal).Rule("R-3BAO");
    }
}

public sealed class HandleValidator : AbstractValidator<HandleRequest>
{
    public HandleValidator()
    {
        RuleFor(r => r.Note).MaximumLength(ProblemLimits.Description).WithMessage($"处理情况不超过 {ProblemLimits.Description} 字").Rule("R-LOOP");
        RuleFor(r => r.Photo).Must(p => p is null || Photos.TypeOf(p) is not null).WithMessage(Photos.Refusal).Rule("R-LOOP");
    }
}

public sealed class RecheckValidator : AbstractValidator<RecheckRequest>
{
    public RecheckValidator()
    {
        RuleFor(r => r.Passed).NotNull().WithMessage("请选择复查结果：通过或不通过").Rule("R-LOOP");
        RuleFor(r => r.Note).NotEmpty().When(r => r.Passed == false).WithMessage("复查不通过时请写明原因").Rule("R-LOOP")
            .MaximumLength(ProblemLimits.Description).Rule("R-LOOP");
    }
}

public sealed class EscalateValidator : AbstractValidator<EscalateRequest>
{
    public EscalateValidator()
    {
        RuleFor(r => r.Reason).NotEmpty().WithMessage("请写明上报区政府的理由").Rule("R-LOOP")
            .MaximumLength(ProblemLimits.Description).Rule("R-LOOP");
    }
}
