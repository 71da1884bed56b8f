using System.Data.Common;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;
using Twin.Contracts.Kernel;
using Twin.Grains.Kernel;
using Twin.Grains.Studies;

namespace Twin.Hosting.Checks;

/// <summary>
/// Every stored grain state of the twin deserializes, and every run that did not complete finds the
/// states of its last checkpoint in each of its partitions (else it will start again from day 0).
/// </summary>
internal static class CheckpointsCheck
{
    private static readonly Dictionary<string, Type> StateTypes = new(StringComparer.Ordinal)
    {
        ["run"] = typeof(RunRecord),
        ["partition"] = typeof(PartitionCheckpoint),
        ["study"] = typeof(StudyRecord),
        ["studies"] = typeof(StudyCatalog),
        ["fork"] = typeof(ForkPointRecord),
    };

    public static async Task RunAsync(DbConnection connection, CheckReport report, CancellationToken cancellation)
    {
        var serializer = new OrleansGrainStorageSerializer(new ServiceCollection()
            .AddSerializer(builder => builder.AddAssembly(typeof(RunRecord).Assembly))
            .BuildServiceProvider().GetRequiredService<Serializer>());
        var runs = new Dictionary<string, RunRecord>(StringComparer.Ordinal);
        var partitions = new Dictionary<string, PartitionCheckpoint>(StringComparer.Ordinal);
        const string Sql = "select service_id, grain_type, grain_id_ext, payload from twin_grain_state where payload is not null";
        await foreach (var row in StoredDataCheck.RowsAsync(connection, Sql, cancellation))
        {
            var (service, state, key) = ((string)row[0]!, (string)row[1]!, (string?)row[2] ?? "");
            if (!StateTypes.TryGetValue(state, out var type)) continue;
            report.States++;
            object value;
            try
            {
                value = Deserialize(serializer, type, (byte[])row[3]!);
            }
            catch (Exception e)
            {
                var reason = e is System.Reflection.TargetInvocationException { InnerException: { } inner } ? inner.Message : e.Message;
                report.Problems.Add($"The stored {state} state of {key} cannot be read ({reason}).");
                continue;
            }
            if (value is RunRecord run) runs[$"{service}|{key}"] = run;
            if (value is PartitionCheckpoint checkpoint) partitions[$"{service}|{key}"] = checkpoint;
        }
        foreach (var (id, run) in runs.Where(r => r.Value.State != RunState.Completed && r.Value.CheckpointDay >= 0))
        {
            report.UnfinishedRuns++;
            for (int p = 0; p < run.InFlight.Length; p++)
            {
                var key = $"{id}/partition-{p}";
                if (!partitions.TryGetValue(key, out var checkpoint) || checkpoint.Get(run.CheckpointDay) is null)
                    report.Problems.Add($"Run {id.Split('|')[1]}: partition {p} holds no checkpoint of day {run.CheckpointDay}; the run will start again from day 0.");
            }
        }
    }

    private static object Deserialize(IGrainStorageSerializer serializer, Type type, byte[] payload) =>
        typeof(IGrainStorageSerializer).GetMethod(nameof(IGrainStorageSerializer.Deserialize))!.MakeGenericMethod(type)
            .Invoke(serializer, [new BinaryData(payload)])!;
}
