using Twin.Model.Kernel;
using Twin.Model.Scenarios;

namespace Twin.Model.Logistics;

/// <summary>A service factor in a message: I0 country index, I1 goods class; D0 the factor on the towns' export demand.</summary>
public static class ServiceFactorCodec
{
    public static void Send(Outbox outbox, int town, int country, GoodsClass goods, double factor) =>
        outbox.Send(town, MessageKind.ServiceFactor, country, (int)goods, d0: factor);

    public static (int Country, GoodsClass Goods, double Factor) Read(in Message m) => (m.I0, (GoodsClass)m.I1, m.D0);
}
