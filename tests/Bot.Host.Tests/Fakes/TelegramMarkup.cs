using System.Globalization;
using System.Net;
using System.Text;

namespace Bot.Host.Tests.Fakes;

/// <summary>
/// A small re-implementation of the Bot API's parse_mode handling: validates HTML / MarkdownV2 / Markdown the way
/// Telegram does (same error texts for the common mistakes) and returns the plain text Telegram would store.
/// </summary>
internal static class TelegramMarkup
{
    private const string Prefix = "Bad Request: can't parse entities: ";

    private static readonly HashSet<string> HtmlTags = new(StringComparer.Ordinal)
    {
        "a", "b", "strong", "i", "em", "s", "strike", "del", "u", "ins", "tg-spoiler", "tg-emoji", "span", "pre",
        "code", "blockquote",
    };

    private const string MarkdownV2Reserved = "_*[]()~`>#+-=|{}.!";

    /// <summary>Returns the rendered plain text, or throws a 400 <see cref="BotApiError"/>.</summary>
    public static string Render(string text, string? parseMode)
    {
        if (string.IsNullOrEmpty(parseMode))
        {
            return text;
        }

        return parseMode.ToLowerInvariant() switch
        {
            "html" => RenderHtml(text),
            "markdownv2" => RenderMarkdownV2(text),
            "markdown" => RenderMarkdown(text),
            _ => throw BotApiError.BadRequest("unsupported parse_mode"),
        };
    }

    private static int ByteOffset(string text, int index) => Encoding.UTF8.GetByteCount(text.AsSpan(0, index));

    private static BotApiError Error(string message) => BotApiError.BadRequest(Prefix + message);

    private static string RenderHtml(string text)
    {
        var output = new StringBuilder(text.Length);
        var open = new Stack<string>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '&')
            {
                var end = text.IndexOf(';', i);
                if (end > i && end - i <= 10)
                {
                    var decoded = WebUtility.HtmlDecode(text[i..(end + 1)]);
                    if (decoded != text[i..(end + 1)] && IsSupportedEntity(text[(i + 1)..end]))
                    {
                        output.Append(decoded);
                        i = end + 1;
                        continue;
                    }
                }

                output.Append(c);
                i++;
                continue;
            }

            if (c != '<')
            {
                output.Append(c);
                i++;
                continue;
            }

            var tagStart = i;
            var closing = i + 1 < text.Length && text[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < text.Length && (char.IsAsciiLetterOrDigit(text[nameEnd]) || text[nameEnd] == '-'))
            {
                nameEnd++;
            }

            var name = text[nameStart..nameEnd].ToLowerInvariant();
            var close = FindTagEnd(text, nameEnd);
            if (close < 0)
            {
                throw Error(string.Create(CultureInfo.InvariantCulture, $"Unclosed start tag at byte offset {ByteOffset(text, tagStart)}"));
            }

            if (closing)
            {
                if (open.Count == 0)
                {
                    throw Error(string.Create(CultureInfo.InvariantCulture, $"Unexpected end tag at byte offset {ByteOffset(text, tagStart)}"));
                }

                var expected = open.Pop();
                if (expected != name)
                {
                    throw Error(string.Create(CultureInfo.InvariantCulture, $"Unmatched end tag at byte offset {ByteOffset(text, tagStart)}, expected \"</{expected}>\", found \"</{name}>\""));
                }
            }
            else
            {
                if (!HtmlTags.Contains(name))
                {
                    throw Error(string.Create(CultureInfo.InvariantCulture, $"Unsupported start tag \"{name}\" at byte offset {ByteOffset(text, tagStart)}"));
                }

                if (name == "span" && !text[nameEnd..close].Contains("tg-spoiler", StringComparison.Ordinal))
                {
                    throw Error("Tag \"span\" must have class \"tg-spoiler\"");
                }

                open.Push(name);
            }

            i = close + 1;
        }

        if (open.Count > 0)
        {
            throw Error($"Can't find end tag corresponding to start tag \"{open.Peek()}\"");
        }

        return output.ToString();
    }

    private static bool IsSupportedEntity(string entity) =>
        entity is "lt" or "gt" or "amp" or "quot" || (entity.Length > 1 && entity[0] == '#');

    private static int FindTagEnd(string text, int from)
    {
        char? quote = null;
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is not null)
            {
                if (c == quote)
                {
                    quote = null;
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i;
            }
            else if (c == '<')
            {
                return -1;
            }
        }

        return -1;
    }

    private static string RenderMarkdownV2(string text)
    {
        var output = new StringBuilder(text.Length);
        var open = new Stack<(string Marker, int Index)>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length)
            {
                output.Append(text[i + 1]);
                i += 2;
                continue;
            }

            if (c == '`')
            {
                var marker = text.AsSpan(i).StartsWith("```") ? "```" : "`";
                var end = text.IndexOf(marker, i + marker.Length, StringComparison.Ordinal);
                if (end < 0)
                {
                    throw Error(string.Create(CultureInfo.InvariantCulture, $"Can't find end of {(marker == "`" ? "Code" : "Pre")} entity at byte offset {ByteOffset(text, i)}"));
                }

                output.Append(text.AsSpan(i + marker.Length, end - i - marker.Length));
                i = end + marker.Length;
                continue;
            }

            string? entity = c switch
            {
                '*' => "*",
                '~' => "~",
                '_' => text.AsSpan(i).StartsWith("__") ? "__" : "_",
                '|' when text.AsSpan(i).StartsWith("||") => "||",
                '[' => "[",
                ']' when open.Count > 0 && open.Peek().Marker == "[" => "]",
                '>' when i == 0 || text[i - 1] == '\n' => ">",
                _ => null,
            };

            if (entity is null)
            {
                if (MarkdownV2Reserved.Contains(c, StringComparison.Ordinal))
                {
                    throw BotApiError.BadRequest(Prefix + $"Character '{c}' is reserved and must be escaped with the preceding '\\'");
                }

                output.Append(c);
                i++;
                continue;
            }

            switch (entity)
            {
                case ">":
                    i++;
                    break;
                case "[":
                    open.Push(("[", i));
                    i++;
                    break;
                case "]":
                    open.Pop();
                    i++;
                    if (i < text.Length && text[i] == '(')
                    {
                        var end = text.IndexOf(')', i);
                        if (end < 0)
                        {
                            throw Error(string.Create(CultureInfo.InvariantCulture, $"Can't find end of a URL at byte offset {ByteOffset(text, i)}"));
                        }

                        i = end + 1;
                    }

                    break;
                default:
                    if (open.Count > 0 && open.Peek().Marker == entity)
                    {
                        open.Pop();
                    }
                    else
                    {
                        open.Push((entity, i));
                    }

                    i += entity.Length;
                    break;
            }
        }

        if (open.Count > 0)
        {
            var (marker, index) = open.Peek();
            throw Error(string.Create(CultureInfo.InvariantCulture, $"Can't find end of {EntityName(marker)} entity at byte offset {ByteOffset(text, index)}"));
        }

        return output.ToString();
    }

    private static string EntityName(string marker) => marker switch
    {
        "*" => "Bold",
        "_" => "Italic",
        "__" => "Underline",
        "~" => "Strikethrough",
        "||" => "Spoiler",
        "[" => "TextUrl",
        _ => "the",
    };

    private static string RenderMarkdown(string text)
    {
        var output = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '*' or '_' or '`')
            {
                var end = text.IndexOf(c, i + 1);
                if (end < 0)
                {
                    throw Error(string.Create(CultureInfo.InvariantCulture, $"Can't find end of the entity starting at byte offset {ByteOffset(text, i)}"));
                }

                output.Append(text.AsSpan(i + 1, end - i - 1));
                i = end + 1;
                continue;
            }

            if (c == '[')
            {
                var close = text.IndexOf(']', i + 1);
                if (close < 0)
                {
                    throw Error(string.Create(CultureInfo.InvariantCulture, $"Can't find end of the entity starting at byte offset {ByteOffset(text, i)}"));
                }

                output.Append(text.AsSpan(i + 1, close - i - 1));
                i = close + 1;
                if (i < text.Length && text[i] == '(')
                {
                    var end = text.IndexOf(')', i);
                    i = end < 0 ? text.Length : end + 1;
                }

                continue;
            }

            output.Append(c);
            i++;
        }

        return output.ToString();
    }
}
