namespace Zhili.Hotline.Features.Open311;

/// <summary>
/// A GeoReport v2 service: a leaf of the appeal category tree (only a leaf takes an appeal, H-FLOW). Every service is
/// <c>realtime</c> — the tracking number is known at once — and has attributes, so <c>metadata</c> is true.
/// </summary>
public sealed record Open311Service(string Code, string Name, string Group, string Subgroup, AppealType DefaultType, string? UnitName)
{
    public const string Realtime = "realtime";

    /// <summary>Always filled: where the service sits, how it is handled by default, and who usually handles it.</summary>
    public string Description(Sla sla)
    {
        var unit = UnitName is null ? "" : $"，通常由{UnitName}承办";
        return $"{Group} / {Subgroup} / {Name}：默认按{Texts.Type(DefaultType)}办理，交办后 {sla.DaysFor(DefaultType)} 个工作日内答复（H-SLA）{unit}。";
    }

    public string Keywords => string.Join(", ", new[] { Group, Subgroup, Name, Texts.Type(DefaultType) }.Distinct());

    public Open311Item ToNode(Sla sla) => new("service",
    [
        new Open311Field("service_code", Code), new Open311Field("service_name", Name), new Open311Field("description", Description(sla)),
        new Open311Field("metadata", true), new Open311Field("type", Realtime), new Open311Field("keywords", Keywords),
        new Open311Field("group", Group),
    ]);

    public Open311Item Definition(Sla sla) => new("service_definition",
    [
        new Open311Field("service_code", Code),
        new Open311List("attributes", Open311Attributes.For(DefaultType, sla).Select(a => (Open311Node)a.ToNode()).ToList()),
    ]);

    /// <summary>What the office will do, as POST and GET answers tell it (<c>service_notice</c>, H-SLA).</summary>
    public static string Notice(AppealType type, bool urgent, Sla sla) => urgent
        ? $"紧急诉求：交办承办单位后 {sla.Options.UrgentHours} 小时内处置（H-SLA）"
        : $"{Texts.Type(type)}类诉求：交办承办单位后 {sla.DaysFor(type)} 个工作日内办理答复（H-SLA）";
}
