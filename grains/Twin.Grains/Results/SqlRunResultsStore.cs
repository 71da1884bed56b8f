using System.Data.Common;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Twin.Contracts.Kernel;
using Twin.Model.Kernel;
using Twin.Storage.Configuration;
using Twin.Storage.Resilience;
using Twin.Storage.Schema;

namespace Twin.Grains.Results;

/// <summary>
/// The results store in the twin's database (SQLite embedded, PostgreSQL deployed): one row per
/// finished run, its KPI series compressed. Written once per run id; a second write of the same
/// run (two silos finishing the same run after a failover) keeps the first. Every call waits out a
/// database outage for the configured window.
/// </summary>
public sealed class SqlRunResultsStore(StorageSettings settings, IOptions<ClusterOptions> cluster, ILogger<SqlRunResultsStore> logger) : IRunResultsStore
{
    private const string Insert = """
        insert into twin_run_results (service_id, run_id, scenario_hash, seed, replication, days, payload)
        values (@service, @run, @hash, @seed, @replication, @days, @payload)
        on conflict (service_id, run_id) do nothing
        """;

    private const string Select = """
        select scenario_hash, seed, replication, days, payload from twin_run_results
        where service_id = @service and run_id = @run
        """;

    private const string Delete = "delete from twin_run_results where service_id = @service and run_id = @run";

    private readonly OutagePolicy _outage = new(settings.OutageWindow, logger);

    public Task SaveAsync(RunResults results, CancellationToken cancellation = default)
    {
        var payload = KpiSeriesCodec.Encode(results.Series);
        return _outage.RunAsync(async () =>
        {
            await using var connection = await DatabaseConnections.OpenAsync(settings.Database, cancellation);
            await using var command = Command(connection, Insert, results.RunId);
            Add(command, "hash", results.ScenarioHash);
            Add(command, "seed", results.Seed);
            Add(command, "replication", results.Replication);
            Add(command, "days", results.Days);
            Add(command, "payload", payload);
            await command.ExecuteNonQueryAsync(cancellation);
        }, $"storing the results of run {results.RunId}", cancellation);
    }

    public async Task<RunResults?> LoadAsync(string runId, CancellationToken cancellation = default)
    {
        var row = await _outage.RunAsync<(RunResults Header, byte[] Payload)?>(async () =>
        {
            await using var connection = await DatabaseConnections.OpenAsync(settings.Database, cancellation);
            await using var command = Command(connection, Select, runId);
            await using var reader = await command.ExecuteReaderAsync(cancellation);
            if (!await reader.ReadAsync(cancellation)) return null;
            var header = new RunResults(runId, reader.GetString(0), reader.GetInt64(1), reader.GetInt32(2), reader.GetInt32(3), []);
            return (header, (byte[])reader.GetValue(4));
        }, $"reading the results of run {runId}", cancellation: cancellation);
        // Decoded outside the retries: a damaged row is not an outage.
        return row is { } stored ? stored.Header with { Series = StoredResultsCodec.Decode(runId, stored.Payload) } : null;
    }

    public Task DeleteAsync(string runId, CancellationToken cancellation = default) =>
        _outage.RunAsync(async () =>
        {
            await using var connection = await DatabaseConnections.OpenAsync(settings.Database, cancellation);
            await using var command = Command(connection, Delete, runId);
            await command.ExecuteNonQueryAsync(cancellation);
        }, $"deleting the results of run {runId}", cancellation);

    private DbCommand Command(DbConnection connection, string sql, string runId)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        Add(command, "service", cluster.Value.ServiceId);
        Add(command, "run", runId);
        return command;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
