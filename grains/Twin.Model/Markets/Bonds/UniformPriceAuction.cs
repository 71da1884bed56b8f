namespace Twin.Model.Markets.Bonds;

/// <summary>
/// A primary issue's uniform-price auction. Bids at or above the issuer's reserve price are ranked
/// best price first; the stop-out price is the lowest price that still fills the issue (the lowest
/// accepted bid when demand falls short). Every winner pays the stop-out price. Bids above it are
/// filled in full; bids at it share what is left pro rata, in whole lots, the odd lots going one by
/// one to the bids that arrived first.
/// </summary>
public static class UniformPriceAuction
{
    /// <summary>One bid, in ticks and lots; <paramref name="Arrival"/> orders bids that tie at the stop-out.</summary>
    public readonly record struct Bid(int Owner, int ClientId, long PriceTicks, long Lots, int Arrival);

    /// <param name="Filled">Lots allotted to each bid, in the order the bids were given.</param>
    public sealed record Result(long StopOutTicks, long Issued, long BidLots, long[] Filled)
    {
        public bool Issues => Issued > 0;
    }

    public static Result Run(IReadOnlyList<Bid> bids, long offeredLots, long reserveTicks)
    {
        var filled = new long[bids.Count];
        long bidLots = bids.Sum(b => b.Lots);
        var valid = Enumerable.Range(0, bids.Count).Where(i => bids[i].PriceTicks >= reserveTicks && bids[i].Lots > 0)
            .OrderByDescending(i => bids[i].PriceTicks).ThenBy(i => bids[i].Arrival).ToArray();
        if (valid.Length == 0 || offeredLots <= 0) return new Result(0, 0, bidLots, filled);
        long demand = valid.Sum(i => bids[i].Lots);
        if (demand <= offeredLots)
        {
            foreach (int i in valid) filled[i] = bids[i].Lots;
            return new Result(bids[valid[^1]].PriceTicks, demand, bidLots, filled);
        }
        long left = offeredLots, stopOut = 0;
        foreach (var level in valid.GroupBy(i => bids[i].PriceTicks))
        {
            long atLevel = level.Sum(i => bids[i].Lots);
            if (atLevel <= left)
            {
                foreach (int i in level) filled[i] = bids[i].Lots;
                left -= atLevel;
                if (left > 0) continue;
                stopOut = level.Key;
                break;
            }
            stopOut = level.Key;
            ProRata(level.ToArray(), bids, atLevel, left, filled);
            break;
        }
        return new Result(stopOut, offeredLots, bidLots, filled);
    }

    private static void ProRata(int[] level, IReadOnlyList<Bid> bids, long atLevel, long left, long[] filled)
    {
        long given = 0;
        foreach (int i in level)
        {
            filled[i] = (long)Math.Floor((double)left * bids[i].Lots / atLevel);
            given += filled[i];
        }
        // The odd lots, one each, to the earliest arrivals that still want more.
        for (int n = 0; given < left; n = (n + 1) % level.Length)
        {
            int i = level[n];
            if (filled[i] >= bids[i].Lots) continue;
            filled[i]++;
            given++;
        }
    }
}
