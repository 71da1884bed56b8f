using System.IO.Compression;

namespace Twin.Model.Kernel;

/// <summary>
/// The stored form of a run's KPI series: a small versioned binary layout, compressed. Doubles
/// are written bit for bit, so a stored result reads back identical.
/// </summary>
public static class KpiSeriesCodec
{
    private const int FormatVersion = 1;

    public static byte[] Encode(IReadOnlyList<KpiSeries> series)
    {
        using var buffer = new MemoryStream();
        using (var compressed = new BrotliStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        using (var writer = new BinaryWriter(compressed))
        {
            writer.Write(FormatVersion);
            writer.Write(series.Count);
            foreach (var s in series)
            {
                writer.Write(s.EntityId);
                writer.Write(s.Kind);
                writer.Write(s.Names.Count);
                foreach (var name in s.Names) writer.Write(name);
                writer.Write(s.Days);
                writer.Write(s.Values.Length);
                foreach (var v in s.Values) writer.Write(v);
            }
        }
        return buffer.ToArray();
    }

    public static KpiSeries[] Decode(byte[] data)
    {
        using var reader = new BinaryReader(new BrotliStream(new MemoryStream(data), CompressionMode.Decompress));
        int version = reader.ReadInt32();
        if (version != FormatVersion)
            throw new InvalidDataException($"Stored results have format version {version}; this twin reads version {FormatVersion}.");
        var series = new KpiSeries[reader.ReadInt32()];
        for (int i = 0; i < series.Length; i++)
        {
            var entity = reader.ReadString();
            var kind = reader.ReadString();
            var names = new string[reader.ReadInt32()];
            for (int k = 0; k < names.Length; k++) names[k] = reader.ReadString();
            int days = reader.ReadInt32();
            var values = new double[reader.ReadInt32()];
            for (int v = 0; v < values.Length; v++) values[v] = reader.ReadDouble();
            series[i] = new KpiSeries(entity, kind, names, days, values);
        }
        return series;
    }
}
