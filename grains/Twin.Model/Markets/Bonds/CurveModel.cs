using MathNet.Numerics.Distributions;
using Twin.Model.Kernel;
using Twin.Model.Randomness;
using Twin.Model.Scenarios;

namespace Twin.Model.Markets.Bonds;

/// <summary>
/// A currency's risk-free curve: each Nelson–Siegel factor Xᵢ moves every day by κ(X̄ᵢ − Xᵢ) + σᵢZᵢ
/// around its start value X̄ᵢ (three normal draws a day from its `factors` stream, always three), and
/// the published level carries the lever's parallel shift. It sends the day's curve to the bonds of
/// its currency and to every investor; they price with it the next day.
/// </summary>
public sealed class CurveModel : IEntityModel
{
    private readonly string _id;
    private readonly StreamRandom _factors;
    private readonly int[] _receivers;
    private readonly double[] _x = new double[3];
    private CurveSpec _spec;

    public CurveModel(EntitySetup setup)
    {
        var scenario = setup.Scenario;
        _id = setup.Entity.Id;
        _spec = scenario.Curves.First(c => c.Id == _id);
        _factors = setup.Stream("factors");
        (_x[0], _x[1], _x[2]) = (_spec.Level, _spec.Slope, _spec.Curvature);
        _receivers = scenario.Bonds.Where(b => b.Currency == _spec.Currency).Select(b => b.Id)
            .Concat(scenario.Investors.Select(i => i.Id))
            .Select(setup.Directory.IndexOf).Order().ToArray();
    }

    public IReadOnlyList<string> KpiNames => CurveKpis.Names;

    /// <summary>The curve as published today.</summary>
    public NelsonSiegel Curve => new(_x[0] + _spec.ShockBp / 1e4, _x[1], _x[2], _spec.DecayYears);

    public void Rebind(Scenario scenario) => _spec = scenario.Curves.First(c => c.Id == _id);

    public void Step(in StepContext context, ReadOnlySpan<Message> inbox, Outbox outbox, Span<double> kpis)
    {
        if (context.Day > 0)
        {
            for (int i = 0; i < 3; i++)
            {
                var (mean, sigma) = i switch
                {
                    0 => (_spec.Level, _spec.LevelVolatility),
                    1 => (_spec.Slope, _spec.SlopeVolatility),
                    _ => (_spec.Curvature, _spec.CurvatureVolatility),
                };
                _x[i] += _spec.Reversion * (mean - _x[i]) + sigma * Normal.Sample(_factors, 0, 1);
            }
        }
        var curve = Curve;
        var quote = new CurveQuoteMessage(context.Day, curve.Level, curve.Slope, curve.Curvature);
        foreach (int to in _receivers) quote.Send(outbox, to);
        for (int m = 0; m < CurveKpis.Maturities.Length; m++) kpis[m] = curve.Zero(CurveKpis.Maturities[m]);
        kpis[CurveKpis.Level] = curve.Level;
        kpis[CurveKpis.Slope] = curve.Slope;
        kpis[CurveKpis.Curvature] = curve.Curvature;
        kpis[CurveKpis.ShockBp] = _spec.ShockBp;
    }

    public void WriteState(BinaryWriter writer)
    {
        writer.Write(_factors.State);
        foreach (double x in _x) writer.Write(x);
    }

    public void ReadState(BinaryReader reader)
    {
        _factors.Restore(reader.ReadStreamState());
        for (int i = 0; i < 3; i++) _x[i] = reader.ReadDouble();
    }
}
