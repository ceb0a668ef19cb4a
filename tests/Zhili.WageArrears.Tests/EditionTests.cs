using MiniExcelLibs;

namespace Zhili.WageArrears.Tests;

/// <summary>B-PUB: frozen quarterly editions with exactly the published fields, masked persons, county acknowledgement.</summary>
public sealed class EditionTests(BlacklistFixture fixture) : IClassFixture<BlacklistFixture>
{
    private const string Editions = "/api/v1/blacklist/editions";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] PublishedFields =
        ["kind", "employerName", "legalRepresentative", "otherResponsiblePersons", "creditCode", "idNumber", "listedOn", "grounds", "redress", "decidingAuthority", "removedOn"];

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task B_PUB_editions_are_frozen_per_quarter_masked_and_county_listings_wait_for_the_city(TestDatabase database)
    {
        var app = await fixture.App(database); // today 2025-06-10
        var city = app.Client(Sample.CityStaff);
        var county = app.Client(Sample.CountyStaff);
        var cityCase = await city.Create(Sample.Case(new DateOnly(2025, 3, 3), 701, "郑州宏达建筑劳务有限公司"));
        // B-WHO: the county case lists an individual subcontractor (包工头) by identity number too.
        var countyCase = await county.Create(Sample.Case(new DateOnly(2025, 3, 3), 702, "金水区顺通物流有限公司", Sample.Person(703, "赵铁柱")));
        await city.ListAsync(cityCase.Id(), new DateOnly(2025, 3, 5), new DateOnly(2025, 3, 20));
        await county.ListAsync(countyCase.Id(), new DateOnly(2025, 3, 5), new DateOnly(2025, 3, 20));

        await county.Send(Editions, new { year = 2025, quarter = 1 }).Ok(HttpStatusCode.Forbidden);
        await city.Send(Editions, new { year = 2025, quarter = 2 }).Refused("B-PUB"); // the quarter is not over
        var q1 = await city.Send(Editions, new { year = 2025, quarter = 1 }).Ok(HttpStatusCode.Created);
        await city.Send(Editions, new { year = 2025, quarter = 1 }).Refused("B-PUB"); // frozen once

        // Only the city's own listing: the county's waits for the acknowledgement (L3055–3061).
        var row = q1.GetProperty("rows").EnumerateArray().Single();
        row.EnumerateObject().Select(p => p.Name).ShouldBe(PublishedFields);
        row.Str("employerName").ShouldBe("郑州宏达建筑劳务有限公司");
        row.Str("legalRepresentative").ShouldBe("张**");
        row.Str("otherResponsiblePersons").ShouldBe("欧阳**");
        row.Str("creditCode").ShouldBe(Sample.Code(701));
        row.Str("decidingAuthority").ShouldBe("郑州市人力资源和社会保障局");
        row.Str("redress").ShouldContain("15 个工作日");

        await county.Send($"{Api.Cases}/{countyCase.Id()}/acknowledgement").Ok(HttpStatusCode.Forbidden);
        (await city.Post($"{Api.Cases}/{countyCase.Id()}/acknowledgement")).GetProperty("acknowledged").GetBoolean().ShouldBeTrue();
        // A removal in the second quarter is published as such.
        await city.Post($"{Api.Cases}/{cityCase.Id()}/fix", new { revoked = true, on = new DateOnly(2025, 6, 20), reason = "处理决定被撤销" });

        app.MoveTo(new DateOnly(2025, 7, 1));
        var q2 = (await city.Send(Editions, new { year = 2025, quarter = 2 }).Ok(HttpStatusCode.Created)).GetProperty("rows").EnumerateArray().ToList();
        q2.Select(r => (r.Str("kind"), r.Str("employerName"))).ShouldBe([("Listing", "金水区顺通物流有限公司"), ("Listing", "赵**"), ("Removal", "郑州宏达建筑劳务有限公司")]);
        q2[0].Str("decidingAuthority").ShouldBe("金水区人力资源和社会保障局");
        q2[1].Str("idNumber").ShouldBe(Sample.MaskedId(703)); // K-MASK
        q2[2].Str("removedOn").ShouldBe("2025-06-20");

        // Earlier editions stay as published; the public reads, searches and exports them.
        var anonymous = app.Client();
        (await anonymous.Get(Editions)).EnumerateArray().Select(e => e.Str("label")).ShouldBe(["2025年第2季度", "2025年第1季度"]);
        var first = await anonymous.Get($"{Editions}/2025/1");
        first.GetProperty("rows").EnumerateArray().Single().Str("kind").ShouldBe("Listing");
        (await anonymous.Get($"{Editions}/2025/2?q=顺通")).GetProperty("rows").GetArrayLength().ShouldBe(1);
        (await anonymous.Get($"{Editions}/2025/2?q={Sample.Code(701).ToLowerInvariant()}")).GetProperty("rows").GetArrayLength().ShouldBe(1);
        (await anonymous.GetAsync($"{Editions}/2024/4", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        using var xlsx = new MemoryStream(await anonymous.GetByteArrayAsync($"{Editions}/2025/2.xlsx", Ct));
        OfficeSheets.Problems(xlsx.ToArray()).ShouldBeEmpty(); // frozen header, widths, valid
        OfficeSheets.Names(xlsx.ToArray()).ShouldBe(["2025年第2季度"]);
        var sheet = xlsx.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        sheet.Count.ShouldBe(3);
        sheet[0].Keys.ShouldBe(["类别", "用人单位名称", "法定代表人", "其他责任人", "统一社会信用代码", "身份证号码（自然人，已隐去部分）", "列入日期", "列入事由",
            "权利救济期限和途径", "作出决定机关", "移出日期"]);
        sheet[0]["法定代表人"].ShouldBe("张**");

        // B-PUB, K-MASK: no public page (the list, every edition, a search, the self-service forms) shows an identity
        // number or a mobile number; the individual subcontractor appears masked.
        string[] pages = ["/blacklist", "/blacklist/2025/1", "/blacklist/2025/2", "/blacklist?q=顺通", "/blacklist/defence", "/blacklist/objection"];
        foreach (var page in pages)
        {
            var html = await anonymous.GetStringAsync(page, Ct);
            if (page is "/blacklist" or "/blacklist/2025/2" or "/blacklist?q=顺通")
            {
                html.ShouldContain("金水区顺通物流有限公司", Case.Sensitive, page);
            }

            html.ShouldShowNoPersonalNumbers(page);
            html.ShouldNotContain("张建国");
            html.ShouldNotContain("赵铁柱");
        }

        (await anonymous.GetStringAsync("/blacklist/2025/2", Ct)).ShouldContain(Sample.MaskedId(703));
    }
}
