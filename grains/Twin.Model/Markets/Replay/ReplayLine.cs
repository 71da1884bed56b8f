using Twin.Model.Markets.Book;

namespace Twin.Model.Markets.Replay;

/// <summary>One checked line of an order file, in whole ticks and lots.</summary>
/// <param name="Line">The line number in the file (from 1), for messages.</param>
/// <param name="Seq">The line's sequence number; for a new order, also its order id.</param>
/// <param name="Price">Ticks: a limit or amend price, or an uncross's reference price; null when the line has none.</param>
/// <param name="Lots">The quantity in lots (0 when the line has none).</param>
/// <param name="Target">The order a cancel or amend names (by its seq).</param>
public sealed record ReplayLine(int Line, long Seq, string Participant, ReplayAction Action, Side Side, long? Price, long Lots, TimeInForce TimeInForce, long Target);
