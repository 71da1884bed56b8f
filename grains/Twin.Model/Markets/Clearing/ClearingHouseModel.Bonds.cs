using Twin.Model.Kernel;
using Twin.Model.Markets.Bonds;
using Twin.Model.Markets.Bonds.Investors;
using Twin.Model.Markets.Messages;
using Twin.Model.Scenarios;

namespace Twin.Model.Markets.Clearing;

public sealed partial class ClearingHouseModel
{
    /// <summary>
    /// Novates one bond's trades of the day: the buyer owes q × lot face × (P + accrued)/100 in the
    /// bond's currency, the seller (or, for an auction allotment, the issuer) is owed it, both due
    /// on the trade day + L, when the bonds are delivered too (delivery versus payment).
    /// </summary>
    private void ClearBonds(int tradeDay, ref ClearingDay today)
    {
        int due = tradeDay + _spec.SettlementLagDays;
        for (int b = 0; b < _bonds.Length; b++)
        {
            var bond = _bonds[b];
            var currency = bond.Spec.Currency;
            foreach (var trade in bond.Trades)
            {
                double amount = trade.Lots * _bondMarket!.LotFace * (trade.Price + bond.Schedule.Accrued(tradeDay)) / 100;
                int buyer = AccountIndexOf(trade.Buyer), seller = trade.Seller == bond.Entity ? -1 : AccountIndexOf(trade.Seller);
                _queue.Add(due, buyer, currency, -amount);
                _queue.Add(due, seller < 0 ? _queue.IssuerRow : seller, currency, amount);
                _deliveries.Add(due, new BondDeliveries.Delivery(b, buyer, seller, trade.Lots));
                double usd = amount * _fx.UsdPer(currency);
                today.BondTrades++;
                today.BondSettlementUsd += usd;
                if (seller < 0) today.IssuanceUsd += usd;
            }
        }
    }

    /// <summary>
    /// The clearing house is the bonds' paying agent: coupons, the face at maturity and recoveries
    /// go to the holders of record after today's deliveries, paid in by the issuer (a deposit).
    /// </summary>
    private void PayHolders(int day, ref ClearingDay today)
    {
        if (_bondMarket is not { } market) return;
        for (int b = 0; b < _bonds.Length; b++)
        {
            var bond = _bonds[b];
            var (per100, retires) = bond.PaymentOn(day, market);
            if (per100 <= 0 && !retires) continue;
            var currency = bond.Spec.Currency;
            foreach (var a in _accounts)
            {
                long lots = a.Bonds[b];
                if (lots == 0) continue;
                double amount = lots * market.LotFace * per100 / 100, usd = amount * _fx.UsdPer(currency);
                a.Cash[(int)currency] += amount;
                a.IncomeUsd += usd;
                _depositsUsd += usd;
                today.BondIncomeUsd += usd;
                if (retires) a.Bonds[b] = 0;
            }
            if (retires) bond.Status = BondStatus.Retired;
        }
    }

    /// <summary>Money that left for the issuers (auction proceeds) at today's settlement: out of the system, so out of the deposits.</summary>
    private void PayIssuers(double[] due)
    {
        foreach (var c in Currencies.All)
            _depositsUsd += due[_queue.IssuerRow * Currencies.Count + (int)c] * -_fx.UsdPer(c);
    }

    /// <summary>Every holding valued at its bond's mark, in dollars.</summary>
    private double BondsUsd(ClearingAccount account)
    {
        double total = 0;
        for (int b = 0; b < _bonds.Length; b++)
            if (account.Bonds[b] != 0)
                total += account.Bonds[b] * _bondMarket!.LotFace * _bonds[b].MarkPer100(_bondMarket) / 100 * _fx.UsdPer(_bonds[b].Spec.Currency);
        return total;
    }

    private void SendInvestorStatement(ClearingAccount a, AccountStatus status, Outbox outbox)
    {
        double bonds = BondsUsd(a);
        double pnl = a.EquityUsd + bonds - a.DepositsUsd;
        new InvestorStatementMessage(status, a.Calls, a.CashUsd(_fx), bonds, pnl, a.IncomeUsd).Send(outbox, a.Entity);
    }

    private ClearingBond? BondOf(int entity)
    {
        foreach (var bond in _bonds)
            if (bond.Entity == entity) return bond;
        return null;
    }
}
