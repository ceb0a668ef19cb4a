namespace Zhili.Hotline.Domain;

/// <summary>
/// H-FORM-5 挂牌督办 (L4215–4231): the unit files a rectification plan (整改方案, 备案), then a rectification report
/// (整改报告); the office verifies and writes it off (核销) or refuses with reasons (不予核销), which orders further
/// rectification: a new report (and, if the unit wishes, a revised plan), until written off. Steps out of order are refused.
/// </summary>
public sealed class ListedSupervision : IUnitScoped
{
    public long Id { get; set; }

    public long CaseId { get; set; }

    /// <summary>The listed unit: the addressee of the notice.</summary>
    public required string UnitCode { get; set; }

    public long NoticeId { get; set; }

    /// <summary>The 《重点督办通知》 the listing issued.</summary>
    public SupervisionNotice Notice { get; set; } = null!;

    public DateTime ListedAt { get; set; }

    public required string ListedBy { get; set; }

    public required string Reason { get; set; }

    public ListingState State { get; set; } = ListingState.AwaitingPlan;

    /// <summary>How many rectification reports have been filed (the loop's round).</summary>
    public int Round { get; set; }

    public DateTime? WrittenOffAt { get; set; }

    public List<ListingStep> Steps { get; set; } = [];

    /// <summary>The unit files its plan (备案); after a refusal it may file a revised one.</summary>
    public void FilePlan(string plan, DateTime at, string actor)
    {
        Expect("报送整改方案", ListingState.AwaitingPlan, ListingState.Rectifying);
        Step(ListingStepKind.Plan, plan, at, actor);
        State = ListingState.Rectifying;
    }

    /// <summary>The unit reports the rectification done; the office then verifies it.</summary>
    public void FileReport(string report, DateTime at, string actor)
    {
        Expect("提交整改报告", ListingState.Rectifying);
        Round++;
        Step(ListingStepKind.Report, report, at, actor);
        State = ListingState.AwaitingVerification;
    }

    /// <summary>核销: the office verified the rectification and writes the listing off.</summary>
    public void WriteOff(string? note, DateTime at, string actor)
    {
        Expect("核销", ListingState.AwaitingVerification);
        Step(ListingStepKind.WrittenOff, string.IsNullOrWhiteSpace(note) ? "经核实整改合格，予以核销" : note, at, actor);
        State = ListingState.WrittenOff;
        WrittenOffAt = at;
    }

    /// <summary>不予核销: the office states its reasons and orders further rectification.</summary>
    public void RefuseWriteOff(string reasons, DateTime at, string actor)
    {
        Expect("不予核销", ListingState.AwaitingVerification);
        if (string.IsNullOrWhiteSpace(reasons))
        {
            throw new RuleViolationException("reasons", "不予核销须说明理由", "H-FORM-5");
        }

        Step(ListingStepKind.Refused, reasons, at, actor);
        State = ListingState.Rectifying;
    }

    private void Step(ListingStepKind kind, string text, DateTime at, string actor)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new RuleViolationException("text", "请填写内容", "H-FORM-5");
        }

        Steps.Add(new ListingStep { Kind = kind, At = at, By = actor, Text = text.Trim(), Round = Round });
    }

    /// <summary>An out-of-order step is refused with what the loop waits for now.</summary>
    private void Expect(string step, params ListingState[] states)
    {
        if (!states.Contains(State))
        {
            var waiting = State switch
            {
                ListingState.AwaitingPlan => "须先报送整改方案备案",
                ListingState.Rectifying => "整改中，须先提交整改报告",
                ListingState.AwaitingVerification => "整改报告待核实",
                _ => "已核销，挂牌督办已结束",
            };
            throw new RuleViolationException("state", $"不能{step}：{waiting}", "H-FORM-5");
        }
    }
}

/// <summary>H-FORM-5: one step of a listing's loop (listed, plan, report, refused with reasons, written off).</summary>
public sealed class ListingStep
{
    public long Id { get; set; }

    public long ListingId { get; set; }

    public ListingStepKind Kind { get; set; }

    public DateTime At { get; set; }

    public required string By { get; set; }

    public required string Text { get; set; }

    /// <summary>The report round the step belongs to (0 before the first report).</summary>
    public int Round { get; set; }
}
