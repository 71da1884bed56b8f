namespace Twin.Cli.Bench;

public enum BookFlowKind : byte
{
    Place,
    Cancel,
    Amend,
    Take,
}

/// <summary>One pre-generated operation of the order book benchmark (16 bytes, so millions fit in memory).</summary>
/// <param name="Price">Ticks: a resting limit, an amend's new price or an IOC's limit.</param>
/// <param name="OrderId">The new order's id, or the id a cancel or amend names.</param>
public readonly record struct BookFlowOp(BookFlowKind Kind, bool Buy, int Price, int Lots, int OrderId);
