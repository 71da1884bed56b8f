using Twin.Model.Kernel;
using Twin.Model.Scenarios;

namespace Twin.Model.Markets.Participants;

/// <summary>The `participants` section: the platform's members, each a <see cref="ParticipantModel"/>.</summary>
public sealed class ParticipantKind : IEntityKind
{
    public const string Name = "participant";

    public string Kind => Name;

    public string Section => "participants";

    public IEnumerable<EntityDescriptor> Describe(Scenario scenario) =>
        scenario.Participants.Select((p, i) => new EntityDescriptor(p.Id, Kind, Section, $"participants[{i}]"));

    public IEntityModel Create(EntitySetup setup) => new ParticipantModel(setup);

    public IReadOnlyList<KpiInfo> Kpis => ParticipantKpis.Definitions;
}
