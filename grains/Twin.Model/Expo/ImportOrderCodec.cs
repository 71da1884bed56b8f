using Twin.Model.Kernel;

namespace Twin.Model.Expo;

/// <summary>
/// An import order to a destination abroad or a gateway: I0 the origin country's index (-1 when the
/// origin is not one of the scenario's countries, such as Macao); D0 TEU, D1 tonnes, D2 value (CNY).
/// The destination ships it on a return leg, addressed to the sender.
/// </summary>
public static class ImportOrderCodec
{
    public static void Send(Outbox outbox, int destination, int country, double teu, double tonnes, double value) =>
        outbox.Send(destination, MessageKind.ImportOrder, country, d0: teu, d1: tonnes, d2: value);

    public static (int Country, double Teu, double Tonnes, double Value) Read(in Message m) => (m.I0, m.D0, m.D1, m.D2);
}
