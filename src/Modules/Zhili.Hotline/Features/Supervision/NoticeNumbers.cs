namespace Zhili.Hotline.Features;

/// <summary>H-FORM-2: notice numbers, one sequence per civil year (郑12345督〔2026〕1号, 2号 …; 〔2027〕1号 again).</summary>
public sealed class NoticeNumbers(HotlineDbContext db, SupervisionTerms terms)
{
    private const int Attempts = 3;

    public async Task<NoticeNumber> NextAsync(DateTime at, CancellationToken ct)
    {
        var year = Civil.DateOf(at).Year;
        // The sequence is the city's, whoever asks: no data scope applies to it.
        var last = await db.SupervisionNotices.IgnoreQueryFilters().Where(n => n.Year == year).MaxAsync(n => (int?)n.Sequence, ct) ?? 0;
        return NoticeNumber.Of(terms.Options.NoticePrefix, year, last + 1);
    }

    /// <summary>
    /// Saves the command whole. When another app node took the same number meanwhile, the unique (year, sequence) index
    /// fails this save, which rolls back entirely; the notice then takes the next free number and the save is repeated.
    /// A save that lost a race on the case's version is not repeated: it fails as a conflict (ARCHITECTURE rule 16).
    /// </summary>
    public async Task SaveAsync(SupervisionNotice notice, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateException e) when (attempt < Attempts && e is not DbUpdateConcurrencyException)
            {
                var next = await NextAsync(notice.IssuedAt, ct);
                notice.Sequence = next.Sequence;
                notice.Number = next.Text;
            }
        }
    }
}
