using Twin.Model.Kernel;
using Twin.Model.Markets.Messages;

namespace Twin.Model.Markets.Clearing;

public sealed partial class ClearingHouseModel
{
    /// <summary>
    /// Declares a default: the member's positions and unsettled amounts pass to the house account
    /// (which closes them out in the markets); its collateral and any cash left go to the waterfall's
    /// first layer, and the cash it failed to pay is the first loss that layer takes; its fund
    /// contribution is seized; the markets and the member are told.
    /// </summary>
    private void Default(int index, int day, Outbox outbox, ref ClearingDay today)
    {
        var a = _accounts[index];
        a.Defaulted = true;
        a.InitialCall.Close();
        a.VariationCall.Close();
        (a.InitialMarginUsd, a.EquityUsd) = (0, 0);
        today.Defaults++;
        for (int k = 0; k < _markets.Length; k++)
        {
            House.Positions[k] += a.Positions[k];
            a.Positions[k] = 0;
        }
        for (int b = 0; b < _bonds.Length; b++)
        {
            House.Bonds[b] += a.Bonds[b];
            a.Bonds[b] = 0;
        }
        _queue.MoveRow(index, _accounts.Length - 1);
        _deliveries.MoveAccount(index, _accounts.Length - 1);
        double balance = a.CashUsd(_fx), collateral = a.CollateralUsd;
        Array.Clear(a.Cash);
        a.CollateralUsd = 0;
        _waterfall.Seize(collateral + Math.Max(0, balance), a.DefaultFundUsd);
        a.DefaultFundUsd = 0;
        if (balance < 0) _waterfall.Absorb(-balance, _accounts);
        // The house holds a defaulted investor's bonds to their payments (their coupons go up the waterfall).
        foreach (var market in _markets) new DefaultNoticeMessage(a.Entity).Send(outbox, market.Entity);
        foreach (var bond in _bonds) new DefaultNoticeMessage(a.Entity).Send(outbox, bond.Entity);
        new DefaultNoticeMessage(a.Entity).Send(outbox, a.Entity);
    }
}
