namespace Twin.Model.Markets.Book;

/// <summary>
/// Continuous: each order matches on arrival. Call: orders are collected without matching until
/// the auction uncrosses them at one price (the opening call of each trading day).
/// </summary>
public enum BookPhase : byte
{
    Continuous = 0,
    Call = 1,
}
