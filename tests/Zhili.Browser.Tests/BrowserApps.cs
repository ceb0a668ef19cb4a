using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Zhili.Browser.Tests;

/// <summary>
/// The app on a real port (Kestrel on 127.0.0.1, any free port) with the demo accounts, and one headless Debian
/// Chromium driven by Playwright for the whole test class. Nothing is downloaded: Playwright's driver comes in its
/// package and the browser is the system's (<c>apt-get install chromium fonts-wqy-zenhei</c>; CI installs both).
/// </summary>
public sealed class BrowserApps : AppFixture
{
    public const string Chromium = "/usr/bin/chromium";

    // As tested for this stack: no sandbox inside a container, no GPU, nothing fetched in the background.
    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run",
         "--disable-sync", "--disable-quic", "--disable-dev-shm-usage"];

    private readonly SemaphoreSlim starting = new(1, 1);
    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>A fresh browser context (its own cookies) on the app for this database, at the app's address.</summary>
    public async Task<(IPage Page, Uri Root)> PageAsync(TestDatabase database)
    {
        if (!File.Exists(Chromium))
        {
            Assert.Skip($"Chromium is not installed at {Chromium} (apt-get install chromium fonts-wqy-zenhei; CI does)");
        }

        var app = await App(database);
        var root = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        var context = await (await BrowserAsync()).NewContextAsync(new() { BaseURL = root.ToString(), Locale = "zh-CN" });
        // The whole suite shares two cores: a page's first render (its compilation included) has taken over Playwright's
        // default 30 s there. A wait only lasts this long when the page never comes.
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        return (await context.NewPageAsync(), root);
    }

    protected override void Configure(ZhiliFactory factory)
    {
        factory.Settings["Zhili:Demo"] = "true";
        factory.UseKestrel(0);
    }

    private async Task<IBrowser> BrowserAsync()
    {
        await starting.WaitAsync();
        try
        {
            playwright ??= await Playwright.CreateAsync();
            return browser ??= await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Args = ChromiumArgs });
        }
        finally
        {
            starting.Release();
        }
    }

    public override async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        starting.Dispose();
        await base.DisposeAsync();
    }
}
