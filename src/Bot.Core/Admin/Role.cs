namespace Bot.Core.Admin;

public enum Role
{
    Seller,
    Curator,
    Admin,
}
