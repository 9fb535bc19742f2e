namespace Bot.Core.Profiles;

/// <summary>One of the 46 kelurahan of Kota Kediri (Kepmendagri 300.2.2-2138/2025).</summary>
public sealed record Kelurahan(string Code, string Name, string Kecamatan);
