namespace Twin.Model.Markets.Book;

/// <summary>Which way an order trades.</summary>
public enum Side : byte
{
    Buy = 0,
    Sell = 1,
}
