using System.Text.RegularExpressions;

namespace Zhili.Browser.Tests;

/// <summary>
/// The steps every staff journey shares: signing in through the form as a demo account, and reading a page in English
/// to find Chinese left in its chrome or internal names where a reader's words belong.
/// </summary>
public static partial class Journeys
{
    /// <summary>A fresh browser (its own cookies) signed in through the sign-in form, on <paramref name="returnUrl"/>.</summary>
    public static async Task<IPage> SignInAsync(this BrowserApps apps, TestDatabase database, string userName, string returnUrl)
    {
        var (page, _) = await apps.PageAsync(database);
        await page.GotoAsync("/account/sign-in?returnUrl=" + Uri.EscapeDataString(returnUrl));
        await page.AssertAccessibleAsync();
        await page.FillAsync("#UserName", userName);
        await page.FillAsync("#Password", Zhili.Identity.Demo.DemoAccounts.Password);
        await page.ClickAsync("form button[type=submit]");
        await page.WaitForURLAsync(url => new Uri(url).PathAndQuery == returnUrl);
        return page;
    }

    /// <summary>Switches the page to English by the header's link and waits for it.</summary>
    public static async Task EnglishAsync(this IPage page)
    {
        // The choice is kept in a cookie: a page after the first may already be in English.
        if (await page.GetAttributeAsync("html", "lang") == "en")
        {
            return;
        }

        await page.ClickAsync("header a[lang=en]");
        await page.WaitForSelectorAsync("html[lang=en]");
    }

    /// <summary>
    /// The page's chrome (header, crumbs, headings, labels, buttons, table headers, facts' names, history sentences,
    /// footer) that still holds Chinese once <paramref name="data"/> (names, units, texts people wrote) is taken out.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ChineseInChromeAsync(this IPage page, params string[] data)
    {
        var texts = await page.EvaluateAsync<string[]>(ChromeTexts);
        // The longest first: a name inside a text people wrote goes with that text.
        var known = data.Where(d => d.Length > 0).OrderByDescending(d => d.Length).ToList();
        return texts.Select(t => known.Aggregate(t, (s, d) => s.Replace(d, "", StringComparison.Ordinal)))
            .Where(t => Han().IsMatch(t)).ToList();
    }

    /// <summary>
    /// Internal names that must not reach a reader, each with the text around it: event kinds (extension-approved), the
    /// given enum names, unit codes (K-UNITS).
    /// </summary>
    public static IReadOnlyList<string> InternalNames(string text, params string[] enumNames) =>
        EventKind().Matches(text)
            .Concat(enumNames.SelectMany(n => Regex.Matches(text, $@"(?<![A-Za-z]){n}(?![A-Za-z])")))
            .Concat(UnitCode().Matches(text))
            .Select(m => text.Substring(Math.Max(0, m.Index - 30), Math.Min(text.Length, m.Index + m.Length + 30) - Math.Max(0, m.Index - 30)))
            .ToList();

    private const string ChromeTexts = """
        () => Array.from(document.querySelectorAll('header.top a, header.top button, nav.crumbs li, main h1, main h2, main h3, main dt, main label, main legend, main button, main th, main .consequence, main .hint, main .timeline li, main .answer > p:first-child, footer'))
            .filter(e => !e.closest('[lang="zh-CN"], [aria-hidden="true"]'))
            .map(e => Array.from(e.childNodes).filter(n => n.nodeType === 3 || !n.closest('[lang="zh-CN"], [aria-hidden="true"], select, textarea'))
                .map(n => n.textContent).join('').replace(/\s+/g, ' ').trim())
            .filter(t => /[\u4e00-\u9fff]/.test(t))
        """;

    [GeneratedRegex(@"[\u4e00-\u9fff]")]
    private static partial Regex Han();

    [GeneratedRegex(@"\b(?:received|street|extension|supervision|follower|deadline)-[a-z]+\b|received · ")]
    private static partial Regex EventKind();

    // A code of the city's units (K-UNITS): 4101 with a district's two digits and maybe a street's three.
    [GeneratedRegex(@"(?<![\dA-Z])4101\d{2}(?:\d{3})?(?!\d)")]
    private static partial Regex UnitCode();
}
