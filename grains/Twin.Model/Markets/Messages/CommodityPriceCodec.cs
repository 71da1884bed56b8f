using Twin.Model.Kernel;

namespace Twin.Model.Markets.Messages;

/// <summary>A market's close for the towns that buy its commodity: D0 the close divided by the market's start price.</summary>
public static class CommodityPriceCodec
{
    public static void Send(Outbox outbox, int town, double relativePrice) =>
        outbox.Send(town, MessageKind.CommodityPrice, d0: relativePrice);

    public static double Read(in Message m) => m.D0;
}
