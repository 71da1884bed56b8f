using System.CommandLine;
using System.Text.Json;
using Twin.Cli.Bench;
using Twin.Cli.Rendering;
using Twin.Hosting;

namespace Twin.Cli.Commands;

/// <summary>`twin bench`: measures the kernel on a synthetic zone against its two yardsticks.</summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var entities = CommonOptions.Whole("--entities", "Light entities", 1000, 1, 1_000_000);
        var messages = CommonOptions.Whole("--messages", "Messages each light entity sends a day", 3, 0, 1000);
        var towns = CommonOptions.Whole("--towns", "Towns of the agent benchmark", 5, 1, 1000);
        var firms = CommonOptions.Whole("--firms-per-town", "Firms in each town", 5000, 1, 10_000_000);
        var days = CommonOptions.Whole("--days", "Days of each measured run", 500, 1, 36500);
        var partition = CommonOptions.Whole("--entities-per-partition", "Entities one partition grain steps", Twin.Contracts.Kernel.RunRequest.DefaultEntitiesPerPartition, 1, 1_000_000);
        var warmup = CommonOptions.Whole("--warmup", "Seconds of warm-up before measuring", 5, 0, 600);
        var json = CommonOptions.Json();
        var command = new Command("bench", "Measure the kernel: entity-steps/s against the raw Orleans call ceiling, agent-steps/s against a plain loop.")
        {
            entities, messages, towns, firms, days, partition, warmup, json,
        };
        command.Subcommands.Add(OrderBookBenchCommand.Create());
        command.Subcommands.Add(LoopBenchCommand.Create());
        command.SetAction(async (parse, cancellation) =>
        {
            var settings = new BenchSettings(parse.GetValue(entities), parse.GetValue(messages), parse.GetValue(towns),
                parse.GetValue(firms), parse.GetValue(days), parse.GetValue(partition), parse.GetValue(warmup));
            var output = parse.InvocationConfiguration.Output;
            await using var silo = await EmbeddedSilo.StartAsync(configuration: EmbeddedConfiguration.For(parse.GetValue(CommonOptions.Data)), cancellation: cancellation);
            var figures = await new KernelBench(silo.Grains, settings, parse.InvocationConfiguration.Error).RunAsync(cancellation);
            if (parse.GetValue(json))
                output.WriteLine(JsonSerializer.Serialize(figures, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
            else
                Print(figures, output);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Print(BenchFigures f, TextWriter output)
    {
        var s = f.Settings;
        output.WriteLine($"Kernel: {s.Entities:N0} light entities, {s.Messages} messages each a day, {s.Days} days, {s.EntitiesPerPartition} entities per partition (medians of {KernelBench.Rounds} rounds)");
        var light = new TextTable("measure", "rate");
        light.Add("kernel entity-steps", Numbers.Rate(f.KernelEntityStepsPerSecond));
        light.Add("kernel entity-steps, a grain per light entity", f.EntityGrainsStepsPerSecond is { } grains ? Numbers.Rate(grains) : $"not measured above {KernelBench.EntityGrainsUpTo:N0}");
        light.Add("raw call ceiling (grain -> cached grains)", Numbers.Rate(f.RawCallsPerSecond));
        light.Add("plain loop entity-steps", Numbers.Rate(f.LoopEntityStepsPerSecond));
        light.Add("kernel / raw call ceiling", Numbers.Fixed(f.CeilingRatio, 2) + "x");
        light.Write(output);
        output.WriteLine();
        output.WriteLine($"Agents: {s.Towns} towns x {s.FirmsPerTown:N0} firms, {s.Days} days ({f.FirmSteps:N0} firm-steps)");
        var agents = new TextTable("measure", "value");
        agents.Add("kernel agent-steps", Numbers.Rate(f.KernelAgentStepsPerSecond));
        agents.Add("plain loop agent-steps", Numbers.Rate(f.LoopAgentStepsPerSecond));
        agents.Add("kernel time", Numbers.Fixed(f.KernelTownSeconds, 3) + " s");
        agents.Add("plain loop time", Numbers.Fixed(f.LoopTownSeconds, 3) + " s");
        agents.Add("kernel time / loop time", Numbers.Fixed(f.LoopTimeRatio, 2) + "x");
        agents.Write(output);
    }
}
