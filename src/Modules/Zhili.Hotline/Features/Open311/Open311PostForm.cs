using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Zhili.Hotline.Features.Open311;

/// <summary>
/// The POST Service Request form as the OpenAPI document shows it: GeoReport v2's fields by their spec names. Only a
/// description — the endpoint reads the form itself (<see cref="Open311PostRequest.From"/>).
/// </summary>
[Description("GeoReport v2 POST Service Request (application/x-www-form-urlencoded). Attribute answers come as "
    + "attribute[CODE]=value, a multi-valued list as repeated attribute[CODE][]=value (codes: services/{service_code}).")]
public sealed record Open311PostForm(
    [property: JsonPropertyName("api_key"), Description("合作系统密钥（授权范围 open311.post）；也可放在查询参数 api_key 或请求头 X-Api-Key")] string? ApiKey,
    [property: JsonPropertyName("jurisdiction_id"), Description("Not used: Zhili serves one jurisdiction")] string? JurisdictionId,
    [property: JsonPropertyName("service_code"), Description("末级诉求分类代码（services 列表）"), JsonRequired] string ServiceCode,
    [property: JsonPropertyName("lat"), Description("WGS84 纬度；与 long 同时提供，或提供 address_string")] double? Latitude,
    [property: JsonPropertyName("long"), Description("WGS84 经度")] double? Longitude,
    [property: JsonPropertyName("address_string"), Description("地址，不超过 200 字")] string? AddressString,
    [property: JsonPropertyName("address_id"), Description("Not supported (no address register): send lat/long or address_string")] string? AddressId,
    [property: JsonPropertyName("email"), Description("Not kept: the hotline answers by phone")] string? Email,
    [property: JsonPropertyName("device_id"), Description("Not kept")] string? DeviceId,
    [property: JsonPropertyName("account_id"), Description("Not kept")] string? AccountId,
    [property: JsonPropertyName("first_name"), Description("诉求人名")] string? FirstName,
    [property: JsonPropertyName("last_name"), Description("诉求人姓")] string? LastName,
    [property: JsonPropertyName("phone"), Description("联系电话，任何国家的号码；空格、横线去掉，+86 去掉")] string? Phone,
    [property: JsonPropertyName("description"), Description("诉求内容，不超过 4000 字")] string? Text,
    [property: JsonPropertyName("media_url"), Description("http(s) 图片或附件地址，不超过 500 字")] string? MediaUrl)
{
    /// <summary>attribute[CODE] and attribute[CODE][] fields.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Attributes { get; init; }
}
