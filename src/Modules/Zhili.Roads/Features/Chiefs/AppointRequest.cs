using System.Text.RegularExpressions;

namespace Zhili.Roads.Features.Chiefs;

/// <summary>
/// R-CHIEF: who holds a road chief's office from which day. <see cref="Place"/> is the district's code for 总路长 and
/// 副总路长, the street's for 一级路长, the segment's for 二级路长. <see cref="Version"/> is the office's as read, if it exists.
/// </summary>
public sealed record AppointRequest(ChiefLevel? Level, string? Place, string? HolderName, string? Post, string? OfficePhone, DateOnly? FirstDay, int? Version = null);

public sealed partial class AppointValidator : AbstractValidator<AppointRequest>
{
    /// <summary>The system's first month: the districts named their chiefs by the end of July 2018 (L3199).</summary>
    public static readonly DateOnly Earliest = new(2018, 1, 1);

    public AppointValidator(TimeProvider clock)
    {
        RuleFor(r => r.Level).NotNull().WithMessage("请选择路长级别").Rule("R-CHIEF")
            .IsInEnum().WithMessage("路长级别应为总路长、副总路长、一级路长或二级路长").Rule("R-CHIEF");
        RuleFor(r => r.Place).NotEmpty().WithMessage("请选择路长负责的区、街道或路段").Rule("R-CHIEF").MaximumLength(RoadCodes.MaxLength);
        RuleFor(r => r.HolderName).NotEmpty().WithMessage("请填写路长姓名").Rule("R-CHIEF").MaximumLength(50);
        RuleFor(r => r.Post).NotEmpty().WithMessage("请填写路长职务，如“金水区人民政府副区长”").Rule("R-CHIEF").MaximumLength(100);
        // R-BOARD: the board shows the office line; a private mobile number is never published (K-MASK).
        RuleFor(r => r.OfficePhone).NotEmpty().WithMessage("请填写办公电话").Rule("R-BOARD")
            .Must(p => p is null || OfficeLine().IsMatch(p.Trim())).WithMessage("办公电话应为固定电话，如 0371-67181234；不公布个人手机号码").Rule("R-BOARD");
        RuleFor(r => r.FirstDay).NotNull().WithMessage("请填写任职日期").Rule("R-CHIEF")
            .Must(d => d is null || (d >= Earliest && d <= Zhili.Kernel.Civil.Today(clock)))
            .WithMessage($"任职日期应在 {Earliest:yyyy-MM-dd} 至今天之间").Rule("R-CHIEF");
    }

    [GeneratedRegex(@"^(0\d{2,3}-?)?[2-8]\d{6,7}(-\d{1,6})?$")]
    private static partial Regex OfficeLine();
}
