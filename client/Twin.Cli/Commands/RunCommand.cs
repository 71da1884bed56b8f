using System.CommandLine;
using Twin.Cli.Rendering;
using Twin.Hosting;
using Twin.Client.Output;
using Twin.Client.Runs;

namespace Twin.Cli.Commands;

/// <summary>`twin run FILE`: runs a scenario on an embedded silo, prints a summary, writes KPIs and a manifest.</summary>
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
        var command = new Command("run", "Run a scenario (on an embedded silo) and print a summary. FILE may also be a manifest.json, to reproduce its runs exactly.")
        {
            file, days, seed, replications, outDir, quiet, json, variant, checkpoint,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var path = parse.GetValue(file)!;
            var target = parse.GetValue(outDir);
            if (target is not null && File.Exists(target))
                throw new UsageException($"--out {target} is a file; give a folder.");
            ScenarioDocument scenario;
            var options = new RunOptions(parse.GetValue(days), parse.GetValue(seed), parse.GetValue(replications));
            if (File.Exists(path) && ManifestReader.IsManifest(path))
            {
                // A manifest fixes seed, days and replications; the command line may still override them.
                ManifestReader.Reproduction reproduction;
                try { reproduction = ManifestReader.Read(path, parse.GetValue(variant)); }
                catch (ArgumentException e) { throw new UsageException(e.Message); }
                scenario = reproduction.Scenario;
                options = new RunOptions(options.Days ?? reproduction.Days, options.Seed ?? reproduction.Seed, options.Replications ?? reproduction.Replications);
            }
            else
            {
                if (parse.GetValue(variant) is not null) throw new UsageException("--variant applies only when FILE is a study's manifest.json.");
                scenario = ScenarioDocument.Load(path);
            }

            RunSetResults results;
            await using (var silo = await EmbeddedSilo.StartAsync(configuration: EmbeddedConfiguration.For(parse.GetValue(CommonOptions.Data)), cancellation: cancellation))
            using (var progress = new ConsoleProgressBar(error, enabled: !parse.GetValue(quiet)))
            {
                options = options with { CheckpointEveryDays = CommonOptions.CheckpointDays(parse, parse.GetValue(checkpoint)) };
                results = await new ScenarioRunner(silo.Grains).RunAsync(scenario, options, progress, cancellation);
            }

            if (target is not null)
            {
                Directory.CreateDirectory(target);
                KpiCsvWriter.WriteFile(results, Path.Combine(target, "kpis.csv"));
                RunManifest.WriteFile(results, Path.Combine(target, "manifest.json"), DateTimeOffset.UtcNow);
            }
            if (parse.GetValue(json))
                RunSummaryPrinter.WriteJson(results, target, output);
            else
                RunSummaryPrinter.WriteTables(results, target, output);
            return ExitCodes.Success;
        });
        return command;
    }
}
