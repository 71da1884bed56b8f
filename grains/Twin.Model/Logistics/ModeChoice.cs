using Twin.Model.Scenarios;

namespace Twin.Model.Logistics;

/// <summary>
/// The multinomial logit of route choice (docs/model.md, "Mode choice"):
/// U = ASC(mode) − λ·[cost + v·τ·(transit + ω·wait)] + β·onTime, P = exp(U) / Σ exp(U).
/// </summary>
public static class ModeChoice
{
    /// <summary>One alternative's utility.</summary>
    /// <param name="costPerTonne">Freight, CNY per tonne of this cargo.</param>
    /// <param name="valuePerTonne">Value of the cargo, CNY per tonne.</param>
    /// <param name="timeValuePerDay">Share of the value a day on the way costs the shipper.</param>
    public static double Utility(ModeChoiceSpec p, TransportMode mode, double costPerTonne, double transitDays, double waitDays,
        double onTimeShare, double valuePerTonne, double timeValuePerDay)
    {
        double timeCost = valuePerTonne * timeValuePerDay * (transitDays + p.WaitWeight * waitDays);
        return p.ModeConstants[mode] - p.CostSensitivity * (costPerTonne + timeCost) + p.ReliabilityWeight * onTimeShare;
    }

    /// <summary>Turns utilities into probabilities (in place); shares below <paramref name="minShare"/> drop out and the rest is renormalised.</summary>
    public static void Probabilities(Span<double> utilitiesToProbabilities, double minShare)
    {
        var p = utilitiesToProbabilities;
        if (p.Length == 0) return;
        double max = double.NegativeInfinity;
        foreach (var u in p) max = Math.Max(max, u);
        double sum = 0;
        for (int i = 0; i < p.Length; i++) sum += p[i] = Math.Exp(p[i] - max);
        double kept = 0;
        for (int i = 0; i < p.Length; i++)
        {
            p[i] /= sum;
            // The best alternative always stays, so something is always chosen.
            if (p[i] < minShare && p[i] < 1) p[i] = 0;
            kept += p[i];
        }
        if (kept <= 0)
        {
            for (int i = 0; i < p.Length; i++) p[i] = 1.0 / p.Length;
            return;
        }
        for (int i = 0; i < p.Length; i++) p[i] /= kept;
    }
}
