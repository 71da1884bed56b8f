using MathNet.Numerics.Distributions;
using Twin.Model.Kernel;
using Twin.Model.Randomness;
using Twin.Model.Scenarios;

namespace Twin.Model.Logistics;

/// <summary>
/// Draws a vehicle's journey: a log-normal transit time around the route's mean, a hold while its
/// border crossing is closed, and a random delay at the crossing. Every departure draws the same
/// number of numbers, so the streams stay aligned between a baseline and its what-if.
/// </summary>
public sealed class TransitSampler(StreamRandom transit, StreamRandom border)
{
    public StreamRandom Transit => transit;

    public StreamRandom Border => border;

    /// <param name="crossAfterDays">Days from departure to the crossing.</param>
    /// <param name="closures">The crossing's closures, or null if the route has no crossing.</param>
    public void Plan(Vehicle v, int day, RouteSpec route, double crossAfterDays, BorderSpec? crossing, InterventionSchedule? closures)
    {
        double sigma = route.TransitSpread;
        double z = Normal.Sample(transit, 0, 1);
        double days = route.TransitDays * Math.Exp(sigma * z - sigma * sigma / 2);
        double u = border.NextDouble();
        double e = Exponential.Sample(border, 1);
        int travel = Math.Max(1, (int)Math.Round(days));
        v.DepartDay = day;
        if (crossing is null || closures is null)
        {
            v.ArriveDay = day + travel;
            return;
        }
        int reach = day + Math.Clamp((int)Math.Round(crossAfterDays), 0, travel);
        int delay = u < crossing.DelayProbability ? (int)Math.Round(e * crossing.DelayMeanDays) : 0;
        // It crosses on the first open day once it has reached the crossing and cleared any delay.
        int cross = reach + delay;
        while (closures.IsClosed(cross)) cross++;
        v.BorderWaitDays = cross - reach;
        v.CrossDay = cross;
        v.ArriveDay = day + travel + v.BorderWaitDays;
    }
}
