namespace Zhili.BuildingBlocks.Security;

public static class ZhiliClaims
{
    /// <summary>The unit code the signed-in person acts for.</summary>
    public const string Unit = "zhili:unit";

    /// <summary>A partner key's granted scope (e.g. <c>blacklist.lookup</c>).</summary>
    public const string Scope = "zhili:scope";

    public const string DisplayName = "zhili:name";
}
