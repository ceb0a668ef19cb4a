using System.Globalization;
using System.Text.RegularExpressions;
using Zhili.BuildingBlocks.Web;

namespace Zhili.Web.Tests;

/// <summary>
/// What the shared layout and form pieces write for assistive technology (GB/T 37668-2019, WCAG 2.1 AA); the browser
/// journeys check the pages with axe as well.
/// </summary>
public sealed partial class AccessibilityPageTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A11Y_a_refused_field_is_marked_invalid_and_described_by_its_reason_once(TestDatabase database)
    {
        var client = (await fixture.App(database)).Client(TestSignIn.Admin);
        var refused = await client.PostFormAsync("/admin/units/new", new Dictionary<string, string>
        {
            ["Input.ParentCode"] = "410181", ["Input.Kind"] = "Township", ["Input.Code"] = "41018", ["Input.Name"] = "测试镇",
        });
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await refused.Content.ReadAsStringAsync(Ct);

        var code = Element(html, "input", "Input_Code");
        code.ShouldContain("aria-invalid=\"true\"");
        code.ShouldContain("aria-describedby=\"Input_Code-error\"");
        code.ShouldContain("invalid");
        // Right after the field, inside its label: a mark and the reason.
        var reason = Regex.Match(html, "id=\"Input_Code\"[^>]*>(<span [^>]*id=\"Input_Code-error\"[^>]*>.*?</span>.*?</span>)\\s*</label>", RegexOptions.Singleline);
        reason.Success.ShouldBeTrue(html);
        reason.Groups[1].Value.ShouldContain("class=\"field-error\"");
        reason.Groups[1].Value.ShouldContain("⚠");
        reason.Groups[1].Value.ShouldContain("代码应为上级代码 410181 加 3 位数字");
        // The page's own message slot for the field stays quiet: the reason is said once.
        Regex.Count(html, "代码应为上级代码 410181 加 3 位数字").ShouldBe(1);
        // A field that passed is left as it was.
        Element(html, "input", "Input_Name").ShouldNotContain("aria-invalid");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A11Y_the_error_summary_is_announced_and_takes_the_focus(TestDatabase database)
    {
        var client = (await fixture.App(database)).Client();
        // An empty appeal: the browser's required check is skipped, as a script or an old browser would.
        var refused = await client.PostFormAsync("/hotline/submit", new Dictionary<string, string> { ["Input.Type"] = "Help" });
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await refused.Content.ReadAsStringAsync(Ct);

        var summary = Regex.Match(html, "<div [^>]*validation-summary-errors[^>]*>").Value;
        summary.ShouldContain("role=\"alert\"");
        summary.ShouldContain("tabindex=\"-1\"");
        summary.ShouldContain("autofocus");
        html.ShouldContain("请修改以下内容后再提交：");
        Element(html, "input", "Input_CallerName").ShouldContain("aria-invalid=\"true\"");
        Element(html, "textarea", "Input_Description").ShouldContain("aria-describedby=\"Input_Description-error\"");
        html.ShouldContain("id=\"Input_Description-error\"");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A11Y_the_citizen_form_marks_required_fields_and_asks_the_browser_to_fill_them(TestDatabase database)
    {
        var html = await (await fixture.App(database)).Client().GetStringAsync("/hotline/submit", Ct);

        var name = Element(html, "input", "Input_CallerName");
        name.ShouldContain("autocomplete=\"name\"");
        name.ShouldContain("required");
        var phone = Element(html, "input", "Input_CallerPhone");
        phone.ShouldContain("type=\"tel\"");
        phone.ShouldContain("autocomplete=\"tel\"");
        Element(html, "input", "Input_Address").ShouldContain("autocomplete=\"street-address\"");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A11Y_a_data_table_scrolls_in_a_keyboard_region_named_by_its_caption(TestDatabase database)
    {
        var html = await (await fixture.App(database)).Client().GetStringAsync("/units", Ct);

        var box = Regex.Match(html, "<div [^>]*class=\"scroll\"[^>]*>\\s*<table class=\"data\"").Value;
        box.ShouldContain("role=\"region\"");
        box.ShouldContain("tabindex=\"0\"");
        var label = Regex.Match(box, "aria-labelledby=\"([^\"]+)\"").Groups[1].Value;
        label.ShouldNotBeEmpty();
        html.ShouldContain($"<caption class=\"visually-hidden\" id=\"{label}\">单位目录</caption>");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A11Y_K_WD_1_the_calendar_tells_holidays_by_a_mark_and_words_not_colour_alone(TestDatabase database)
    {
        var html = await (await fixture.App(database)).Client().GetStringAsync("/calendar?year=2026", Ct);

        // 2026-02-14 is a make-up Saturday, 2026-02-16 a Spring Festival day off.
        html.ShouldMatch("class=\"makeup\" title=\"春节\">14<span class=\"mark\" aria-hidden=\"true\">班</span><span class=\"visually-hidden\"> 调休上班 春节</span>");
        html.ShouldMatch("class=\"off\" title=\"春节\">16<span class=\"mark\" aria-hidden=\"true\">休</span><span class=\"visually-hidden\"> 放假 春节</span>");
        html.ShouldContain("<span class=\"day off\">放假<span class=\"mark\" aria-hidden=\"true\">休</span></span>");
    }

    [Fact]
    public void A11Y_text_in_another_language_than_the_page_says_its_language()
    {
        var chinese = CultureInfo.GetCultureInfo("zh-CN");
        var english = CultureInfo.GetCultureInfo("en");
        AutoLangTagHelper.LangOf("Open311 GeoReport v2", chinese).ShouldBe("en");
        AutoLangTagHelper.LangOf("金水区", english).ShouldBe("zh-CN");
        AutoLangTagHelper.LangOf("金水区 Jinshui", english).ShouldBe("zh-CN");
        AutoLangTagHelper.LangOf("金水区", chinese).ShouldBeNull();
        AutoLangTagHelper.LangOf("Jinshui District", english).ShouldBeNull();
        AutoLangTagHelper.LangOf("410105", chinese).ShouldBeNull();
    }

    /// <summary>The start tag of the element with this id.</summary>
    private static string Element(string html, string tag, string id) =>
        Regex.Match(html, $"<{tag} [^>]*id=\"{id}\"[^>]*>").Value is { Length: > 0 } found ? found : throw new ShouldAssertException($"no <{tag} id={id}>");
}
