using System.Collections.Concurrent;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Zhili.Browser.Tests;

/// <summary>
/// The accessibility check every journey runs after each navigation (GB/T 37668-2019, WCAG 2.1 AA):
/// <c>await page.AssertAccessibleAsync();</c> runs axe-core on the page as it is, at desktop and at phone width, and fails
/// on any serious or critical violation, or when the page itself scrolls sideways on the phone (only a table's own box
/// may). The window is left at the width it had. Within one test each kind of page is checked the first time it is seen.
/// </summary>
public static class Accessibility
{
    public static readonly PageViewportSizeResult Desktop = new() { Width = 1366, Height = 768 };
    public static readonly PageViewportSizeResult Phone = new() { Width = 375, Height = 812 };

    private static readonly string[] Failing = ["serious", "critical"];

    // Violations only: the check reads nothing else, so axe need not collect the nodes that pass.
    private static readonly AxeRunOptions ViolationsOnly = new() { ResultTypes = [ResultType.Violations] };

    // The kinds of page each test has checked: a journey passes the same kind of page many times.
    private static readonly ConcurrentDictionary<string, bool> Checked = new();

    public static async Task AssertAccessibleAsync(this IPage page)
    {
        // A kind of page: its address with the numbers taken out, its language, whether it shows refused fields, and the
        // action forms it offers (a case or an appeal offers other forms in each state; each set is checked once).
        var kind = await page.EvaluateAsync<string>(
            "() => [(location.pathname + location.search).replace(/\\d+/g, '#'), document.documentElement.lang, "
            + "document.querySelector('[aria-invalid=true]') ? 'refused' : '', "
            + "...Array.from(document.querySelectorAll('form[data-step]'), f => f.dataset.step)].join(' ')");
        if (!Checked.TryAdd($"{TestContext.Current.Test?.UniqueID} {kind}", true))
        {
            return;
        }

        var before = page.ViewportSize ?? Desktop;
        var problems = new List<string>();
        foreach (var size in new[] { Desktop, Phone })
        {
            await page.SetViewportSizeAsync(size.Width, size.Height);
            problems.AddRange(Violations(await page.RunAxe(ViolationsOnly)).Select(v => $"{size.Width} px: {v}"));
            var widths = await page.EvaluateAsync<int[]>(
                "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
            var (scroll, client) = (widths[0], widths[1]);
            if (scroll > client)
            {
                problems.Add($"{size.Width} px: the page scrolls sideways ({scroll} px wide in a {client} px window): {await WidestAsync(page)}");
            }
        }

        await page.SetViewportSizeAsync(before.Width, before.Height);
        problems.ShouldBeEmpty($"{page.Url} is not accessible:\n" + string.Join("\n", problems));
    }

    /// <summary>One line per failing node: the rule, its impact, what it asks, and which element.</summary>
    public static IEnumerable<string> Violations(AxeResult result) =>
        from rule in result.Violations
        where Failing.Contains(rule.Impact)
        from node in rule.Nodes
        select $"{rule.Id} ({rule.Impact}): {rule.Help} — {node.Target} {node.Html}";

    /// <summary>The outermost element wider than the window, to say what pushed the page sideways.</summary>
    private static Task<string> WidestAsync(IPage page) => page.EvaluateAsync<string>(
        """
        () => {
          const w = document.documentElement.clientWidth;
          const el = [...document.querySelectorAll('body *')].find(e => e.getBoundingClientRect().right > w + 1
            && !e.closest('.wide, .scroll') && getComputedStyle(e).position !== 'absolute');
          return el ? el.outerHTML.slice(0, 200) : '(none found)';
        }
        """);
}
