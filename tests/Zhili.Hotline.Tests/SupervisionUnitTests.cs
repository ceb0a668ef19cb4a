using System.Text.RegularExpressions;
using static Zhili.Hotline.Tests.Hotline;
using static Zhili.Hotline.Tests.Streets;
using static Zhili.Hotline.Tests.Supervising;

namespace Zhili.Hotline.Tests;

/// <summary>K-UNITS on the supervision forms: units are picked by name from the units the form accepts, never typed as codes.</summary>
public sealed partial class SupervisionUnitTests(HotlineApps fixture) : IClassFixture<HotlineApps>
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task K_UNITS_H_FORM_the_supervision_forms_pick_units_by_name_and_no_field_takes_a_typed_code(TestDatabase database)
    {
        var app = await fixture.App(database);
        await app.AddStreetsAsync();
        app.At(2026, 4, 1, 9);
        var (_, id) = await app.SupervisedAsync("Key");
        var html = await app.Client(Office).GetStringAsync($"/hotline/supervisions/{id}", Ct);

        // No unit field is a text box any more: every one is a picker's select or its checkboxes.
        UnitTextBox().Matches(html).Select(m => m.Value).ShouldBeEmpty();
        var phone = Form(html, "Phone");
        phone.ShouldContain("data-unit-picker");
        Options(phone, "unitCode").ShouldBe(["410103"]); // the case's handling unit only
        Options(Form(html, "Notice"), "unitCode").ShouldBe(["410103"]);
        Options(Form(html, "Listing"), "unitCode").ShouldBe(["410103"]);
        phone.ShouldContain(">二七区<");

        var meeting = Form(html, "Meeting");
        var attending = Boxes(meeting, "unitCodes");
        attending.ShouldContain("410100-BB");
        attending.ShouldContain("410100-FZB");
        attending.ShouldContain("410105");
        attending.ShouldNotContain(Jinshui1); // a street of another district has nothing to do with the case
        attending.ShouldNotContain(Kernel.Units.UnitSeed.CityCode);
        Checked(meeting).ShouldBe(["410100-BB", "410100-FZB", "410103"]); // the staffing and legal departments and the handling unit
        Options(meeting, "duties[0].UnitCode").ShouldBe(attending);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task K_UNITS_H_FORM_a_unit_outside_the_forms_choices_is_refused_by_field_and_nothing_is_recorded(TestDatabase database)
    {
        var app = await fixture.App(database);
        await app.AddStreetsAsync();
        app.At(2026, 4, 1, 9);
        var (appeal, id) = await app.SupervisedAsync("Key");
        app.At(2026, 4, 1, 10);
        var office = app.Client(Office);

        // 中原区 exists, but this case is not with it.
        await office.PostRefused($"{Cases}/{id}/phone-calls", new
        {
            unitCode = "410102", calledAt = Beijing(2026, 4, 1, 9, 30), caller = "王芳", contact = "中原区 张科长", agreed = "当日清理",
        }, "unitCode", "H-FORM-1");
        var meeting = new
        {
            heldAt = Beijing(2026, 4, 1, 9, 45), place = "会议室", unitCodes = new[] { "410103", "410100-BB", "410100-FZB", Jinshui1 },
            audioVideoRecorded = true, minutes = "纪要", duties = new[] { new { unitCode = "410103", duty = "清理", workingDays = 3 } },
        };
        var refused = await office.PostRefused($"{Cases}/{id}/meetings", meeting, "unitCodes", "H-FORM-3");
        refused.GetProperty("violations")[0].Str("reason")!.ShouldContain("参会单位应为");
        await office.PostRefused($"{Cases}/{id}/notices", Notice(unit: "410102"), "unitCode", "H-FORM-2");

        // The page's form: the refusal is shown at the field, and nothing is recorded.
        var page = $"/hotline/appeals/{appeal}";
        var posted = await office.PostFormAsync(page, new Dictionary<string, string>
        {
            ["unitCode"] = "410102", ["calledAt"] = "2026-04-01T09:30", ["caller"] = "王芳", ["contact"] = "中原区 张科长",
            ["agreed"] = "当日清理", ["returnUrl"] = page,
        }, $"/hotline/supervisions/{id}?handler=Phone");
        (await posted.Content.ReadAsStringAsync(Ct)).ShouldContain("所联系的单位应为本督办件诉求的承办、协办或街道单位（H-FORM-1）");
        var recorded = await office.GetCaseAsync(id);
        recorded.GetProperty("phoneFollowUps").GetArrayLength().ShouldBe(0);
        recorded.GetProperty("meetings").GetArrayLength().ShouldBe(0);
        recorded.GetProperty("notices").GetArrayLength().ShouldBe(0);
    }

    private static string Form(string html, string handler)
    {
        var start = html.IndexOf($"?handler={handler}\"", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0, handler);
        return html[start..html.IndexOf("</form>", start, StringComparison.Ordinal)];
    }

    private static List<string> Options(string form, string name)
    {
        var start = form.IndexOf($"<select name=\"{name}\"", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0, name);
        var select = form[start..form.IndexOf("</select>", start, StringComparison.Ordinal)];
        return [.. OptionValue().Matches(select).Select(m => m.Groups[1].Value).Where(v => v != "")];
    }

    private static List<string> Boxes(string form, string name) =>
        [.. Checkbox().Matches(form).Where(m => Attribute(m.Value, "name") == name).Select(m => Attribute(m.Value, "value"))];

    private static List<string> Checked(string form) =>
        [.. Checkbox().Matches(form).Where(m => m.Value.Contains("checked", StringComparison.Ordinal)).Select(m => Attribute(m.Value, "value")).Order(StringComparer.Ordinal)];

    private static string Attribute(string tag, string name) => Regex.Match(tag, $" {name}=\"([^\"]*)\"").Groups[1].Value;

    /// <summary>An input other than a checkbox carrying a unit field's name: a text box where a code would be typed.</summary>
    [GeneratedRegex("<input(?![^>]*type=\"checkbox\")[^>]*name=\"(?:unitCode|unitCodes|duties\\[\\d+\\]\\.UnitCode)\"[^>]*>")]
    private static partial Regex UnitTextBox();

    [GeneratedRegex("<option[^>]* value=\"([^\"]*)\"")]
    private static partial Regex OptionValue();

    [GeneratedRegex("<input[^>]*type=\"checkbox\"[^>]*>")]
    private static partial Regex Checkbox();
}
