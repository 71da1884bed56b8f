using System.CommandLine;
using Twin.Cli.Rendering;
using Twin.Client.Live;

namespace Twin.Cli.Commands;

/// <summary>`twin observe FILE`, `twin observe --list`, `twin observe --retract ID`: the live twin's observations.</summary>
public static class ObserveCommand
{
    public static Command Create()
    {
        var file = new Argument<string?>("FILE")
        {
            Description = "Observed events: one JSON object per line (JSONL), or a JSON array. Lines starting with # are skipped.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var list = new Option<bool>("--list") { Description = "List the observations the live twin holds, with their ids." };
        var retract = new Option<string?>("--retract") { Description = "Retract the observation with this id: the live twin replays from its last restore point before it, without it." };
        var command = new Command("observe", "Send observed events of the real zone to the live twin (all or nothing), list them or retract one (needs --cluster).")
        {
            file, list, retract, StudyRunner.Cluster,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var path = parse.GetValue(file);
            var (listing, retracting) = (parse.GetValue(list), parse.GetValue(retract));
            if ((path is null ? 0 : 1) + (listing ? 1 : 0) + (retracting is null ? 0 : 1) != 1)
                throw new UsageException("give exactly one of FILE, --list or --retract ID.");
            var output = parse.InvocationConfiguration.Output;
            if (path is null)
            {
                await using var connection = await LiveCommands.OpenAsync(parse, cancellation);
                if (retracting is not null) return await RetractAsync(connection.Client, retracting, parse);
                var table = new TextTable("id", "taken at day", "day", "event");
                foreach (var o in await connection.Client.ListObservationsAsync()) table.Add(o.Id, o.TakenAtDay.ToString(), o.Day.ToString(), o.Text);
                table.Write(output);
                return ExitCodes.Success;
            }
            var (events, lines) = ObservationFile.Read(path);
            await using (var connection = await LiveCommands.OpenAsync(parse, cancellation))
            {
                try
                {
                    var receipt = await connection.Client.ObserveAsync(events);
                    output.WriteLine($"{receipt.Accepted} observation{(receipt.Accepted == 1 ? "" : "s")} taken; the live twin is at day {receipt.CurrentDay}.");
                    foreach (var id in receipt.Ids ?? []) output.WriteLine($"  {id}");
                    return ExitCodes.Success;
                }
                catch (ObservationInvalidException invalid)
                {
                    var error = parse.InvocationConfiguration.Error;
                    error.WriteLine($"error: {path}: {invalid.Problems.Count} problem{(invalid.Problems.Count == 1 ? "" : "s")}; nothing was sent:");
                    foreach (var problem in invalid.Problems)
                        error.WriteLine($"  {ObservationFile.Locate(problem, lines)}");
                    return ExitCodes.InvalidInput;
                }
            }
        });
        return command;
    }

    private static async Task<int> RetractAsync(Twin.Client.Studies.TwinClient client, string id, ParseResult parse)
    {
        try
        {
            var receipt = await client.RetractAsync(id);
            parse.InvocationConfiguration.Output.WriteLine(receipt.RestoredFromDay < 0
                ? $"{id} retracted; the live twin replays from its start to day {receipt.CatchingUpTo} without it."
                : $"{id} retracted; the live twin replays from day {receipt.RestoredFromDay + 1} to day {receipt.CatchingUpTo} without it.");
            return ExitCodes.Success;
        }
        catch (KeyNotFoundException e)
        {
            parse.InvocationConfiguration.Error.WriteLine($"error: {e.Message} 'twin observe --list' shows the ids.");
            return ExitCodes.InvalidInput;
        }
    }
}
