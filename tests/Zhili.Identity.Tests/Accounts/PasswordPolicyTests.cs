using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Zhili.BuildingBlocks.Security;
using Zhili.Identity.Accounts;
using Zhili.Identity.Demo;
using Zhili.Identity.Domain;

namespace Zhili.Identity.Tests.Accounts;

/// <summary>The password policy on top of Identity's length and character rules: common, user-name and demo passwords.</summary>
public sealed class PasswordPolicyTests(AppFixture plain, DemoFixture demo) : IClassFixture<AppFixture>, IClassFixture<DemoFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("Password123")]
    [InlineData("P@ssw0rd2024!")]
    [InlineData("Qwerty123456")]
    [InlineData("Woaini1314")]
    [InlineData("1Qaz2wsx3edc")]
    [InlineData("Zhengzhou2018")]
    [InlineData("Admin12345!")]
    public void Common_passwords_and_a_common_stem_with_digits_or_symbols_are_listed(string password) =>
        CommonPasswords.Contains(password).ShouldBeTrue();

    [Theory]
    [InlineData("Hetang-Lu7Qiao")]
    [InlineData("Initial2018pass")]
    [InlineData("Zhili2018test")]
    [InlineData("Password-of-mine9")]
    public void Passwords_that_only_contain_a_common_word_are_not_listed(string password) =>
        CommonPasswords.Contains(password).ShouldBeFalse();

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_common_password_is_refused_with_a_reason_in_Chinese(TestDatabase database)
    {
        var refused = await CreateAsync(await plain.App(database), "policy.common", "Password2024!");
        refused.Errors.Select(e => e.Code).ShouldBe([PasswordPolicy.CommonCode]);
        refused.Errors.Single().Description.ShouldContain("密码过于常见");

        (await CreateAsync(await plain.App(database), "policy.strong", "Hetang-Lu7Qiao")).Succeeded.ShouldBeTrue();
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_user_name_as_password_or_with_digits_or_symbols_after_it_is_refused(TestDatabase database)
    {
        var app = await plain.App(database);
        foreach (var (name, password) in new[] { ("zhaoming2018", "Zhaoming2018"), ("zhaoming", "Zhaoming2018!") })
        {
            var refused = await CreateAsync(app, name, password);
            refused.Errors.Select(e => e.Code).ShouldBe([PasswordPolicy.UserNameCode], password);
            refused.Errors.Single().Description.ShouldContain("用户名");
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_demo_password_is_refused_outside_demo_mode_and_accepted_in_it(TestDatabase database)
    {
        var refused = await CreateAsync(await plain.App(database), "policy.demo", DemoAccounts.Password);
        refused.Errors.Select(e => e.Code).ShouldBe([PasswordPolicy.DemoCode]);
        refused.Errors.Single().Description.ShouldContain("演示密码");

        (await CreateAsync(await demo.App(database), "policy.demo", DemoAccounts.Password)).Succeeded.ShouldBeTrue();
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_account_form_shows_why_a_password_was_refused_and_opens_no_account(TestDatabase database)
    {
        var client = (await plain.App(database)).Client(TestSignIn.Admin);
        var fields = new Dictionary<string, string>
        {
            ["Input.UserName"] = "policy.form", ["Input.DisplayName"] = "策略测试", ["Input.UnitCode"] = "410105",
            ["Input.Roles"] = ZhiliRoles.District, ["Input.Password"] = "Qwerty123456",
        };
        var refused = await client.PostFormAsync("/admin/users/new", fields);

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.Content.ReadAsStringAsync(Ct)).ShouldContain("密码过于常见，容易被猜中，请换一个");
        (await client.GetAsync("/api/v1/identity/users/policy.form", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static async Task<IdentityResult> CreateAsync(ZhiliFactory app, string userName, string password)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ZhiliUser>>();
        return await users.CreateAsync(new ZhiliUser { UserName = userName, DisplayName = "策略测试", UnitCode = "410105" }, password);
    }
}
