using Twin.Model.Markets.Bonds;
using Bid = Twin.Model.Markets.Bonds.UniformPriceAuction.Bid;

namespace Twin.Model.Tests.Markets.Bonds;

/// <summary>The primary auction on hand-worked books of bids: the stop-out price, pro rata at the margin, the reserve.</summary>
public sealed class UniformPriceAuctionTests
{
    [Fact]
    public void Bids_above_the_stop_out_fill_in_full_and_those_at_it_share_the_rest_pro_rata_at_one_price()
    {
        // 100 lots offered. Above 99.50: 40 + 30 = 70; at 99.50: 20 + 40 = 60 for the 30 left (half each); 99.00 gets nothing.
        Bid[] bids = [new(1, 1, 10_000, 40, 0), new(2, 1, 9_980, 30, 1), new(3, 1, 9_950, 20, 2), new(4, 1, 9_950, 40, 3), new(5, 1, 9_900, 50, 4)];
        var r = UniformPriceAuction.Run(bids, offeredLots: 100, reserveTicks: 9_800);
        Assert.Equal((9_950L, 100L, 180L), (r.StopOutTicks, r.Issued, r.BidLots));
        Assert.Equal([40L, 30L, 10L, 20L, 0L], r.Filled);
    }

    [Fact]
    public void Odd_lots_at_the_stop_out_go_one_each_to_the_earliest_arrivals()
    {
        // 10 lots left for three bids of 7 at the stop-out: 3 each by the floor, the odd one to the first to arrive.
        Bid[] bids = [new(1, 1, 9_900, 7, 2), new(2, 1, 9_900, 7, 0), new(3, 1, 9_900, 7, 1)];
        var r = UniformPriceAuction.Run(bids, 10, 9_000);
        Assert.Equal([3L, 4L, 3L], r.Filled);
    }

    [Fact]
    public void Short_of_demand_every_bid_above_the_reserve_fills_at_the_lowest_accepted_price_and_the_rest_is_not_issued()
    {
        Bid[] bids = [new(1, 1, 10_000, 40, 0), new(2, 1, 9_950, 30, 1), new(3, 1, 9_700, 50, 2)];
        var r = UniformPriceAuction.Run(bids, offeredLots: 100, reserveTicks: 9_800);
        Assert.Equal((9_950L, 70L), (r.StopOutTicks, r.Issued));
        Assert.Equal([40L, 30L, 0L], r.Filled);
        // Bid-to-cover counts every bid, the refused one too: 120 bid for 100 offered.
        Assert.Equal(120, r.BidLots);
        Assert.False(UniformPriceAuction.Run([new(1, 1, 9_000, 40, 0)], 100, 9_800).Issues);
    }
}
