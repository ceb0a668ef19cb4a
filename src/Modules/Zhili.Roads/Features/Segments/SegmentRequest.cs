namespace Zhili.Roads.Features.Segments;

/// <summary>R-SCOPE: a segment as staff register or edit it. On an edit the code is the route's and <see cref="Version"/> the one read.</summary>
public sealed record SegmentRequest(
    string? Code, string? Name, string? RoadName, string? StreetCode, AreaClass? AreaClass, int? LengthMetres,
    string? StartDescription, string? EndDescription,
    double? StartLatitude = null, double? StartLongitude = null, double? EndLatitude = null, double? EndLongitude = null,
    int? Version = null);

/// <summary>R-SCOPE: the segment lies on a street of the urban scope; its code, class, length and coordinates are sane.</summary>
public sealed class SegmentValidator : AbstractValidator<SegmentRequest>
{
    public SegmentValidator(IAdminUnits units)
    {
        RuleFor(r => r.Code).Must(c => RoadCodes.IsValid(RoadCodes.Normalize(c)))
            .WithMessage("路段编码应为大写字母、数字和连字符，如 JS-HYL-01（区-路-序号）").Rule("R-SCOPE");
        RuleFor(r => r.Name).NotEmpty().WithMessage("请填写路段名称").Rule("R-SCOPE").MaximumLength(60);
        RuleFor(r => r.RoadName).NotEmpty().WithMessage("请填写所在道路").Rule("R-SCOPE").MaximumLength(60);
        RuleFor(r => r.StreetCode).Must(c => SegmentPlaces.StreetOfScope(units, c) is not null)
            .WithMessage("请选择实施范围内各区的街道（乡镇）办事处").Rule("R-SCOPE");
        RuleFor(r => r.AreaClass).NotNull().WithMessage("请选择区域类别：重点区域、双重区域或一般区域").Rule("R-SCOPE")
            .IsInEnum().WithMessage("区域类别应为重点区域、双重区域或一般区域").Rule("R-SCOPE");
        RuleFor(r => r.LengthMetres).NotNull().WithMessage("请填写路段长度（米）").Rule("R-SCOPE")
            .InclusiveBetween(1, 100_000).WithMessage("路段长度应在 1 至 100000 米之间").Rule("R-SCOPE");
        RuleFor(r => r.StartDescription).NotEmpty().WithMessage("请填写起点").Rule("R-SCOPE").MaximumLength(200);
        RuleFor(r => r.EndDescription).NotEmpty().WithMessage("请填写止点").Rule("R-SCOPE").MaximumLength(200);
        Latitude(RuleFor(r => r.StartLatitude)).Must((r, v) => (v is null) == (r.StartLongitude is null)).WithMessage(Both).Rule("R-SCOPE");
        Longitude(RuleFor(r => r.StartLongitude));
        Latitude(RuleFor(r => r.EndLatitude)).Must((r, v) => (v is null) == (r.EndLongitude is null)).WithMessage(Both).Rule("R-SCOPE");
        Longitude(RuleFor(r => r.EndLongitude));
    }

    private const string Both = "经度和纬度应同时填写";

    /// <summary>WGS-84 degrees within China's extent.</summary>
    private static IRuleBuilderOptions<SegmentRequest, double?> Latitude(IRuleBuilder<SegmentRequest, double?> rule) =>
        rule.Must(v => v is null or >= 3.8 and <= 53.6).WithMessage("纬度应为中国境内的 WGS-84 纬度，如 34.7466").Rule("R-SCOPE");

    private static IRuleBuilderOptions<SegmentRequest, double?> Longitude(IRuleBuilder<SegmentRequest, double?> rule) =>
        rule.Must(v => v is null or >= 73.5 and <= 135.1).WithMessage("经度应为中国境内的 WGS-84 经度，如 113.6253").Rule("R-SCOPE");
}
