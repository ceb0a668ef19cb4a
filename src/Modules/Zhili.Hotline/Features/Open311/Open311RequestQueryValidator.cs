namespace Zhili.Hotline.Features.Open311;

public sealed class Open311RequestQueryValidator : AbstractValidator<Open311RequestQuery>
{
    public Open311RequestQueryValidator()
    {
        RuleFor(q => Open311RequestQuery.Items(q.ServiceRequestId)).Must(ids => ids.Count <= Open311RequestQuery.MaxIds && ids.All(i => i.Length <= 20))
            .WithMessage($"service_request_id 最多 {Open311RequestQuery.MaxIds} 个受理编号，以逗号分隔").OverridePropertyName("service_request_id");
        RuleFor(q => Open311RequestQuery.Items(q.ServiceCode)).Must(codes => codes.All(c => c.Length == 6 && c.All(char.IsAsciiDigit)))
            .WithMessage("service_code 应为 6 位数字的分类代码，多个以逗号分隔").OverridePropertyName("service_code");
        RuleFor(q => q.Start).NotNull().When(q => !string.IsNullOrWhiteSpace(q.StartDate))
            .WithMessage("start_date 应为带时区的 W3C 日期时间，如 2025-06-01T00:00:00Z").OverridePropertyName("start_date");
        RuleFor(q => q.End).NotNull().When(q => !string.IsNullOrWhiteSpace(q.EndDate))
            .WithMessage("end_date 应为带时区的 W3C 日期时间，如 2025-06-30T23:59:59Z").OverridePropertyName("end_date");
        RuleFor(q => q).Must(q => q.Start is not { } s || q.End is not { } e || (e >= s && e - s <= Open311RequestQuery.Window))
            .WithMessage("end_date 应不早于 start_date，且查询范围不能超过 90 天").OverridePropertyName("end_date");
        RuleFor(q => Open311RequestQuery.Items(q.Status)).Must(s => s.All(x => x.ToLowerInvariant() is Open311Status.Open or Open311Status.Closed))
            .WithMessage("status 应为 open 或 closed，多个以逗号分隔").OverridePropertyName("status");
        RuleFor(q => q.Page).Must(p => Count(p) >= 1).When(q => !string.IsNullOrWhiteSpace(q.Page))
            .WithMessage("page 应为正整数").OverridePropertyName("page");
        RuleFor(q => q.PageSize).Must(p => Count(p) is >= 1 and <= Open311RequestQuery.MaxPageSize).When(q => !string.IsNullOrWhiteSpace(q.PageSize))
            .WithMessage($"page_size 应为 1 到 {Open311RequestQuery.MaxPageSize} 之间的整数").OverridePropertyName("page_size");
    }

    private static int Count(string? text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
}
