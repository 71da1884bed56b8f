using Twin.Model.Kernel;
using Twin.Model.Markets.Messages;

namespace Twin.Model.Markets.Clearing;

public sealed partial class ClearingHouseModel
{
    /// <summary>
    /// Computes each member's initial margin (sum over markets of |position| × lot × |S| × rate) and
    /// equity (cash plus amounts not yet settled). A shortfall above the minimum transfer opens a
    /// call with a deadline; a call still unpaid at the deadline with the shortfall still there is a
    /// default. A call is closed once equity covers the margin again.
    /// </summary>
    private void Review(int day, bool open, Outbox outbox, ref ClearingDay today)
    {
        for (int i = 0; i < _accounts.Length - 1; i++)
        {
            var a = _accounts[i];
            if (a.Defaulted) continue;
            a.InitialMarginUsd = InitialMarginOf(a);
            a.EquityUsd = a.CashUsd(_fx) + _queue.PendingUsd(i, _fx);
            if (!open) continue;
            double shortfall = a.InitialMarginUsd - a.EquityUsd;
            if (a.CallDay < 0)
            {
                if (shortfall > _spec.MinimumCallUsd) Call(a, day, shortfall, outbox, ref today);
            }
            else if (shortfall <= 0 || (day >= a.CallDay + _spec.MarginCallDays && shortfall <= _spec.MinimumCallUsd))
            {
                (a.CallDay, a.CallRemainingUsd) = (-1, 0);
            }
            else if (day >= a.CallDay + _spec.MarginCallDays)
            {
                if (a.CallRemainingUsd > 0) Default(i, day, outbox, ref today);
                else Call(a, day, shortfall, outbox, ref today);
            }
        }
    }

    private double InitialMarginOf(ClearingAccount account)
    {
        double margin = 0;
        for (int k = 0; k < _markets.Length; k++)
        {
            var spec = _markets[k].Spec;
            long open = account.Positions[k];
            if (open == 0) continue;
            margin += Math.Abs(open) * spec.LotSize * Math.Abs(_markets[k].SettlementPrice) * spec.InitialMarginRate * _fx.UsdPer(spec.Currency);
        }
        return margin;
    }

    private void Call(ClearingAccount account, int day, double shortfall, Outbox outbox, ref ClearingDay today)
    {
        (account.CallDay, account.CallRemainingUsd) = (day, shortfall);
        account.Calls++;
        today.MarginCalls++;
        new MarginCallMessage(day, day + _spec.MarginCallDays, shortfall).Send(outbox, account.Entity);
    }

    /// <summary>
    /// Declares a default: the member's positions and unsettled amounts pass to the house account
    /// (which closes them out in the markets), its cash and fund contribution go to the waterfall,
    /// a negative balance is absorbed at once, and the markets and the member are told.
    /// </summary>
    private void Default(int index, int day, Outbox outbox, ref ClearingDay today)
    {
        var a = _accounts[index];
        a.Defaulted = true;
        (a.CallDay, a.CallRemainingUsd, a.InitialMarginUsd, a.EquityUsd) = (-1, 0, 0, 0);
        today.Defaults++;
        for (int k = 0; k < _markets.Length; k++)
        {
            House.Positions[k] += a.Positions[k];
            a.Positions[k] = 0;
        }
        _queue.MoveRow(index, _accounts.Length - 1);
        double balance = a.CashUsd(_fx);
        Array.Clear(a.Cash);
        _waterfall.Seize(balance, a.DefaultFundUsd);
        a.DefaultFundUsd = 0;
        if (balance < 0) _waterfall.Absorb(-balance, _accounts);
        foreach (var market in _markets) new DefaultNoticeMessage(a.Entity).Send(outbox, market.Entity);
        new DefaultNoticeMessage(a.Entity).Send(outbox, a.Entity);
    }
}
