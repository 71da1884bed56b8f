using Twin.Model.Markets.Book;

namespace Twin.Model.Markets.Replay;

/// <summary>Writes a replay's trades and final book as CSV, prices and quantities in the file's own units.</summary>
public static class ReplayCsv
{
    public const string TradesHeader = "trade,seq,buy_order,sell_order,buyer,seller,price,quantity,aggressor";

    public const string BookHeader = "side,level,price,order,participant,quantity,tif";

    public static void WriteTrades(ReplayResult result, ReplayGrid grid, TextWriter writer)
    {
        writer.Write(TradesHeader + "\n");
        foreach (var t in result.Trades)
            writer.Write($"{t.Number},{t.Seq},{t.BuyOrder},{t.SellOrder},{t.Buyer},{t.Seller},{grid.Price(t.Price)},{grid.Quantity(t.Lots)},{t.Aggressor}\n");
    }

    /// <summary>Bids then asks, each best price first and oldest first within a price; `level` counts prices from the best.</summary>
    public static void WriteBook(ReplayResult result, ReplayGrid grid, TextWriter writer)
    {
        writer.Write(BookHeader + "\n");
        foreach (var (side, orders) in new[] { ("bid", result.Bids), ("ask", result.Asks) })
        {
            int level = 0;
            long? price = null;
            foreach (var o in orders)
            {
                if (o.Price != price || o.IsMarket) (level, price) = (level + 1, o.Price);
                string shown = o.IsMarket ? "market" : grid.Price(o.Price);
                writer.Write($"{side},{level},{shown},{o.OrderId},{result.Names[o.Owner]},{grid.Quantity(o.Open)},{Tif(o.TimeInForce)}\n");
            }
        }
    }

    private static string Tif(TimeInForce tif) => tif.ToString().ToLowerInvariant();
}
