using Twin.Model.Randomness;

namespace Twin.Model.Institute;

public sealed partial class ProgrammeModel
{
    public void WriteState(BinaryWriter writer)
    {
        writer.Write(_credit);
        writer.Write(_classes);
        writer.Write(_alumni);
        writer.Write(_pending.Length);
        foreach (var p in _pending) writer.Write(p);
        writer.Write(_cohorts.Count);
        foreach (var cohort in _cohorts)
        {
            writer.Write(cohort.Number);
            writer.Write(cohort.FirstDay);
            writer.Write(cohort.LastDay);
            writer.Write(cohort.Seats);
            foreach (var a in cohort.Active) writer.Write(a);
        }
        foreach (var stream in Streams()) writer.Write(stream.State);
    }

    public void ReadState(BinaryReader reader)
    {
        _credit = reader.ReadDouble();
        _classes = reader.ReadInt32();
        _alumni = reader.ReadInt64();
        int countries = reader.ReadInt32();
        if (countries != _pending.Length)
            throw new InvalidDataException($"Programme '{_id}' was saved with {countries} countries; this scenario has {_pending.Length}.");
        for (int c = 0; c < countries; c++) _pending[c] = reader.ReadInt32();
        _cohorts.Clear();
        int cohorts = reader.ReadInt32();
        for (int k = 0; k < cohorts; k++)
        {
            int number = reader.ReadInt32(), first = reader.ReadInt32(), last = reader.ReadInt32(), seats = reader.ReadInt32();
            var active = new int[countries];
            for (int c = 0; c < countries; c++) active[c] = reader.ReadInt32();
            _cohorts.Add(new Cohort(number, first, last, seats, active));
        }
        foreach (var stream in Streams()) stream.Restore(reader.ReadStreamState());
    }

    private StreamRandom[] Streams() => [_arrivals, _selection, _attrition, _outcomes, _placement];
}
