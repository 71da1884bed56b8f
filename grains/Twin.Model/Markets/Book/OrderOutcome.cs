namespace Twin.Model.Markets.Book;

/// <summary>What became of a submitted (or amended) order by the time the call returned.</summary>
public enum OrderOutcome : byte
{
    /// <summary>Nothing filled; the whole quantity rests in the book.</summary>
    Rested,

    /// <summary>Part filled; the rest rests in the book.</summary>
    PartiallyFilled,

    /// <summary>Completely filled.</summary>
    Filled,

    /// <summary>Part or none filled and the rest cancelled (IOC, or a market order that ran out of book).</summary>
    RemainderCancelled,

    /// <summary>A fill-or-kill order that could not fill completely: nothing traded.</summary>
    Killed,

    /// <summary>Refused before it touched the book; see the reason.</summary>
    Rejected,
}
