using System.Text.Json;

namespace Zhili.Web.Tests;

/// <summary>K-USCC and K-ID through the API: a bad code is a 400 problem naming the field, the reason and the rule.</summary>
public sealed class CodeCheckApiTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task K_USCC_a_wrong_check_character_is_a_400_naming_field_rule_and_expected_character(TestDatabase database)
    {
        var app = await fixture.App(database);
        // 91410100MA45J8K3QY is valid (check character worked out by hand in the kernel tests); change the last one.
        var response = await app.Client().PostAsJsonAsync("/api/v1/kernel/checks/credit-code", new { creditCode = "91410100MA45J8K3QA" }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var violation = (await response.ReadJsonAsync()).GetProperty("violations")[0];
        violation.GetProperty("field").GetString().ShouldBe("creditCode");
        violation.GetProperty("rule").GetString().ShouldBe("K-USCC");
        violation.GetProperty("reason").GetString()!.ShouldContain("Y");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task K_USCC_a_valid_code_is_accepted_and_normalised(TestDatabase database)
    {
        var app = await fixture.App(database);
        var response = await app.Client().PostAsJsonAsync("/api/v1/kernel/checks/credit-code", new { creditCode = " 91410100ma45j8k3qy " }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.ReadJsonAsync()).GetProperty("creditCode").GetString().ShouldBe("91410100MA45J8K3QY");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task K_ID_a_bad_birth_date_is_a_400_naming_the_field(TestDatabase database)
    {
        var app = await fixture.App(database);
        // 1990-02-30 does not exist (the kernel tests give this number's check digit as 3).
        var response = await app.Client().PostAsJsonAsync("/api/v1/kernel/checks/resident-id", new { residentId = "410102199002301233" }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var body = await response.ReadJsonAsync();
        body.GetProperty("errors").GetProperty("residentId").GetArrayLength().ShouldBe(1);
        body.GetProperty("violations")[0].GetProperty("rule").GetString().ShouldBe("K-ID");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task K_MASK_a_valid_identity_number_comes_back_masked(TestDatabase database)
    {
        var app = await fixture.App(database);
        var response = await app.Client().PostAsJsonAsync("/api/v1/kernel/checks/resident-id", new { residentId = "410102199003071230" }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.ReadJsonAsync();
        body.GetProperty("maskedId").GetString().ShouldBe("410102********1230");
        body.GetProperty("birthDate").GetString().ShouldBe("1990-03-07");
        (await response.Content.ReadAsStringAsync(Ct)).ShouldNotContain("410102199003071230");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task K_USCC_a_missing_code_is_a_400_not_a_crash(TestDatabase database)
    {
        var app = await fixture.App(database);
        var response = await app.Client().PostAsJsonAsync("/api/v1/kernel/checks/credit-code", new { }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadJsonAsync()).GetProperty("violations")[0].GetProperty("field").GetString().ShouldBe("creditCode");
    }
}
