namespace Zhili.WageArrears.Tests;

/// <summary>B-WHO and B-WHY: who is listed together, on which decision and grounds; every code validated.</summary>
public sealed class CaseTests(BlacklistFixture fixture) : IClassFixture<BlacklistFixture>
{
    private static readonly DateOnly Decided = new(2025, 5, 6);

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task B_WHO_a_subcontracting_case_lists_every_party_with_its_responsible_persons(TestDatabase database)
    {
        var staff = (await fixture.App(database)).Client(Sample.CityStaff);
        var request = Sample.Case(Decided, 101, "郑州宏达建筑劳务有限公司",
            Sample.Party(102, "河北冀安劳务分包有限公司", "Subcontractor", outside: true, rep: "李卫东"));

        var c = await staff.Create(request);

        c.Str("unitCode").ShouldBe("410100-RSJ");
        var parties = c.GetProperty("parties").EnumerateArray().ToList();
        parties.Select(p => p.Str("kind")).ShouldBe(["Employer", "Subcontractor"]);
        parties[1].GetProperty("registeredOutsideCity").GetBoolean().ShouldBeTrue();
        parties[1].Str("creditCode").ShouldBe(Sample.Code(102));
        parties[0].GetProperty("persons").EnumerateArray().Select(p => p.Str("role")).ShouldBe(["LegalRepresentative", "Other"]);
        (await staff.Get($"{Api.Cases}/{c.Id()}")).Str("decisionNumber").ShouldBe("郑人社监察决字〔2025〕101号");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task B_WHY_the_case_records_the_decision_and_the_grounds_by_their_gazette_names(TestDatabase database)
    {
        var staff = (await fixture.App(database)).Client(Sample.CityStaff);
        var c = await staff.Create(Sample.Case(Decided, 103));

        c.Str("decisionDate").ShouldBe("2025-05-06");
        c.GetProperty("grounds").EnumerateArray().Select(g => g.GetString()).ShouldBe(["CriminalAmount", "Obstruction"]);
        var names = c.GetProperty("groundNames").EnumerateArray().Select(g => g.GetString()!).ToList();
        names[0].ShouldContain("拒不支付劳动报酬犯罪数额标准");
        names[1].ShouldContain("阻挠劳动保障监察");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task B_WHY_a_case_without_grounds_or_decision_number_is_refused(TestDatabase database)
    {
        var staff = (await fixture.App(database)).Client(Sample.CityStaff);
        var body = await staff.Send(Api.Cases, new { parties = new[] { Sample.Party(104, "某公司") }, decisionNumber = "", decisionDate = Decided, grounds = Array.Empty<string>() })
            .Refused("B-WHY");
        body.GetProperty("errors").TryGetProperty("grounds", out _).ShouldBeTrue();
        body.GetProperty("errors").TryGetProperty("decisionNumber", out _).ShouldBeTrue();
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task B_WHO_a_wrong_credit_code_and_identity_number_are_refused_naming_the_field_and_the_expected_check_character(TestDatabase database)
    {
        var staff = (await fixture.App(database)).Client(Sample.CityStaff);
        var good = Sample.Code(105);
        var wrong = good[..17] + (good[17] == 'A' ? 'B' : 'A');
        var badId = Sample.Id(105)[..17] + (Sample.Id(105)[17] == '1' ? '2' : '1');
        var request = new
        {
            parties = new[]
            {
                new { name = "某公司", creditCode = wrong, kind = "Employer", registeredOutsideCity = false,
                    persons = new[] { new { name = "王五", role = "LegalRepresentative", idNumber = badId } } },
            },
            decisionNumber = "郑人社监察决字〔2025〕105号", decisionDate = Decided, grounds = new[] { "Other" },
        };

        var body = await staff.Send(Api.Cases, request).Refused("K-USCC");
        var errors = body.GetProperty("errors");
        errors.GetProperty("parties[0].CreditCode")[0].GetString()!.ShouldContain($"第 18 位应为“{good[17]}”");
        errors.GetProperty("parties[0].Persons[0].IdNumber")[0].GetString().ShouldNotBeNullOrEmpty();
        body.GetProperty("violations").EnumerateArray().Select(v => v.Str("rule")).ShouldContain("K-ID");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task B_WHO_two_employers_in_one_case_are_refused(TestDatabase database)
    {
        var staff = (await fixture.App(database)).Client(Sample.CityStaff);
        await staff.Send(Api.Cases, Sample.Case(Decided, 106, "甲公司", Sample.Party(107, "乙公司"))).Refused("B-WHO");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task B_WHO_a_county_case_belongs_to_the_county_and_another_county_cannot_see_it(TestDatabase database)
    {
        var app = await fixture.App(database);
        var c = await app.Client(Sample.CountyStaff).Create(Sample.Case(Decided, 108));
        c.Str("unitCode").ShouldBe("410105");
        (await app.Client(Sample.OtherCountyStaff).GetAsync($"{Api.Cases}/{c.Id()}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.Client().GetAsync($"{Api.Cases}/{c.Id()}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await app.Client("x;street;410105").GetAsync($"{Api.Cases}/{c.Id()}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
