using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static Zhili.Hotline.Tests.Hotline;

namespace Zhili.Hotline.Tests;

/// <summary>H-SLA: deadlines in working days from assignment (K-WD-2), counted by hand from the official arrangements.</summary>
public sealed class SlaTests(HotlineApps fixture) : IClassFixture<HotlineApps>
{
    private static async Task<DateTime> DeadlineOf(ZhiliFactory app, string type, bool urgent = false)
    {
        var id = await app.ReceiveAsync(NewAppeal(type, urgent));
        return (await app.AssignAsync(id, "410103")).Deadline();
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_SLA_deadlines_by_type_across_the_2026_Spring_Festival(TestDatabase database)
    {
        var app = await fixture.App(database);
        app.At(2026, 2, 12, 10); // Thursday before the Spring Festival
        // 02-13 Fri #1
        (await DeadlineOf(app, "Consultation")).ShouldBe(EndOf(2026, 2, 13));
        // 02-13 Fri #1, 02-14 Sat make-up #2, 02-15..23 off, 02-24 Tue #3
        (await DeadlineOf(app, "Help")).ShouldBe(EndOf(2026, 2, 24));
        // ... 02-24 #3, 02-25 #4, 02-26 #5
        (await DeadlineOf(app, "Complaint")).ShouldBe(EndOf(2026, 2, 26));
        // ... 02-26 #5, 02-27 #6, 02-28 Sat make-up #7, 03-02 #8 .. 03-06 #12, 03-09 #13, 03-10 #14, 03-11 #15
        (await DeadlineOf(app, "Report")).ShouldBe(EndOf(2026, 3, 11));
        (await DeadlineOf(app, "Suggestion")).ShouldBe(EndOf(2026, 3, 11));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_SLA_deadlines_across_the_2025_National_Day(TestDatabase database)
    {
        var app = await fixture.App(database);
        app.At(2025, 9, 26, 16); // Friday
        // 09-27 Sat off, 09-28 Sun make-up #1
        (await DeadlineOf(app, "Consultation")).ShouldBe(EndOf(2025, 9, 28));
        // 09-28 #1, 09-29 Mon #2, 09-30 Tue #3, 10-01..08 off, 10-09 Thu #4, 10-10 Fri #5
        (await DeadlineOf(app, "Complaint")).ShouldBe(EndOf(2025, 10, 10));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_SLA_the_day_of_assignment_is_the_Beijing_date_and_never_counts(TestDatabase database)
    {
        var app = await fixture.App(database);
        app.At(2026, 2, 13, 23, 30); // Friday 23:30 in Zhengzhou, 15:30 UTC
        // 02-14 Sat make-up #1
        (await DeadlineOf(app, "Consultation")).ShouldBe(EndOf(2026, 2, 14));
        app.At(2026, 2, 14, 0, 30); // Saturday 00:30 in Zhengzhou, still Friday in UTC
        // 02-15..23 off, 02-24 Tue #1
        (await DeadlineOf(app, "Consultation")).ShouldBe(EndOf(2026, 2, 24));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_SLA_an_urgent_appeal_is_due_two_hours_after_assignment_and_says_why(TestDatabase database)
    {
        var app = await fixture.App(database);
        app.At(2026, 2, 16, 21); // a Spring Festival holiday evening: urgent appeals do not wait for working days
        var id = await app.ReceiveAsync(NewAppeal("Help", urgent: true));
        var appeal = await app.AssignAsync(id, "410103");
        appeal.Deadline().ShouldBe(new DateTime(2026, 2, 16, 15, 0, 0, DateTimeKind.Utc));
        appeal.Str("deadlineRule").ShouldBe("H-SLA");
        appeal.GetProperty("assignedAt").GetDateTime().ShouldBe(new DateTime(2026, 2, 16, 13, 0, 0, DateTimeKind.Utc));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_SLA_deadline_days_come_from_configuration(TestDatabase database)
    {
        var app = await fixture.App(database);
        var configuration = app.Services.GetRequiredService<IConfiguration>();
        configuration["Zhili:Hotline:Sla:Complaint"].ShouldBe("5");
        using var scope = app.Services.CreateScope();
        var sla = scope.ServiceProvider.GetRequiredService<Domain.Sla>();
        sla.DaysFor(Domain.AppealType.Consultation).ShouldBe(1);
        sla.DaysFor(Domain.AppealType.Report).ShouldBe(15);
        sla.Options.UrgentHours.ShouldBe(2);
    }
}
