using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;

namespace Twin.Model.Randomness;

/// <summary>
/// Replications of a fork: every run starts from the same saved state, so each restored random
/// stream is moved to a new one derived from its saved words and a key such as (fork id,
/// replication). Replications with different keys then draw independently after the fork, while
/// the baseline and the what-if of one replication share the key, hence their streams (common random numbers).
/// </summary>
public static class StreamRekey
{
    public static StreamState Apply(StreamState saved, string key)
    {
        var bytes = Encoding.UTF8.GetBytes(key);
        var buffer = new byte[bytes.Length + 32];
        bytes.CopyTo(buffer, 0);
        BinaryPrimitives.WriteUInt64LittleEndian(buffer.AsSpan(bytes.Length), saved.S0);
        BinaryPrimitives.WriteUInt64LittleEndian(buffer.AsSpan(bytes.Length + 8), saved.S1);
        BinaryPrimitives.WriteUInt64LittleEndian(buffer.AsSpan(bytes.Length + 16), saved.S2);
        BinaryPrimitives.WriteUInt64LittleEndian(buffer.AsSpan(bytes.Length + 24), saved.S3);
        return new StreamRandom(XxHash64.HashToUInt64(buffer)).State;
    }
}

/// <summary>A reader of saved entity state that re-keys every random stream it reads (see <see cref="StreamRekey"/>).</summary>
public sealed class RekeyingReader(Stream input, string key) : BinaryReader(input, Encoding.UTF8)
{
    public string Key => key;
}
