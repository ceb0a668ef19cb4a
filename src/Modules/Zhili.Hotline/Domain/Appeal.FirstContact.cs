namespace Zhili.Hotline.Domain;

/// <summary>H-FLOW: a consultation (咨询) answered and closed by the office at first contact, citing the knowledge base.</summary>
public sealed partial class Appeal
{
    /// <summary>The knowledge-base answer the office cited when it resolved the appeal at first contact.</summary>
    public long? KnowledgeAnswerId { get; private set; }

    public void ResolveAtFirstContact(KnowledgeAnswer answer, string? note, DateTime at, string actor)
    {
        if (Type != AppealType.Consultation)
        {
            throw Refuse("type", $"只有咨询类诉求可以在首次接触时引用知识库答复办结（本诉求为{Texts.Type(Type)}）");
        }

        Expect(AppealState.Received);
        if (!answer.Active)
        {
            throw Refuse("answerId", $"知识库答复“{answer.Title}”已停用");
        }

        ResolvedAtFirstContact = true;
        KnowledgeAnswerId = answer.Id;
        Finish(Domain.ClosureReason.Resolved, $"首次接触即答复，引用知识库答复“{answer.Title}”（{answer.Id}）。{note}".Trim(), at, actor);
    }
}
