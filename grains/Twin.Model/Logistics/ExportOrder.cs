using Twin.Model.Scenarios;

namespace Twin.Model.Logistics;

/// <summary>A town's exports of one goods class to one country on one day.</summary>
public readonly record struct ExportOrder(int Town, int Country, GoodsClass Goods, double Teu, double Tonnes, double Value);
