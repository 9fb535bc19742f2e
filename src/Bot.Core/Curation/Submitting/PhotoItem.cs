using System.Globalization;

namespace Bot.Core.Curation.Submitting;

/// <summary>
/// A photo as a form keeps it until the form is saved: "p:&lt;file id&gt;" (a photo), "d:&lt;file id&gt;" (an image sent
/// as a file) or "s:&lt;number&gt;" (a photo already stored with the submission, kept by a resubmission).
/// </summary>
public readonly record struct PhotoItem(char Kind, string Value)
{
    public const char Photo = 'p';
    public const char Document = 'd';
    public const char Stored = 's';

    public static PhotoItem Parse(string item) =>
        item.Length > 2 && item[1] == ':' ? new PhotoItem(item[0], item[2..]) : new PhotoItem(Photo, item);

    public static string StoredItem(int number) => "s:" + number.ToString(CultureInfo.InvariantCulture);

    public int StoredNumber => int.Parse(Value, CultureInfo.InvariantCulture);

    public override string ToString() => $"{Kind}:{Value}";
}
