using System.Text.Json.Serialization;

namespace Bot.Host.Discord.Gateway;

/// <summary>A payload we send; <c>d</c> is always written, also as null (a first heartbeat).</summary>
internal sealed record GatewayCommand(int Op, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] object? D)
{
    public static GatewayCommand Heartbeat(long? sequence) => new((int)GatewayOpcode.Heartbeat, sequence);

    public static GatewayCommand Identify(IdentifyData data) => new((int)GatewayOpcode.Identify, data);

    public static GatewayCommand Resume(ResumeData data) => new((int)GatewayOpcode.Resume, data);
}
