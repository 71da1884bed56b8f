using Twin.Model.Kernel;
using Twin.Model.Markets.Book;
using Twin.Model.Markets.Messages;

namespace Twin.Model.Markets.Bonds.Investors;

public sealed partial class InvestorModel
{
    /// <summary>Reads yesterday's news: fills, the bonds' data, the curves, the statement; pays margin calls at once.</summary>
    private void Read(ReadOnlySpan<Message> inbox, Outbox outbox, int day, ref InvestorDay today)
    {
        foreach (ref readonly var m in inbox)
        {
            switch (m.Kind)
            {
                case MessageKind.Fill when SlotOf(m.From) is { } slot:
                    var fill = FillMessage.From(m);
                    slot.Holding += fill.SignedLots;
                    // It traded yesterday: at yesterday's accrued interest.
                    double usd = fill.SignedLots * LotUsd(slot, day - 1, fill.PriceTicks * _scenario.BondMarket!.TickSize);
                    today.FilledUsd += usd;
                    if (slot.Status == BondStatus.Announced) today.Allotted += fill.Lots;
                    else if (fill.Side == Side.Buy) today.Bought += fill.Lots;
                    else today.Sold += fill.Lots;
                    break;
                case MessageKind.BondData when SlotOf(m.From) is { } slot:
                    var data = BondDataMessage.From(m);
                    // Redeemed or recovered: the clearing house paid the holders and the bonds are gone.
                    if (data.Status == BondStatus.Retired) slot.Holding = 0;
                    (slot.Status, slot.Close) = (data.Status, data.Close);
                    break;
                case MessageKind.CurveQuote when _curveOf.TryGetValue(m.From, out var curve):
                    _curves[curve.Currency] = CurveQuoteMessage.From(m).Curve(curve.DecayYears);
                    break;
                case MessageKind.InvestorStatement when m.From == _clearing:
                    _statement = InvestorStatementMessage.From(m);
                    _defaulted |= _statement.Status == AccountStatus.Defaulted;
                    break;
                case MessageKind.MarginCall when m.From == _clearing:
                    today.Calls++;
                    var call = MarginCallMessage.From(m);
                    double amount = Math.Min(call.AmountUsd * (1 + _spec.Strategy.MarginBuffer), _reserves);
                    if (amount <= 0) break;
                    _reserves -= amount;
                    new MarginPaymentMessage(amount, call.CallDay, call.Variation).Send(outbox, _clearing);
                    break;
                case MessageKind.DefaultNotice when m.From == _clearing:
                    _defaulted = true;
                    break;
            }
        }
    }

    private BondSlot? SlotOf(int entity)
    {
        foreach (var slot in _bonds)
            if (slot.Entity == entity) return slot;
        return null;
    }
}
