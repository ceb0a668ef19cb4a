namespace Zhili.Roads.Domain;

/// <summary>
/// R-SCOPE: a road of a district's urban scope, registered with its first segment. Not unit-scoped itself: a road's name
/// is a public fact, and its segments (which are) say who may see and change what lies on it.
/// </summary>
public sealed class Road
{
    public int Id { get; private set; }

    /// <summary>The county-level unit (K-UNITS) whose stretch of the road this is.</summary>
    public required string DistrictCode { get; init; }

    public required string Name { get; init; }
}
