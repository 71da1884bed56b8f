namespace Twin.Model.Studies;

/// <summary>
/// Latin hypercube samples: each axis's range is cut into N equal strata and every stratum is
/// used exactly once per axis, with the strata of different axes paired at random. N samples then
/// cover each parameter's whole range, which plain random sampling does not guarantee.
/// </summary>
public static class LatinHypercube
{
    /// <summary>N points in the unit cube of the given dimension, as <c>points[sample][axis]</c> in [0, 1).</summary>
    public static double[][] UnitSamples(int samples, int dimensions, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 1);
        var points = new double[samples][];
        for (int i = 0; i < samples; i++) points[i] = new double[dimensions];
        for (int axis = 0; axis < dimensions; axis++)
        {
            var strata = Enumerable.Range(0, samples).ToArray();
            random.Shuffle(strata);
            for (int i = 0; i < samples; i++)
                points[i][axis] = (strata[i] + random.NextDouble()) / samples;
        }
        return points;
    }
}
