namespace Zhili.WageArrears.Tests;

/// <summary>B-NOTICE: the 告知书 downloads as an official document with the case's facts, numbered once when the case is opened.</summary>
public sealed class NoticeDocumentTests(BlacklistFixture fixture) : IClassFixture<BlacklistFixture>
{
    private const string Authority = "郑州市人力资源和社会保障局";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task B_NOTICE_the_notice_is_an_official_document_with_the_facts_the_grounds_and_the_defence_period(TestDatabase database)
    {
        var app = await fixture.App(database); // today 2025-06-10
        var city = app.Client(Sample.CityStaff);
        var id = (await city.Create(Sample.Case(new DateOnly(2025, 6, 3), 821, "郑州恒信建设工程有限公司"))).Id();
        var url = $"{Api.Cases}/{id}/notice.docx";
        var number = (await city.Get($"{Api.Cases}/{id}")).Str("noticeNumber"); // numbered with the case, before any download
        number.ShouldMatch(@"^郑人社黑告〔2025〕\d+号$");

        var response = await city.GetAsync(url, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        response.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldBe($"blacklist-notice-{id}.docx");
        var docx = await response.Content.ReadAsByteArrayAsync(Ct);
        OfficeFormat.DocxProblems(docx, Authority, number).ShouldBeEmpty();
        var text = OfficeFormat.Paragraphs(docx).Where(p => p.Length > 0).ToList();
        text[2].ShouldBe("列入拖欠农民工工资“黑名单”告知书");
        text[3].ShouldBe("郑州恒信建设工程有限公司：");
        text.ShouldContain(p => p.Contains("郑人社监察决字〔2025〕821号", StringComparison.Ordinal) && p.Contains(Sample.Code(821), StringComparison.Ordinal)
            && p.Contains("2025年6月3日", StringComparison.Ordinal));
        text.ShouldContain(p => p.StartsWith("（一）克扣、无故拖欠农民工工资报酬", StringComparison.Ordinal)); // the case's grounds (B-WHY)
        text.ShouldContain(p => p.StartsWith("（五）拖欠农民工工资后无理抗拒", StringComparison.Ordinal));
        text.ShouldNotContain(p => p.StartsWith("（二）", StringComparison.Ordinal));
        text.ShouldContain(p => p.Contains("第五条第（一）项、第（五）项、第六条", StringComparison.Ordinal)
            && p.Contains("拟将你单位及法定代表人张建国、责任人欧阳明远列入", StringComparison.Ordinal));
        text.ShouldContain(p => p.Contains("收到本告知书之日起 5 个工作日内", StringComparison.Ordinal) && p.Contains("视为放弃陈述申辩", StringComparison.Ordinal)
            && p.Contains("/blacklist/defence", StringComparison.Ordinal));
        text.ShouldNotContain(p => p.Contains("24时前", StringComparison.Ordinal)); // not yet received: no last day to state
        text[^1].ShouldBe("2025年6月10日"); // issued the day the case was opened

        // Issued again, it is the same document under the same number.
        var again = await city.GetByteArrayAsync(url, Ct);
        OfficeFormat.Paragraphs(again).ShouldContain(number);
        (await city.Get($"{Api.Cases}/{id}")).Str("noticeNumber").ShouldBe(number);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task B_NOTICE_a_notice_received_before_its_case_was_entered_is_dated_that_day_and_states_the_last_day_of_the_defence(TestDatabase database)
    {
        var app = await fixture.App(database);
        var county = app.Client(Sample.OtherCountyStaff); // 二七区: the other test here issues 金水区's notices
        var id = (await county.Create(Sample.Case(new DateOnly(2025, 3, 3), 822, "二七区恒达劳务有限公司"))).Id();
        await county.Post($"{Api.Cases}/{id}/notice", new { receivedOn = new DateOnly(2025, 3, 5) });

        var docx = await county.GetByteArrayAsync($"{Api.Cases}/{id}/notice.docx", Ct);
        var number = (await county.Get($"{Api.Cases}/{id}")).Str("noticeNumber");
        number.ShouldBe("二七人社黑告〔2025〕1号"); // the county office's own count
        OfficeFormat.DocxProblems(docx, "二七区人力资源和社会保障局", number).ShouldBeEmpty();
        var text = OfficeFormat.Paragraphs(docx).Where(p => p.Length > 0).ToList();
        text.ShouldContain(p => p.Contains("5 个工作日内（即2025年3月12日24时前）", StringComparison.Ordinal)); // K-WD-2: 6, 7, 10, 11, 12
        text[^1].ShouldBe("2025年3月5日");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task B_NOTICE_another_districts_notice_is_not_found_and_the_case_page_links_the_notice(TestDatabase database)
    {
        var app = await fixture.App(database);
        var county = app.Client(Sample.CountyStaff);
        var id = (await county.Create(Sample.Case(new DateOnly(2025, 6, 2), 823, "金水区顺通建筑有限公司"))).Id();
        var url = $"{Api.Cases}/{id}/notice.docx";

        (await app.Client(Sample.OtherCountyStaff).GetAsync(url, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.Client().GetAsync(url, Ct)).StatusCode.ShouldBeOneOf(HttpStatusCode.Unauthorized, HttpStatusCode.Redirect, HttpStatusCode.Forbidden);

        var number = (await county.Get($"{Api.Cases}/{id}")).Str("noticeNumber");
        var page = await county.GetStringAsync($"/blacklist/cases/{id}", Ct);
        page.ShouldContain($"href=\"{url}\"");
        page.ShouldContain(number);
        await county.GetByteArrayAsync(url, Ct);
        (await county.Get($"{Api.Cases}/{id}")).Str("noticeNumber").ShouldBe(number); // a download takes no number
    }
}
