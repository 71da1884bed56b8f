using Twin.Model.Markets.Messages;
using Twin.Model.Scenarios;

namespace Twin.Model.Markets.Clearing;

public sealed partial class ClearingHouseModel
{
    /// <summary>
    /// Clears one market's trade day: variation margin on yesterday's open positions
    /// (x × lot × (S - S_prev)), novation of the day's trades with their own variation margin
    /// (± q × lot × (S - P)) and fees, all queued for settlement on the trade day + L; on the
    /// contract's expiry day every position is then cash-settled at S (its last variation margin).
    /// </summary>
    private void Clear(int k, MarketDataMessage data, int tradeDay, ref ClearingDay today)
    {
        var market = _markets[k];
        var spec = market.Spec;
        double settlement = data.Close, lot = spec.LotSize, usd = _fx.UsdPer(spec.Currency);
        int due = tradeDay + _spec.SettlementLagDays;
        for (int i = 0; i < _accounts.Length; i++)
        {
            long open = _accounts[i].Positions[k];
            if (open != 0) Owe(due, i, spec.Currency, open * lot * (settlement - market.SettlementPrice), usd, ref today);
        }
        foreach (var trade in market.Trades)
        {
            int buyer = AccountIndexOf(trade.Buyer), seller = AccountIndexOf(trade.Seller);
            _accounts[buyer].Positions[k] += trade.Lots;
            _accounts[seller].Positions[k] -= trade.Lots;
            double gain = trade.Lots * lot * (settlement - trade.Price);
            Owe(due, buyer, spec.Currency, gain, usd, ref today);
            Owe(due, seller, spec.Currency, -gain, usd, ref today);
            double feeUsd = _spec.FeeRate * trade.Lots * lot * Math.Abs(trade.Price) * usd;
            ChargeFee(due, buyer, feeUsd);
            ChargeFee(due, seller, feeUsd);
            today.FeesUsd += 2 * feeUsd;
            today.Trades++;
            today.VolumeLots += trade.Lots;
        }
        if (ContractCalendar.IsExpiry(tradeDay, spec.ContractDays))
            foreach (var account in _accounts) account.Positions[k] = 0;
        market.SettlementPrice = settlement;
    }

    private void Owe(int due, int account, Currency currency, double amount, double usdPerUnit, ref ClearingDay today)
    {
        _queue.Add(due, account, currency, amount);
        if (amount > 0) today.VariationMarginUsd += amount * usdPerUnit;
    }

    private void ChargeFee(int due, int account, double feeUsd)
    {
        double fee = feeUsd / _fx.UsdPer(_spec.FeeCurrency);
        _queue.Add(due, account, _spec.FeeCurrency, -fee);
        _queue.Add(due, _queue.FeeRow, _spec.FeeCurrency, fee);
        _accounts[account].FeesUsd += feeUsd;
    }

    /// <summary>The account a trade books to: the participant's, or the house's once the participant has defaulted (or for close-out trades).</summary>
    private int AccountIndexOf(int entity)
    {
        if (entity == _self) return _accounts.Length - 1;
        if (!_accountOf.TryGetValue(entity, out int i))
            throw new InvalidOperationException($"Entity {entity} traded but is not a member of the clearing house.");
        return _accounts[i].Defaulted ? _accounts.Length - 1 : i;
    }
}
