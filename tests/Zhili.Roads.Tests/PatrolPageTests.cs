namespace Zhili.Roads.Tests;

/// <summary>R-PATROL on the pages: the phone form with the camera input posts through the API's checks; the compliance table.</summary>
public sealed class PatrolPageTests(RoadsFixture fixture) : IClassFixture<RoadsFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string segment, byte[] photo, string fileName)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(await client.TokenAsync("/roads/patrols")), "__RequestVerificationToken" },
            { new StringContent(segment), "Input.Segment" },
            { new StringContent("Second"), "Input.Level" },
            { new StringContent("2025-06-09T08:30"), "Input.At" },
            { new StringContent("井盖缺失一处"), "Input.Findings" },
            { new ByteArrayContent(photo), "Input.Photo", fileName },
        };
        return await client.PostAsync("/roads/patrols", form, Ct);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task R_PATROL_the_patrol_page_takes_a_camera_photo_and_refuses_a_file_that_is_no_image(TestDatabase database)
    {
        var app = await fixture.Ready(database);
        var jinshui = app.Client(Sample.Jinshui);
        await jinshui.CreateSegment(Sample.Segment("JS-PP-01"));
        await jinshui.Appoint(Sample.Appoint("Second", "JS-PP-01", "赵丽萍", new DateOnly(2025, 3, 1)));
        var chief = app.Client(Sample.JinshuiChief);
        var page = await chief.GetStringAsync("/roads/patrols", Ct);
        page.ShouldContain("capture=\"environment\"");
        page.ShouldContain("花园路（农业路—东风路）（JS-PP-01）");

        // A text file named like a photo: the check reads the content.
        using var refused = await PostAsync(chief, "JS-PP-01", "not a picture"u8.ToArray(), "scene.jpg");
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.Content.ReadAsStringAsync(Ct)).ShouldContain("照片应为 JPEG、PNG 或 WebP 图片（R-PATROL）");
        (await chief.Get($"{Patrols.Url}?segment=JS-PP-01")).Number("total").ShouldBe(0);

        using var done = await PostAsync(chief, "JS-PP-01", Patrols.Png, "scene.png");
        done.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        done.Headers.Location!.OriginalString.ShouldBe("/roads/patrols?segment=JS-PP-01&logged=1");
        var logged = (await chief.Get($"{Patrols.Url}?segment=JS-PP-01")).GetProperty("items")[0];
        logged.GetProperty("at").GetDateTimeOffset().ShouldBe(new DateTimeOffset(2025, 6, 9, 8, 30, 0, TimeSpan.FromHours(8))); // Beijing time typed
        logged.Str("findings").ShouldBe("井盖缺失一处");
        logged.GetProperty("photoUrl").ValueKind.ShouldBe(JsonValueKind.String);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task R_PATROL_the_compliance_page_shows_a_districts_own_chiefs_only(TestDatabase database)
    {
        var app = await fixture.Ready(database);
        var jinshui = app.Client(Sample.Jinshui);
        await jinshui.CreateSegment(Sample.Segment("JS-PP-02"));
        await jinshui.Appoint(Sample.Appoint("Second", "JS-PP-02", "钱伟", new DateOnly(2025, 3, 1)));

        (await jinshui.GetStringAsync("/roads/patrols/compliance?month=2025-05", Ct)).ShouldContain("钱伟");
        (await app.Client(Sample.CityOffice).GetStringAsync("/roads/patrols/compliance?month=2025-05", Ct)).ShouldContain("钱伟");
        (await app.Client(Sample.Erqi).GetStringAsync("/roads/patrols/compliance?month=2025-05", Ct)).ShouldNotContain("钱伟");
        (await jinshui.GetStringAsync("/roads/patrols/compliance?month=nonsense", Ct)).ShouldContain("月份应写作 yyyy-MM");
    }
}
