namespace Twin.Model.Markets.Bonds;

public sealed partial class BondModel
{
    public void WriteState(BinaryWriter writer)
    {
        writer.Write((int)_status);
        writer.Write(_close);
        writer.Write(_outstandingLots);
        writer.Write(_defaultDay);
        writer.Write(_curve.Level);
        writer.Write(_curve.Slope);
        writer.Write(_curve.Curvature);
        _arrivals.WriteState(writer);
        _issuerClock.WriteState(writer);
        _book.WriteState(writer);
        writer.Write(_suspended.Count);
        foreach (int investor in _suspended) writer.Write(investor);
    }

    public void ReadState(BinaryReader reader)
    {
        _status = (BondStatus)reader.ReadInt32();
        _close = reader.ReadDouble();
        _outstandingLots = reader.ReadInt64();
        _defaultDay = reader.ReadInt32();
        _curve = new NelsonSiegel(reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble(), _curveSpec.DecayYears);
        _arrivals.ReadState(reader);
        _issuerClock.ReadState(reader);
        _book.ReadState(reader);
        _suspended.Clear();
        int count = reader.ReadInt32();
        for (int i = 0; i < count; i++) _suspended.Add(reader.ReadInt32());
    }
}
