using System.CommandLine;
using Twin.Client.Connection;
using Twin.Client.Export;
using Twin.Hosting;

namespace Twin.Cli.Commands;

/// <summary>`twin export STUDY --format csv|parquet --out DIR`: long-format results and the manifest.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var study = new Argument<string>("STUDY") { Description = "The study id." };
        var format = new Option<string[]>("--format")
        {
            Description = "csv, parquet, or both (repeat the option or separate with commas; default: both).",
            AllowMultipleArgumentsPerToken = true,
        };
        var outDir = new Option<string>("--out", "-o") { Description = "Folder for the files (created if missing).", Required = true };
        var kpi = new Option<string[]>("--kpi") { Description = "Only these KPIs (repeat or separate with commas).", AllowMultipleArgumentsPerToken = true };
        var entity = new Option<string[]>("--entity") { Description = "Only these entities (repeat or separate with commas).", AllowMultipleArgumentsPerToken = true };
        var replication = new Option<int[]>("--replication") { Description = "Only these replications (0-based; repeat).", AllowMultipleArgumentsPerToken = true };
        var from = CommonOptions.From();
        var to = CommonOptions.To();
        var command = new Command("export", "Write a study's results in long format (CSV and/or Parquet) with a manifest that reproduces every run.")
        {
            study, format, outDir, kpi, entity, from, to, replication, StudyRunner.Cluster,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var formats = ParseFormats(parse.GetValue(format) ?? []);
            var target = parse.GetValue(outDir)!;
            if (File.Exists(target)) throw new UsageException($"--out {target} is a file; give a folder.");
            await using var connection = await TwinConnections.OpenAsync(parse.GetValue(StudyRunner.Cluster), parse.GetValue(CommonOptions.Data), cancellation, CommonOptions.Certificates(parse));
            var error = parse.InvocationConfiguration.Error;
            var progress = new Progress<(int Done, int Total)>(p => error.Write($"\rexporting run {p.Done}/{p.Total} "));
            var window = CommonOptions.Window(parse, from, to);
            var filter = new ExportFilter(Split(parse.GetValue(kpi)), Split(parse.GetValue(entity)), window.FromDay, window.ToDay, parse.GetValue(replication));
            var result = await connection.Client.ExportAsync(parse.GetValue(study)!, formats, target, progress, cancellation, filter,
                estimate => ExportSize.Announce(estimate, parse.GetValue(CommonOptions.Yes), error));
            error.WriteLine();
            var output = parse.InvocationConfiguration.Output;
            output.WriteLine($"Wrote {result.Rows:N0} rows:");
            foreach (var file in result.Files) output.WriteLine($"  {file}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static string[]? Split(string[]? values) =>
        values is not { Length: > 0 } ? null : values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray();

    private static IReadOnlyCollection<ExportFormat> ParseFormats(string[] values)
    {
        var names = values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray();
        if (names.Length == 0) return [ExportFormat.Csv, ExportFormat.Parquet];
        return names.Select(n => n.ToLowerInvariant() switch
        {
            "csv" => ExportFormat.Csv,
            "parquet" => ExportFormat.Parquet,
            _ => throw new UsageException($"--format must be csv or parquet, got '{n}'."),
        }).Distinct().ToArray();
    }
}
