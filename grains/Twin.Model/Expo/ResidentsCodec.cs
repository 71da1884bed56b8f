using Twin.Model.Kernel;

namespace Twin.Model.Expo;

/// <summary>A town's residents in a message to the expo centre: D0 the population at the end of the day.</summary>
public static class ResidentsCodec
{
    public static void Send(Outbox outbox, int expo, double residents) => outbox.Send(expo, MessageKind.TownResidents, d0: residents);

    public static double Read(in Message m) => m.D0;
}
