namespace Zhili.Hotline.Features.Open311;

/// <summary>
/// GeoReport v2 POST: a service code, a full location (lat and long, or address_string), a contact phone of any
/// country (when given), and attribute answers from the service definition. Field names are the spec's.
/// </summary>
public sealed class Open311PostValidator : AbstractValidator<Open311PostRequest>
{
    public Open311PostValidator(Sla sla)
    {
        var attributes = Open311Attributes.For(AppealType.Help, sla).ToDictionary(a => a.Code, StringComparer.OrdinalIgnoreCase);
        RuleFor(r => r.ServiceCode).NotEmpty().WithMessage("请提供 service_code（诉求分类代码，见 services 列表）").Rule("H-FLOW")
            .OverridePropertyName("service_code");
        RuleFor(r => r).Must(r => r.LatitudeText is not null || r.LongitudeText is not null || r.AddressString is not null)
            .WithMessage(r => r.AddressId is null
                ? "请提供位置：lat 和 long，或 address_string"
                : "暂不支持 address_id（没有地址库）：请提供 lat 和 long，或 address_string").Rule("H-FLOW")
            .OverridePropertyName("location");
        RuleFor(r => r.LatitudeText).Must((r, lat) => (lat is null) == (r.LongitudeText is null)).WithMessage("lat 和 long 须同时提供").Rule("H-FLOW")
            .OverridePropertyName("lat");
        RuleFor(r => r.Latitude).NotNull().WithMessage("lat 应为 WGS84 纬度数值，如 34.7466")
            .InclusiveBetween(-90, 90).WithMessage("lat 应在 -90 到 90 之间")
            .When(r => r.LatitudeText is not null).OverridePropertyName("lat");
        RuleFor(r => r.Longitude).NotNull().WithMessage("long 应为 WGS84 经度数值，如 113.6253")
            .InclusiveBetween(-180, 180).WithMessage("long 应在 -180 到 180 之间")
            .When(r => r.LongitudeText is not null).OverridePropertyName("long");
        RuleFor(r => r.AddressString).MaximumLength(200).WithMessage("address_string 不能超过 200 字").OverridePropertyName("address_string");
        // Kept as given (normalised by PhoneOf): a partner's caller may have a number of another country or shape.
        RuleFor(r => r.Phone).Matches(@"^(\+\d{3,19}|\d{3,20})$").When(r => r.Phone is not null)
            .WithMessage("phone 应为电话号码：数字，可带 + 和国家代码，不超过 20 位 (a phone number of up to 20 digits)").Rule("H-FLOW")
            .OverridePropertyName("phone");
        RuleFor(r => Open311Intake.Name(r.FirstName, r.LastName)).MaximumLength(50).WithMessage("first_name 与 last_name 合计不能超过 50 字")
            .OverridePropertyName("last_name");
        RuleFor(r => r.MediaUrl).Must(BeWebAddress).WithMessage("media_url 应为 http 或 https 的完整网址，不超过 500 字")
            .When(r => r.MediaUrl is not null).OverridePropertyName("media_url");
        RuleFor(r => r.Description).MaximumLength(Open311Text.Limit).WithMessage($"description 不能超过 {Open311Text.Limit} 字")
            .OverridePropertyName("description");
        RuleFor(r => Open311Text.Compose(r.Description ?? "", Open311Answers.Of(r.Attributes).Periods, r.MediaUrl).Length)
            .LessThanOrEqualTo(Open311Text.Limit).WithMessage($"description 连同时段和 media_url 不能超过 {Open311Text.Limit} 字")
            .When(r => (r.Description?.Length ?? 0) <= Open311Text.Limit).OverridePropertyName("description");
        RuleForEach(r => r.Attributes).Custom((answer, context) =>
        {
            var field = $"attribute[{answer.Key}]";
            if (!attributes.TryGetValue(answer.Key, out var attribute))
            {
                context.AddFailure(field, $"没有代码为 {answer.Key} 的属性：见该服务的定义（services/{{service_code}}）");
            }
            else if (!attribute.IsMulti && answer.Value.Count > 1)
            {
                context.AddFailure(field, $"{attribute.Code} 只能选一个值");
            }
            else if (answer.Value.FirstOrDefault(v => attribute.Find(v) is null) is { } bad)
            {
                context.AddFailure(field, $"“{bad}”不是 {attribute.Code} 的可选值：{string.Join("、", attribute.Values.Select(v => v.Key))}");
            }
        });
    }

    private static bool BeWebAddress(string? url) => url is { Length: <= 500 }
        && Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
