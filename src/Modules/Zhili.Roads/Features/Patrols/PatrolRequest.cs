using Zhili.BuildingBlocks.Documents;

namespace Zhili.Roads.Features.Patrols;

/// <summary>
/// R-PATROL: a patrol of the segment of that code, made at <see cref="At"/> (now when not given) for the office of
/// <see cref="Level"/> (二级路长 when not given), with findings and a photo (JPEG, PNG or WebP, base64 in JSON).
/// </summary>
public sealed record PatrolRequest(string? Segment, DateTimeOffset? At, string? Findings, byte[]? Photo, ChiefLevel? Level = null);

public sealed class PatrolValidator : AbstractValidator<PatrolRequest>
{
    public PatrolValidator(TimeProvider clock)
    {
        RuleFor(r => r.Segment).NotEmpty().WithMessage("请选择巡查的路段").Rule("R-PATROL").MaximumLength(RoadCodes.MaxLength);
        RuleFor(r => r.At).Must(at => at is null || at.Value <= clock.GetUtcNow() + PatrolRules.ClockSkew)
            .WithMessage("巡查时间不能晚于现在").Rule("R-PATROL")
            .Must(at => at is null || at.Value >= PatrolRules.Earliest).WithMessage("巡查时间应在路长制实施（2018 年）之后").Rule("R-PATROL");
        RuleFor(r => r.Level).Must(l => l is null or ChiefLevel.General or ChiefLevel.First or ChiefLevel.Second)
            .WithMessage("巡查职责属于总路长、一级路长或二级路长").Rule("R-PATROL");
        RuleFor(r => r.Findings).MaximumLength(PatrolRules.FindingsLength)
            .WithMessage($"巡查发现不超过 {PatrolRules.FindingsLength} 字").Rule("R-PATROL");
        RuleFor(r => r.Photo).Must(p => p is null || p.Length <= PatrolRules.PhotoBytes)
            .WithMessage("照片不超过 5 MB，请压缩后再上传").Rule("R-PATROL")
            .Must(p => p is null || p.Length > PatrolRules.PhotoBytes || ImageFiles.TypeOf(p) is not null)
            .WithMessage("照片应为 JPEG、PNG 或 WebP 图片").Rule("R-PATROL");
    }
}

public static class PatrolRules
{
    public const int FindingsLength = Patrol.FindingsLength;

    public const int PhotoBytes = 5 * 1024 * 1024;

    /// <summary>A phone's clock may run a little ahead of the server's.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public static readonly DateTimeOffset Earliest = new(2018, 1, 1, 0, 0, 0, Zhili.Kernel.Civil.ShanghaiOffset);
}
