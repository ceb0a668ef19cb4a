namespace Zhili.WageArrears.Features.Lookup;

/// <summary>
/// B-CREDIT: answers from the live decisions (not the editions), through this node's <see cref="LookupSnapshot"/>:
/// no database read per call whatever the number of codes, and an answer made up in
/// advance for each listed code; a code not listed gets the one small "not listed" answer.
/// </summary>
public sealed class LookupService(LookupSnapshot snapshot, IAdminUnits units)
{
    public async Task<IReadOnlyList<LookupAnswer>> LookupAsync(IReadOnlyList<string> codes, CancellationToken ct)
    {
        var listed = await snapshot.ListedAsync(ct);
        var answers = new LookupAnswer[codes.Count];
        for (var i = 0; i < codes.Count; i++)
        {
            answers[i] = listed.TryGetValue(codes[i], out var answer) ? answer : LookupAnswer.NotListed(codes[i]);
        }

        return answers;
    }

    public async Task<LookupAnswer> LookupAsync(string code, CancellationToken ct) =>
        (await snapshot.ListedAsync(ct)).TryGetValue(code, out var answer) ? answer : LookupAnswer.NotListed(code);

    public string AuthorityName(string unitCode) => Authority.Name(units, unitCode);
}
