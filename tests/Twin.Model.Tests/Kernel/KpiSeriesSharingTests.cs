using Twin.Model.Kernel;

namespace Twin.Model.Tests.Kernel;

/// <summary>
/// A run's finished series share their recorder's arrays instead of copying them; what a caller
/// was given must still never change afterwards.
/// </summary>
public class KpiSeriesSharingTests
{
    [Fact]
    public void A_series_taken_at_the_end_is_not_changed_by_a_later_observation_or_step()
    {
        var recorder = new KpiRecorder(["a", "b"], expectedDays: 2);
        for (int day = 0; day < 2; day++)
        {
            var row = recorder.Row(day);
            row[0] = day + 1;
            row[1] = 10 * (day + 1);
        }
        var taken = recorder.ToSeries("e", "synthetic");
        double[] before = [.. taken.Values];

        Assert.Equal(1.0, recorder.Override(0, 0, 99));
        recorder.Row(2)[1] = 5;

        Assert.Equal(before, taken.Values);
        Assert.Equal(99, recorder.ToSeries("e", "synthetic").Get(0, 0));
        Assert.Equal(3, recorder.Days);
    }

    [Fact]
    public void Encoded_results_larger_than_a_chunk_decode_to_the_same_series_and_a_truncated_blob_fails()
    {
        // About 3 MB before compression: several chunks go through the compressor.
        var random = new Randomness.StreamRandom(7);
        string[] names = ["received", "digest", "sent"];
        var series = Enumerable.Range(0, 2000)
            .Select(i => new KpiSeries($"synthetic-{i:D6}", "synthetic", names, 60,
                Enumerable.Range(0, 180).Select(_ => random.NextDouble()).ToArray(),
                i % 7 == 0 ? new KpiEventLog([3], [1], [random.NextDouble()], [1.0]) : null))
            .ToArray();

        var payload = KpiSeriesCodec.Encode(series);
        var decoded = KpiSeriesCodec.Decode(payload);

        Assert.Equal(series.Length, decoded.Length);
        for (int i = 0; i < series.Length; i++)
        {
            Assert.Equal(series[i].EntityId, decoded[i].EntityId);
            Assert.Equal(series[i].Names, decoded[i].Names);
            Assert.True(series[i].Values.AsSpan().SequenceEqual(decoded[i].Values));
            Assert.Equal(series[i].EventLog.Values, decoded[i].EventLog.Values);
        }
        // The compressed stream ends only where it was finished: a blob cut short cannot pass for whole.
        Assert.ThrowsAny<Exception>(() => KpiSeriesCodec.Decode(payload[..^7]));
    }
}
