using Twin.Model.Kernel;

namespace Twin.Model.Towns;

/// <summary>
/// A town's use of one commodity for the member hedging it: I0 the market's entity index, D0 the
/// town's smoothed use of it relative to its first day's.
/// </summary>
public static class ConsumptionCodec
{
    public static void Send(Outbox outbox, int participant, int market, double relativeUse) =>
        outbox.Send(participant, MessageKind.Consumption, market, d0: relativeUse);

    public static (int Market, double RelativeUse) Read(in Message m) => (m.I0, m.D0);
}
