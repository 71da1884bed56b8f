using CsCheck;
using Twin.Model.Markets.Book;

namespace Twin.Model.Tests.Markets;

public enum BookOpKind
{
    Submit,
    Cancel,
    Amend,
}

/// <summary>One step of a random order stream: a submit, a cancel or an amend, around a price of 1,000 ticks.</summary>
public readonly record struct BookOp(BookOpKind Kind, Side Side, bool Market, TimeInForce Tif, long Price, long Lots, int Target)
{
    public const long Mid = 1000;

    private static readonly Gen<BookOp> Submit =
        Gen.Select(Gen.Enum<Side>(), Gen.Int[0, 9], Gen.Enum<TimeInForce>(), Gen.Int[-6, 6], Gen.Int[1, 12],
            (side, kind, tif, offset, lots) => new BookOp(BookOpKind.Submit, side, kind == 0, tif, Mid + offset, lots, 0));

    // Targets run past the ids sent so far, so some cancels and amends name orders that never existed.
    private static readonly Gen<BookOp> Cancel =
        Gen.Int[1, 220].Select(target => new BookOp(BookOpKind.Cancel, Side.Buy, false, TimeInForce.Day, 0, 0, target));

    private static readonly Gen<BookOp> Amend =
        Gen.Select(Gen.Int[1, 220], Gen.Int[-6, 6], Gen.Int[1, 12],
            (target, offset, lots) => new BookOp(BookOpKind.Amend, Side.Buy, false, TimeInForce.Day, Mid + offset, lots, target));

    public static readonly Gen<BookOp> Any = Gen.Frequency((6, Submit), (2, Cancel), (1, Amend));

    /// <summary>Orders for a call phase: limit and market orders good for the day.</summary>
    public static readonly Gen<BookOp> CallOrder =
        Gen.Select(Gen.Enum<Side>(), Gen.Int[0, 9], Gen.Int[-6, 6], Gen.Int[1, 12],
            (side, kind, offset, lots) => new BookOp(BookOpKind.Submit, side, kind == 0, TimeInForce.Day, Mid + offset, lots, 0));

    public override string ToString() => Kind switch
    {
        BookOpKind.Submit => $"{Side} {(Market ? "market" : $"limit {Price}")} {Lots} {Tif}",
        BookOpKind.Cancel => $"cancel #{Target}",
        _ => $"amend #{Target} to {Lots} @ {Price}",
    };
}
