using System.CommandLine;
using System.Text.Json;
using Twin.Model.Kernel;
using Twin.Model.Scenarios;

namespace Twin.Cli.Commands;

/// <summary>`twin validate FILE`: checks a scenario and prints every problem, or a short description.</summary>
public static class ValidateCommand
{
    public static Command Create()
    {
        var file = CommonOptions.ScenarioFile();
        var json = CommonOptions.Json();
        var command = new Command("validate", "Check a scenario file and print every problem (exit code 2 if it is invalid).") { file, json };
        command.SetAction((parse) =>
        {
            var path = parse.GetValue(file)!;
            var output = parse.InvocationConfiguration.Output;
            var result = ScenarioLoader.LoadFile(path);
            if (parse.GetValue(json))
            {
                output.WriteLine(JsonSerializer.Serialize(new
                {
                    file = path,
                    valid = result.IsValid,
                    problems = result.Problems.Select(p => new { path = p.Path, message = p.Message }),
                }));
                return result.IsValid ? ExitCodes.Success : ExitCodes.InvalidInput;
            }
            if (!result.IsValid)
            {
                var error = parse.InvocationConfiguration.Error;
                error.WriteLine($"{path}: {result.Problems.Count} problem{(result.Problems.Count == 1 ? "" : "s")}");
                foreach (var problem in result.Problems)
                    error.WriteLine($"  {problem}");
                return ExitCodes.InvalidInput;
            }
            var scenario = result.Scenario!;
            var entities = EntityCatalog.Describe(scenario).GroupBy(e => e.Section).Select(g => $"{g.Count()} {g.Key}");
            output.WriteLine($"{path}: valid. Scenario '{scenario.Name}', {scenario.Days} days from {scenario.Start:yyyy-MM-dd}, seed {scenario.Seed}; " +
                             $"{string.Join(", ", entities)}; {scenario.Interventions.Count} intervention(s).");
            return ExitCodes.Success;
        });
        return command;
    }
}
