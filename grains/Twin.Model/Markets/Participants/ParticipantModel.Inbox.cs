using Twin.Model.Kernel;
using Twin.Model.Markets.Messages;

namespace Twin.Model.Markets.Participants;

public sealed partial class ParticipantModel
{
    /// <summary>Reads yesterday's news; pays margin calls at once. Returns the calls received.</summary>
    private int Read(ReadOnlySpan<Message> inbox, Outbox outbox)
    {
        int calls = 0;
        foreach (ref readonly var m in inbox)
        {
            switch (m.Kind)
            {
                case MessageKind.Fill when SlotOf(m.From) is { } slot:
                    var fill = FillMessage.From(m);
                    slot.Position += fill.SignedLots;
                    slot.FilledToday += fill.Lots;
                    break;
                case MessageKind.MarketData when SlotOf(m.From) is { } slot:
                    slot.Record(MarketDataMessage.From(m));
                    break;
                case MessageKind.Statement when m.From == _clearing:
                    _statement = StatementMessage.From(m);
                    _defaulted |= _statement.Status == AccountStatus.Defaulted;
                    break;
                case MessageKind.MarginCall when m.From == _clearing:
                    calls++;
                    Pay(MarginCallMessage.From(m), outbox);
                    break;
                case MessageKind.DefaultNotice when m.From == _clearing:
                    _defaulted = true;
                    break;
                case MessageKind.Consumption:
                    var (market, use) = Twin.Model.Towns.ConsumptionCodec.Read(m);
                    if (SlotOf(market) is { } used && double.IsFinite(use)) used.RelativeUse = use;
                    break;
            }
        }
        return calls;
    }

    /// <summary>Pays the call and a buffer on top from the reserves, or whatever is left of them.</summary>
    private void Pay(in MarginCallMessage call, Outbox outbox)
    {
        double amount = Math.Min(call.AmountUsd * (1 + _spec.Strategy.MarginBuffer), _reserves);
        if (amount <= 0) return;
        _reserves -= amount;
        new MarginPaymentMessage(amount, call.CallDay, call.Variation).Send(outbox, _clearing);
    }

    private MarketSlot? SlotOf(int market)
    {
        foreach (var slot in _slots)
            if (slot.Market == market) return slot;
        return null;
    }
}
