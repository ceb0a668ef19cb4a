using MiniExcelLibs;
using Zhili.Kernel.Codes;

namespace Zhili.WageArrears.Tests;

/// <summary>B-WHO with K-ID and K-MASK: an individual subcontractor (包工头) without a credit code, listed by identity number.</summary>
public sealed class NaturalPersonTests(BlacklistFixture fixture) : IClassFixture<BlacklistFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task B_WHO_an_individual_subcontractor_is_listed_by_identity_number_and_published_masked(TestDatabase database)
    {
        var app = await fixture.App(database); // today 2025-06-10
        var city = app.Client(Sample.CityStaff);
        var c = await city.Create(Sample.Case(new DateOnly(2025, 3, 3), 901, "郑州宏达建筑劳务有限公司", Sample.Person(901, "李大壮")));
        var person = c.GetProperty("parties")[1];
        (person.Str("kind"), person.Str("idNumber")).ShouldBe(("Subcontractor", Sample.Id(901)));
        person.GetProperty("creditCode").ValueKind.ShouldBe(JsonValueKind.Null);
        await city.ListAsync(c.Id(), new DateOnly(2025, 3, 5), new DateOnly(2025, 3, 20));

        // The employer's credit code still answers the partner lookup (B-CREDIT).
        (await (await app.PartnerAsync()).Get($"{Partners.Lookup}/{Sample.Code(901)}")).GetProperty("listed").GetBoolean().ShouldBeTrue();

        // This case's two rows (other tests of the class share the app and may list cases in the same quarter).
        var rows = (await city.Send("/api/v1/blacklist/editions", new { year = 2025, quarter = 1 }).Ok(HttpStatusCode.Created))
            .GetProperty("rows").EnumerateArray()
            .Where(r => r.Str("creditCode") == Sample.Code(901) || r.Str("idNumber") == Sample.MaskedId(901)).ToList();
        rows.Count.ShouldBe(2);
        var published = rows.Single(r => r.GetProperty("creditCode").ValueKind == JsonValueKind.Null);
        published.Str("employerName").ShouldBe("李**"); // K-MASK: the surname only
        published.Str("idNumber").ShouldBe(Sample.MaskedId(901)); // K-MASK: first 6 and last 4
        published.Str("legalRepresentative").ShouldBe("");
        rows.Single(r => r.Str("employerName") == "郑州宏达建筑劳务有限公司").GetProperty("idNumber").ValueKind.ShouldBe(JsonValueKind.Null);

        var anonymous = app.Client();
        var html = await anonymous.GetStringAsync("/blacklist/2025/1", Ct);
        html.ShouldContain(Sample.MaskedId(901));
        html.ShouldNotContain(Sample.Id(901));
        html.ShouldNotContain("李大壮");
        using var xlsx = new MemoryStream(await anonymous.GetByteArrayAsync("/api/v1/blacklist/editions/2025/1.xlsx", Ct));
        var sheet = xlsx.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        sheet.Select(r => r["身份证号码（自然人，已隐去部分）"]?.ToString()).ShouldContain(Sample.MaskedId(901));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task B_WHO_a_natural_person_is_only_a_subcontractor_with_a_valid_identity_number_and_no_responsible_persons(TestDatabase database)
    {
        var staff = (await fixture.App(database)).Client(Sample.CityStaff);
        var decided = new DateOnly(2025, 3, 3);
        object Party(object p) => new { parties = new[] { Sample.Party(902, "郑州恒基土石方工程有限公司"), p }, decisionNumber = "郑人社监察决字〔2025〕902号", decisionDate = decided, grounds = new[] { "Subcontracting" } };

        var badId = Sample.Id(903)[..17] + (Sample.Id(903)[17] == '1' ? '2' : '1');
        var refused = await staff.Send(Api.Cases, Party(new { name = "王某", idNumber = badId, kind = "Subcontractor", persons = Array.Empty<object>() })).Refused("K-ID");
        refused.GetProperty("errors").TryGetProperty("parties[1].IdNumber", out _).ShouldBeTrue();

        // Not the employer itself; not both codes; no legal representative of a person.
        await staff.Send(Api.Cases, new { parties = new[] { Sample.Person(904, "王某") }, decisionNumber = "郑人社监察决字〔2025〕904号", decisionDate = decided, grounds = new[] { "Other" } })
            .Refused("B-WHO");
        await staff.Send(Api.Cases, Party(new { name = "王某", creditCode = Sample.Code(905), idNumber = Sample.Id(905), kind = "Subcontractor", persons = Array.Empty<object>() }))
            .Refused("B-WHO");
        await staff.Send(Api.Cases, Party(new { name = "王某", idNumber = Sample.Id(906), kind = "Subcontractor",
            persons = new[] { new { name = "王某", role = "LegalRepresentative", idNumber = Sample.Id(906) } } })).Refused("B-WHO");
        // The same person twice in one case.
        await staff.Send(Api.Cases, new { parties = new[] { Sample.Party(907, "甲公司"), Sample.Person(908, "王某"), Sample.Person(908, "王某") },
            decisionNumber = "郑人社监察决字〔2025〕907号", decisionDate = decided, grounds = new[] { "Other" } }).Refused("B-WHO");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task B_CREDIT_the_partner_lookup_never_answers_for_an_identity_number(TestDatabase database)
    {
        // B-CREDIT (L2979–3001) gives partners a lookup by credit code of the employer under joint punishment; nothing
        // in it covers a private person, whose data stays unpublished (K-MASK), so there is no lookup by identity number.
        var app = await fixture.App(database);
        var city = app.Client(Sample.CityStaff);
        var c = await city.Create(Sample.Case(new DateOnly(2025, 3, 3), 910, "郑州宏达建筑劳务有限公司", Sample.Person(910, "李大壮")));
        await city.ListAsync(c.Id(), new DateOnly(2025, 3, 5), new DateOnly(2025, 3, 20));
        var partner = await app.PartnerAsync();

        var id = Sample.Id(910);
        var response = await partner.GetAsync($"{Partners.Lookup}/{id}", Ct);
        if (CreditCode.Check(id).IsValid)
        {
            (await response.ReadJsonAsync()).GetProperty("listed").GetBoolean().ShouldBeFalse();
        }
        else
        {
            await Task.FromResult(response).Refused("K-USCC");
        }
    }
}
