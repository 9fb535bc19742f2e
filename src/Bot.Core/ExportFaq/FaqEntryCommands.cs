namespace Bot.Core.ExportFaq;

/// <summary>Names shared by the entry commands and the buttons that run them.</summary>
internal static class FaqEntryCommands
{
    public const string New = "faq_baru";
    public const string Edit = "faq_ubah";
    public const string Remove = "faq_hapus";
}
