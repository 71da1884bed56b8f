using System.Data.Common;
using Twin.Grains.Results;

namespace Twin.Hosting.Checks;

/// <summary>Every stored result decodes, and holds as many days as its run had.</summary>
internal static class ResultsCheck
{
    public static async Task RunAsync(DbConnection connection, CheckReport report, bool repair, CancellationToken cancellation)
    {
        var unreadable = new List<(string Service, string Run)>();
        await foreach (var row in StoredDataCheck.RowsAsync(connection, "select service_id, run_id, days, payload from twin_run_results", cancellation))
        {
            report.Results++;
            var (service, run, days) = ((string)row[0]!, (string)row[1]!, Convert.ToInt32(row[2], System.Globalization.CultureInfo.InvariantCulture));
            try
            {
                var series = StoredResultsCodec.Decode(run, (byte[])row[3]!);
                if (series.FirstOrDefault(s => s.Days != days) is { } shorter)
                    throw new StoredResultsUnreadableException(run, $"entity {shorter.EntityId} has {shorter.Days} days, the run {days}");
            }
            catch (StoredResultsUnreadableException e)
            {
                report.Problems.Add(e.Message);
                unreadable.Add((service, run));
            }
        }
        if (!repair) return;
        foreach (var (service, run) in unreadable)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "delete from twin_run_results where service_id = @service and run_id = @run";
            Add(command, "service", service);
            Add(command, "run", run);
            report.Repaired += await command.ExecuteNonQueryAsync(cancellation);
        }
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
