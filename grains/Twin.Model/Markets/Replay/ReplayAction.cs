namespace Twin.Model.Markets.Replay;

/// <summary>What one line of an order file asks the book to do.</summary>
public enum ReplayAction
{
    Limit,
    Market,
    Cancel,
    Amend,

    /// <summary>Start a call phase: orders rest without matching until the next uncross.</summary>
    Call,

    /// <summary>End the call with an auction (the price column, if given, is the reference price).</summary>
    Uncross,
}
