using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Twin.Contracts.Kernel;
using Twin.Model.Kernel;

namespace Twin.Grains.Kernel;

/// <summary>
/// Drives one run through bulk-synchronous supersteps: each tick steps every partition and waits
/// for all of them (the barrier), then routes the messages sent on day t to their receivers'
/// partitions for day t + 1. The clock advances in slices on a grain timer, never inside one long
/// call, so status queries are answered between slices.
/// </summary>
public sealed class RunGrain(ScenarioCache scenarios, ILogger<RunGrain> logger) : Grain, IRunGrain
{
    private static readonly TimeSpan SliceBudget = TimeSpan.FromMilliseconds(100);
    private readonly Stopwatch _elapsed = new();
    private readonly Stopwatch _stepping = new();
    private RunRequest? _request;
    private RunState _state = RunState.Created;
    private string? _error;
    private int _day;
    private RunPlan? _plan;
    private IPartitionGrain[] _partitions = [];
    private Message[][][] _incoming = [];
    private IGrainTimer? _timer;
    private RunResults? _results;

    private string RunId => this.GetPrimaryKeyString();

    public Task<RunStatus> Start(RunRequest request)
    {
        if (_request is not null)
        {
            if (!SameRun(_request, request))
                throw new ArgumentException($"Run '{RunId}' already exists for another scenario, seed or horizon.");
            return Task.FromResult(Status());
        }
        if (request.Days <= 0)
            throw new ArgumentException($"A run needs at least one day, got {request.Days}.");
        _request = request;
        _state = RunState.Running;
        _elapsed.Start();
        _timer = this.RegisterGrainTimer(Advance, new GrainTimerCreationOptions(TimeSpan.Zero, TimeSpan.FromMilliseconds(1)) { KeepAlive = true });
        logger.LogInformation("Run {RunId} started: {Days} days, seed {Seed}, replication {Replication}", RunId, request.Days, request.Seed, request.Replication);
        return Task.FromResult(Status());
    }

    public Task<RunStatus> GetStatus() => Task.FromResult(Status());

    public Task<RunResults> GetResults() =>
        _results is not null
            ? Task.FromResult(_results)
            : throw new InvalidOperationException($"Run '{RunId}' has no results: it is {_state.ToString().ToLowerInvariant()}.");

    public async Task<RunStatus> Cancel()
    {
        if (!_state.IsFinished())
        {
            _state = RunState.Cancelled;
            await Stop();
            logger.LogInformation("Run {RunId} cancelled at day {Day}", RunId, _day);
        }
        return Status();
    }

    /// <summary>One slice: as many ticks as fit in the budget, then yield to other calls.</summary>
    private async Task Advance(CancellationToken cancellation)
    {
        if (_state != RunState.Running || _request is null) return;
        try
        {
            if (_plan is null) await Prepare(_request);
            var slice = Stopwatch.StartNew();
            _stepping.Start();
            while (_state == RunState.Running && _day < _request.Days && slice.Elapsed < SliceBudget && !cancellation.IsCancellationRequested)
                await StepDay();
            _stepping.Stop();
            if (_state == RunState.Running && _day == _request.Days)
                await Complete();
        }
        catch (Exception e)
        {
            _state = RunState.Failed;
            _error = e.Message;
            logger.LogError(e, "Run {RunId} failed at day {Day}", RunId, _day);
            await Stop();
        }
    }

    private async Task Prepare(RunRequest request)
    {
        var parsed = scenarios.Get(request.ScenarioHash, request.ScenarioJson);
        _plan = new RunPlan(parsed.Directory, request.EntitiesPerPartition);
        _partitions = Enumerable.Range(0, _plan.Count)
            .Select(p => GrainFactory.GetGrain<IPartitionGrain>(RunPlan.PartitionKey(RunId, p)))
            .ToArray();
        _incoming = Enumerable.Repeat(Array.Empty<Message[]>(), _plan.Count).ToArray();
        await Task.WhenAll(_partitions.Select((partition, p) => partition.Initialize(_plan.SetupOf(RunId, request, p))));
    }

    private async Task StepDay()
    {
        var calls = new Task<PartitionStepResult>[_partitions.Length];
        for (int p = 0; p < _partitions.Length; p++)
            calls[p] = _partitions[p].Step(new PartitionStep(_day, _incoming[p]));
        await Task.WhenAll(calls);

        // Forward each partition's batches unopened: the receivers sort messages into inboxes.
        var next = new Message[_partitions.Length][][];
        for (int target = 0; target < next.Length; target++)
            next[target] = calls.Select(c => c.Result.OutgoingByPartition[target]).Where(batch => batch.Length > 0).ToArray();
        _incoming = next;
        _day++;
    }

    private async Task Complete()
    {
        var series = await Task.WhenAll(_partitions.Select(p => p.CollectKpis()));
        var all = series.SelectMany(s => s).OrderBy(s => s.EntityId, StringComparer.Ordinal).ToArray();
        _results = new RunResults(RunId, _request!.ScenarioHash, _request.Seed, _request.Replication, _request.Days, all);
        _state = RunState.Completed;
        await Stop();
        logger.LogInformation("Run {RunId} completed {Days} days in {Seconds:F2} s", RunId, _day, _elapsed.Elapsed.TotalSeconds);
    }

    private async Task Stop()
    {
        _elapsed.Stop();
        _timer?.Dispose();
        _timer = null;
        await Task.WhenAll(_partitions.Select(p => p.Release()));
    }

    private RunStatus Status() =>
        new(RunId, _state, _day, _request?.Days ?? 0, _error, _elapsed.Elapsed.TotalSeconds, _stepping.Elapsed.TotalSeconds);

    private static bool SameRun(RunRequest a, RunRequest b) =>
        a.ScenarioHash == b.ScenarioHash && a.Seed == b.Seed && a.Replication == b.Replication && a.Days == b.Days;
}
