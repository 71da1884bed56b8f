using System.CommandLine;
using System.Text.Json;
using Twin.Cli.Rendering;
using Twin.Client.Calibration;
using Twin.Hosting;

namespace Twin.Cli.Commands;

/// <summary>`twin calibrate FILE.json`: fits chosen parameters to observed series, with standard errors and a fitted-against-observed plot.</summary>
public static class CalibrateCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "The calibration file (JSON; see docs/statistics.md): the scenario, the parameters and their ranges, the actuals CSV (day,entity,kpi,value)." };
        var plot = new Option<string?>("--plot") { Description = "Write the fitted-against-observed plot to this PNG file." };
        var json = CommonOptions.Json();
        var command = new Command("calibrate", "Fit parameters to observed series: minimise the weighted sum of squared standardised errors over replications, and report each fitted value with its standard error and interval.")
        {
            file, plot, json, StudyRunner.Cluster,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var png = parse.GetValue(plot);
            if (png is not null && !png.EndsWith(".png", StringComparison.OrdinalIgnoreCase)) throw new UsageException($"--plot must name a .png file, got '{png}'.");
            var plan = CalibrationPlan.Load(parse.GetValue(file)!);
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            await using var connection = await TwinConnections.OpenAsync(parse.GetValue(StudyRunner.Cluster), parse.GetValue(CommonOptions.Data), cancellation, CommonOptions.Certificates(parse));
            var progress = new SynchronousProgress<(IReadOnlyDictionary<string, double> Parameters, double Distance)>(p => error.WriteLine(
                $"  {string.Join(", ", p.Parameters.Select(x => $"{x.Key}={Numbers.Significant(x.Value)}"))} → distance {Numbers.Significant(p.Distance)}"));
            var result = await connection.Client.CalibrateAsync(plan, progress, cancellation);
            if (png is not null) CalibrationFiles.WriteFitPng(result, png);
            if (parse.GetValue(json))
            {
                output.WriteLine(JsonSerializer.Serialize(result, StudyTables.Json));
                return ExitCodes.Success;
            }
            output.WriteLine($"Fitted to {result.Observations} observations: {result.Evaluations} candidates ({result.Runs} runs, {result.RunsFromCache} from the result cache) in {result.Seconds:F0} s; the search {(result.Converged ? "converged" : "stopped at its budget")}.");
            var table = new TextTable("parameter", "fitted", "standard error", $"{result.Confidence:0.##%} interval");
            foreach (var p in result.Parameters)
                table.Add(p.Path, Numbers.Significant(p.Value), Numbers.Significant(p.StandardError), Numbers.Interval(p.Lower, p.Upper));
            table.Write(output);
            output.WriteLine($"Distance at the fit {Numbers.Significant(result.Distance)}; per degree of freedom {Numbers.Significant(result.Dispersion)} (about 1 when the twin fits as well as the stated noise allows).");
            if (result.Parameters.Any(p => !double.IsFinite(p.StandardError)))
                output.WriteLine("A parameter without a standard error does not change the distance around the fit (or sits on its bound): the observations do not pin it down.");
            return ExitCodes.Success;
        });
        return command;
    }
}
