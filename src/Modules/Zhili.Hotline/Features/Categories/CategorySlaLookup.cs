namespace Zhili.Hotline.Features.Categories;

/// <summary>H-SLA: the deadline arithmetic for an appeal: its category's working days for its type if set, else the configured days.</summary>
public static class CategorySlaLookup
{
    public static async Task<Sla> SlaForAsync(this HotlineDbContext db, Sla sla, Appeal appeal, CancellationToken ct)
    {
        var days = await db.Categories.Where(c => c.Code == appeal.CategoryCode)
            .SelectMany(c => c.Sla).Where(s => s.Type == appeal.Type).Select(s => (int?)s.WorkingDays).FirstOrDefaultAsync(ct);
        return sla.WithCategoryDays(appeal.Type, days);
    }
}
