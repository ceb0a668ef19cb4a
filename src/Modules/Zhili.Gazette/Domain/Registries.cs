namespace Zhili.Gazette.Domain;

/// <summary>A member of a leading group or joint meeting (G-GROUP): name, post, organisation and role.</summary>
public sealed class GroupMember
{
    public int Id { get; set; }

    public int DocumentId { get; set; }

    public required string GroupName { get; set; }

    public int Order { get; set; }

    /// <summary>组长, 副组长, 召集人, 副召集人, 成员, 办公室主任 ….</summary>
    public required string Role { get; set; }

    public required string Name { get; set; }

    /// <summary>The post as printed, e.g. 市农委主任.</summary>
    public required string Post { get; set; }

    /// <summary>The organisation part of the post (best effort), e.g. 市农委.</summary>
    public required string Organisation { get; set; }
}

/// <summary>An entry of a commendation list (G-LIST): a unit or a person.</summary>
public sealed class Commendation
{
    public int Id { get; set; }

    public int DocumentId { get; set; }

    public required string ListName { get; set; }

    /// <summary>单位 or 个人.</summary>
    public required string Kind { get; set; }

    public int Order { get; set; }

    public required string Name { get; set; }
}

/// <summary>A coal mine on the closure list (G-LIST).</summary>
public sealed class CoalMine
{
    public int Id { get; set; }

    public int DocumentId { get; set; }

    public int Seq { get; set; }

    public required string Name { get; set; }

    /// <summary>煤矿性质: 直管, 兼并重组, 地方矿.</summary>
    public required string Nature { get; set; }

    public required string Address { get; set; }

    /// <summary>核定 (设计) 能力, 万吨/年.</summary>
    public int CapacityWanTonnes { get; set; }
}
