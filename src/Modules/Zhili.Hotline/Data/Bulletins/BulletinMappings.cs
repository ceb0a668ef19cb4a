using Microsoft.EntityFrameworkCore;

namespace Zhili.Hotline.Data.Bulletins;

/// <summary>H-BUL, H-CRIT, H-TALK, H-ACC: the bulletins' records, and the indexes their aggregates read.</summary>
public static class BulletinMappings
{
    public static ModelBuilder MapBulletins(this ModelBuilder modelBuilder) => modelBuilder
        .ApplyConfiguration(new CriticismConfiguration())
        .ApplyConfiguration(new InterviewProposalConfiguration())
        .ApplyConfiguration(new DisciplineReferralConfiguration())
        .ApplyConfiguration(new AppealBulletinIndexes())
        .ApplyConfiguration(new AppealEventBulletinIndexes());
}
