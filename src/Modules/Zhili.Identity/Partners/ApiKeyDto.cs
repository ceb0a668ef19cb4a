namespace Zhili.Identity.Partners;

public enum ApiKeyState
{
    Active,
    Expired,
    Revoked,
}

/// <summary>A partner key as the API and the page show it: never its hash, never its secret.</summary>
public sealed record ApiKeyDto(
    long Id, string Partner, string Prefix, IReadOnlyList<string> Scopes, int RequestsPerMinute,
    DateTime CreatedAt, string? CreatedBy, DateTime ExpiresAt, DateTime? RevokedAt, string? RevokedBy, DateTime? LastUsedAt, ApiKeyState State)
{
    public static ApiKeyDto From(ApiKey k, DateTime now) => new(
        k.Id, k.Partner, ApiKeyFormat.Display(k.Prefix), k.ScopeList, k.RequestsPerMinute,
        k.CreatedAt, k.CreatedBy, k.ExpiresAt, k.RevokedAt, k.RevokedBy, k.LastUsedAt, StateOf(k, now));

    public static ApiKeyState StateOf(ApiKey k, DateTime now) =>
        k.RevokedAt is not null ? ApiKeyState.Revoked : k.IsActive(now) ? ApiKeyState.Active : ApiKeyState.Expired;
}

/// <summary>The answer to an issue: the whole key, which is shown this once and cannot be read again.</summary>
public sealed record IssuedApiKeyDto(ApiKeyDto Key, string Secret, string Warning)
{
    public const string Notice = "密钥只显示这一次，请立即复制并安全地交给合作系统；丢失后只能吊销并重新签发 (the key is shown only once)";
}
