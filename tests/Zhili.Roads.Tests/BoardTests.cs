using System.Text.RegularExpressions;
using QRCoder;

namespace Zhili.Roads.Tests;

/// <summary>R-BOARD: each segment's public responsibility board, as a page with its QR code and as JSON.</summary>
public sealed partial class BoardTests(RoadsFixture fixture) : IClassFixture<RoadsFixture>
{
    private static async Task<ZhiliFactory> BoardAsync(RoadsFixture fixture, TestDatabase database, string code)
    {
        var app = await fixture.Ready(database);
        var jinshui = app.Client(Sample.Jinshui);
        await jinshui.CreateSegment(Sample.Segment(code));
        await jinshui.Appoint(Sample.Appoint("Second", code, "赵丽萍", new DateOnly(2025, 3, 1), phone: "0371-63940001"));
        // The district's 总路长 shows on every board of the district; once set up, the same appointment again is refused.
        using var general = await jinshui.Post(Sample.Chiefs, Sample.Appoint("General", "410105", "李文华", new DateOnly(2025, 1, 1)));

        return app;
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task R_BOARD_the_public_api_shows_the_chiefs_names_posts_duties_and_office_lines(TestDatabase database)
    {
        var app = await BoardAsync(fixture, database, "JS-BD-01");

        var board = await app.Client().Get($"{Sample.Segments}/js-bd-01");

        board.Str("code").ShouldBe("JS-BD-01");
        (board.Str("district"), board.Str("street"), board.Str("areaClass")).ShouldBe(("金水区", "花园路街道", "重点区域"));
        var chiefs = board.GetProperty("chiefs").EnumerateArray().ToList();
        var second = chiefs.Single(c => c.Str("level") == "Second");
        // Names are public on the board by the rule, unmasked (R-BOARD over K-MASK).
        (second.Str("name"), second.Str("post"), second.Str("officePhone")).ShouldBe(("赵丽萍", "花园路街道办事处副主任", "0371-63940001"));
        second.Str("duty").ShouldContain("巡查");
        chiefs.Select(c => c.Str("level")).ShouldContain("General");
        board.GetProperty("workContent").EnumerateArray().Select(w => w.GetString()![..3]).ShouldBe(["包秩序", "包卫生", "包立面"]);
        board.Str("url").ShouldBe("http://localhost/roads/JS-BD-01");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task R_BOARD_an_unknown_segment_has_no_board(TestDatabase database)
    {
        var anonymous = (await fixture.Ready(database)).Client();

        var problem = await anonymous.Fetch($"{Sample.Segments}/JS-NONE-99").Ok(HttpStatusCode.NotFound);
        problem.Str("detail").ShouldContain("JS-NONE-99");
        await anonymous.Fetch($"{Sample.Segments}/%3Cscript%3E").Ok(HttpStatusCode.NotFound);
        (await anonymous.Fetch("/roads/JS-NONE-99")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task R_BOARD_the_board_page_shows_the_holder_and_a_qr_code_of_its_own_address(TestDatabase database)
    {
        var app = await BoardAsync(fixture, database, "JS-BD-02");

        var html = await app.Client().GetStringAsync("/roads/JS-BD-02", TestContext.Current.CancellationToken);

        html.ShouldContain("赵丽萍");
        html.ShouldContain("花园路街道办事处副主任");
        html.ShouldContain("0371-63940001");
        var svg = Svg().Match(html);
        svg.Success.ShouldBeTrue();
        // The code is the page's own absolute address: the same text encoded by QRCoder gives the same modules.
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode("http://localhost/roads/JS-BD-02", QRCodeGenerator.ECCLevel.M);
        Paths(svg.Value).ShouldBe(Paths(new SvgQRCode(data).GetGraphic(8, "#000000", "#ffffff", true, SvgQRCode.SizingMode.ViewBoxAttribute)));
        svg.Value.ShouldNotContain("style=", Case.Insensitive); // the site's CSP allows no inline style
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task R_BOARD_the_public_list_finds_segments_by_road_and_district_for_anyone(TestDatabase database)
    {
        var app = await BoardAsync(fixture, database, "JS-BD-03");
        var ct = TestContext.Current.CancellationToken;

        (await app.Client().GetStringAsync("/roads?q=花园路&district=410105", ct)).ShouldContain("/roads/JS-BD-03");
        (await app.Client().GetStringAsync("/roads?district=410103", ct)).ShouldNotContain("/roads/JS-BD-03");
        // A signed-in person of another district reads the board too: it is public (R-BOARD).
        (await app.Client(Sample.Erqi).GetStringAsync("/roads/JS-BD-03", ct)).ShouldContain("赵丽萍");
        (await app.Client(Sample.Erqi).Get($"{Sample.Segments}/JS-BD-03")).Str("name").ShouldContain("花园路");
    }

    /// <summary>The drawing of the modules, without the attributes around it.</summary>
    private static string Paths(string svg) => string.Concat(Module().Matches(svg).Select(m => m.Value));

    [GeneratedRegex("<svg[^>]*>.*?</svg>", RegexOptions.Singleline)]
    private static partial Regex Svg();

    [GeneratedRegex("<(rect|path)[^>]*>")]
    private static partial Regex Module();
}
