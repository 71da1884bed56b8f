using System.CommandLine;
using System.Text.Json;
using Twin.Cli.Rendering;
using Twin.Client.Connection;
using Twin.Client.Live;
using Twin.Hosting;
using Twin.Model.Kernel;

namespace Twin.Cli.Commands;

/// <summary>`twin live`, `twin observe` and `twin fork`: the live twin that runs in a silo.</summary>
public static class LiveCommands
{
    public static Command Live()
    {
        var json = CommonOptions.Json();
        var command = new Command("live", "Show the live twin: its day, its pace and the latest headline KPIs (needs --cluster).") { json, StudyRunner.Cluster };
        command.SetAction(async (parse, cancellation) =>
        {
            await using var connection = await OpenAsync(parse, cancellation);
            var view = await connection.Client.GetLiveAsync(1);
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
            {
                output.WriteLine(JsonSerializer.Serialize(view, StudyTables.Json));
                return ExitCodes.Success;
            }
            output.WriteLine($"Live twin of '{view.Scenario}': day {view.Status.DaysDone} ({view.Today:yyyy-MM-dd}), {view.DaysPerMinute:G4} days a minute, {view.Status.State.ToString().ToLowerInvariant()}");
            var table = new TextTable("entity", "kpi", "value", "unit");
            foreach (var series in view.Recent.Series)
                for (int k = 0; k < series.Names.Count; k++)
                    if (KpiCatalog.Find(series.Kind, series.Names[k]) is { Headline: true } info && series.Days > 0)
                        table.Add(series.EntityId, series.Names[k], Numbers.Significant(series.Get(series.Days - 1, k)), info.Unit);
            table.Write(output);
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command Fork()
    {
        var interventions = new Option<string[]>("--intervention")
        {
            Description = "A lever as JSON, like in a scenario's interventions; without \"day\" it acts the day after the fork. Repeat for several.",
            Required = true,
            Arity = ArgumentArity.OneOrMore,
        };
        var days = CommonOptions.OptionalWhole("--days", "Days to look ahead after the fork (default 90).", 1, 36500);
        var title = new Option<string?>("--title") { Description = "A title for the fork's study." };
        var replications = CommonOptions.OptionalWhole("--replications",
            "Forks from the same live state (default 1); replication k draws from streams keyed by (fork, k), paired with a projection on the same streams, so differences get 95% intervals.", 1, 1000, "-r");
        var json = CommonOptions.Json();
        var detach = StudyRunner.Detach();
        var all = StudyRunner.All();
        var command = new Command("fork", "Branch a what-if off the live twin now and compare it with the live projection (needs --cluster).")
        {
            interventions, days, title, replications, detach, all, json, StudyRunner.Cluster,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var levers = parse.GetValue(interventions)!.Select((text, i) =>
            {
                try { return JsonDocument.Parse(text).RootElement; }
                catch (JsonException e) { throw new UsageException($"--intervention #{i + 1} is not valid JSON: {e.Message.Split(". ")[0]}"); }
            }).ToArray();
            await using var connection = await OpenAsync(parse, cancellation);
            try
            {
                var status = await connection.Client.ForkAsync(new ForkRequest(levers, parse.GetValue(days) ?? 90, parse.GetValue(title) ?? "", parse.GetValue(replications) ?? 1), cancellation);
                return await StudyRunner.FollowAsync(parse, connection, status, parse.GetValue(detach), parse.GetValue(json), parse.GetValue(all), cancellation);
            }
            catch (ObservationInvalidException invalid)
            {
                var error = parse.InvocationConfiguration.Error;
                error.WriteLine("error: the fork is not valid:");
                foreach (var problem in invalid.Problems) error.WriteLine($"  {problem}");
                return ExitCodes.InvalidInput;
            }
        });
        return command;
    }

    /// <summary>The live twin is a silo's: these commands need a cluster, not the embedded silo.</summary>
    internal static async Task<TwinConnection> OpenAsync(ParseResult parse, CancellationToken cancellation)
    {
        var cluster = TwinConnections.Gateway(parse.GetValue(StudyRunner.Cluster))
            ?? throw new UsageException("the live twin runs in a silo (dotnet run --project silo/Twin.Silo); give its gateway with --cluster HOST:PORT or TWIN_CLUSTER.");
        return await TwinConnections.OpenAsync(cluster, cancellation: cancellation, certificates: CommonOptions.Certificates(parse));
    }
}
