using System.Text.RegularExpressions;

namespace Zhili.Browser.Tests;

/// <summary>
/// The shared form and layout pieces in a real browser (GB/T 37668-2019, WCAG 2.1 AA): a refused form brings the
/// keyboard to its reasons, a wide table scrolls by keyboard inside its box, and every page passes axe at both widths.
/// </summary>
public sealed class AccessibilityJourneys(BrowserApps apps) : IClassFixture<BrowserApps>
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A11Y_a_refused_citizen_form_takes_the_focus_to_its_summary_and_marks_the_fields(TestDatabase database)
    {
        var (page, _) = await apps.PageAsync(database);
        await page.GotoAsync("/hotline/submit");
        await page.AssertAccessibleAsync();
        // Send it empty, as a browser without the required check would: the server's answer is what is tested.
        await page.EvalOnSelectorAsync("form.form", "f => f.noValidate = true");
        await page.ClickAsync("form.form button[type=submit]");
        await page.WaitForSelectorAsync("[aria-invalid=true]");

        (await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('role')")).ShouldBe("alert");
        (await page.InnerTextAsync(".validation-summary-errors")).ShouldContain("请修改以下内容后再提交");
        var name = page.Locator("#Input_CallerName");
        (await name.GetAttributeAsync("aria-invalid")).ShouldBe("true");
        var reason = await page.InnerTextAsync("#" + await name.GetAttributeAsync("aria-describedby"));
        reason.ShouldNotBeNullOrWhiteSpace();
        // Told by a border as well as by colour: the refused field's border is thicker than a good one's.
        (await name.EvaluateAsync<string>("e => getComputedStyle(e).borderTopWidth")).ShouldBe("2px");
        await page.AssertAccessibleAsync();
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A11Y_the_office_pages_pass_axe_and_the_bulletin_table_scrolls_by_keyboard(TestDatabase database)
    {
        var (page, _) = await apps.PageAsync(database);
        await page.GotoAsync("/account/sign-in?returnUrl=/hotline");
        await page.FillAsync("#UserName", "office");
        await page.FillAsync("#Password", Zhili.Identity.Demo.DemoAccounts.Password);
        await page.ClickAsync("form button[type=submit]");
        await page.WaitForURLAsync(new Regex("/hotline$"));
        await page.AssertAccessibleAsync();
        foreach (var path in new[] { "/calendar?year=2026", "/api", "/hotline/supervisions" })
        {
            await page.GotoAsync(path);
            await page.AssertAccessibleAsync();
        }

        await page.GotoAsync("/hotline/bulletins?period=Week");
        await page.AssertAccessibleAsync();
        await page.SetViewportSizeAsync(Accessibility.Phone.Width, Accessibility.Phone.Height);
        var box = page.Locator(".scroll:has(table.compact)");
        (await box.GetAttributeAsync("role")).ShouldBe("region");
        await box.FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        (await box.EvaluateAsync<int>("e => e.scrollLeft")).ShouldBeGreaterThan(0);
    }
}
