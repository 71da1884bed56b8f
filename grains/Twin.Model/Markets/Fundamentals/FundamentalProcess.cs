using Twin.Model.Randomness;
using Twin.Model.Scenarios;

namespace Twin.Model.Markets.Fundamentals;

/// <summary>
/// A commodity's fundamental price, one value a day. Diffusion and jumps draw from separate streams,
/// so a what-if that changes the jumps leaves the diffusion draws of the baseline untouched.
/// </summary>
public abstract class FundamentalProcess(StreamRandom diffusion, StreamRandom jumps)
{
    protected StreamRandom Diffusion => diffusion;

    protected StreamRandom Jumps => jumps;

    /// <summary>The process's one state variable (the log price of a GBM, the level of a mean-reverting process).</summary>
    protected double Level { get; set; }

    /// <summary>Today's fundamental, shock included.</summary>
    public abstract double Value { get; }

    /// <summary>Moves the process on by one day.</summary>
    public abstract void Advance();

    /// <summary>
    /// Pulls the process towards an observed price (the live twin's data assimilation): the state
    /// moves <paramref name="weight"/> of the way to the level that would give that price today.
    /// </summary>
    public abstract void Assimilate(double observedPrice, double weight);

    /// <summary>Takes up changed parameters (an intervention's shock, volatility...); the level carries on.</summary>
    public abstract void Rebind(MarketSpec market);

    public void WriteState(BinaryWriter writer)
    {
        writer.Write(diffusion.State);
        writer.Write(jumps.State);
        writer.Write(Level);
    }

    public void ReadState(BinaryReader reader)
    {
        diffusion.Restore(reader.ReadStreamState());
        jumps.Restore(reader.ReadStreamState());
        Level = reader.ReadDouble();
    }

    public static FundamentalProcess Create(MarketSpec market, StreamRandom diffusion, StreamRandom jumps) =>
        market.Fundamental.Process switch
        {
            FundamentalProcessKind.GbmJumps => new GbmJumpProcess(market, diffusion, jumps),
            FundamentalProcessKind.MeanReverting => new MeanRevertingProcess(market, diffusion, jumps),
            _ => throw new ArgumentOutOfRangeException(nameof(market), market.Fundamental.Process, null),
        };

    /// <summary>The sum of today's jumps: a Poisson number of normal draws.</summary>
    protected double JumpSum(double perDay, double mean, double stdDev)
    {
        if (perDay <= 0) return 0;
        int count = MathNet.Numerics.Distributions.Poisson.Sample(Jumps, perDay);
        double sum = 0;
        for (int k = 0; k < count; k++)
            sum += stdDev > 0 ? MathNet.Numerics.Distributions.Normal.Sample(Jumps, mean, stdDev) : mean;
        return sum;
    }
}
