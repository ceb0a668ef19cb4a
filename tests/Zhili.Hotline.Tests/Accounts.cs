using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Zhili.Identity.Domain;

namespace Zhili.Hotline.Tests;

/// <summary>Accounts behind the test users, so that pages can name a person by their display name.</summary>
internal static class Accounts
{
    /// <summary>Opens the account of a test user ("name;role;unit") under that display name, once.</summary>
    public static async Task AccountAsync(this ZhiliFactory app, string testUser, string displayName)
    {
        var parts = testUser.Split(';');
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ZhiliUser>>();
        if (await users.FindByNameAsync(parts[0]) is null)
        {
            var user = new ZhiliUser { UserName = parts[0], DisplayName = displayName, UnitCode = parts[2], CreatedAt = ZhiliFactory.DefaultNow.UtcDateTime };
            (await users.CreateAsync(user, "Qh7#account-Zz9")).Succeeded.ShouldBeTrue();
            (await users.AddToRoleAsync(user, parts[1])).Succeeded.ShouldBeTrue();
        }
    }
}
