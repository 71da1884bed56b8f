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

    public static StreamState ReadStreamState(this BinaryReader reader) =>
        new(reader.ReadUInt64(), reader.ReadUInt64(), reader.ReadUInt64(), reader.ReadUInt64());
}
