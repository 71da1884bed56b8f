using MathNet.Numerics.Distributions;

namespace Twin.Model.Institute;

/// <summary>Splits a whole number between weighted parts: a multinomial draw as a chain of binomials.</summary>
public static class WeightedSplit
{
    public static void Multinomial(System.Random random, int n, ReadOnlySpan<double> weights, Span<int> result)
    {
        result.Clear();
        double left = 0;
        foreach (var w in weights) left += w;
        for (int i = 0; i < weights.Length && n > 0 && left > 0; i++)
        {
            if (weights[i] <= 0) continue;
            int k = weights[i] >= left ? n : Binomial.Sample(random, weights[i] / left, n);
            result[i] = k;
            n -= k;
            left -= weights[i];
        }
    }

    /// <summary>Picks <paramref name="seats"/> of the applicants at random, without replacement (multivariate hypergeometric).</summary>
    public static void Select(System.Random random, ReadOnlySpan<int> applicants, int seats, Span<int> admitted)
    {
        int population = 0;
        foreach (var a in applicants) population += a;
        if (seats >= population)
        {
            applicants.CopyTo(admitted);
            return;
        }
        admitted.Clear();
        for (int c = 0; c < applicants.Length && seats > 0; c++)
        {
            if (applicants[c] == 0) continue;
            int k = applicants[c] == population ? seats : Hypergeometric.Sample(random, population, applicants[c], seats);
            admitted[c] = k;
            seats -= k;
            population -= applicants[c];
        }
    }
}
