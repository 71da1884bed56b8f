namespace Twin.Model.Randomness;

/// <summary>Writes and reads a random stream's state in checkpoints.</summary>
public static class StreamStateIO
{
    public static void Write(this BinaryWriter writer, StreamState state)
    {
        writer.Write(state.S0);
        writer.Write(state.S1);
        writer.Write(state.S2);
        writer.Write(state.S3);
    }

    /// <summary>A saved stream state; through a <see cref="RekeyingReader"/> (a fork's replication), moved to that replication's stream.</summary>
    public static StreamState ReadStreamState(this BinaryReader reader)
    {
        var saved = new StreamState(reader.ReadUInt64(), reader.ReadUInt64(), reader.ReadUInt64(), reader.ReadUInt64());
        return reader is RekeyingReader rekeying ? StreamRekey.Apply(saved, rekeying.Key) : saved;
    }
}
