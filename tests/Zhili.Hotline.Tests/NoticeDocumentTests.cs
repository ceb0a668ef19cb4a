using static Zhili.Hotline.Tests.Hotline;
using static Zhili.Hotline.Tests.Supervising;

namespace Zhili.Hotline.Tests;

/// <summary>H-FORM-2: the notice downloads as an official document (GB/T 9704) with its number, addressee and due date.</summary>
public sealed class NoticeDocumentTests(HotlineApps fixture) : IClassFixture<HotlineApps>
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FORM_2_the_notice_is_a_docx_with_number_unit_and_due_date(TestDatabase database)
    {
        var app = await fixture.App(database);
        app.At(2026, 4, 2, 10);
        var (appeal, id) = await app.SupervisedAsync("Special");
        var notice = (await app.Client(Office).PostOk($"{Cases}/{id}/notices", Notice(workingDays: 5))).GetProperty("notices")[0];
        // 04-03 Fri #1, 04-04..06 off (清明), 04-07 #2, 04-08 #3, 04-09 #4, 04-10 Fri #5
        notice.Utc("dueAt").ShouldBe(EndOf(2026, 4, 10));
        var url = notice.Str("documentUrl")!;
        url.ShouldBe($"{Cases}/{id}/notices/{notice.Id()}/document");

        var response = await app.Client(Erqi).GetAsync(url, Ct); // the addressee downloads it
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        var docx = await response.Content.ReadAsByteArrayAsync(Ct);
        OfficeFormat.DocxProblems(docx, "郑州市人民政府市长电话室", "郑12345督〔2026〕1号").ShouldBeEmpty();
        var paragraphs = OfficeFormat.Paragraphs(docx).Where(p => p.Length > 0).ToList();
        paragraphs[0].ShouldBe("郑州市人民政府市长电话室文件");
        paragraphs[1].ShouldBe("郑12345督〔2026〕1号");
        paragraphs[2].ShouldBe("专项督办通知");
        paragraphs.ShouldContain("二七区：");
        paragraphs.ShouldContain(p => p.Contains("请于2026年4月10日前办结", StringComparison.Ordinal));
        paragraphs.ShouldContain(p => p.Contains("分管领导李明", StringComparison.Ordinal));
        var trackingNumber = (await app.Client(Office).GetAsync(appeal)).Str("trackingNumber")!;
        paragraphs.ShouldContain(p => p.Contains(trackingNumber, StringComparison.Ordinal));
        paragraphs[^2].ShouldBe("郑州市人民政府市长电话室");
        paragraphs[^1].ShouldBe("2026年4月2日");
        string.Concat(paragraphs).ShouldNotContain("张卫东"); // never the caller

        (await app.Client(Jinshui).GetAsync(url, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.Client(Erqi).GetAsync($"{Cases}/{id}/notices/{notice.Id() + 99}/document", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
