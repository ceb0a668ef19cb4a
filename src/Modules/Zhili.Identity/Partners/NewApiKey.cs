namespace Zhili.Identity.Partners;

/// <summary>An administrator's request to issue a partner key (the API's body and the issue form's input).</summary>
public sealed class NewApiKey
{
    public const int DefaultRequestsPerMinute = 60;
    public const int MaxRequestsPerMinute = 6000;
    public const int MaxYears = 3;

    /// <summary>The partner system, e.g. 市公共资源交易中心.</summary>
    public string? Partner { get; set; }

    /// <summary>Granted scopes, separated by spaces or commas, e.g. <c>blacklist.lookup open311</c>.</summary>
    public string? Scopes { get; set; }

    /// <summary>The key's own limit; <see cref="DefaultRequestsPerMinute"/> when empty.</summary>
    public int? RequestsPerMinute { get; set; }

    /// <summary>The last civil (Asia/Shanghai) day the key works; a year from today when empty, at most three years.</summary>
    public DateOnly? ExpiresOn { get; set; }

    public IReadOnlyList<string> ScopeList =>
        (Scopes ?? "").Split([' ', ',', '，', '、', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The default expiry for a key issued on <paramref name="today"/>.</summary>
    public static DateOnly DefaultExpiry(DateOnly today) => today.AddYears(1);
}
