namespace Zhili.Kernel.Units;

/// <summary>An administrator's request to add a street (街道) or township (乡镇) under a county-level unit.</summary>
public sealed record NewUnit(string Code, string Name, string ParentCode, UnitKind Kind);
