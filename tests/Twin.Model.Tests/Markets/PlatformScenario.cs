using Twin.Model.Kernel;
using Twin.Model.Scenarios;

namespace Twin.Model.Tests.Markets;

/// <summary>
/// A small platform for hand-worked clearing and market tests: an oil market (USD, lots of 1,000,
/// margin 10%) and an aluminium market (CNY, lots of 5, margin 6%), three members a, b and c, no
/// fees unless asked, and round exchange rates.
/// </summary>
public static class PlatformScenario
{
    public static Scenario Build(double feeRate = 0, int settlementLag = 1, double skinUsd = 1_000_000, double capitalUsd = 50_000_000,
        double cashOfC = 1_000_000, int contractDays = 30) => new()
    {
        Name = "platform",
        Days = 60,
        Sectors = BuiltInScenarios.Baseline().Sectors,
        Markets =
        [
            Market("oil", Currency.Usd, tick: 0.01, lot: 1000, margin: 0.10, start: 70, contractDays),
            Market("alu", Currency.Cny, tick: 5, lot: 5, margin: 0.06, start: 20_000, contractDays),
        ],
        Participants =
        [
            Member("a", ParticipantRole.Consumer, cashUsd: 20_000_000),
            Member("b", ParticipantRole.Speculator, cashUsd: 20_000_000),
            Member("c", ParticipantRole.Producer, cashUsd: cashOfC),
        ],
        Clearing = new ClearingSpec
        {
            Id = "ccp", SettlementLagDays = settlementLag, FeeRate = feeRate, FeeCurrency = Currency.Mop, MinimumCallUsd = 0,
            MarginCallDays = 2, DefaultFundContributionUsd = 2_000_000, SkinInTheGameUsd = skinUsd, CapitalUsd = capitalUsd,
            LiquidationSlippage = 0.03,
        },
        Fx = new FxSpec { Cny = 0.125, Mop = 0.125 },
    };

    public static EntitySetup Setup(Scenario scenario, string entity)
    {
        var directory = EntityCatalog.DirectoryOf(scenario);
        return new EntitySetup(scenario, directory[directory.IndexOf(entity)], directory, Seed: 1, Replication: 0);
    }

    private static MarketSpec Market(string id, Currency currency, double tick, double lot, double margin, double start, int contractDays) => new()
    {
        Id = id, Currency = currency, TickSize = tick, LotSize = lot, InitialMarginRate = margin, ContractDays = contractDays,
        Fundamental = new FundamentalSpec { Process = FundamentalProcessKind.GbmJumps, Start = start, DailyVolatility = 0.02 },
    };

    private static ParticipantSpec Member(string id, ParticipantRole role, double cashUsd) => new()
    {
        Id = id, Role = role, Cash = new CashSpec { Usd = cashUsd },
        Markets = [new ParticipantMarketSpec { Id = "oil", Lots = 100 }, new ParticipantMarketSpec { Id = "alu", Lots = 100 }],
        ReservesUsd = 0,
    };
}
