namespace Twin.Model.Markets.Book;

/// <summary>The outcome of a submit or amend, with the lots that filled, rest and were cancelled.</summary>
public readonly record struct SubmitResult(OrderOutcome Outcome, long Filled, long Resting, long Cancelled, RejectReason Reason = RejectReason.None)
{
    public static SubmitResult Reject(RejectReason reason) => new(OrderOutcome.Rejected, 0, 0, 0, reason);

    public bool Accepted => Outcome != OrderOutcome.Rejected;
}
