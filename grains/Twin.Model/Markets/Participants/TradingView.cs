namespace Twin.Model.Markets.Participants;

/// <summary>What a participant knows of one market when it decides its orders for the day.</summary>
/// <param name="Value">Its own view of the fundamental on the day its orders will trade: the forecast from yesterday's, with a private error.</param>
/// <param name="Close">Yesterday's close.</param>
/// <param name="Scale">max(|value|, 10% of the start price): price offsets are shares of it, so they stay sensible near zero.</param>
/// <param name="Position">The open position expected when today's orders trade: yesterday's orders assumed filled, nothing if the contract expires tonight.</param>
/// <param name="Momentum">The close's change over the momentum window, relative to the scale; 0 until known.</param>
/// <param name="Called">A margin call is open: risk takers only trade to reduce their position.</param>
public readonly record struct TradingView(double Value, double Close, double Scale, long Position, int Lots, double Momentum, bool Called);
