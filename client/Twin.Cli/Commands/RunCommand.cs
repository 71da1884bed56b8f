using System.CommandLine;
using Twin.Client.Output;
using Twin.Client.Runs;
using Twin.Client.Studies;
using Twin.Contracts.Studies;
using Twin.Hosting;

namespace Twin.Cli.Commands;

/// <summary>
/// `twin run FILE`: a scenario's replications as a one-variant study (on the embedded silo or a
/// cluster), summarised from the study's statistics; with --out, its daily KPIs and a manifest.
/// </summary>
public static class RunCommand
{
    public static Command Create()
    {
        var file = CommonOptions.ScenarioFile();
        var days = CommonOptions.Days();
        var seed = CommonOptions.Seed();
        var replications = CommonOptions.Replications();
        var outDir = new Option<string?>("--out", "-o") { Description = "Folder for kpis.csv and manifest.json (created if missing)." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress bar." };
        var json = CommonOptions.Json();
        var checkpoint = CommonOptions.CheckpointEvery();
        var variant = new Option<string?>("--variant") { Description = "With a study's manifest.json as FILE: which scenario (label) to reproduce." };
        var command = new Command("run", "Run a scenario (a study of one scenario, on an embedded silo or --cluster) and print a summary. FILE may also be a manifest.json, to reproduce its runs exactly.")
        {
            file, days, seed, replications, outDir, quiet, json, variant, checkpoint, StudyRunner.Cluster,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var target = parse.GetValue(outDir);
            if (target is not null && File.Exists(target))
                throw new UsageException($"--out {target} is a file; give a folder.");
            var settings = new StudyPlans.Settings(parse.GetValue(days), parse.GetValue(seed), parse.GetValue(replications),
                CommonOptions.CheckpointDays(parse, parse.GetValue(checkpoint)), Title: "twin run");
            var scenario = Read(parse.GetValue(file)!, parse.GetValue(variant), ref settings);

            await using var connection = await TwinConnections.OpenAsync(parse.GetValue(StudyRunner.Cluster), parse.GetValue(CommonOptions.Data), cancellation, CommonOptions.Certificates(parse));
            var client = connection.Client;
            var status = await client.StartStudyAsync(StudyPlans.Replications(scenario, settings), cancellation);
            status = await StudyRunner.WatchAsync(parse, connection, status, progressBar: !parse.GetValue(quiet), cancellation);
            if (status.State != StudyState.Completed) return ExitCodes.Failure;

            var study = await client.GetDefinitionAsync(status.StudyId);
            var summary = RunSummary.From(scenario, study, await client.GetResultsAsync(status.StudyId), status.ElapsedSeconds);
            if (target is not null)
            {
                Directory.CreateDirectory(target);
                await KpiCsvWriter.WriteFileAsync(client.GetRunResultsAsync(status.StudyId, cancellation: cancellation), Path.Combine(target, "kpis.csv"), cancellation);
                RunManifest.WriteFile(scenario, study, Path.Combine(target, "manifest.json"), DateTimeOffset.UtcNow);
            }
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
                RunSummaryPrinter.WriteJson(summary, target, output);
            else
                RunSummaryPrinter.WriteTables(scenario, summary, target, output);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// The scenario to run: FILE itself, or the one a manifest describes, whose seed, days and
    /// replications then stand unless the command line gives others.
    /// </summary>
    private static ScenarioDocument Read(string path, string? variant, ref StudyPlans.Settings settings)
    {
        if (!File.Exists(path) || !ManifestReader.IsManifest(path))
        {
            if (variant is not null) throw new UsageException("--variant applies only when FILE is a study's manifest.json.");
            return ScenarioDocument.Load(path);
        }
        ManifestReader.Reproduction reproduction;
        try { reproduction = ManifestReader.Read(path, variant); }
        catch (ArgumentException e) { throw new UsageException(e.Message); }
        settings = settings with
        {
            Days = settings.Days ?? reproduction.Days,
            Seed = settings.Seed ?? reproduction.Seed,
            Replications = settings.Replications ?? reproduction.Replications,
        };
        return reproduction.Scenario;
    }
}
