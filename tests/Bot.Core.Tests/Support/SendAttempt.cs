using Bot.Core.Messaging;

namespace Bot.Core.Tests.Support;

/// <summary>One call of the fake sender, with the token the dispatcher passed in.</summary>
public sealed record SendAttempt(OutgoingEnvelope Envelope, SendStatus Answer, CancellationToken Token);
