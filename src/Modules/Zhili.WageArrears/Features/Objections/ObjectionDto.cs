namespace Zhili.WageArrears.Features.Objections;

public sealed record ObjectionDto(int Id, int CaseId, DateOnly ReceivedOn, string Text, string Evidence, bool FiledOnline, DueDto Due, bool Extended,
    bool Overdue, ObjectionOutcome Outcome, DateOnly? DecidedOn, string? Reason)
{
    public static ObjectionDto From(Objection o, DateTime now) => new(o.Id, o.CaseId, o.ReceivedOn, o.Text, o.Evidence, o.FiledOnline,
        new DueDto(o.DueAt, o.DueRule), o.Extended, o.Outcome == ObjectionOutcome.Pending && now >= o.DueAt, o.Outcome, o.DecidedOn, o.Reason);
}
