using System.Collections.Frozen;
using System.Text;

namespace Bot.Core.Conversations.Forms;

public sealed class FormRegistry
{
    private const int MaxCallbackBytes = 64;
    private readonly FrozenDictionary<string, FormDefinition> _forms;

    public FormRegistry(IEnumerable<FormDefinition> forms)
    {
        _forms = forms.ToFrozenDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var form in _forms.Values)
        {
            Check(form);
        }
    }

    public bool TryGet(string? name, out FormDefinition form)
    {
        form = null!;
        return name is not null && _forms.TryGetValue(name, out form!);
    }

    // A choice value too long for callback data would only fail on the platform, so refuse it at start-up.
    private static void Check(FormDefinition form)
    {
        foreach (var field in form.Fields)
        {
            foreach (var choice in field.Choices)
            {
                var data = new FormCallback(int.MaxValue, form.Fields.Count, FormCallback.Choose, choice.Value).ToString();
                if (Encoding.UTF8.GetByteCount(data) > MaxCallbackBytes)
                {
                    throw new InvalidOperationException($"Form {form.Name}, field {field.Key}: choice value '{choice.Value}' is too long for button data.");
                }
            }
        }
    }
}
