using Twin.Model.Markets.Book;

namespace Twin.Model.Markets.Replay;

/// <summary>A replay's trades (in execution order), the book it left, and a note for every order that did not simply rest or fill.</summary>
/// <param name="Names">Participant names by owner number, to print the book's owners.</param>
public sealed record ReplayResult(
    IReadOnlyList<ReplayTrade> Trades,
    IReadOnlyList<RestingOrder> Bids,
    IReadOnlyList<RestingOrder> Asks,
    IReadOnlyList<ReplayProblem> Notes,
    IReadOnlyList<string> Names,
    BookCounters Counters);

/// <summary>One execution of a replay.</summary>
/// <param name="Seq">The line whose order (or uncross) caused the trade.</param>
/// <param name="Price">Ticks.</param>
/// <param name="Aggressor">`buy`, `sell`, or `auction` for a trade of the call auction.</param>
public sealed record ReplayTrade(long Number, long Seq, long BuyOrder, long SellOrder, string Buyer, string Seller, long Price, long Lots, string Aggressor);
