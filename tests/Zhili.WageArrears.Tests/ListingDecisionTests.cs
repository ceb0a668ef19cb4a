namespace Zhili.WageArrears.Tests;

/// <summary>B-LIST: the listing decision (列入决定书) downloads as an official document once, and only once, the case is listed.</summary>
public sealed class ListingDecisionTests(BlacklistFixture fixture) : IClassFixture<BlacklistFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task B_LIST_the_decision_is_an_official_document_with_number_defence_outcome_and_grounds(TestDatabase database)
    {
        var app = await fixture.App(database); // today 2025-06-10
        var city = app.Client(Sample.CityStaff);
        var id = (await city.Create(Sample.Case(new DateOnly(2025, 3, 3), 811, "郑州恒远建设工程有限公司"))).Id();
        var url = $"{Api.Cases}/{id}/decision.docx";
        await city.GetAsync(url, Ct).Refused("B-LIST"); // nothing decided yet
        await city.Post($"{Api.Cases}/{id}/notice", new { receivedOn = new DateOnly(2025, 3, 5) });
        await city.Post($"{Api.Cases}/{id}/defence", new { filedOn = new DateOnly(2025, 3, 7), text = "已与全部农民工达成还款协议" });
        await city.GetAsync(url, Ct).Refused("B-LIST"); // the defence is in, the decision is not
        await city.Post($"{Api.Cases}/{id}/listing", new { decidedOn = new DateOnly(2025, 3, 20) });

        var response = await city.GetAsync(url, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        var docx = await response.Content.ReadAsByteArrayAsync(Ct);
        // The office's first decision of the year (B-LIST): its number is on the case and on the document.
        (await city.Get($"{Api.Cases}/{id}")).Str("listingNumber").ShouldBe("郑人社黑决〔2025〕1号");
        OfficeFormat.DocxProblems(docx, "郑州市人力资源和社会保障局", "郑人社黑决〔2025〕1号").ShouldBeEmpty();
        var text = OfficeFormat.Paragraphs(docx).Where(p => p.Length > 0).ToList();
        text[2].ShouldBe("列入拖欠农民工工资“黑名单”决定书");
        text[3].ShouldBe("郑州恒远建设工程有限公司：");
        text.ShouldContain(p => p.Contains("郑人社监察决字〔2025〕811号", StringComparison.Ordinal) && p.Contains(Sample.Code(811), StringComparison.Ordinal));
        text.ShouldContain(p => p.StartsWith("（一）克扣、无故拖欠农民工工资报酬", StringComparison.Ordinal)); // the case's two grounds (B-WHY)
        text.ShouldContain(p => p.StartsWith("（五）拖欠农民工工资后无理抗拒", StringComparison.Ordinal));
        text.ShouldNotContain(p => p.StartsWith("（二）", StringComparison.Ordinal));
        text.ShouldContain(p => p.Contains("2025年3月5日", StringComparison.Ordinal) && p.Contains("于2025年3月7日书面提出陈述申辩，经复核", StringComparison.Ordinal));
        text.ShouldContain(p => p.Contains("第五条第（一）项、第（五）项、第六条", StringComparison.Ordinal) && p.Contains("法定代表人张建国", StringComparison.Ordinal));
        text.ShouldContain(p => p.StartsWith("列入期限为一年，自2025年3月20日起", StringComparison.Ordinal));
        text.ShouldContain(p => p.Contains("行政复议", StringComparison.Ordinal));
        text[^1].ShouldBe("2025年3月20日");

        // Another unit's staff do not see the case, let alone its decision.
        (await app.Client(Sample.CountyStaff).GetAsync(url, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.Client().GetAsync(url, Ct)).StatusCode.ShouldBeOneOf(HttpStatusCode.Unauthorized, HttpStatusCode.Redirect, HttpStatusCode.Forbidden);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task B_NOTICE_a_waived_defence_and_a_listed_subcontractor_appear_on_a_county_decision(TestDatabase database)
    {
        var app = await fixture.App(database);
        var county = app.Client(Sample.CountyStaff);
        var id = (await county.Create(Sample.Case(new DateOnly(2025, 3, 3), 812, "金水区鑫达劳务有限公司", Sample.Person(813, "钱大牛")))).Id();
        await county.ListAsync(id, new DateOnly(2025, 3, 5), new DateOnly(2025, 3, 20)); // silence: the defence is waived

        var docx = await app.Client(Sample.CountyStaff).GetByteArrayAsync($"{Api.Cases}/{id}/decision.docx", Ct);
        OfficeFormat.DocxProblems(docx, "金水区人力资源和社会保障局", "金水人社黑决〔2025〕1号").ShouldBeEmpty();
        var text = string.Concat(OfficeFormat.Paragraphs(docx));
        text.ShouldContain("未提出陈述申辩，视为放弃陈述申辩");
        text.ShouldContain("违法分包、转包单位（个人）钱大牛（第五条第二款）");
    }
}
