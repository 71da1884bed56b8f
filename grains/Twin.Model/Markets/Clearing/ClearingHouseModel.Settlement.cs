using Twin.Model.Scenarios;

namespace Twin.Model.Markets.Clearing;

public sealed partial class ClearingHouseModel
{
    /// <summary>
    /// Settles everything due by today, netted per account and currency. An account short of one
    /// currency is covered from its others at the fx table (US dollars first); one whose cash cannot
    /// cover its debit at all is a settlement fail: the clearing house pays its counterparties anyway
    /// and the shortfall shows in the account's equity, to be called.
    /// </summary>
    private void Settle(int day, ref ClearingDay today)
    {
        var due = _queue.TakeDue(day);
        for (int i = 0; i < _accounts.Length; i++)
        {
            var account = _accounts[i];
            bool debit = false;
            foreach (var c in Currencies.All)
            {
                double amount = due[i * Currencies.Count + (int)c];
                account.Cash[(int)c] += amount;
                debit |= amount < 0;
            }
            if (!debit) continue;
            Sweep(account);
            if (!account.IsHouse && account.CashUsd(_fx) < 0) today.SettlementFails++;
        }
        foreach (var c in Currencies.All) _feeRevenue[(int)c] += due[_queue.FeeRow * Currencies.Count + (int)c];
        PayIssuers(due);
        _deliveries.Settle(day, _accounts);
    }

    /// <summary>Covers negative currency balances from the account's positive ones at the fx table; value in US dollars is unchanged.</summary>
    private void Sweep(ClearingAccount account)
    {
        foreach (var lacking in Currencies.All)
        {
            foreach (var source in Currencies.All)
            {
                double need = -account.Cash[(int)lacking];
                if (need <= 0) break;
                if (source == lacking || account.Cash[(int)source] <= 0) continue;
                double rate = _fx.UsdPer(source) / _fx.UsdPer(lacking);
                double moved = Math.Min(need, account.Cash[(int)source] * rate);
                account.Cash[(int)lacking] += moved;
                account.Cash[(int)source] -= moved / rate;
            }
        }
    }

    /// <summary>The house account's result of closing out: losses go down the waterfall, gains back to the defaulters' pool.</summary>
    private void AbsorbHouseResult()
    {
        double result = House.CashUsd(_fx);
        if (result == 0) return;
        Array.Clear(House.Cash);
        if (result < 0) _waterfall.Absorb(-result, _accounts);
        else _waterfall.Recover(result, _accounts);
    }

    private void Pay(ClearingAccount account, in Messages.MarginPaymentMessage payment, ref ClearingDay today)
    {
        double amountUsd = payment.AmountUsd;
        today.PaymentsUsd += amountUsd;
        _depositsUsd += amountUsd;
        account.DepositsUsd += amountUsd;
        // A payment that arrives after the default belongs to the defaulter's estate.
        if (account.Defaulted)
        {
            _waterfall.Recover(amountUsd, _accounts);
            return;
        }
        account.Cash[(int)Currency.Usd] += amountUsd;
        // First the call it answers (if still open), then unpaid variation margin, then the collateral
        // shortfall; the rest stays as free cash. A call made since never takes a payment meant for an older one.
        var answered = payment.Variation ? account.VariationCall : account.InitialCall;
        double rest = answered.Day == payment.CallDay ? answered.Pay(amountUsd) : amountUsd;
        account.InitialCall.Pay(account.VariationCall.Pay(rest));
    }
}
