namespace Zhili.Hotline.Features.GroupCommit;

/// <summary>
/// One received appeal waiting for the intake writer, with the data scope and the actor of the request that received it
/// (the writer saves it in that scope, so the scope guard judges it as it would the request's own save, and for that
/// actor, whom its audit records name) and the request's answer.
/// </summary>
internal sealed class IntakeItem(Appeal appeal, DataScope scope, ActorSnapshot actor)
{
    public Appeal Appeal => appeal;

    public DataScope Scope => scope;

    public ActorSnapshot Actor => actor;

    /// <summary>Completed once the appeal is committed, or failed with the reason it was not.</summary>
    public TaskCompletionSource Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
