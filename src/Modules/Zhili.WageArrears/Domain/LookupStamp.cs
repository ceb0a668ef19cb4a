namespace Zhili.WageArrears.Domain;

/// <summary>
/// B-CREDIT: one row whose version goes up in the same transaction as every change of a case or party. Each app node
/// keeps the listed entries in memory for the lookup and reloads them when the version it reads has moved, so a
/// decision shows in the next lookup on every node, never only in the next edition.
/// </summary>
public sealed class LookupStamp
{
    public const int SingleId = 1;

    public int Id { get; init; }

    public long Version { get; init; }
}
