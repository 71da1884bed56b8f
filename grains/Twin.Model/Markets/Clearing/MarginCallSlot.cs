namespace Twin.Model.Markets.Clearing;

/// <summary>An open margin call of one kind (initial or variation): when it was made, when it is due, and what is still unpaid.</summary>
public sealed class MarginCallSlot
{
    /// <summary>The day the call was made, or -1 when none is open.</summary>
    public int Day { get; private set; } = -1;

    public int Deadline { get; private set; } = -1;

    public double RemainingUsd { get; private set; }

    public bool IsOpen => Day >= 0;

    public void Open(int day, int deadline, double amountUsd) => (Day, Deadline, RemainingUsd) = (day, deadline, amountUsd);

    public void Close() => (Day, Deadline, RemainingUsd) = (-1, -1, 0);

    /// <summary>Applies a payment to what is unpaid; returns what is left of the payment.</summary>
    public double Pay(double amountUsd)
    {
        if (!IsOpen || RemainingUsd <= 0) return amountUsd;
        double used = Math.Min(amountUsd, RemainingUsd);
        RemainingUsd -= used;
        return amountUsd - used;
    }

    public void WriteState(BinaryWriter writer)
    {
        writer.Write(Day);
        writer.Write(Deadline);
        writer.Write(RemainingUsd);
    }

    public void ReadState(BinaryReader reader) => (Day, Deadline, RemainingUsd) = (reader.ReadInt32(), reader.ReadInt32(), reader.ReadDouble());
}
