using Twin.Model.Kernel;
using Twin.Model.Scenarios;

namespace Twin.Model.Markets.Bonds.Investors;

/// <summary>The `investors` section: the funds and banks of the bond market, each an <see cref="InvestorModel"/>.</summary>
public sealed class InvestorEntityKind : IEntityKind
{
    public const string Name = "investor";

    public string Kind => Name;

    public string Section => "investors";

    public IEnumerable<EntityDescriptor> Describe(Scenario scenario) =>
        scenario.Investors.Select((v, i) => new EntityDescriptor(v.Id, Kind, Section, $"investors[{i}]"));

    public IEntityModel Create(EntitySetup setup) => new InvestorModel(setup);

    public IReadOnlyList<KpiInfo> Kpis => InvestorKpis.Definitions;
}
