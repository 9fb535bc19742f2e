using System.Text.Json.Serialization;

namespace Bot.Host.Discord.Models;

/// <summary>A component sent to Discord; serialized with its numeric "type".</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ActionRow), 1)]
[JsonDerivedType(typeof(ButtonComponent), 2)]
[JsonDerivedType(typeof(TextInputComponent), 4)]
[JsonDerivedType(typeof(LabelComponent), 18)]
public abstract record MessageComponent;
