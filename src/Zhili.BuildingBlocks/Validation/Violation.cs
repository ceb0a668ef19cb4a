namespace Zhili.BuildingBlocks.Validation;

/// <summary>One reason an input was refused: which field, why, and under which rule (RULES.md id), if any.</summary>
public sealed record Violation(string Field, string Reason, string? Rule = null);
