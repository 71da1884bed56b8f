using Twin.Model.Kernel;
using Twin.Model.Markets.Messages;

namespace Twin.Model.Markets.Clearing;

public sealed partial class ClearingHouseModel
{
    /// <summary>
    /// Each member's day at the clearing house, after settlement: its initial margin (sum over markets
    /// of |position| × lot × |S| × rate) is held as collateral apart from its cash (excess collateral
    /// goes back to cash, free cash tops it up); cash left negative is variation margin not paid,
    /// called at once and due in `variationMarginDays`; a collateral shortfall is called and due in
    /// `marginCallDays`. A variation call still unpaid at its deadline is a default, whatever prices
    /// did since; an initial call is a default when unpaid with the shortfall still there.
    /// </summary>
    private void Review(int day, bool open, Outbox outbox, ref ClearingDay today)
    {
        for (int i = 0; i < _accounts.Length - 1; i++)
        {
            var a = _accounts[i];
            if (a.Defaulted) continue;
            a.InitialMarginUsd = InitialMarginOf(a);
            if (open) Collateralise(a);
            a.EquityUsd = a.CashUsd(_fx) + a.CollateralUsd + _queue.PendingUsd(i, _fx);
            if (!open) continue;
            if (ReviewVariation(i, a, day, outbox, ref today)) continue;
            ReviewInitial(i, a, day, outbox, ref today);
        }
    }

    /// <summary>Returns true if the member was declared in default.</summary>
    private bool ReviewVariation(int index, ClearingAccount a, int day, Outbox outbox, ref ClearingDay today)
    {
        double deficit = -a.CashUsd(_fx);
        var call = a.VariationCall;
        if (call.IsOpen)
        {
            if (deficit <= 0) call.Close();
            else if (day < call.Deadline) return false;
            else if (call.RemainingUsd > 0)
            {
                Default(index, day, outbox, ref today);
                return true;
            }
            else call.Close(); // paid in full, but new losses since: called afresh below
        }
        if (deficit > _spec.MinimumCallUsd) Call(a, call, day, _spec.VariationMarginDays, deficit, variation: true, outbox, ref today);
        return false;
    }

    private void ReviewInitial(int index, ClearingAccount a, int day, Outbox outbox, ref ClearingDay today)
    {
        double shortfall = a.InitialMarginUsd - a.CollateralUsd;
        var call = a.InitialCall;
        if (!call.IsOpen)
        {
            if (shortfall > _spec.MinimumCallUsd) Call(a, call, day, _spec.MarginCallDays, shortfall, variation: false, outbox, ref today);
        }
        else if (shortfall <= 0 || (day >= call.Deadline && shortfall <= _spec.MinimumCallUsd))
        {
            call.Close();
        }
        else if (day >= call.Deadline)
        {
            if (call.RemainingUsd > 0) Default(index, day, outbox, ref today);
            else Call(a, call, day, _spec.MarginCallDays, shortfall, variation: false, outbox, ref today);
        }
    }

    /// <summary>Holds exactly the initial margin as collateral: releases the excess to cash, or tops it up from free cash (dollars first).</summary>
    private void Collateralise(ClearingAccount a)
    {
        double gap = a.InitialMarginUsd - a.CollateralUsd;
        if (gap < 0)
        {
            a.Cash[(int)Scenarios.Currency.Usd] -= gap;
            a.CollateralUsd = a.InitialMarginUsd;
            return;
        }
        double wanted = Math.Min(gap, Math.Max(0, a.CashUsd(_fx)));
        foreach (var c in Scenarios.Currencies.All)
        {
            if (wanted <= 0) break;
            double available = a.Cash[(int)c] * _fx.UsdPer(c);
            if (available <= 0) continue;
            double moved = Math.Min(available, wanted);
            a.Cash[(int)c] -= moved / _fx.UsdPer(c);
            a.CollateralUsd += moved;
            wanted -= moved;
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

    private void Call(ClearingAccount account, MarginCallSlot call, int day, int days, double amount, bool variation, Outbox outbox, ref ClearingDay today)
    {
        call.Open(day, day + days, amount);
        account.Calls++;
        today.MarginCalls++;
        if (variation) today.VariationCalls++;
        new MarginCallMessage(day, day + days, amount, variation).Send(outbox, account.Entity);
    }
}
