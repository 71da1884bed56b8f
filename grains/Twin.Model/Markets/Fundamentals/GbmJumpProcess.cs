using MathNet.Numerics.Distributions;
using Twin.Model.Randomness;
using Twin.Model.Scenarios;

namespace Twin.Model.Markets.Fundamentals;

/// <summary>
/// Merton's jump diffusion in daily steps: ln F moves by m + σZ + (sum of N jumps J), N ~ Poisson(λ),
/// J ~ N(μJ, σJ), with m = ln(1 + g)/365 - σ²/2 - λ(e^(μJ + σJ²/2) - 1), so that the expected price
/// grows by g a year whatever the jumps. Oil, gas and metals.
/// </summary>
public sealed class GbmJumpProcess : FundamentalProcess
{
    private double _drift;
    private double _sigma;
    private double _jumpsPerDay;
    private double _jumpMean;
    private double _jumpStdDev;
    private double _shock;

    public GbmJumpProcess(MarketSpec market, StreamRandom diffusion, StreamRandom jumps) : base(diffusion, jumps)
    {
        Level = Math.Log(market.Fundamental.Start);
        Rebind(market);
    }

    public override double Value => Math.Exp(Level) * (1 + _shock);

    public override void Advance()
    {
        double z = Normal.Sample(Diffusion, 0, 1);
        Level += _drift + _sigma * z + JumpSum(_jumpsPerDay, _jumpMean, _jumpStdDev);
    }

    public override void Assimilate(double observedPrice, double weight)
    {
        if (observedPrice <= 0) return;
        double target = Math.Log(observedPrice / (1 + _shock));
        Level += weight * (target - Level);
    }

    public override void Rebind(MarketSpec market)
    {
        var f = market.Fundamental;
        _sigma = f.DailyVolatility;
        _jumpsPerDay = f.JumpsPerYear / 365.0;
        _jumpMean = f.JumpMean;
        _jumpStdDev = f.JumpStdDev;
        double compensation = _jumpsPerDay * (Math.Exp(_jumpMean + _jumpStdDev * _jumpStdDev / 2) - 1);
        _drift = Math.Log(1 + f.DriftPerYear) / 365.0 - _sigma * _sigma / 2 - compensation;
        _shock = f.Shock;
    }
}
