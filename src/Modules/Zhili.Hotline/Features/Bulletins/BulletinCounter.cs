namespace Zhili.Hotline.Features.Bulletins;

/// <summary>
/// H-BUL: the bulletins' counts, one aggregate query per axis, each reading an index range of its period. The data
/// scope applies: appeals by their query filter, events by the unit of the event.
/// </summary>
internal sealed class BulletinCounter(HotlineDbContext db)
{
    public async Task<Counts> PeriodAsync(BulletinWindow w, IReadOnlyList<Indicator> indicators, CancellationToken ct)
    {
        var counts = new Counts();
        var (from, to) = (w.From, w.To);
        await AppealsAsync(counts, IndicatorAxis.Received, db.Appeals.Where(a => a.ReceivedAt >= from && a.ReceivedAt < to), w, indicators, ct);
        // A deadline is 24:00 of its day (K-WD-2), the instant the next day begins: it belongs to the day that ends then.
        await AppealsAsync(counts, IndicatorAxis.Due, db.Appeals.Where(a => a.DeadlineAt > from && a.DeadlineAt <= to), w, indicators, ct);
        foreach (var group in indicators.Where(i => i.Axis == IndicatorAxis.Events).GroupBy(i => string.Join(',', i.EventKinds)))
        {
            var kinds = group.First().EventKinds.ToArray();
            var events = Events().Where(e => kinds.Contains(e.Kind) && e.At >= from && e.At < to);
            await TallyQuery.AddAsync(counts, events, e => e.UnitCode, group.Select(i => (i.Key, (LambdaExpression?)i.Where!(w))).ToList(), ct);
        }

        var street = indicators.Where(i => i.Axis == IndicatorAxis.Street).Select(i => (i.Key, i.Where?.Invoke(w))).ToList();
        if (street.Count > 0)
        {
            // H-FLOW 二级转办: a stage counts for its street; one returned or withdrawn was never the street's to answer.
            var stages = db.Set<StreetAssignment>().AsNoTracking().Where(s => s.DeadlineAt > from && s.DeadlineAt <= to
                && s.State != StreetStageState.Returned && s.State != StreetStageState.Withdrawn);
            await TallyQuery.AddAsync(counts, stages, s => s.UnitCode, street, ct);
        }

        if (indicators.Any(i => i.Axis == IndicatorAxis.Supervision))
        {
            await SupervisionsAsync(counts, w, ct);
        }

        return counts;
    }

    /// <summary>日清: appeals in hand whose deadline falls before the end of the day (index on state and deadline).</summary>
    public async Task<Counts> OpenAsync(BulletinWindow w, CancellationToken ct)
    {
        var counts = new Counts();
        await AppealsAsync(counts, IndicatorAxis.Open, Open(w), w, Indicators.Daily, ct);
        return counts;
    }

    public IQueryable<Appeal> Open(BulletinWindow w)
    {
        var to = w.To;
        return db.Appeals.AsNoTracking().Where(a => a.State == AppealState.Assigned && a.DeadlineAt <= to);
    }

    public IQueryable<Appeal> Received(BulletinWindow w)
    {
        var (from, to) = (w.From, w.To);
        return db.Appeals.AsNoTracking().Where(a => a.ReceivedAt >= from && a.ReceivedAt < to);
    }

    private static Task AppealsAsync(
        Counts counts, IndicatorAxis axis, IQueryable<Appeal> source, BulletinWindow w, IReadOnlyList<Indicator> indicators, CancellationToken ct)
    {
        var own = indicators.Where(i => i.Axis == axis).Select(i => (i.Key, i.Where?.Invoke(w))).ToList();
        return own.Count == 0 ? Task.CompletedTask : TallyQuery.AddAsync(counts, source.AsNoTracking(), a => a.UnitCode, own, ct);
    }

    /// <summary>Timeline events are not unit-scoped records of their own: the scope applies to the unit of the event.</summary>
    private IQueryable<AppealEvent> Events()
    {
        var events = db.Set<AppealEvent>().AsNoTracking();
        if (db.Scope.IsUnrestricted)
        {
            return events;
        }

        var units = db.Scope.Units;
        return events.Where(e => units.Contains(e.UnitCode));
    }

    /// <summary>H-LVL levels: supervisions opened at a level in the period, plus escalations to it in the period.</summary>
    private async Task SupervisionsAsync(Counts counts, BulletinWindow w, CancellationToken ct)
    {
        var (from, to) = (w.From, w.To);
        var opened = await db.Set<Supervision>().AsNoTracking().Where(s => s.OpenedAt >= from && s.OpenedAt < to)
            .Join(db.Appeals, s => s.AppealId, a => a.Id, (s, a) => new
            {
                a.UnitCode,
                // The level it was opened at: before its first escalation (levels only go up), or its level if never escalated.
                Level = s.Escalations.Min(e => (SupervisionLevel?)e.From) ?? s.Level,
            })
            .GroupBy(x => new { x.UnitCode, x.Level }).Select(g => new { g.Key.UnitCode, g.Key.Level, N = g.Count() })
            .ToListAsync(ct);
        var escalated = await db.Set<Escalation>().AsNoTracking().Where(e => e.At >= from && e.At < to)
            .Join(db.Set<Supervision>(), e => e.SupervisionId, s => s.Id, (e, s) => new { e.To, s.AppealId })
            .Join(db.Appeals, x => x.AppealId, a => a.Id, (x, a) => new { a.UnitCode, Level = x.To })
            .GroupBy(x => new { x.UnitCode, x.Level }).Select(g => new { g.Key.UnitCode, g.Key.Level, N = g.Count() })
            .ToListAsync(ct);
        foreach (var r in opened.Concat(escalated))
        {
            counts.Add(r.UnitCode, Indicators.Period.First(i => i.Level == r.Level).Key, r.N);
        }
    }
}
