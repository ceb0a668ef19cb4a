namespace Zhili.Roads.Domain;

/// <summary>R-CHIEF: the four levels of road chief (L3270–3306).</summary>
public enum ChiefLevel
{
    /// <summary>总路长: the district's principal leader.</summary>
    General = 1,

    /// <summary>副总路长: the district leader in charge of city management.</summary>
    Deputy = 2,

    /// <summary>一级路长: the county-level leader covering a street office.</summary>
    First = 3,

    /// <summary>二级路长: a street leader (deputy-section level or above) for one segment.</summary>
    Second = 4,
}

/// <summary>
/// R-CHIEF: a road chief's office — a level at a place (the district for 总/副总路长, the street for 一级, the segment for
/// 二级) — with every holder it has had. A change of holder closes the current term and opens a new one; no term is
/// overwritten, so what was decided under the old holder stays with the old person.
/// </summary>
public sealed class RoadChief : IUnitScoped, IVersioned
{
    public int Id { get; private set; }

    public int Version { get; private set; }

    public ChiefLevel Level { get; init; }

    /// <summary>The district, street or segment code the office covers.</summary>
    public required string Place { get; init; }

    /// <summary>The unit whose people may change the office: the district, or the street of the street or segment.</summary>
    public required string UnitCode { get; init; }

    public List<ChiefTerm> Terms { get; init; } = [];

    public ChiefTerm? Current => Terms.FirstOrDefault(t => t.LastDay is null);

    /// <summary>R-CHIEF: <paramref name="holder"/> holds the office from <paramref name="from"/>; the current holder's term ends the day before.</summary>
    public ChiefTerm Appoint(ChiefHolder holder, DateOnly from, string by)
    {
        if (Current is { } current)
        {
            if (from <= current.FirstDay)
            {
                throw new RuleViolationException("firstDay",
                    $"新任路长的任职日期应晚于现任 {current.HolderName} 的任职日期 {current.FirstDay:yyyy-MM-dd}（任职记录只增不改）", "R-CHIEF");
            }

            current.LastDay = from.AddDays(-1);
        }

        var term = new ChiefTerm { HolderName = holder.Name, Post = holder.Post, OfficePhone = holder.OfficePhone, FirstDay = from, AppointedBy = by };
        Terms.Add(term);
        return term;
    }
}

/// <summary>Who holds a road chief's office: the name and post are public on the board (R-BOARD); the phone is an office line.</summary>
public sealed record ChiefHolder(string Name, string Post, string OfficePhone);

/// <summary>R-CHIEF: one holder's term of a road chief's office, from its first day to its last (open while current).</summary>
public sealed class ChiefTerm
{
    public int Id { get; private set; }

    public int ChiefId { get; private set; }

    public required string HolderName { get; init; }

    public required string Post { get; init; }

    public required string OfficePhone { get; init; }

    public DateOnly FirstDay { get; init; }

    /// <summary>The term's last day; null while the holder is in office.</summary>
    public DateOnly? LastDay { get; set; }

    public required string AppointedBy { get; init; }
}
