using System.Runtime.InteropServices;

namespace Twin.Model.Kernel;

/// <summary>
/// The stored form of a run's KPI series: a small versioned binary layout, written whole and then
/// compressed in one pass, with the events behind quantile KPIs (<see cref="Zlib"/>: a year of the zone, about 3 MB of doubles, becomes
/// under 1 MB in a few milliseconds). Doubles are stored bit for bit, so results read back identical.
/// </summary>
public static class KpiSeriesCodec
{
    private const int FormatVersion = 3;

    public static byte[] Encode(IReadOnlyList<KpiSeries> series)
    {
        using var packed = new MemoryStream();
        packed.Write(BitConverter.GetBytes(FormatVersion));
        using (var compressor = new ZlibChunkWriter(packed))
        {
            var writer = compressor.Writer;
            writer.Write(series.Count);
            foreach (var s in series)
            {
                writer.Write(s.EntityId);
                writer.Write(s.Kind);
                writer.Write(s.Names.Count);
                foreach (var name in s.Names) writer.Write(name);
                writer.Write(s.Days);
                writer.Write(s.Values.Length);
                writer.Write(MemoryMarshal.AsBytes(s.Values.AsSpan()));
                KpiEventLogIO.Write(writer, s.EventLog);
                compressor.Drain();
            }
        }
        return packed.ToArray();
    }

    public static KpiSeries[] Decode(byte[] data)
    {
        int version = BitConverter.ToInt32(data, 0);
        if (version != FormatVersion)
            throw new InvalidDataException($"Stored results have format version {version}; this twin reads version {FormatVersion}.");
        using var reader = new BinaryReader(Zlib.Decompress(new MemoryStream(data, 4, data.Length - 4)));
        var series = new KpiSeries[reader.ReadInt32()];
        for (int i = 0; i < series.Length; i++)
        {
            var entity = reader.ReadString();
            var kind = reader.ReadString();
            var names = new string[reader.ReadInt32()];
            for (int k = 0; k < names.Length; k++) names[k] = reader.ReadString();
            int days = reader.ReadInt32();
            var values = new double[reader.ReadInt32()];
            reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
            series[i] = new KpiSeries(entity, kind, names, days, values, KpiEventLogIO.Read(reader));
        }
        return series;
    }
}
