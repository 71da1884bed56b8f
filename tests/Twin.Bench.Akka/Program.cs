using System.Diagnostics;
using Akka.Actor;
using Akka.Configuration;
using Twin.Bench.Akka;

// The kernel against an Akka.NET peer on the light zone of `twin bench`: both step the project's
// own EntityHost + SyntheticModel, run -> partitions -> entities, with a barrier a day. Rounds
// alternate between them, so both see the same stretch of a shared machine.
//   dotnet run -c Release --project tests/Twin.Bench.Akka -- [entities] [days] [rounds] [warmup-seconds]
int entities = Arg(0, 1000), days = Arg(1, 500), rounds = Arg(2, 3), warmupSeconds = Arg(3, 5);
const int messages = 3, perPartition = 100;
var zone = LightZone.Create(entities, messages, days);
var warm = LightZone.Create(Math.Min(entities, 1000), messages, 50);

await using var kernel = await KernelRuns.StartAsync();
// Default dispatcher: Akka's own thread pool executor, as a plain Akka.NET application would run.
using var system = ActorSystem.Create("bench", ConfigurationFactory.ParseString("akka.loglevel = WARNING"));

Console.Error.WriteLine($"warming up for {warmupSeconds} s...");
var clock = Stopwatch.StartNew();
while (clock.Elapsed.TotalSeconds < warmupSeconds)
{
    await AkkaRuns.RunAsync(system, warm, perPartition);
    await kernel.StepSecondsAsync(warm, perPartition, lightAsGrains: false);
    await kernel.StepSecondsAsync(warm, perPartition, lightAsGrains: true);
}

double steps = (double)entities * days;
Console.WriteLine($"{entities:N0} light entities, {messages} messages each a day, {days} days, {perPartition} per partition (entity-steps/s)");
Console.WriteLine($"{"round",5} {"Akka.NET",12} {"kernel",12} {"kernel/Akka",12} {"grain-each",12} {"grain-each/Akka",16}");
var ratios = new List<double>();
for (int round = 1; round <= rounds; round++)
{
    double akka = steps / (await AkkaRuns.RunAsync(system, zone, perPartition)).TotalSeconds;
    double hosted = steps / await kernel.StepSecondsAsync(zone, perPartition, lightAsGrains: false);
    double grains = steps / await kernel.StepSecondsAsync(zone, perPartition, lightAsGrains: true);
    ratios.Add(hosted / akka);
    Console.WriteLine($"{round,5} {akka,12:N0} {hosted,12:N0} {hosted / akka,11:F2}x {grains,12:N0} {grains / akka,15:F2}x");
}
Console.WriteLine($"median kernel/Akka: {ratios.Order().ElementAt(ratios.Count / 2):F2}x");
await system.Terminate();

int Arg(int i, int fallback) => args.Length > i ? int.Parse(args[i], System.Globalization.CultureInfo.InvariantCulture) : fallback;
