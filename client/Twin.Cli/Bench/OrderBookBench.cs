using System.Diagnostics;
using Twin.Model.Markets.Book;

namespace Twin.Cli.Bench;

/// <summary>
/// Measures the order book alone on the calling thread (one core): a pass for throughput with no
/// clock reads, then a pass that times every operation for latency percentiles. Each pass starts
/// from an empty book and replays the same pre-generated flow.
/// </summary>
public sealed class OrderBookBench(int operations, int warmupSeconds, TextWriter log)
{
    public BookBenchFigures Run()
    {
        var ops = BookFlow.Generate(operations, seed: 20240628);
        log.WriteLine($"warming up the book for {warmupSeconds} s...");
        var warmup = Stopwatch.StartNew();
        do Replay(ops.AsSpan(0, Math.Min(ops.Length, 200_000)), new LimitOrderBook(capacity: 1 << 16), null);
        while (warmup.Elapsed.TotalSeconds < warmupSeconds);

        log.WriteLine($"measuring {ops.Length:N0} operations on one book...");
        var book = new LimitOrderBook(capacity: 1 << 16);
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        Replay(ops, book, null);
        double seconds = clock.Elapsed.TotalSeconds;
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

        log.WriteLine("... and again, timing each operation");
        var latencies = new long[ops.Length];
        Replay(ops, new LimitOrderBook(capacity: 1 << 16), latencies);
        var byKind = Enum.GetValues<BookFlowKind>().ToDictionary(k => k, k => Collect(ops, latencies, k));

        var c = book.Counters;
        return new BookBenchFigures(
            ops.Length, ops.Length / seconds, c.Trades, c.TradedLots, book.OrderCount, allocated,
            LatencyStats.From(latencies), byKind[BookFlowKind.Place], byKind[BookFlowKind.Cancel],
            byKind[BookFlowKind.Amend], byKind[BookFlowKind.Take],
            ops.Count(o => o.Kind == BookFlowKind.Place), ops.Count(o => o.Kind == BookFlowKind.Cancel),
            ops.Count(o => o.Kind == BookFlowKind.Amend), ops.Count(o => o.Kind == BookFlowKind.Take));
    }

    /// <summary>Applies the flow; with <paramref name="latencies"/>, stores each operation's duration in Stopwatch ticks.</summary>
    private static void Replay(ReadOnlySpan<BookFlowOp> ops, LimitOrderBook book, long[]? latencies)
    {
        for (int i = 0; i < ops.Length; i++)
        {
            long start = latencies is null ? 0 : Stopwatch.GetTimestamp();
            BookFlow.Apply(book, ops[i]);
            book.ClearTrades();
            if (latencies is not null) latencies[i] = Stopwatch.GetTimestamp() - start;
        }
    }

    private static LatencyStats Collect(BookFlowOp[] ops, long[] latencies, BookFlowKind kind)
    {
        var samples = new List<long>();
        for (int i = 0; i < ops.Length; i++)
            if (ops[i].Kind == kind) samples.Add(latencies[i]);
        return LatencyStats.From(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(samples));
    }
}

/// <summary>What the order book benchmark measured on one core.</summary>
public sealed record BookBenchFigures(
    long Operations,
    double OperationsPerSecond,
    long Trades,
    long TradedLots,
    int RestingAtEnd,
    long AllocatedBytes,
    LatencyStats All,
    LatencyStats Place,
    LatencyStats Cancel,
    LatencyStats Amend,
    LatencyStats Take,
    long Places,
    long Cancels,
    long Amends,
    long Takes);
