namespace Zhili.Hotline.Domain.Bulletins;

/// <summary>H-CRIT: why a bulletin criticises a unit (L4247–4249: 作风拖沓、办件不及时、未按要求回复).</summary>
public enum CriticismGround
{
    SlowHandling = 1, // 作风拖沓
    LateHandling = 2, // 办件不及时
    NoReply = 3,      // 未按要求回复
}

/// <summary>
/// H-CRIT: a city-wide criticism (通报批评) of a handling unit, from a bulletin. It is sent to the performance-assessment
/// and 行风评议 departments, and the unit owes a written explanation (情况说明) until it is recorded.
/// </summary>
public sealed class Criticism : IUnitScoped, IVersioned
{
    /// <summary>L4249: "送绩效考核部门和行风评议部门".</summary>
    public static readonly IReadOnlyList<string> Recipients = ["绩效考核部门", "行风评议部门"];

    public long Id { get; private set; }

    /// <summary>ARCHITECTURE rule 16: moved when the explanation is recorded.</summary>
    public int Version { get; private set; }

    public required string UnitCode { get; init; }

    /// <summary>The calendar year (K-TZ) of the criticism: H-TALK counts criticisms within one year.</summary>
    public int Year { get; init; }

    /// <summary>The how-manieth criticism of the unit in <see cref="Year"/> (unique with the unit and the year).</summary>
    public int Ordinal { get; init; }

    public CriticismGround Ground { get; init; }

    public required string Reason { get; init; }

    /// <summary>The bulletin it came from: its period, first day and name.</summary>
    public BulletinPeriod BulletinPeriod { get; init; }

    public DateOnly BulletinFirst { get; init; }

    public required string BulletinLabel { get; init; }

    /// <summary>The departments it was sent to (H-CRIT), recorded with the criticism.</summary>
    public List<string> SentTo { get; init; } = [];

    public DateTime IssuedAt { get; init; }

    public required string IssuedBy { get; init; }

    public string? Explanation { get; private set; }

    public DateTime? ExplainedAt { get; private set; }

    public string? ExplainedBy { get; private set; }

    public bool ExplanationOwed => Explanation is null;

    /// <summary>The unit's written explanation to the city government, recorded once.</summary>
    public void Explain(string text, DateTime at, string actor)
    {
        if (Explanation is not null)
        {
            throw new RuleViolationException("explanation", "该通报批评的情况说明已经记录", "H-CRIT");
        }

        Explanation = text.Trim();
        ExplainedAt = at;
        ExplainedBy = actor;
    }

    public static string GroundName(CriticismGround g) => g switch
    {
        CriticismGround.SlowHandling => "作风拖沓",
        CriticismGround.LateHandling => "办件不及时",
        CriticismGround.NoReply => "未按要求回复",
        _ => g.ToString(),
    };
}
