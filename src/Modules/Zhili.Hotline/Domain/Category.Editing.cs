namespace Zhili.Hotline.Domain;

/// <summary>
/// The office edits the tree (H-FLOW): it adds and renames categories, sets a leaf's default handling unit and its
/// working-day overrides per appeal type (H-SLA), and retires a category, which stays for the appeals filed under it.
/// </summary>
public sealed partial class Category
{
    /// <summary>Retired: kept with its code and name for history, offered to nobody, refused at intake.</summary>
    public DateTime? RetiredAt { get; set; }

    /// <summary>H-SLA [decision]: this leaf's handling days per appeal type; a type without a row takes the configured days.</summary>
    public List<CategorySla> Sla { get; set; } = [];

    public bool IsRetired => RetiredAt is not null;

    public bool IsLeaf => Level == 3;

    public int? SlaDays(AppealType type) => Sla.FirstOrDefault(s => s.Type == type)?.WorkingDays;

    /// <summary>
    /// The reason a code is not in the GB/T 39666-2020 shape, or null: six digits, two per level, the first pair never
    /// 00, and a third-level code never skipping the second level (110001 would hang a leaf under a first-level node).
    /// </summary>
    public static string? ShapeError(string? code)
    {
        if (code is null || code.Length != 6 || !code.All(char.IsAsciiDigit))
        {
            return "分类代码应为 6 位数字（每级 2 位）";
        }

        if (code[..2] == "00")
        {
            return "分类代码的第一级（前 2 位）不能为 00";
        }

        return code[4..] != "00" && code[2..4] == "00" ? "第三级分类代码的第二级（第 3–4 位）不能为 00" : null;
    }

    /// <summary>Name, default unit and type, and the SLA overrides; only a leaf carries a unit, a type or overrides.</summary>
    public void Edit(CategoryDraft draft)
    {
        if (!IsLeaf && (draft.DefaultUnitCode is not null || draft.DefaultType is not null || draft.Sla.Count > 0))
        {
            throw new RuleViolationException("defaultUnitCode", "只有第三级（末级）分类可以设置默认承办单位、诉求类型和办理时限", "H-FLOW");
        }

        if (IsLeaf && string.IsNullOrWhiteSpace(draft.DefaultUnitCode))
        {
            throw new RuleViolationException("defaultUnitCode", "末级分类须指定默认承办单位", "H-FLOW");
        }

        Name = draft.Name.Trim();
        DefaultUnitCode = draft.DefaultUnitCode;
        DefaultType = draft.DefaultType;
        Sla.RemoveAll(s => !draft.Sla.Any(d => d.Type == s.Type));
        foreach (var d in draft.Sla)
        {
            if (Sla.FirstOrDefault(s => s.Type == d.Type) is { } row)
            {
                row.WorkingDays = d.WorkingDays;
            }
            else
            {
                Sla.Add(new CategorySla { Type = d.Type, WorkingDays = d.WorkingDays });
            }
        }
    }

    /// <summary>Retires the category; a node whose children are still in use cannot be retired before them.</summary>
    public void Retire(DateTime at, bool hasActiveChildren)
    {
        if (IsRetired)
        {
            throw new RuleViolationException("code", $"分类 {Code} 已停用", "H-FLOW");
        }

        if (hasActiveChildren)
        {
            throw new RuleViolationException("code", $"分类 {Code} 下仍有在用的下级分类，请先停用下级分类", "H-FLOW");
        }

        RetiredAt = at;
    }
}

/// <summary>H-SLA [decision]: one appeal type's handling days for one category, instead of the configured default.</summary>
public sealed class CategorySla
{
    public int Id { get; set; }

    public int CategoryId { get; set; }

    public AppealType Type { get; set; }

    public int WorkingDays { get; set; }
}

/// <summary>One SLA override as the office enters it.</summary>
public sealed record SlaDays(AppealType Type, int WorkingDays);

/// <summary>What the office sets on a category, whichever way it edits it (API or page).</summary>
public sealed record CategoryDraft(string Name, string? DefaultUnitCode, AppealType? DefaultType, IReadOnlyList<SlaDays> Sla);
