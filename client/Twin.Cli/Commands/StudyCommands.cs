using System.CommandLine;
using Twin.Client.Runs;
using Twin.Client.Studies;
using Twin.Model.Studies;

namespace Twin.Cli.Commands;

/// <summary>`twin study`, `twin compare` and `twin sweep`: the planner's questions, as studies.</summary>
public static class StudyCommands
{
    private sealed record Common(Option<int?> Days, Option<long?> Seed, Option<int?> Replications, Option<int?> Checkpoint,
        Option<bool> Json, Option<bool> Detach, Option<bool> All, Option<string?> Title, Option<int?> From, Option<int?> To)
    {
        public static Common Create() => new(CommonOptions.Days(), CommonOptions.Seed(), CommonOptions.Replications(),
            CommonOptions.CheckpointEvery(),
            CommonOptions.Json(), StudyRunner.Detach(), StudyRunner.All(), new Option<string?>("--title") { Description = "A title for the study." },
            CommonOptions.From(), CommonOptions.To());

        public void AddTo(Command command)
        {
            foreach (var option in new Option[] { Days, Seed, Replications, Checkpoint, From, To, StudyRunner.Cluster, Title, Detach, All, Json })
                command.Options.Add(option);
        }

        public StudyPlans.Settings Settings(ParseResult parse) => new(parse.GetValue(Days), parse.GetValue(Seed), parse.GetValue(Replications),
            CommonOptions.CheckpointDays(parse, parse.GetValue(Checkpoint)), parse.GetValue(Title) ?? "");

        public Task<int> Run(ParseResult parse, Func<Twin.Contracts.Studies.StudyRequest> plan, CancellationToken cancellation) =>
            StudyRunner.RunAsync(parse, plan, CommonOptions.Window(parse, From, To), parse.GetValue(Detach), parse.GetValue(Json), parse.GetValue(All), cancellation);
    }

    public static Command Study()
    {
        var file = CommonOptions.ScenarioFile();
        var common = Common.Create();
        var command = new Command("study", "Run a scenario for N replications and print each KPI's mean and 95% confidence interval.") { file };
        common.AddTo(command);
        command.SetAction((parse, cancellation) =>
        {
            var scenario = ScenarioDocument.Load(parse.GetValue(file)!);
            return common.Run(parse, () => StudyPlans.Replications(scenario, common.Settings(parse)), cancellation);
        });
        return command;
    }

    public static Command Compare()
    {
        var baseline = new Argument<string>("BASE") { Description = "The baseline scenario file." };
        var whatIfs = new Argument<string[]>("WHATIF") { Description = "One or more what-if scenario files.", Arity = ArgumentArity.OneOrMore };
        var common = Common.Create();
        var command = new Command("compare", "Compare what-ifs with a baseline on the same seeds: paired differences per KPI with 95% intervals.") { baseline, whatIfs };
        common.AddTo(command);
        command.SetAction((parse, cancellation) =>
        {
            var reference = ScenarioDocument.Load(parse.GetValue(baseline)!);
            var alternatives = parse.GetValue(whatIfs)!.Select(ScenarioDocument.Load).ToArray();
            return common.Run(parse, () => StudyPlans.Comparison(reference, alternatives, common.Settings(parse)), cancellation);
        });
        return command;
    }

    public static Command Sweep()
    {
        var file = CommonOptions.ScenarioFile();
        var vary = new Option<string[]>("--vary")
        {
            Description = "A parameter to vary: PATH=FROM..TO:STEP for a grid, PATH=FROM..TO with --samples. Repeat for several.",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
            Required = true,
        };
        var samples = CommonOptions.OptionalWhole("--samples", "Latin hypercube samples over the --vary ranges, instead of a grid.", 1, 10000);
        var common = Common.Create();
        var command = new Command("sweep", "Run a scenario over a grid of parameter values, or Latin hypercube samples of them.") { file, vary, samples };
        common.AddTo(command);
        command.SetAction((parse, cancellation) =>
        {
            var scenario = ScenarioDocument.Load(parse.GetValue(file)!);
            var axes = parse.GetValue(vary)!.Select(text => SweepAxis.TryParse(text, out var axis, out var error)
                ? axis! : throw new UsageException($"--vary {error}")).ToArray();
            int? n = parse.GetValue(samples);
            if (n is null && axes.FirstOrDefault(a => a.Step is null) is { } open)
                throw new UsageException($"--vary {open.Path}: a grid needs a STEP (PATH=FROM..TO:STEP), or use --samples N");
            return common.Run(parse, () => StudyPlans.Sweep(scenario, axes, n, common.Settings(parse)), cancellation);
        });
        return command;
    }
}
