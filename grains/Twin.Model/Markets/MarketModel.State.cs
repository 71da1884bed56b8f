namespace Twin.Model.Markets;

public sealed partial class MarketModel
{
    public void WriteState(BinaryWriter writer)
    {
        writer.Write(_close);
        _fundamental.WriteState(writer);
        _arrivals.WriteState(writer);
        _statistics.WriteState(writer);
        _convergence.WriteState(writer);
        _book.WriteState(writer);
        writer.Write(_suspended.Count);
        foreach (int participant in _suspended) writer.Write(participant);
        WritePositions(writer);
    }

    public void ReadState(BinaryReader reader)
    {
        _close = reader.ReadDouble();
        _fundamental.ReadState(reader);
        _arrivals.ReadState(reader);
        _statistics.ReadState(reader);
        _convergence.ReadState(reader);
        _book.ReadState(reader);
        _suspended.Clear();
        int count = reader.ReadInt32();
        for (int i = 0; i < count; i++) _suspended.Add(reader.ReadInt32());
        ReadPositions(reader);
    }
}
