using Twin.Model.Expo;
using Twin.Model.Kernel;
using Twin.Model.Scenarios;
using Twin.Model.Towns;

namespace Twin.Model.Institute;

/// <summary>
/// The institute as a whole: it gathers its programmes' trainee flows by country, keeps each
/// country's stock of alumni at home (with attrition), and sends the towns the alumni effect on
/// their export demand from each country whenever it changes. docs/model.md has the equations.
/// </summary>
public sealed class InstituteModel : IEntityModel
{
    private readonly int[] _towns;
    private readonly int[] _expos;
    private readonly double[] _alumni;
    private readonly double[] _alumniOnDay0;
    private readonly double[] _sent;
    private readonly TraineeFlow[] _today;
    private readonly TraineeFlow[] _total;
    private AlumniEffectSpec _effect = null!;
    private double[] _exportShares = [];
    private double _dailyRetention;

    public InstituteModel(EntitySetup setup)
    {
        var countries = setup.Scenario.Countries;
        _towns = setup.Directory.IndexesOfKind(TownKind.Name);
        _expos = setup.Directory.IndexesOfKind(ExpoKind.Name);
        _alumniOnDay0 = countries.Select(c => c.Alumni).ToArray();
        _alumni = (double[])_alumniOnDay0.Clone();
        _sent = Enumerable.Repeat(1.0, countries.Count).ToArray();
        _today = new TraineeFlow[countries.Count];
        _total = new TraineeFlow[countries.Count];
        KpiNames = InstituteKpis.NamesFor(countries.Select(c => c.Id).ToArray());
        Rebind(setup.Scenario);
    }

    public IReadOnlyList<string> KpiNames { get; }

    public void Rebind(Scenario scenario)
    {
        _effect = scenario.Institute?.AlumniEffect ?? new AlumniEffectSpec();
        _dailyRetention = Math.Pow(1 - _effect.AttritionPerYear, 1 / 365.0);
        _exportShares = scenario.Countries.Select(c => c.ExportShare).ToArray();
    }

    public void Step(in StepContext context, ReadOnlySpan<Message> inbox, Outbox outbox, Span<double> kpis)
    {
        Array.Clear(_today);
        foreach (ref readonly var m in inbox)
        {
            if (m.Kind != MessageKind.TraineeFlow) continue;
            var (country, flow) = TraineeFlowCodec.Read(m);
            if (country >= 0 && country < _today.Length) _today[country].Add(flow);
        }

        int n = _today.Length, reached = 0;
        var day = new TraineeFlow();
        var total = new TraineeFlow();
        double alumniAbroad = 0, weights = 0, weighted = 0;
        for (int c = 0; c < n; c++)
        {
            ref readonly var flow = ref _today[c];
            _alumni[c] = _alumni[c] * _dailyRetention + flow.ReturnedHome;
            _total[c].Add(flow);
            day.Add(flow);
            total.Add(_total[c]);
            if (_total[c].Enrolled > 0) reached++;
            alumniAbroad += _alumni[c];
            UpdateMultiplier(c, outbox);
            weights += _exportShares[c];
            weighted += _exportShares[c] * _sent[c];

            kpis[Country(InstituteKpis.CountryApplicants, c)] = flow.Applicants;
            kpis[Country(InstituteKpis.CountryEnrolled, c)] = flow.Enrolled;
            kpis[Country(InstituteKpis.CountryActive, c)] = _total[c].Active;
            kpis[Country(InstituteKpis.CountryCompleted, c)] = flow.Completed;
            kpis[Country(InstituteKpis.CountryDroppedOut, c)] = flow.DroppedOut;
            kpis[Country(InstituteKpis.CountryAlumni, c)] = _alumni[c];
            kpis[Country(InstituteKpis.CountryTradeMultiplier, c)] = _sent[c];
        }
        kpis[InstituteKpis.Applicants] = day.Applicants;
        kpis[InstituteKpis.Enrolled] = day.Enrolled;
        kpis[InstituteKpis.DroppedOut] = day.DroppedOut;
        kpis[InstituteKpis.Completed] = day.Completed;
        kpis[InstituteKpis.Active] = total.Active;
        kpis[InstituteKpis.ReturnedHome] = day.ReturnedHome;
        kpis[InstituteKpis.Stayed] = day.Stayed;
        kpis[InstituteKpis.FirmsFounded] = day.FoundedFirms;
        kpis[InstituteKpis.AlumniAbroad] = alumniAbroad;
        kpis[InstituteKpis.AlumniInZone] = total.Stayed + total.FoundedFirms;
        kpis[InstituteKpis.CountriesWithTrainees] = reached;
        kpis[InstituteKpis.ExportDemandFactor] = weights > 0 ? weighted / weights : 1;
        // The day's new trainees are in the zone for their classes: some visit the expo centre.
        if (day.Enrolled > 0)
            foreach (int expo in _expos) ExpoVisitorsCodec.Send(outbox, expo, day.Enrolled);
    }

    private int Country(int block, int country) => InstituteKpis.ByCountry + block * _today.Length + country;

    /// <summary>Sends every town the country's multiplier when it moved by a step of the resolution.</summary>
    private void UpdateMultiplier(int country, Outbox outbox)
    {
        double m = AlumniEffect.Multiplier(_alumni[country], _alumniOnDay0[country], _effect);
        if (m == _sent[country]) return;
        foreach (var town in _towns) AlumniEffectCodec.Send(outbox, town, country, m);
        _sent[country] = m;
    }

    public void WriteState(BinaryWriter writer)
    {
        writer.Write(_today.Length);
        for (int c = 0; c < _today.Length; c++)
        {
            writer.Write(_alumni[c]);
            writer.Write(_sent[c]);
            ref readonly var t = ref _total[c];
            foreach (var v in new[] { t.Applicants, t.Enrolled, t.DroppedOut, t.Completed, t.ReturnedHome, t.Stayed, t.FoundedFirms })
                writer.Write(v);
        }
    }

    public void ReadState(BinaryReader reader)
    {
        int n = reader.ReadInt32();
        if (n != _today.Length)
            throw new InvalidDataException($"The institute was saved with {n} countries; this scenario has {_today.Length}.");
        for (int c = 0; c < n; c++)
        {
            _alumni[c] = reader.ReadDouble();
            _sent[c] = reader.ReadDouble();
            _total[c] = new TraineeFlow
            {
                Applicants = reader.ReadInt32(),
                Enrolled = reader.ReadInt32(),
                DroppedOut = reader.ReadInt32(),
                Completed = reader.ReadInt32(),
                ReturnedHome = reader.ReadInt32(),
                Stayed = reader.ReadInt32(),
                FoundedFirms = reader.ReadInt32(),
            };
        }
    }
}
