using Twin.Model.Kernel;
using Twin.Model.Randomness;
using Twin.Model.Scenarios;

namespace Twin.Model.Synthetic;

/// <summary>
/// A light entity: each day it folds its inbox into a running digest and sends a few tokens to
/// entities drawn from its stream. The digest is deliberately order-sensitive, so any departure
/// from the canonical inbox order shows up in its KPIs.
/// </summary>
public sealed class SyntheticModel : IEntityModel
{
    /// <summary>The synthetic entity's KPIs: tokens in and out, and the order-sensitive digest of its inbox.</summary>
    public static readonly IReadOnlyList<KpiInfo> Definitions =
    [
        Kpi.Flow("received", "messages", KpiDirection.Neutral, "tokens received"),
        Kpi.Stock("digest", "hash", KpiDirection.Neutral, "order-sensitive digest of every inbox so far"),
        Kpi.Flow("sent", "messages", KpiDirection.Neutral, "tokens sent"),
    ];

    private static readonly string[] Names = Definitions.Select(d => d.Name).ToArray();
    private readonly StreamRandom _random;
    private readonly int _entityCount;
    private int _messagesPerTick;
    private double _digest;

    public SyntheticModel(EntitySetup setup)
    {
        _random = setup.Stream("tokens");
        _entityCount = setup.Directory.Count;
        Rebind(setup.Scenario);
    }

    public IReadOnlyList<string> KpiNames => Names;

    public void Rebind(Scenario scenario) => _messagesPerTick = scenario.Synthetic?.MessagesPerTick ?? 0;

    public void Step(in StepContext context, ReadOnlySpan<Message> inbox, Outbox outbox, Span<double> kpis)
    {
        foreach (ref readonly var message in inbox)
            _digest = _digest * 0.999 + message.D0 * (1 + message.From % 7);
        int sent = 0;
        if (!context.Closed)
        {
            for (int k = 0; k < _messagesPerTick; k++)
            {
                int to = _random.Next(_entityCount);
                outbox.Send(to, MessageKind.SyntheticToken, d0: _random.NextDouble());
                sent++;
            }
        }
        kpis[0] = inbox.Length;
        kpis[1] = _digest;
        kpis[2] = sent;
    }

    public void WriteState(BinaryWriter writer)
    {
        writer.Write(_digest);
        writer.Write(_random.State);
    }

    public void ReadState(BinaryReader reader)
    {
        _digest = reader.ReadDouble();
        _random.Restore(reader.ReadStreamState());
    }
}
