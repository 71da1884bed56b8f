using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Twin.Cli.Bench;
using Twin.Cli.Rendering;
using Twin.Model.Kernel;

namespace Twin.Cli.Commands;

/// <summary>
/// `twin bench loop`: the plain-loop yardstick alone, in a process with no silo, so its figure is
/// not slowed by a silo's threads and garbage (inside `twin bench` it runs beside one).
/// </summary>
public static class LoopBenchCommand
{
    public static Command Create()
    {
        var entities = CommonOptions.Whole("--entities", "Light entities", 1000, 1, 1_000_000);
        var messages = CommonOptions.Whole("--messages", "Messages each light entity sends a day", 3, 0, 1000);
        var days = CommonOptions.Whole("--days", "Days of each measured run", 500, 1, 36500);
        var warmup = CommonOptions.Whole("--warmup", "Seconds of warm-up before measuring", 5, 0, 600);
        var json = CommonOptions.Json();
        var command = new Command("loop", "Measure the plain sequential loop on the light zone of `twin bench`, in a process with no silo.")
        {
            entities, messages, days, warmup, json,
        };
        command.SetAction((parse, cancellation) =>
        {
            int n = parse.GetValue(entities), d = parse.GetValue(days);
            var log = parse.InvocationConfiguration.Error;
            var zone = BenchScenarios.Light(n, parse.GetValue(messages), d);
            var warm = BenchScenarios.Light(Math.Min(n, KernelBench.WarmupEntities), parse.GetValue(messages), 50);
            log.WriteLine($"warming up for {parse.GetValue(warmup)} s...");
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed.TotalSeconds < parse.GetValue(warmup) && !cancellation.IsCancellationRequested) Time(warm);
            var rates = new List<double>();
            for (int round = 1; round <= KernelBench.Rounds; round++)
            {
                log.WriteLine($"round {round}/{KernelBench.Rounds}: {n:N0} light entities x {d} days in a plain loop...");
                rates.Add((double)n * d / Time(zone).TotalSeconds);
            }
            double median = rates.Order().ElementAt(rates.Count / 2);
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
                output.WriteLine(JsonSerializer.Serialize(new { entities = n, days = d, loopEntityStepsPerSecond = median, rounds = rates },
                    new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
            else
            {
                var table = new TextTable("measure", "rate");
                table.Add($"plain loop entity-steps (median of {rates.Count} rounds)", Numbers.Rate(median));
                table.Write(output);
            }
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static TimeSpan Time(Twin.Model.Scenarios.Scenario scenario)
    {
        var clock = Stopwatch.StartNew();
        new SequentialRunner(scenario, 1, 0, scenario.Days).Run();
        return clock.Elapsed;
    }
}
