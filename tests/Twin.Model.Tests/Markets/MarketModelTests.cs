using Twin.Model.Kernel;
using Twin.Model.Markets;
using Twin.Model.Markets.Book;
using Twin.Model.Markets.Messages;

namespace Twin.Model.Tests.Markets;

/// <summary>One market day worked by hand: the opening auction, then continuous trading in canonical order, then the reports.</summary>
public sealed class MarketModelTests
{
    [Fact]
    public void A_day_runs_the_opening_auction_then_continuous_orders_in_arrival_order_and_reports_everything()
    {
        var scenario = PlatformScenario.Build();
        var setup = PlatformScenario.Setup(scenario, "oil");
        var market = new MarketModel(setup);
        int a = setup.Directory.IndexOf("a"), b = setup.Directory.IndexOf("b"), c = setup.Directory.IndexOf("c"), ccp = setup.Directory.IndexOf("ccp");
        var inbox = new List<Message>();
        void Send(int from, NewOrderMessage order)
        {
            var outbox = new Outbox();
            outbox.Begin(from);
            order.Send(outbox, setup.Index);
            inbox.Add(outbox.Messages[0] with { Seq = inbox.Count });
        }
        // The auction: a bids 10 at 70.50, b offers 6 at 70.00. Both prices execute 6 lots with 4 bid
        // left over, so market pressure picks the higher, 70.50.
        Send(a, new NewOrderMessage(1, Side.Buy, OrderType.Limit, TimeInForce.Day, true, 10, 7050));
        Send(b, new NewOrderMessage(1, Side.Sell, OrderType.Limit, TimeInForce.Day, true, 6, 7000));
        // Continuous, in arrival order: the market's `arrival` stream draws a time for a, b, c (scenario
        // order) and the clearing house. This seed brings b first: its offer rests, then a's IOC takes it.
        Send(a, new NewOrderMessage(2, Side.Buy, OrderType.Limit, TimeInForce.Ioc, false, 5, 7100));
        Send(b, new NewOrderMessage(2, Side.Sell, OrderType.Limit, TimeInForce.Day, false, 4, 7080));
        var sorted = inbox.ToArray();
        CanonicalOrder.Sort(sorted);
        var clock = new ArrivalClock(setup.Stream("arrival"), [a, b, c, ccp]);
        clock.Draw();
        Assert.True(clock.TimeOf(b) < clock.TimeOf(a), "the seed was chosen so that b arrives before a");

        var sent = new Outbox();
        sent.Begin(setup.Index);
        var kpis = new double[market.KpiNames.Count];
        market.Step(new StepContext(0, scenario.Start, false), sorted, sent, kpis);

        Assert.Equal((70.5, 6.0, 10.0, 2.0), (kpis[MarketKpis.AuctionPrice], kpis[MarketKpis.AuctionLots], kpis[MarketKpis.VolumeLots], kpis[MarketKpis.Trades]));
        // The last trade (70.80) lies above the best bid left (70.50) and there is no offer: it stands.
        Assert.Equal(70.8, kpis[MarketKpis.Close], 9);
        Assert.Equal((6 * 70.5 + 4 * 70.8) / 10, kpis[MarketKpis.Vwap], 9);
        Assert.Equal(70.0, kpis[MarketKpis.Fundamental], 9);
        Assert.Equal((70.5, 4.0, 0.0), (kpis[MarketKpis.BestBid], kpis[MarketKpis.DepthBidLots], kpis[MarketKpis.DepthAskLots]));
        Assert.True(double.IsNaN(kpis[MarketKpis.BestAsk]));
        Assert.Equal(1000 * (6 * 70.5 + 4 * 70.8), kpis[MarketKpis.Notional], 6);

        var messages = sent.Messages.ToArray();
        Assert.Equal(
            [new TradeReportMessage(a, b, 6, 7050, 70.5), new TradeReportMessage(a, b, 4, 7080, 70.8)],
            messages.Where(m => m.Kind == MessageKind.TradeReport && m.To == ccp).Select(m => TradeReportMessage.From(m)));
        Assert.Equal([new FillMessage(1, Side.Buy, 6, 7050), new FillMessage(2, Side.Buy, 4, 7080)],
            messages.Where(m => m.Kind == MessageKind.Fill && m.To == a).Select(m => FillMessage.From(m)));
        Assert.Equal([new FillMessage(1, Side.Sell, 6, 7050), new FillMessage(2, Side.Sell, 4, 7080)],
            messages.Where(m => m.Kind == MessageKind.Fill && m.To == b).Select(m => FillMessage.From(m)));
        Assert.Equal(new[] { a, b, c, ccp }.Order(), messages.Where(m => m.Kind == MessageKind.MarketData).Select(m => m.To).Order());
        // Day orders are gone at the end of the day.
        Assert.Equal(0, market.Book.OrderCount);
    }

    [Fact]
    public void A_defaulted_member_s_orders_are_refused_from_the_day_the_notice_arrives()
    {
        var scenario = PlatformScenario.Build();
        var setup = PlatformScenario.Setup(scenario, "oil");
        var market = new MarketModel(setup);
        int a = setup.Directory.IndexOf("a"), ccp = setup.Directory.IndexOf("ccp");
        var inbox = new[]
        {
            new Message(a, setup.Index, 0, MessageKind.OrderNew, 1, 0, 5, 7000),
            new Message(ccp, setup.Index, 0, MessageKind.DefaultNotice, a),
        };
        CanonicalOrder.Sort(inbox);
        var kpis = new double[market.KpiNames.Count];
        var outbox = new Outbox();
        outbox.Begin(setup.Index);
        market.Step(new StepContext(0, scenario.Start, false), inbox, outbox, kpis);
        Assert.Equal((1.0, 1.0), (kpis[MarketKpis.Orders], kpis[MarketKpis.RejectedOrders]));
    }
}
