using System.Text.RegularExpressions;
using Zhili.Hotline.Domain;

namespace Zhili.Browser.Tests;

/// <summary>
/// H-FLOW with the street level (二级转办), every step through the pages as its user takes it: the office assigns a
/// citizen's appeal to 金水区, which passes it down to 花园路街道; the street replies to the district, the district
/// accepts and answers the office, and the office records the callback and closes. The history then reads as sentences
/// in Chinese and in English, and every page passes axe at both widths.
/// </summary>
public sealed partial class StreetJourneys(BrowserApps apps) : IClassFixture<BrowserApps>
{
    private const string StreetReply = "已联系园林部门补种行道树，现场已恢复。";
    private const string DistrictReply = "经花园路街道核实处理，行道树已补种完毕，感谢您的反映。";
    private const string Instructions = "请三个工作日内到现场核实";

    private static readonly string[] Data =
        ["市长电话室", "李督办", "金水区", "张金水", "花园路街道", "吕花园", StreetReply, DistrictReply, Instructions, "王晓红"];

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_office_district_street_reply_callback_and_closure_through_the_pages(TestDatabase database)
    {
        var number = await CitizenSubmitsAsync(database);

        // The office finds the appeal in its list and assigns it to 金水区, picked by name.
        var office = await apps.SignInAsync(database, "office", "/hotline");
        await office.AssertAccessibleAsync();
        var appealUrl = await OpenAsync(office, number);
        await office.FillAsync("form[data-action=Assign] input.unit-filter", "金水");
        await office.SelectOptionAsync("form[data-action=Assign] select[name=unitCode]", new SelectOptionValue { Label = "金水区" });
        (await office.InnerTextAsync("form[data-action=Assign] .consequence")).ShouldMatch(@"办理期限将为 \d{4}-\d{2}-\d{2} 24:00");
        await SubmitAsync(office, "form[data-action=Assign]");

        // The district passes it down to one of its streets, with the district's own deadline day as the last day.
        var district = await apps.SignInAsync(database, "jinshui", appealUrl);
        await district.AssertAccessibleAsync();
        var streets = await district.Locator("form:has(button:text-is('二级转办')) select[name=streetCode] option").AllInnerTextsAsync();
        streets.ShouldContain("花园路街道");
        streets.ShouldAllBe(s => !Regex.IsMatch(s, @"\d{6}"));
        await district.SelectOptionAsync("select[name=streetCode]", new SelectOptionValue { Label = "花园路街道" });
        await district.FillAsync("input[name=instructions]", Instructions);
        await SubmitAsync(district, "form:has(button:text-is('二级转办'))");
        (await district.InnerTextAsync("main")).ShouldContain("街道办理中");

        // The street sees the appeal in its own list, and replies to the district.
        var street = await apps.SignInAsync(database, "huayuanlu", "/hotline");
        await street.AssertAccessibleAsync();
        (await OpenAsync(street, number)).ShouldBe(appealUrl);
        await street.FillAsync("textarea[name=text]", StreetReply);
        await SubmitAsync(street, "form:has(button:text-is('街道答复'))");
        (await street.InnerTextAsync("main")).ShouldContain("街道已答复，待区级审核");

        // The district accepts the street's reply and answers the office in its own words.
        await district.ReloadAsync();
        (await district.InputValueAsync("form:has(button:text-is('审核通过并答复')) textarea")).ShouldBe(StreetReply);
        await district.FillAsync("form:has(button:text-is('审核通过并答复')) textarea", DistrictReply);
        await SubmitAsync(district, "form:has(button:text-is('审核通过并答复'))");

        // The office calls the citizen back and closes the appeal.
        await office.ReloadAsync();
        await office.SelectOptionAsync("form[data-action=Callback] select[name=satisfaction]", nameof(Satisfaction.Satisfied));
        await SubmitAsync(office, "form[data-action=Callback]");
        await SubmitAsync(office, "form[data-action=Close]");

        var main = await office.InnerTextAsync("main");
        main.ShouldContain("已办结");
        var history = await office.Locator("ol.timeline li").AllInnerTextsAsync();
        // Each line: the time, the unit that acted, who, and the sentence (the person's naming is not asserted here).
        Said(history, "市长电话室", "交办至 金水区");
        Said(history, "金水区", $"转 花园路街道 办理，转办意见：{Instructions}");
        Said(history, "花园路街道", $"答复区级：{StreetReply}");
        Said(history, "金水区", "审核通过街道的答复");
        Said(history, "金水区", $"答复：{DistrictReply}");
        Said(history, "市长电话室", "回访，诉求人评价为“满意”");
        Said(history, "市长电话室", "办结：已解决");
        Journeys.InternalNames(main, EnumNames).ShouldBeEmpty();

        await office.EnglishAsync();
        await office.AssertAccessibleAsync();
        var english = await office.Locator("ol.timeline li").AllInnerTextsAsync();
        Said(english, "市长电话室", "assigned it to 金水区");
        Said(english, "金水区", $"passed it down to 花园路街道; instructions: {Instructions}");
        Said(english, "花园路街道", $"replied to the district: {StreetReply}");
        Said(english, "金水区", "accepted the street's reply");
        Said(english, "金水区", $"replied: {DistrictReply}");
        Said(english, "市长电话室", "called the citizen back, who was \"Satisfied\"");
        Said(english, "市长电话室", "closed it: Resolved");
        (await office.ChineseInChromeAsync(Data)).ShouldBeEmpty("Chinese left in the English appeal page's chrome");
        Journeys.InternalNames(await office.InnerTextAsync("main")).ShouldBeEmpty();
        foreach (var page in new[] { "/hotline", "/hotline/submit", $"/hotline/status?number={number}" })
        {
            await office.GotoAsync(page);
            await office.AssertAccessibleAsync();
            (await office.ChineseInChromeAsync(Data)).ShouldBeEmpty($"Chinese left in the chrome of {page} in English");
        }
    }

    private static void Said(IReadOnlyList<string> history, string unit, string sentence)
    {
        var line = new Regex($@"^\d{{4}}-\d{{2}}-\d{{2}} \d{{2}}:\d{{2}} {unit} \S+ {Regex.Escape(sentence)}");
        history.ShouldContain(l => line.IsMatch(l), $"no line \"{unit} … {sentence}\" in the history:\n{string.Join("\n", history)}");
    }

    /// <summary>A citizen's appeal about 金水区, through the public form: its tracking number.</summary>
    private async Task<string> CitizenSubmitsAsync(TestDatabase database)
    {
        var (citizen, _) = await apps.PageAsync(database);
        await citizen.GotoAsync("/hotline/submit");
        await citizen.FillAsync("#Input_CallerName", "王晓红");
        await citizen.FillAsync("#Input_CallerPhone", "13912345678");
        await citizen.SelectOptionAsync("#Input_Type", "Complaint");
        await citizen.SelectOptionAsync("#Input_CategoryCode", "110202");
        await citizen.FillAsync("#Input_Address", "金水区花园路农业路口");
        await citizen.FillAsync("#Input_Description", "花园路农业路口的行道树被撞倒后一直没有补种。");
        await citizen.ClickAsync("form.form button[type=submit]");
        await citizen.WaitForURLAsync(new Regex(@"/hotline/status\?number=HL\w+$"));
        await citizen.AssertAccessibleAsync();
        return new Uri(citizen.Url).Query.Split('=')[1];
    }

    /// <summary>Finds the appeal by its number in the reader's list and opens it: the appeal page's path.</summary>
    private static async Task<string> OpenAsync(IPage page, string number)
    {
        await page.FillAsync("form.filters input[name=q]", number);
        await page.ClickAsync("form.filters button[type=submit]");
        await page.WaitForURLAsync(new Regex(@"[?&]q="));
        await page.AssertAccessibleAsync();
        await page.ClickAsync($"table.data a:text-is('{number}')");
        await page.WaitForURLAsync(new Regex(@"/hotline/appeals/\d+$"));
        await page.AssertAccessibleAsync();
        return new Uri(page.Url).AbsolutePath;
    }

    /// <summary>Posts one action form and waits for the appeal page again; a refusal fails with the page's reasons.</summary>
    private static async Task SubmitAsync(IPage page, string form)
    {
        // The answer is a new document (the page again after its redirect): wait until the old one is gone.
        await page.EvaluateAsync("() => window.beforeSubmit = true");
        await page.ClickAsync($"{form} button[type=submit]");
        await page.WaitForFunctionAsync("() => window.beforeSubmit === undefined && document.readyState === 'complete'");
        var errors = await page.Locator(".validation-summary-errors").AllInnerTextsAsync();
        errors.ShouldBeEmpty($"{form} was refused");
        await page.AssertAccessibleAsync();
    }

    private static readonly string[] EnumNames =
    [
        .. Enum.GetNames<AppealState>(), .. Enum.GetNames<StreetStageState>(), .. Enum.GetNames<ClosureReason>(), .. Enum.GetNames<Channel>(),
        .. Enum.GetNames<AppealType>(),
    ];
}
