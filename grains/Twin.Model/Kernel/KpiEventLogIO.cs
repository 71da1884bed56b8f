using System.Runtime.InteropServices;

namespace Twin.Model.Kernel;

/// <summary>The binary form of a <see cref="KpiEventLog"/>, shared by checkpoints and stored results.</summary>
public static class KpiEventLogIO
{
    public static void Write(BinaryWriter writer, KpiEventLog events)
    {
        writer.Write(events.Count);
        writer.Write(MemoryMarshal.AsBytes(events.Days.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(events.Kpis.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(events.Values.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(events.Weights.AsSpan()));
    }

    public static KpiEventLog Read(BinaryReader reader)
    {
        int count = reader.ReadInt32();
        if (count == 0) return KpiEventLog.Empty;
        var log = new KpiEventLog(new int[count], new int[count], new double[count], new double[count]);
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(log.Days.AsSpan()));
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(log.Kpis.AsSpan()));
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(log.Values.AsSpan()));
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(log.Weights.AsSpan()));
        return log;
    }
}
