using Twin.Model.Markets.Book;

namespace Twin.Model.Markets.Replay;

/// <summary>
/// Feeds checked order-file lines to one book in file order, the way auditors and researchers check
/// the matching rules: each new order's id is its seq; cancels and amends name an order's seq and
/// must come from its participant; `call` starts a call phase and `uncross` ends it with the auction.
/// </summary>
public static class ReplayRunner
{
    public static ReplayResult Run(IReadOnlyList<ReplayLine> lines, ReplayGrid grid)
    {
        // The book enforces the band the file was checked against, so no order is refused for its price at run time.
        var book = new LimitOrderBook(grid.MinTicks, grid.MaxTicks);
        var names = new List<string>();
        var owners = new Dictionary<string, int>(StringComparer.Ordinal);
        var sent = new HashSet<long>();
        var trades = new List<ReplayTrade>();
        var notes = new List<ReplayProblem>();
        int Owner(string name) => owners.TryGetValue(name, out int o) ? o : owners[name] = AddName(names, name);

        foreach (var line in lines)
        {
            book.ClearTrades();
            void Note(string text) => notes.Add(new ReplayProblem(line.Line, text));
            switch (line.Action)
            {
                case ReplayAction.Limit or ReplayAction.Market:
                    var type = line.Action == ReplayAction.Market ? OrderType.Market : OrderType.Limit;
                    var result = book.Submit(new OrderRequest(line.Seq, Owner(line.Participant), line.Side, type, line.TimeInForce, line.Price ?? 0, line.Lots));
                    sent.Add(line.Seq);
                    NoteOutcome(result, line, Note);
                    break;
                case ReplayAction.Cancel:
                    var outcome = book.Cancel(line.Target, Owner(line.Participant));
                    if (outcome == CancelOutcome.NotOwner) Note($"no-op: order {line.Target} belongs to another participant");
                    else if (outcome == CancelOutcome.NotResting) Note($"no-op: order {line.Target} {Gone(sent, line.Target)}");
                    break;
                case ReplayAction.Amend:
                    var amended = book.Amend(line.Target, Owner(line.Participant), line.Price ?? 0, line.Lots);
                    if (amended.Reason == RejectReason.NotResting) Note($"no-op: order {line.Target} {Gone(sent, line.Target)}");
                    else NoteOutcome(amended, line, Note);
                    break;
                case ReplayAction.Call:
                    book.BeginCall();
                    break;
                case ReplayAction.Uncross:
                    var auction = book.Uncross(line.Price);
                    Note(auction.Traded
                        ? $"auction: {grid.Quantity(auction.Volume)} at {grid.Price(auction.Price)}, {grid.Quantity(Math.Abs(auction.Imbalance))} left {(auction.Imbalance >= 0 ? "bid" : "offered")}"
                        : "auction: the book does not cross, nothing traded");
                    break;
            }
            foreach (var t in book.Trades)
                trades.Add(new ReplayTrade(trades.Count + 1, line.Seq, t.BuyOrderId, t.SellOrderId, names[t.Buyer], names[t.Seller], t.Price, t.Quantity,
                    t.Auction ? "auction" : t.Aggressor == Side.Buy ? "buy" : "sell"));
        }
        if (book.Phase == BookPhase.Call && lines.Count > 0)
            notes.Add(new ReplayProblem(lines[^1].Line, "the file ends in a call phase: its orders were never uncrossed"));
        return new ReplayResult(trades, book.Snapshot(Side.Buy), book.Snapshot(Side.Sell), notes, names, book.Counters);
    }

    private static void NoteOutcome(in SubmitResult result, ReplayLine line, Action<string> note)
    {
        string what = line.Action == ReplayAction.Amend ? $"amend of order {line.Target}" : $"order {line.Seq}";
        switch (result.Outcome)
        {
            case OrderOutcome.Rejected: note($"{what} rejected: {Reason(result.Reason)}"); break;
            case OrderOutcome.Killed: note($"{what} killed: fill-or-kill and the book holds less than {line.Lots} lots within its limit"); break;
            case OrderOutcome.RemainderCancelled: note($"{what}: {result.Cancelled} of its lots cancelled unfilled ({(line.Action == ReplayAction.Market ? "a market order never rests" : "immediate or cancel")})"); break;
        }
    }

    private static string Gone(HashSet<long> sent, long id) =>
        sent.Contains(id) ? "is not resting (already filled, cancelled or expired)" : "was never sent";

    private static string Reason(RejectReason reason) => reason switch
    {
        RejectReason.BadQuantity => "the quantity is below one lot",
        RejectReason.PriceOutOfBand => "the price is outside the market's floor and cap",
        RejectReason.DuplicateOrderId => "an order with this id is already resting",
        RejectReason.ImmediateOrderDuringCall => "IOC and FOK orders are refused during a call phase",
        RejectReason.NotOwner => "the order belongs to another participant",
        RejectReason.MarketOrderNotAmendable => "a market order can be cancelled but not amended",
        _ => reason.ToString(),
    };

    private static int AddName(List<string> names, string name)
    {
        names.Add(name);
        return names.Count - 1;
    }
}
