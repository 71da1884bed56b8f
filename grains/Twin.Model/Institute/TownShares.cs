namespace Twin.Model.Institute;

/// <summary>Towns (by entity index) with weights, to split alumni or tour participants between them.</summary>
public sealed class TownShares(int[] towns, double[] weights)
{
    public static readonly TownShares None = new([], []);

    public int Count => towns.Length;

    public int Town(int i) => towns[i];

    /// <summary>Splits <paramref name="n"/> between the towns by their weights (multinomial) into <paramref name="result"/>.</summary>
    public void Split(System.Random random, int n, Span<int> result) => WeightedSplit.Multinomial(random, n, weights, result);
}
