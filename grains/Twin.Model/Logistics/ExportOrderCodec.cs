using Twin.Model.Kernel;
using Twin.Model.Scenarios;

namespace Twin.Model.Logistics;

/// <summary>An export order in a message: I0 country index, I1 goods class; D0 TEU, D1 tonnes, D2 value (CNY).</summary>
public static class ExportOrderCodec
{
    public static void Send(Outbox outbox, int desk, int country, GoodsClass goods, double teu, double tonnes, double value) =>
        outbox.Send(desk, MessageKind.ExportOrder, country, (int)goods, d0: teu, d1: tonnes, d2: value);

    public static ExportOrder Read(in Message m) => new(m.From, m.I0, (GoodsClass)m.I1, m.D0, m.D1, m.D2);
}
