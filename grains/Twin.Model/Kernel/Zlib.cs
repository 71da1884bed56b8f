using System.IO.Compression;

namespace Twin.Model.Kernel;

/// <summary>
/// The one compression of the twin's binary blobs (checkpoints, stored results): zlib at the
/// fastest level, since they carry whole KPI histories and are written often, so size is write time.
/// Written through <see cref="ZlibChunkWriter"/>.
/// </summary>
internal static class Zlib
{
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

/// <summary>
/// Compresses onto the end of a stream what <see cref="Writer"/> writes, handing it to the
/// compressor a megabyte at a time: no uncompressed copy of the whole is held (a million
/// entities' results are most of a gigabyte raw). Dispose it to finish the compressed data. The
/// compressor is never flushed part-way: a flush marker near the end would let a truncated blob
/// read back without an error.
/// </summary>
internal sealed class ZlibChunkWriter : IDisposable
{
    private const int ChunkBytes = 1 << 20;
    private readonly MemoryStream _chunk = new();
    private readonly ZLibStream _zlib;

    public ZlibChunkWriter(Stream packed)
    {
        _zlib = new ZLibStream(packed, CompressionLevel.Fastest, leaveOpen: true);
        Writer = new BinaryWriter(_chunk, System.Text.Encoding.UTF8, leaveOpen: true);
    }

    public BinaryWriter Writer { get; }

    /// <summary>Hands what was written so far to the compressor once it fills a chunk.</summary>
    public void Drain(bool all = false)
    {
        if (!all && _chunk.Length < ChunkBytes) return;
        _zlib.Write(_chunk.GetBuffer(), 0, (int)_chunk.Length);
        _chunk.Position = 0;
        _chunk.SetLength(0);
    }

    public void Dispose()
    {
        Drain(all: true);
        _zlib.Dispose();
        Writer.Dispose();
        _chunk.Dispose();
    }
}
