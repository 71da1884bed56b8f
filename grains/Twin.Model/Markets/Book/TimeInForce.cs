namespace Twin.Model.Markets.Book;

/// <summary>How long an order's unfilled rest may stay in the book.</summary>
public enum TimeInForce : byte
{
    /// <summary>Rests until the end of the trading day, then expires.</summary>
    Day = 0,

    /// <summary>Good till cancelled: rests across days.</summary>
    Gtc = 1,

    /// <summary>Immediate or cancel: fills what it can at once; the rest is cancelled.</summary>
    Ioc = 2,

    /// <summary>Fill or kill: fills completely at once, or not at all.</summary>
    Fok = 3,
}
