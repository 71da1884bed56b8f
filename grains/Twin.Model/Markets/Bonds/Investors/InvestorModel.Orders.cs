using Twin.Model.Kernel;
using Twin.Model.Markets.Book;
using Twin.Model.Markets.Messages;
using Twin.Model.Scenarios;

namespace Twin.Model.Markets.Bonds.Investors;

public sealed partial class InvestorModel
{
    /// <summary>
    /// Values every bond for tomorrow (its orders trade then) at its curve plus the issuer's spread
    /// plus a private error, then bids in tomorrow's auctions and trades the bonds already out. Its
    /// room is its target share of capital (cash and bonds at the close, in dollars) less the bonds it
    /// holds, within its issuer limit and the cash not already spent or committed today.
    /// </summary>
    private void Decide(int day, Outbox outbox, ref InvestorDay today)
    {
        var ratings = _scenario.BondMarket!.Ratings;
        double cash = _statement.CashUsd - today.FilledUsd, held = 0;
        for (int b = 0; b < _bonds.Length; b++)
        {
            var slot = _bonds[b];
            double spread = (ratings[RatingOf(slot.Spec)].SpreadBp + _spec.Strategy.ViewNoiseBp * _noise[b]) / 1e4;
            slot.Value = slot.Schedule.CleanPrice(day + 1, _curves[slot.Spec.Currency], spread);
            if (slot.Holding != 0) held += slot.Holding * LotUsd(slot, day, double.IsFinite(slot.Close) ? slot.Close : slot.Value);
        }
        double capital = cash + held;
        var budget = new InvestorBudget(Math.Max(0, _spec.Mandate.TargetInvested * capital - held), Math.Max(0, cash), capital);
        foreach (var slot in _bonds)
        {
            if (slot.Status == BondStatus.Announced && slot.Schedule.IssueDay == day + 1 && Eligible(slot.Spec)) Bid(slot, day, budget, outbox, ref today);
            else if (slot.Status == BondStatus.Trading && slot.Schedule.Trades(day + 1)) TradeSecondary(slot, day, budget, outbox, ref today);
        }
    }

    /// <summary>Three equal tranches at its value and one and two bid steps below, for its auction share of the room.</summary>
    private void Bid(BondSlot slot, int day, InvestorBudget budget, Outbox outbox, ref InvestorDay today)
    {
        double lotUsd = LotUsd(slot, day + 1, slot.Value);
        long lots = (long)Math.Floor(_spec.Strategy.AuctionShare * budget.For(IssuerUsd(slot.Spec.Issuer, day), _spec.Mandate.MaxIssuerShare) / lotUsd);
        if (lots < 3) return;
        budget.Spend(lots * lotUsd, ref today);
        for (int tranche = 0; tranche < 3; tranche++)
        {
            long size = lots / 3 + (tranche == 0 ? lots % 3 : 0);
            Send(slot, Side.Buy, slot.Value - tranche * _spec.Strategy.BidStepPoints, size, auction: true, outbox, ref today);
            today.BidLots += size;
        }
    }

    private void TradeSecondary(BondSlot slot, int day, InvestorBudget budget, Outbox outbox, ref InvestorDay today)
    {
        var s = _spec.Strategy;
        if (!Eligible(slot.Spec))
        {
            // Out of its mandate (a downgrade): sold off, a quarter of the holding a day, below its value.
            if (slot.Holding > 0) Send(slot, Side.Sell, slot.Value - 2 * s.ThresholdPoints, (long)Math.Ceiling(slot.Holding / 4.0), false, outbox, ref today);
            return;
        }
        double lotUsd = LotUsd(slot, day + 1, slot.Value);
        long affordable = (long)Math.Floor(budget.For(IssuerUsd(slot.Spec.Issuer, day), _spec.Mandate.MaxIssuerShare) / lotUsd);
        if (_spec.Type == InvestorType.Bank)
        {
            // A two-sided quote around its value, leaned against its inventory; it never sells short.
            double limit = s.InventoryLimit * s.QuoteLots, half = s.QuoteSpreadPoints / 2;
            double centre = slot.Value - half * Math.Clamp(slot.Holding / limit, 0, 1);
            long bid = Math.Min(Math.Min(s.QuoteLots, (long)limit - slot.Holding), affordable);
            if (Send(slot, Side.Buy, centre - half, bid, false, outbox, ref today)) budget.Spend(bid * lotUsd, ref today);
            Send(slot, Side.Sell, centre + half, Math.Min(s.QuoteLots, slot.Holding), false, outbox, ref today);
            return;
        }
        double close = double.IsFinite(slot.Close) ? slot.Close : slot.Value;
        if (close < slot.Value - s.ThresholdPoints)
        {
            long lots = Math.Min(affordable, (long)Math.Ceiling(s.Urgency * affordable));
            if (Send(slot, Side.Buy, slot.Value - s.ThresholdPoints, lots, false, outbox, ref today)) budget.Spend(lots * lotUsd, ref today);
        }
        else if (close > slot.Value + s.ThresholdPoints && slot.Holding > 0)
            Send(slot, Side.Sell, slot.Value + s.ThresholdPoints, Math.Max(1, (long)Math.Round(s.Urgency * slot.Holding)), false, outbox, ref today);
    }

    /// <summary>Dollars held in one issuer's bonds, at their close.</summary>
    private double IssuerUsd(string issuer, int day)
    {
        double total = 0;
        foreach (var slot in _bonds)
            if (slot.Holding != 0 && slot.Spec.Issuer == issuer) total += slot.Holding * LotUsd(slot, day, double.IsFinite(slot.Close) ? slot.Close : slot.Value);
        return total;
    }

    private bool Send(BondSlot slot, Side side, double price, long lots, bool auction, Outbox outbox, ref InvestorDay today)
    {
        if (lots < 1) return false;
        double tick = _scenario.BondMarket!.TickSize;
        double ticks = side == Side.Buy ? Math.Floor(price / tick + 1e-9) : Math.Ceiling(price / tick - 1e-9);
        int limit = (int)Math.Clamp(ticks, 1, Math.Round(300 / tick));
        new NewOrderMessage(++_nextClientId, side, OrderType.Limit, TimeInForce.Day, auction, (int)Math.Min(lots, int.MaxValue), limit).Send(outbox, slot.Entity);
        today.Orders++;
        return true;
    }
}
