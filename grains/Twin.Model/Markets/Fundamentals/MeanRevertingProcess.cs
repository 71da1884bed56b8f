using MathNet.Numerics.Distributions;
using Twin.Model.Randomness;
using Twin.Model.Scenarios;

namespace Twin.Model.Markets.Fundamentals;

/// <summary>
/// A mean-reverting level with spikes, in daily steps: X' = X + κ(θ - X) + σ|θ|Z + |θ|·(sum of N
/// jumps J), clamped to the market's floor and cap. Electricity: prices revert within days, spike
/// in tight hours, and the exchange's floor and cap bound them (the floor may be negative).
/// </summary>
public sealed class MeanRevertingProcess : FundamentalProcess
{
    private double _mean;
    private double _reversion;
    private double _sigma;
    private double _jumpsPerDay;
    private double _jumpMean;
    private double _jumpStdDev;
    private double _floor;
    private double _cap;
    private double _shock;

    public MeanRevertingProcess(MarketSpec market, StreamRandom diffusion, StreamRandom jumps) : base(diffusion, jumps)
    {
        Level = market.Fundamental.Start;
        Rebind(market);
    }

    public override double Value => Math.Clamp(Level * (1 + _shock), _floor, _cap);

    public override void Advance()
    {
        double scale = Math.Abs(_mean);
        double z = Normal.Sample(Diffusion, 0, 1);
        double next = Level + _reversion * (_mean - Level) + _sigma * scale * z + scale * JumpSum(_jumpsPerDay, _jumpMean, _jumpStdDev);
        Level = Math.Clamp(next, _floor, _cap);
    }

    public override void Assimilate(double observedPrice, double weight)
    {
        double target = (1 + _shock) == 0 ? observedPrice : observedPrice / (1 + _shock);
        Level = Math.Clamp(Level + weight * (target - Level), _floor, _cap);
    }

    public override void Rebind(MarketSpec market)
    {
        var f = market.Fundamental;
        _mean = f.Mean ?? f.Start;
        _reversion = f.Reversion;
        _sigma = f.DailyVolatility;
        _jumpsPerDay = f.JumpsPerYear / 365.0;
        _jumpMean = f.JumpMean;
        _jumpStdDev = f.JumpStdDev;
        _floor = market.PriceFloor ?? double.MinValue;
        _cap = market.PriceCap ?? double.MaxValue;
        _shock = f.Shock;
    }
}
