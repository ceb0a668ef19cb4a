using System.Text.RegularExpressions;

namespace Zhili.Browser.Tests;

/// <summary>
/// End-to-end journeys in headless Chromium through the real pages, forms, antiforgery tokens and cookies: a citizen
/// submits an appeal and follows it publicly with the caller masked (H-FLOW, K-MASK); the city office signs in through
/// the sign-in form, finds the appeal in its list and sees the caller in full.
/// </summary>
public sealed partial class HotlineJourneys(BrowserApps apps) : IClassFixture<BrowserApps>
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task H_FLOW_K_MASK_a_citizen_submits_an_appeal_and_the_office_finds_it(TestDatabase database)
    {
        const string phone = "13812345678";
        var (citizen, _) = await apps.PageAsync(database);
        await citizen.GotoAsync("/hotline/submit");
        await citizen.AssertAccessibleAsync();
        await citizen.FillAsync("#Input_CallerName", "欧阳明华");
        await citizen.FillAsync("#Input_CallerPhone", phone);
        await citizen.SelectOptionAsync("#Input_Type", "Help");
        await citizen.SelectOptionAsync("#Input_CategoryCode", "110202");
        await citizen.FillAsync("#Input_Address", "中原区建设路桐柏路口");
        await citizen.FillAsync("#Input_Description", "路口三盏路灯连续一周不亮，夜间过马路很危险。");
        await citizen.ClickAsync("form.form button[type=submit]");

        // The form answers with the public status page of the new appeal.
        await citizen.WaitForURLAsync(new Regex(@"/hotline/status\?number=HL\d{6}[2-9A-Z]{8}$"));
        var number = new Uri(citizen.Url).Query.Split('=')[1];
        await citizen.AssertAccessibleAsync();
        var status = await citizen.InnerTextAsync("main");
        status.ShouldContain(number);
        // K-MASK: the public page shows the caller masked, never in full.
        status.ShouldNotContain(phone);
        status.ShouldNotContain("欧阳明华");
        status.ShouldContain(phone[..3] + "****" + phone[^4..]);

        // The office signs in through the form (demo account) and finds the appeal by its number.
        var (office, _) = await apps.PageAsync(database);
        await office.GotoAsync("/account/sign-in?returnUrl=/hotline");
        await office.AssertAccessibleAsync();
        await office.FillAsync("#UserName", "office");
        await office.FillAsync("#Password", Zhili.Identity.Demo.DemoAccounts.Password);
        await office.ClickAsync("form button[type=submit]");
        try
        {
            await office.WaitForURLAsync(new Regex("/hotline$"));
        }
        catch (TimeoutException e)
        {
            // Say where the sign-in led and what the page said there.
            throw new TimeoutException($"{e.Message} at {office.Url}: {await office.InnerTextAsync("body")}", e);
        }
        await office.AssertAccessibleAsync();
        await office.FillAsync("input[name=q]", number);
        await office.ClickAsync("form.filters button[type=submit]");
        await office.WaitForURLAsync(new Regex(@"[?&]q="));
        await office.AssertAccessibleAsync();
        await office.ClickAsync($"table.data a:text-is('{number}')");
        await office.WaitForURLAsync(new Regex(@"/hotline/appeals/\d+$"));
        await office.AssertAccessibleAsync();
        var appeal = await office.InnerTextAsync("main");
        appeal.ShouldContain(number);
        appeal.ShouldContain(phone);
        appeal.ShouldContain("欧阳明华");
    }
}
