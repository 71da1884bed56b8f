using System.Diagnostics;
using Twin.Client.Runs;
using Twin.Contracts.Entities;
using Twin.Contracts.Kernel;
using Twin.Model.Kernel;
using Twin.Model.Markets.Book;
using Twin.Model.Markets.Messages;

namespace Twin.Cli.Bench;

/// <summary>
/// The order book benchmark's flow through a market grain on an embedded silo: the operations go
/// in as order messages, <paramref name="batch"/> to a step call (one trading day), and the grain
/// runs its whole day each call (auction, continuous matching, fills, trade reports, market data,
/// KPIs). New orders are GTC so the book carries over from call to call as in the one-book run.
/// Then single-order calls give the latency of one order through the grain.
/// </summary>
public sealed class MarketGrainBench(IGrainFactory grains, int operations, int batch, int singleCalls, int warmupSeconds, TextWriter log)
{
    public async Task<GrainBenchFigures> RunAsync()
    {
        var ops = BookFlow.Generate(operations, seed: 20240628);
        log.WriteLine($"warming up the market grain for {warmupSeconds} s...");
        var warmup = Stopwatch.StartNew();
        do await Drive(ops.AsMemory(0, Math.Min(ops.Length, 50_000)), batch, null);
        while (warmup.Elapsed.TotalSeconds < warmupSeconds);

        log.WriteLine($"measuring {ops.Length:N0} operations through a market grain, {batch:N0} a call...");
        var batchLatencies = new long[(ops.Length + batch - 1) / batch];
        var clock = Stopwatch.StartNew();
        await Drive(ops, batch, batchLatencies);
        double seconds = clock.Elapsed.TotalSeconds;

        int calls = Math.Min(singleCalls, ops.Length);
        log.WriteLine($"... and {calls:N0} calls of one order each");
        var singleLatencies = new long[calls];
        await Drive(ops.AsMemory(0, calls), 1, singleLatencies);
        return new GrainBenchFigures(ops.Length, batch, ops.Length / seconds, LatencyStats.From(batchLatencies), calls, LatencyStats.From(singleLatencies));
    }

    /// <summary>Sends the flow to a fresh market grain in calls of <paramref name="size"/> operations; times each call if asked.</summary>
    private async Task Drive(ReadOnlyMemory<BookFlowOp> ops, int size, long[]? latencies)
    {
        int calls = (ops.Length + size - 1) / size;
        var scenario = BenchPlatform.Create(Math.Max(1, calls));
        var document = ScenarioDocument.From(scenario);
        var directory = EntityCatalog.DirectoryOf(scenario);
        int market = directory.IndexOf(BenchPlatform.Market), member = directory.IndexOf(BenchPlatform.Member);
        var runId = $"bench-orderbook-{Guid.NewGuid():N}";
        var grain = EntityGrainTypes.Get(grains, runId, BenchPlatform.Market, directory[market].Kind);
        await grain.Initialize(new EntityInit(runId, BenchPlatform.Market, new RunRequest(document.CanonicalJson, document.Hash, 1, 0, calls)));
        // Messages are built before the clock starts: the grain's work is measured, not the encoding.
        var inboxes = new Message[calls][];
        var outbox = new Outbox();
        for (int c = 0; c < calls; c++)
        {
            outbox.Begin(member);
            foreach (var op in ops.Span.Slice(c * size, Math.Min(size, ops.Length - c * size))) Encode(op, outbox, market);
            inboxes[c] = outbox.ToArray();
        }
        for (int c = 0; c < calls; c++)
        {
            long start = Stopwatch.GetTimestamp();
            await grain.Step(new EntityStep(c, inboxes[c]));
            if (latencies is not null) latencies[c] = Stopwatch.GetTimestamp() - start;
        }
        await grain.Release();
    }

    private static void Encode(in BookFlowOp op, Outbox outbox, int market)
    {
        var side = op.Buy ? Side.Buy : Side.Sell;
        switch (op.Kind)
        {
            case BookFlowKind.Place:
                new NewOrderMessage(op.OrderId, side, OrderType.Limit, TimeInForce.Gtc, false, op.Lots, op.Price).Send(outbox, market);
                break;
            case BookFlowKind.Cancel:
                new CancelOrderMessage(op.OrderId).Send(outbox, market);
                break;
            case BookFlowKind.Amend:
                new AmendOrderMessage(op.OrderId, op.Lots, op.Price).Send(outbox, market);
                break;
            case BookFlowKind.Take:
                new NewOrderMessage(op.OrderId, side, OrderType.Limit, TimeInForce.Ioc, false, op.Lots, op.Price).Send(outbox, market);
                break;
        }
    }
}

/// <summary>What the market grain part of `twin bench orderbook` measured.</summary>
/// <param name="BatchCall">Latency of one step call carrying <paramref name="Batch"/> operations.</param>
/// <param name="SingleCall">Latency of one step call carrying one operation (a whole grain round trip).</param>
public sealed record GrainBenchFigures(long Operations, int Batch, double OperationsPerSecond, LatencyStats BatchCall, int SingleCalls, LatencyStats SingleCall);
