using Microsoft.Extensions.Hosting;

namespace Zhili.Hotline.Features.Open311;

/// <summary>
/// The Open311 Service Discovery document (required by GeoReport v2): who to contact, how to get a key, and the one
/// GeoReport v2 endpoint with its formats. The endpoint is <c>production</c> only in the Production environment.
/// </summary>
public static class Open311Discovery
{
    public const string Specification = "http://wiki.open311.org/GeoReport_v2";

    /// <summary>When this document or the shape of the service definitions last changed (sortable, as the spec asks).</summary>
    public const string Changeset = "2025-06-10 00:00";

    public static Open311Item Of(HttpRequest request, IHostEnvironment environment)
    {
        var root = $"{request.Scheme}://{request.Host}{request.PathBase}";
        return new Open311Item("discovery",
        [
            new Open311Field("changeset", Changeset),
            new Open311Field("contact", "郑州市 12345 市长热线（市长电话室）：拨打 12345，或在本系统“接口说明”页查看接口文档"),
            new Open311Field("key_service", $"提交诉求须有合作系统密钥（授权范围 {Open311Endpoints.PostScope}），由系统管理员在 {root}/admin/partners 签发；查询无需密钥"),
            new Open311List("endpoints",
            [
                new Open311Item("endpoint",
                [
                    new Open311Field("specification", Specification),
                    new Open311Field("url", $"{root}{Open311Endpoints.Root}"),
                    new Open311Field("changeset", Changeset),
                    new Open311Field("type", environment.IsProduction() ? "production" : "test"),
                    new Open311List("formats", Open311Formats.Listed.Select(f => (Open311Node)new Open311Field("format", f)).ToList()),
                ]),
            ]),
        ]);
    }
}
