namespace Twin.Model.Markets.Book;

/// <summary>
/// Chooses the call auction's price among the book's limit prices:
/// 1. the largest executable volume min(demand, supply);
/// 2. then the smallest surplus |demand - supply|;
/// 3. then market pressure: if every remaining price leaves buyers over, the highest of them; if
///    every one leaves sellers over, the lowest;
/// 4. otherwise the reference price (the last trade) itself when it lies within the tied prices
///    (as Xetra and Euronext do), else the tied price nearest to it; the lowest when there is no
///    reference. Every price between two tied prices executes the same volume, so the reference
///    price does too.
/// With only market orders on both sides, the auction trades at the reference price.
/// </summary>
internal static class AuctionPricing
{
    public static AuctionResult Find(BookSide bids, BookSide asks, long? reference)
    {
        long bestVolume = 0, bestSurplus = long.MaxValue;
        bool any = false;
        var scan = new AuctionCandidates(bids, asks);
        while (scan.MoveNext())
        {
            any = true;
            long volume = scan.Volume, surplus = Math.Abs(scan.Imbalance);
            if (volume > bestVolume || (volume == bestVolume && surplus < bestSurplus))
                (bestVolume, bestSurplus) = (volume, surplus);
        }
        if (!any)
        {
            long onlyMarket = Math.Min(scan.MarketBuy, scan.MarketSell);
            return onlyMarket > 0 && reference is { } price
                ? new AuctionResult(true, price, onlyMarket, scan.MarketBuy - scan.MarketSell)
                : AuctionResult.None;
        }
        if (bestVolume == 0) return AuctionResult.None;
        return Choose(bids, asks, reference, bestVolume, bestSurplus);
    }

    private static AuctionResult Choose(BookSide bids, BookSide asks, long? reference, long volume, long surplus)
    {
        bool allBuyers = true, allSellers = true;
        long lowest = 0, highest = 0, nearest = 0, nearestDistance = long.MaxValue;
        long lowestImbalance = 0, highestImbalance = 0, nearestImbalance = 0;
        bool first = true;
        var scan = new AuctionCandidates(bids, asks);
        while (scan.MoveNext())
        {
            if (scan.Volume != volume || Math.Abs(scan.Imbalance) != surplus) continue;
            long p = scan.Price, imbalance = scan.Imbalance;
            if (first) (lowest, lowestImbalance, first) = (p, imbalance, false);
            (highest, highestImbalance) = (p, imbalance);
            allBuyers &= imbalance > 0;
            allSellers &= imbalance < 0;
            if (reference is { } r)
            {
                long distance = Math.Abs(p - r);
                // Prices come in ascending order: on equal distance the lower one is kept.
                if (distance < nearestDistance) (nearest, nearestImbalance, nearestDistance) = (p, imbalance, distance);
            }
        }
        if (allBuyers) return new AuctionResult(true, highest, volume, highestImbalance);
        if (allSellers || reference is null) return new AuctionResult(true, lowest, volume, lowestImbalance);
        if (reference is { } within && within > lowest && within < highest)
            return new AuctionResult(true, within, volume, ImbalanceAt(bids, asks, within));
        return new AuctionResult(true, nearest, volume, nearestImbalance);
    }

    /// <summary>Demand minus supply at a price that need not be a limit price: the demand of the first candidate at or above it, the supply of the last at or below it.</summary>
    private static long ImbalanceAt(BookSide bids, BookSide asks, long price)
    {
        long demand = 0, supply = 0;
        var scan = new AuctionCandidates(bids, asks);
        while (scan.MoveNext())
        {
            if (scan.Price <= price) supply = scan.Supply;
            if (scan.Price >= price) { demand = scan.Demand; break; }
        }
        return demand - supply;
    }
}
