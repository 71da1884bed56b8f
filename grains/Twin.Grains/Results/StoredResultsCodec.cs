using Twin.Model.Kernel;

namespace Twin.Grains.Results;

/// <summary>Decodes a stored payload, naming the run when it cannot (a flipped byte, a truncated row).</summary>
public static class StoredResultsCodec
{
    public static KpiSeries[] Decode(string runId, byte[] payload)
    {
        try
        {
            return KpiSeriesCodec.Decode(payload);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IOException or ArgumentException or InvalidOperationException
                                      or IndexOutOfRangeException or OverflowException or OutOfMemoryException or FormatException)
        {
            throw new StoredResultsUnreadableException(runId, e.Message);
        }
    }
}
