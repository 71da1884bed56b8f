using Twin.Model.Kernel;
using Twin.Model.Scenarios;

namespace Twin.Model.Logistics;

/// <summary>
/// A shipment in a message: I0 origin, I1 destination, I2 route, I3 country + 1 (bits 0-15),
/// goods class (bits 16-17) and the import flag (bit 18); D0 TEU, D1 tonnes, D2 value, D3 created day.
/// </summary>
public static class ShipmentCodec
{
    public static void Send(Outbox outbox, int to, in Shipment s)
    {
        int flags = (s.Country + 1) | ((int)s.Goods << 16) | (s.Import ? 1 << 18 : 0);
        outbox.Send(to, MessageKind.Shipment, s.Origin, s.Destination, s.Route, flags, s.Teu, s.Tonnes, s.Value, s.CreatedDay);
    }

    public static Shipment Read(in Message m) => new()
    {
        Origin = m.I0,
        Destination = m.I1,
        Route = m.I2,
        Country = (m.I3 & 0xFFFF) - 1,
        Goods = (GoodsClass)((m.I3 >> 16) & 3),
        Import = ((m.I3 >> 18) & 1) == 1,
        Teu = m.D0,
        Tonnes = m.D1,
        Value = m.D2,
        CreatedDay = (int)m.D3,
    };
}
