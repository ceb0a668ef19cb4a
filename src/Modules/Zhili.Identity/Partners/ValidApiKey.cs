namespace Zhili.Identity.Partners;

/// <summary>What a request needs of a valid key (a snapshot; the row itself is not cached).</summary>
public sealed record ValidApiKey(long Id, string Prefix, byte[] Hash, string Partner, IReadOnlyList<string> Scopes, int RequestsPerMinute, DateTime ExpiresAt)
{
    public static ValidApiKey From(ApiKey k) =>
        new(k.Id, k.Prefix, Convert.FromHexString(k.Hash), k.Partner, k.ScopeList, k.RequestsPerMinute, k.ExpiresAt);
}
