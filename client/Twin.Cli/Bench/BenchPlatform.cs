using Twin.Model.Scenarios;

namespace Twin.Cli.Bench;

/// <summary>
/// The smallest platform a market grain can run in, for `twin bench orderbook`: one market priced
/// around 1,000.00 in ticks of 0.01 with no band, its clearing house, and one member that sends the
/// whole flow (one sender keeps the flow's order, since a market takes its inbox sender by sender).
/// </summary>
public static class BenchPlatform
{
    public const string Market = "bench-market";
    public const string Member = "bench-member";

    public static Scenario Create(int days) => new()
    {
        Name = "bench-orderbook",
        Days = days,
        // No towns: the sectors' inputs name the baseline's markets, which this platform does not have.
        Sectors = BuiltInScenarios.SectorsWithoutInputs(),
        Markets =
        [
            new MarketSpec
            {
                Id = Market, Currency = Currency.Usd, TickSize = 0.01, LotSize = 1, InitialMarginRate = 0.1, ContractDays = 365,
                Fundamental = new FundamentalSpec { Process = FundamentalProcessKind.GbmJumps, Start = 1000, DailyVolatility = 0.01 },
            },
        ],
        Participants =
        [
            new ParticipantSpec
            {
                Id = Member, Role = ParticipantRole.Speculator, Cash = new CashSpec { Usd = 1e12 }, ReservesUsd = 0,
                Markets = [new ParticipantMarketSpec { Id = Market, Lots = 1 }],
            },
        ],
        Clearing = new ClearingSpec { Id = "bench-clearing" },
        Fx = new FxSpec { Cny = 0.1389, Mop = 0.1242 },
    };
}
