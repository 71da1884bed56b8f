using Twin.Model.Kernel;

namespace Twin.Model.Markets.Bonds;

/// <summary>A currency's curve of the day (curve to its bonds and to the investors). Slots: I0 day; D0 level (shock included), D1 slope, D2 curvature.</summary>
public readonly record struct CurveQuoteMessage(int Day, double Level, double Slope, double Curvature)
{
    public void Send(Outbox outbox, int to) => outbox.Send(to, MessageKind.CurveQuote, i0: Day, d0: Level, d1: Slope, d2: Curvature);

    public static CurveQuoteMessage From(in Message m) => new(m.I0, m.D0, m.D1, m.D2);

    public NelsonSiegel Curve(double decayYears) => new(Level, Slope, Curvature, decayYears);
}
