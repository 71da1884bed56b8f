using System.IO.Compression;

namespace Twin.Model.Kernel;

/// <summary>
/// The one compression of the twin's binary blobs (checkpoints, stored results): zlib at the
/// fastest level, since they carry whole KPI histories and are written often, so size is write time.
/// </summary>
internal static class Zlib
{
    /// <summary>Compresses what <paramref name="raw"/> holds onto the end of <paramref name="packed"/>.</summary>
    public static void Compress(MemoryStream raw, Stream packed)
    {
        using var zlib = new ZLibStream(packed, CompressionLevel.Fastest, leaveOpen: true);
        zlib.Write(raw.GetBuffer(), 0, (int)raw.Length);
    }

    /// <summary>
    /// A stream that compresses what is written to it onto the end of <paramref name="packed"/>,
    /// buffered so that small writes do not each reach the compressor. Writing through it holds no
    /// uncompressed copy of the whole: a million entities' results are most of a gigabyte raw.
    /// Dispose it to finish the compressed data.
    /// </summary>
    public static Stream Compressing(Stream packed) =>
        new BufferedStream(new ZLibStream(packed, CompressionLevel.Fastest, leaveOpen: true), 1 << 16);

    /// <summary>The uncompressed bytes of <paramref name="packed"/>, ready to read from the start.</summary>
    public static MemoryStream Decompress(Stream packed)
    {
        var raw = new MemoryStream();
        using (var zlib = new ZLibStream(packed, CompressionMode.Decompress))
            zlib.CopyTo(raw);
        raw.Position = 0;
        return raw;
    }
}
