namespace Twin.Model.Markets.Book;

/// <summary>What a cancel did. Anything but <see cref="Cancelled"/> left the book untouched.</summary>
public enum CancelOutcome : byte
{
    Cancelled,

    /// <summary>No resting order has that id: it never existed, or it already filled, expired or was cancelled.</summary>
    NotResting,

    /// <summary>The order rests but belongs to someone else.</summary>
    NotOwner,
}
