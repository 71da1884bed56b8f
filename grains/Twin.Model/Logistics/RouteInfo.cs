using Twin.Model.Scenarios;

namespace Twin.Model.Logistics;

/// <summary>A route with its ends resolved to entity indexes.</summary>
/// <param name="Ordinal">Its position in the scenario's routes.</param>
/// <param name="Entity">The route's own entity index.</param>
/// <param name="From">The hub it departs from.</param>
/// <param name="To">The destination it delivers to.</param>
/// <param name="Border">The border crossing's entity index, or -1.</param>
public sealed record RouteInfo(int Ordinal, int Entity, int From, int To, int Border, RouteSpec Spec, BorderSpec? BorderSpec);
