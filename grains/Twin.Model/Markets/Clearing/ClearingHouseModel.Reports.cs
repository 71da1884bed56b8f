using Twin.Model.Kernel;
using Twin.Model.Markets.Book;
using Twin.Model.Markets.Messages;
using Twin.Model.Scenarios;

namespace Twin.Model.Markets.Clearing;

public sealed partial class ClearingHouseModel
{
    /// <summary>
    /// Sends an IOC order to close each position the house holds, priced through the settlement
    /// price by the liquidation slippage. The order trades tomorrow and its fills are cleared the
    /// day after, so one order per market is in flight at a time; none goes out on an expiry day,
    /// since the position expires tonight and the order would open one in the next contract.
    /// </summary>
    private void CloseOut(int day, Outbox outbox)
    {
        for (int k = 0; k < _markets.Length; k++)
        {
            var market = _markets[k];
            long open = House.Positions[k];
            if (open == 0 || day < market.LastCloseOutDay + 2 || ContractCalendar.IsExpiry(day, market.Spec.ContractDays)) continue;
            var grid = new PriceGrid(market.Spec);
            double reach = _spec.LiquidationSlippage * PriceScale.Of(market.SettlementPrice, market.Spec.Fundamental.Start);
            var side = open > 0 ? Side.Sell : Side.Buy;
            int ticks = open > 0 ? grid.SellTicks(market.SettlementPrice - reach) : grid.BuyTicks(market.SettlementPrice + reach);
            new NewOrderMessage(++_nextClientId, side, OrderType.Limit, TimeInForce.Ioc, false, (int)Math.Min(Math.Abs(open), int.MaxValue), ticks)
                .Send(outbox, market.Entity);
            market.LastCloseOutDay = day;
        }
    }

    private void SendStatements(Outbox outbox)
    {
        for (int i = 0; i < _accounts.Length - 1; i++)
        {
            var a = _accounts[i];
            var status = a.Defaulted ? AccountStatus.Defaulted : a.Called ? AccountStatus.Called : AccountStatus.Good;
            if (a.IsInvestor)
            {
                SendInvestorStatement(a, status, outbox);
                continue;
            }
            double pnl = a.EquityUsd + a.DefaultFundUsd - a.DepositsUsd;
            new StatementMessage(status, a.Calls, a.EquityUsd, a.InitialMarginUsd, pnl, a.FeesUsd).Send(outbox, a.Entity);
        }
    }

    private void Record(Span<double> kpis, in ClearingDay today)
    {
        kpis[ClearingKpis.Trades] = today.Trades;
        kpis[ClearingKpis.VolumeLots] = today.VolumeLots;
        kpis[ClearingKpis.VariationMarginUsd] = today.VariationMarginUsd;
        kpis[ClearingKpis.MarginCalls] = today.MarginCalls;
        kpis[ClearingKpis.VariationCalls] = today.VariationCalls;
        kpis[ClearingKpis.PaymentsUsd] = today.PaymentsUsd;
        kpis[ClearingKpis.SettlementFails] = today.SettlementFails;
        kpis[ClearingKpis.Defaults] = today.Defaults;
        kpis[ClearingKpis.FeesUsd] = today.FeesUsd;
        double margin = 0, equity = 0, fund = 0, collateral = 0;
        int defaulted = 0;
        foreach (var a in _accounts)
        {
            if (a.IsHouse) continue;
            margin += a.InitialMarginUsd;
            equity += a.EquityUsd;
            fund += a.DefaultFundUsd;
            collateral += a.CollateralUsd;
            if (a.Defaulted) defaulted++;
        }
        kpis[ClearingKpis.InitialMarginUsd] = margin;
        kpis[ClearingKpis.EquityUsd] = equity;
        kpis[ClearingKpis.Defaulted] = defaulted;
        kpis[ClearingKpis.FeeRevenue] = _feeRevenue[(int)_spec.FeeCurrency];
        kpis[ClearingKpis.FeeRevenueUsd] = FeeRevenueUsd;
        kpis[ClearingKpis.DefaultFundUsd] = fund;
        kpis[ClearingKpis.CollateralUsd] = collateral;
        kpis[ClearingKpis.SkinInTheGameUsd] = _waterfall.SkinInTheGameUsd;
        kpis[ClearingKpis.CapitalUsd] = _waterfall.CapitalUsd;
        kpis[ClearingKpis.LossDefaulterMarginUsd] = _waterfall.LossOf(WaterfallLayer.DefaulterMargin);
        kpis[ClearingKpis.LossDefaulterFundUsd] = _waterfall.LossOf(WaterfallLayer.DefaulterFund);
        kpis[ClearingKpis.LossSkinUsd] = _waterfall.LossOf(WaterfallLayer.SkinInTheGame);
        kpis[ClearingKpis.LossSurvivorsFundUsd] = _waterfall.LossOf(WaterfallLayer.SurvivorsFund);
        kpis[ClearingKpis.LossCapitalUsd] = _waterfall.LossOf(WaterfallLayer.Capital);
        kpis[ClearingKpis.CashTotalUsd] = CashTotalUsd();
        kpis[ClearingKpis.DepositsUsd] = _depositsUsd;
        kpis[ClearingKpis.BondTrades] = today.BondTrades;
        kpis[ClearingKpis.BondSettlementUsd] = today.BondSettlementUsd;
        kpis[ClearingKpis.BondIncomeUsd] = today.BondIncomeUsd;
        kpis[ClearingKpis.IssuanceUsd] = today.IssuanceUsd;
        long house = 0;
        for (int k = 0; k < _markets.Length; k++)
        {
            house += Math.Abs(House.Positions[k]);
            long longLots = 0;
            foreach (var a in _accounts) longLots += Math.Max(0, a.Positions[k]);
            kpis[ClearingKpis.Names.Count + k] = longLots;
        }
        kpis[ClearingKpis.HousePositionLots] = house;
    }
}
