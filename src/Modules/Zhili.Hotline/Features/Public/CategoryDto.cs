namespace Zhili.Hotline.Features.Public;

/// <summary>A category of the tree as the public list and the submit form offer it.</summary>
public sealed record CategoryDto(string Code, string Name, int Level, string? ParentCode, string? DefaultUnitCode, AppealType? DefaultType);
