namespace Twin.Model.Markets.Book;

/// <summary>A limit order names its worst acceptable price; a market order takes whatever the book offers.</summary>
public enum OrderType : byte
{
    Limit = 0,
    Market = 1,
}
