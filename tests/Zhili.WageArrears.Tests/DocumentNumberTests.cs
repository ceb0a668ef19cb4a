using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhili.WageArrears.Data;

namespace Zhili.WageArrears.Tests;

/// <summary>
/// B-LIST: a listing decision's number is a real document number: the office's own count in the decision's year, taken once
/// with the decision, never given twice, also when decisions are taken at the same moment.
/// </summary>
public sealed class DocumentNumberTests(BlacklistFixture fixture) : IClassFixture<BlacklistFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<string> ListedNumberAsync(HttpClient staff, int serial, DateOnly decided, DateOnly listed)
    {
        var id = (await staff.Create(Sample.Case(decided, serial, $"号序测试{serial}有限公司"))).Id();
        return (await staff.ListAsync(id, decided.AddDays(2), listed)).Str("listingNumber");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task B_LIST_decision_numbers_count_per_office_and_per_year_from_one(TestDatabase database)
    {
        var app = await fixture.App(database); // today 2025-06-10
        var city = app.Client(Sample.CityStaff);
        var county = app.Client("huiji.sun;district;410108"); // 惠济区: no other test here lists for it

        (await ListedNumberAsync(city, 831, new DateOnly(2025, 4, 1), new DateOnly(2025, 4, 15))).ShouldBe("郑人社黑决〔2025〕1号");
        (await ListedNumberAsync(city, 832, new DateOnly(2024, 11, 4), new DateOnly(2024, 11, 20))).ShouldBe("郑人社黑决〔2024〕1号");
        (await ListedNumberAsync(county, 833, new DateOnly(2025, 4, 1), new DateOnly(2025, 4, 16))).ShouldBe("惠济人社黑决〔2025〕1号");
        (await ListedNumberAsync(city, 834, new DateOnly(2025, 5, 6), new DateOnly(2025, 5, 20))).ShouldBe("郑人社黑决〔2025〕2号");

        // A refused listing takes no number: the next one is still the third.
        var early = (await city.Create(Sample.Case(new DateOnly(2025, 6, 3), 835, "号序测试835有限公司"))).Id();
        await city.Post($"{Api.Cases}/{early}/notice", new { receivedOn = new DateOnly(2025, 6, 9) });
        await city.Send($"{Api.Cases}/{early}/listing", new { decidedOn = new DateOnly(2025, 6, 10) }).Refused("B-NOTICE"); // defence still open
        (await ListedNumberAsync(city, 836, new DateOnly(2025, 5, 7), new DateOnly(2025, 5, 21))).ShouldBe("郑人社黑决〔2025〕3号");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task B_LIST_listing_decisions_taken_at_the_same_moment_get_different_numbers(TestDatabase database)
    {
        var app = await fixture.App(database);
        var staff = app.Client("guancheng.he;district;410104"); // 管城回族区: its short name comes from the settings
        var ids = new List<int>();
        for (var i = 0; i < Racing.Racers; i++)
        {
            var id = (await staff.Create(Sample.Case(new DateOnly(2025, 5, 6), 840 + i, $"并发测试{i}有限公司"))).Id();
            await staff.Post($"{Api.Cases}/{id}/notice", new { receivedOn = new DateOnly(2025, 5, 8) });
            ids.Add(id);
        }

        var answers = await app.RaceAsync("guancheng.he;district;410104", (c, i) =>
            c.PostAsJsonAsync($"{Api.Cases}/{ids[i]}/listing", new { decidedOn = new DateOnly(2025, 5, 20) }, Ct));

        answers.ShouldAllBe(a => a.Won, string.Join('\n', answers));
        answers.Select(a => a.Body.Str("listingNumber")).Order(StringComparer.Ordinal)
            .ShouldBe(Enumerable.Range(1, Racing.Racers).Select(n => $"管城人社黑决〔2025〕{n}号").Order(StringComparer.Ordinal));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task B_LIST_a_case_listed_before_decisions_were_numbered_gets_the_next_number_on_its_first_issue(TestDatabase database)
    {
        var app = await fixture.App(database);
        var staff = app.Client("xinzheng.liu;district;410184"); // 新郑市
        var old = (await staff.Create(Sample.Case(new DateOnly(2025, 4, 1), 861, "旧案测试有限公司"))).Id();
        await staff.ListAsync(old, new DateOnly(2025, 4, 3), new DateOnly(2025, 4, 15));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            // The case as a listing made before numbering left it: listed, without a number.
            var db = scope.ServiceProvider.GetRequiredService<WageArrearsDbContext>();
            (await db.Cases.IgnoreQueryFilters().Where(c => c.Id == old)
                .ExecuteUpdateAsync(u => u.SetProperty(c => c.ListingNumber, (string?)null), Ct)).ShouldBe(1);
        }

        (await ListedNumberAsync(staff, 862, new DateOnly(2025, 5, 6), new DateOnly(2025, 5, 20))).ShouldBe("新郑人社黑决〔2025〕2号");
        (await staff.GetStringAsync($"/blacklist/cases/{old}", Ct)).ShouldContain("首次下载时编号");

        var docx = await staff.GetByteArrayAsync($"{Api.Cases}/{old}/decision.docx", Ct);
        OfficeFormat.Paragraphs(docx).ShouldContain("新郑人社黑决〔2025〕3号");
        (await staff.Get($"{Api.Cases}/{old}")).Str("listingNumber").ShouldBe("新郑人社黑决〔2025〕3号");
        OfficeFormat.Paragraphs(await staff.GetByteArrayAsync($"{Api.Cases}/{old}/decision.docx", Ct)).ShouldContain("新郑人社黑决〔2025〕3号");
        (await staff.GetStringAsync($"/blacklist/cases/{old}", Ct)).ShouldContain("新郑人社黑决〔2025〕3号");
    }
}
