using Twin.Model.Kernel;

namespace Twin.Model.Expo;

/// <summary>Online orders a seller hands to the e-commerce base for delivery: D0 parcels, D1 value (CNY), D2 kilograms.</summary>
public static class OnlineOrderCodec
{
    public static void Send(Outbox outbox, int commerceBase, double parcels, double value, double kilograms) =>
        outbox.Send(commerceBase, MessageKind.OnlineOrders, d0: parcels, d1: value, d2: kilograms);

    public static (double Parcels, double Value, double Kilograms) Read(in Message m) => (m.D0, m.D1, m.D2);
}
