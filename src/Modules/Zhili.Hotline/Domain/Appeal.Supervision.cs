namespace Zhili.Hotline.Domain;

/// <summary>H-LVL: opening and escalating the supervision of an appeal.</summary>
public sealed partial class Appeal
{
    /// <summary>The open supervision: one at most, which a partial unique index also holds (H-LVL); the latest if ever more.</summary>
    public Supervision? OpenSupervision => Supervisions.Where(s => s.ClosedAt is null).MaxBy(s => s.OpenedAt);

    /// <summary>督办: the office opens a supervision at a level, with why.</summary>
    public Supervision Supervise(SupervisionLevel level, string reason, DateTime at, string actor)
    {
        if (State == AppealState.Closed)
        {
            throw Refuse("state", "已办结的诉求不能督办", "H-LVL");
        }

        if (OpenSupervision is { } open)
        {
            throw Refuse("level", $"该诉求已在{Texts.Level(open.Level)}中，请升级督办", "H-LVL");
        }

        var supervision = new Supervision { Level = level, OpenedAt = at, OpenedBy = actor, Reason = reason };
        Supervisions.Add(supervision);
        SupervisionLevel = level;
        Record(at, actor, "supervision-opened", $"{Texts.Level(level)}：{reason}", "H-LVL");
        return supervision;
    }

    /// <summary>H-LVL: one level up at a time, never down while open; each escalation records why.</summary>
    public void Escalate(SupervisionLevel to, string reason, DateTime at, string actor)
    {
        var open = OpenSupervision ?? throw Refuse("level", "该诉求没有进行中的督办", "H-LVL");
        if (to <= open.Level)
        {
            throw Refuse("level", $"督办等级不能降低或保持（当前为{Texts.Level(open.Level)}）", "H-LVL");
        }

        if (to != open.Level + 1)
        {
            throw Refuse("level", $"督办只能逐级升级：{Texts.Level(open.Level)}之后是{Texts.Level(open.Level + 1)}", "H-LVL");
        }

        open.Escalations.Add(new Escalation { From = open.Level, To = to, At = at, By = actor, Reason = reason });
        open.Level = to;
        SupervisionLevel = to;
        Record(at, actor, "supervision-escalated", $"{Texts.Level(to)}：{reason}", "H-LVL");
    }
}
