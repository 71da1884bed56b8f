using Twin.Model.Randomness;
using Twin.Model.Scenarios;

namespace Twin.Model.Towns;

public sealed partial class TownModel
{
    public void WriteState(BinaryWriter writer)
    {
        writer.Write(_population);
        writer.Write(_jobs);
        foreach (var v in _productivityIndex) writer.Write(v);
        foreach (var v in _demandIndex) writer.Write(v);
        writer.Write(_demand.State);
        writer.Write(_churn.State);
        writer.Write(_labour.State);
        writer.Write(_factory.Random.State);
        writer.Write(_count);
        for (int i = 0; i < _count; i++)
        {
            ref readonly var f = ref _firms[i];
            writer.Write((byte)f.Sector);
            writer.Write(f.Workers);
            writer.Write(f.TargetSize);
            writer.Write(f.RelativeProductivity);
            writer.Write(f.ExportBoost);
            writer.Write(f.Shock);
        }
        foreach (var p in _pressure) writer.Write(p);
        WriteExportState(writer);
        WriteInstituteState(writer);
        WriteInputState(writer);
        foreach (var v in _channelDemand) writer.Write(v);
    }

    public void ReadState(BinaryReader reader)
    {
        _population = reader.ReadDouble();
        _jobs = reader.ReadInt32();
        for (int s = 0; s < 4; s++) _productivityIndex[s] = reader.ReadDouble();
        for (int s = 0; s < 4; s++) _demandIndex[s] = reader.ReadDouble();
        _demand.Restore(reader.ReadStreamState());
        _churn.Restore(reader.ReadStreamState());
        _labour.Restore(reader.ReadStreamState());
        _factory.Random.Restore(reader.ReadStreamState());
        _count = reader.ReadInt32();
        _firms = new Firm[Math.Max(16, _count * 5 / 4)];
        for (int i = 0; i < _count; i++)
        {
            _firms[i] = new Firm
            {
                Sector = (Sector)reader.ReadByte(),
                Workers = reader.ReadInt32(),
                TargetSize = reader.ReadDouble(),
                RelativeProductivity = reader.ReadDouble(),
                ExportBoost = reader.ReadDouble(),
                Shock = reader.ReadDouble(),
            };
        }
        for (int s = 0; s < 4; s++) _pressure[s] = reader.ReadDouble();
        ReadExportState(reader);
        ReadInstituteState(reader);
        ReadInputState(reader);
        for (int s = 0; s < 4; s++) _channelDemand[s] = reader.ReadDouble();
    }
}
