using MathNet.Numerics.Distributions;

namespace Twin.Model.Randomness;

/// <summary>
/// Fills the first n slots of a buffer with standard normal draws from MathNet's block sampler,
/// in fixed blocks of 64. The draws depend only on the stream and n, never on the buffer's
/// capacity, so a run restored from a checkpoint (with a buffer of another size) draws the same.
/// </summary>
public sealed class NormalBlocks
{
    private const int BlockSize = 64;
    private readonly double[] _block = new double[BlockSize];
    private readonly double[]?[] _tails = new double[BlockSize][];

    public void Fill(System.Random random, double[] target, int count)
    {
        int done = 0;
        while (count - done >= BlockSize)
        {
            Normal.Samples(random, _block, 0, 1);
            Array.Copy(_block, 0, target, done, BlockSize);
            done += BlockSize;
        }
        int rest = count - done;
        if (rest == 0) return;
        var tail = _tails[rest] ??= new double[rest];
        Normal.Samples(random, tail, 0, 1);
        Array.Copy(tail, 0, target, done, rest);
    }
}
