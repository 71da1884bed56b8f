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
        var command = new Command("export", "Write a study's results in long format (CSV and/or Parquet) with a manifest that reproduces every run.")
        {
            study, format, outDir, StudyRunner.Cluster,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var formats = ParseFormats(parse.GetValue(format) ?? []);
            var target = parse.GetValue(outDir)!;
            if (File.Exists(target)) throw new UsageException($"--out {target} is a file; give a folder.");
            await using var connection = await TwinConnections.OpenAsync(parse.GetValue(StudyRunner.Cluster), parse.GetValue(CommonOptions.Data), cancellation, CommonOptions.Certificates(parse));
            var error = parse.InvocationConfiguration.Error;
            var progress = new Progress<(int Done, int Total)>(p => error.Write($"\rexporting run {p.Done}/{p.Total} "));
            var result = await connection.Client.ExportAsync(parse.GetValue(study)!, formats, target, progress, cancellation);
            error.WriteLine();
            var output = parse.InvocationConfiguration.Output;
            output.WriteLine($"Wrote {result.Rows:N0} rows:");
            foreach (var file in result.Files) output.WriteLine($"  {file}");
            return ExitCodes.Success;
        });
        return command;
    }

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
