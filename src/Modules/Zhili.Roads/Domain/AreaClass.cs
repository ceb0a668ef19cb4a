namespace Zhili.Roads.Domain;

/// <summary>R-SCOPE: the fine-management assessment area a segment lies in (L3191–3197).</summary>
public enum AreaClass
{
    /// <summary>重点区域.</summary>
    Key = 1,

    /// <summary>双重区域.</summary>
    Dual = 2,

    /// <summary>一般区域.</summary>
    General = 3,
}

public static class AreaClasses
{
    public static string Text(AreaClass c) => c switch
    {
        AreaClass.Key => "重点区域",
        AreaClass.Dual => "双重区域",
        _ => "一般区域",
    };
}
