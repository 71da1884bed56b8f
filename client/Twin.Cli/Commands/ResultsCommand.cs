using System.CommandLine;
using System.Text.Json;
using Twin.Cli.Rendering;
using Twin.Client.Connection;
using Twin.Client.Studies;
using Twin.Contracts.Studies;
using Twin.Hosting;

namespace Twin.Cli.Commands;

/// <summary>`twin results [STUDY]`: lists studies, or prints one study's statistics (and daily series on request).</summary>
public static class ResultsCommand
{
    public static Command Create()
    {
        var study = new Argument<string?>("STUDY") { Description = "A study id; without it, the list of studies.", Arity = ArgumentArity.ZeroOrOne };
        var kpi = new Option<string?>("--kpi") { Description = "Only this KPI." };
        var entity = new Option<string?>("--entity") { Description = "Only this entity." };
        var daily = new Option<bool>("--daily") { Description = "Also the daily series of --kpi for --entity." };
        var from = CommonOptions.From();
        var to = CommonOptions.To();
        var all = StudyRunner.All();
        var json = CommonOptions.Json();
        var command = new Command("results", "List studies, or print a study's KPI statistics (comparisons: the paired differences).")
        {
            study, kpi, entity, daily, from, to, all, json, StudyRunner.Cluster,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(daily) && (parse.GetValue(kpi) is null || parse.GetValue(entity) is null))
                throw new UsageException("--daily needs --kpi and --entity.");
            await using var connection = await TwinConnections.OpenAsync(parse.GetValue(StudyRunner.Cluster), parse.GetValue(CommonOptions.Data), cancellation, CommonOptions.Certificates(parse));
            var client = connection.Client;
            var id = parse.GetValue(study);
            if (id is null)
            {
                WriteList(await client.ListStudiesAsync(), parse.GetValue(json), output);
                return ExitCodes.Success;
            }
            var query = CommonOptions.Window(parse, from, to) with { Kpi = parse.GetValue(kpi), Entity = parse.GetValue(entity), Daily = parse.GetValue(daily) };
            var status = await client.GetStatusAsync(id);
            await ResultFilters.CheckAsync(client, id, query);
            bool filtered = parse.GetValue(all) || query.Kpi is not null || query.Entity is not null || query.Daily || parse.GetValue(json);
            if (status.Kind == StudyKind.Sweep && !filtered)
                SweepTable.Write(await client.GetResultsAsync(id, query), (await client.GetDefinitionAsync(id)).Request.Variants, output);
            else if (status.Kind == StudyKind.Comparison && !query.Daily)
                StudyTables.WriteComparison(await client.CompareAsync(id, query), parse.GetValue(all) || query.Kpi is not null || query.Entity is not null, parse.GetValue(json), output);
            else
                StudyTables.WriteResults(await client.GetResultsAsync(id, query), parse.GetValue(all) || query.Kpi is not null || query.Entity is not null, parse.GetValue(json), output);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteList(IReadOnlyList<StudyStatus> studies, bool json, TextWriter output)
    {
        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(studies, StudyTables.Json));
            return;
        }
        if (studies.Count == 0)
        {
            output.WriteLine("No studies yet. Start one with 'twin study', 'twin compare' or 'twin sweep'.");
            return;
        }
        var table = new TextTable("study", "kind", "state", "runs", "scenarios", "created (UTC)", "title");
        foreach (var s in studies.OrderBy(s => s.CreatedAt))
            table.Add(s.StudyId, s.Kind.ToString().ToLowerInvariant(), s.State.ToString().ToLowerInvariant(), $"{s.RunsDone}/{s.RunsTotal}",
                string.Join(", ", s.Variants.Take(3)) + (s.Variants.Length > 3 ? $", +{s.Variants.Length - 3}" : ""),
                s.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture), s.Title);
        table.Write(output);
    }
}
