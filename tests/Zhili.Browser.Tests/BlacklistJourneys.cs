using Zhili.Kernel.Codes;
using Zhili.WageArrears.Domain;

namespace Zhili.Browser.Tests;

/// <summary>
/// A blacklist case from the notice to the published edition, through the pages: 金水区 opens the case and records the
/// notice's delivery; no listing is offered while the defence period runs (B-NOTICE); once it has passed (the test
/// clock) the district lists the employer; the city bureau acknowledges the county listing and publishes the quarter
/// (B-PUB); a citizen on a phone finds the employer in the public list, its representative masked (K-MASK). Every page
/// passes axe at both widths and reads in English without Chinese chrome.
/// </summary>
public sealed class BlacklistJourneys(BrowserApps apps) : IClassFixture<BrowserApps>
{
    private const string Employer = "郑州恒信建设工程有限公司";
    private const string Representative = "陈志强";
    private const string DecisionNumber = "金人社监察决字〔2025〕18号";

    private static readonly string Credit = "91410105MA0000777" + CreditCode.CheckCharacter("91410105MA0000777");
    private static readonly string RepresentativeId = "41010519750214003" + ResidentId.CheckCharacter("41010519750214003");

    private static readonly string[] Data = [Employer, Representative, DecisionNumber, "金水区", "张金水", "刘人社", "陈**"];

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task B_NOTICE_B_PUB_K_MASK_a_case_from_notice_to_the_published_edition_and_the_public_lookup(TestDatabase database)
    {
        var clock = (await apps.App(database)).Clock;

        // 金水区 opens the case from its list (the decision of 2025-06-05; the clock stands at 2025-06-10).
        var district = await apps.SignInAsync(database, "jinshui", "/blacklist/cases");
        await district.AssertAccessibleAsync();
        await Step(district, () => district.ClickAsync("main a[href='/blacklist/cases/new']"));
        await district.FillAsync("input[name='Input.Employer.Name']", Employer);
        await district.FillAsync("input[name='Input.Employer.CreditCode']", Credit);
        await district.FillAsync("input[name='Input.Employer.RepresentativeName']", Representative);
        await district.FillAsync("input[name='Input.Employer.RepresentativeId']", RepresentativeId);
        await district.FillAsync("input[name='Input.DecisionNumber']", DecisionNumber);
        await district.FillAsync("input[name='Input.DecisionDate']", "2025-06-05");
        await district.CheckAsync("input[name='Input.Grounds'][value=Absconding]");
        await Step(district, () => district.ClickAsync("form.form button[type=submit]"));
        district.Url.ShouldMatch(@"/blacklist/cases/\d+$");
        var caseUrl = new Uri(district.Url).AbsolutePath;

        // The notice is delivered today, with the defence access code to print on it; the listing waits (B-NOTICE).
        await Step(district, () => district.ClickAsync("form[data-step=Notice] button[type=submit]"));
        (await district.InnerTextAsync("main")).ShouldContain("自助访问码");
        (await district.Locator("form[data-step=Listing]").CountAsync()).ShouldBe(0);
        (await district.InnerTextAsync("main .action-group .hint")).ShouldContain("届满前不能作出列入决定");
        Journeys.InternalNames(await district.InnerTextAsync("main"), [.. Enum.GetNames<ListingState>(), .. Enum.GetNames<DefenceState>()])
            .ShouldBeEmpty();

        // Five working days later (2025-06-17 24:00) the period has passed without a defence: the listing is offered.
        // A week on, the district's sign-in has lapsed: it signs in again and finds the case where it left it.
        clock.Advance(TimeSpan.FromDays(8));
        district = await apps.SignInAsync(database, "jinshui", caseUrl);
        await district.AssertAccessibleAsync();
        (await district.InputValueAsync("form[data-step=Listing] input[name=decidedOn]")).ShouldBe("2025-06-18");
        await Step(district, () => district.ClickAsync("form[data-step=Listing] button[type=submit]"));
        var listed = await district.InnerTextAsync("main");
        listed.ShouldContain("2025-06-18");
        listed.ShouldContain("待确认");
        var decision = await district.Context.APIRequest.GetAsync(await district.GetAttributeAsync("a[href$='decision.docx']", "href") ?? "");
        decision.Status.ShouldBe(200);
        (await decision.BodyAsync())[..2].ShouldBe("PK"u8.ToArray()); // a .docx is a zip package

        // After the quarter: the city bureau acknowledges the county listing and publishes 2025 Q2.
        clock.Advance(TimeSpan.FromDays(14));
        var bureau = await apps.SignInAsync(database, "renshe", "/blacklist/editions");
        await bureau.AssertAccessibleAsync();
        await Step(bureau, () => bureau.ClickAsync("main a[href='/blacklist/cases?unacknowledged=true']"));
        await Step(bureau, () => bureau.ClickAsync($"table.data a:text-is('{Employer}')"));
        await Step(bureau, () => bureau.ClickAsync("form button:text-is('市人社局确认区县列入信息（公布前）')"));
        (await bureau.InnerTextAsync("main")).ShouldContain("已确认");
        await Step(bureau, () => bureau.GotoAsync("/blacklist/editions"));
        (await bureau.InputValueAsync("input[name=year]")).ShouldBe("2025");
        (await bureau.InputValueAsync("input[name=quarter]")).ShouldBe("2");
        await Step(bureau, () => bureau.ClickAsync("form.form button[type=submit]"));
        (await bureau.Locator("table.data tbody tr").AllInnerTextsAsync()).ShouldContain(r => r.Contains("2025"));

        // A citizen on a phone looks the employer up in the public list.
        var (citizen, _) = await apps.PageAsync(database);
        await citizen.SetViewportSizeAsync(Accessibility.Phone.Width, Accessibility.Phone.Height);
        await Step(citizen, () => citizen.GotoAsync("/"));
        await Step(citizen, () => citizen.ClickAsync("main a[href='/blacklist']"));
        await citizen.FillAsync("form.filters input[name=q]", "恒信建设");
        await Step(citizen, () => citizen.ClickAsync("form.filters button[type=submit]"));
        var rows = await citizen.Locator("table.data tbody tr").AllInnerTextsAsync();
        rows.Count.ShouldBe(1);
        rows[0].ShouldContain(Employer);
        rows[0].ShouldContain(Credit);
        rows[0].ShouldContain("陈**"); // K-MASK: the representative by surname only
        var page = await citizen.InnerTextAsync("body");
        page.ShouldNotContain(Representative);
        page.ShouldNotContain(RepresentativeId);

        // Each page read in English: no Chinese left in the chrome, no internal names.
        district = await apps.SignInAsync(database, "jinshui", caseUrl);
        foreach (var (reader, url) in new[] { (citizen, citizen.Url), (district, caseUrl), (district, "/blacklist/cases"), (bureau, "/blacklist/editions") })
        {
            await Step(reader, () => reader.GotoAsync(url));
            await reader.EnglishAsync();
            await reader.AssertAccessibleAsync();
            (await reader.ChineseInChromeAsync(Data)).ShouldBeEmpty($"Chinese left in the chrome of {url} in English");
            Journeys.InternalNames(await reader.InnerTextAsync("main")).ShouldBeEmpty(url);
        }
    }

    /// <summary>One move of the journey: waits for the page it leads to, fails on a refusal, and checks the page with axe.</summary>
    private static async Task Step(IPage page, Func<Task> move)
    {
        await page.EvaluateAsync("() => window.beforeStep = true");
        await move();
        await page.WaitForFunctionAsync("() => window.beforeStep === undefined && document.readyState === 'complete'");
        (await page.Locator(".validation-summary-errors").AllInnerTextsAsync()).ShouldBeEmpty($"refused at {page.Url}");
        await page.AssertAccessibleAsync();
    }
}
