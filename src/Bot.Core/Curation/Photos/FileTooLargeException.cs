namespace Bot.Core.Curation.Photos;

/// <summary>Thrown by <see cref="CappedBuffer"/> to stop a download that passed the size cap.</summary>
public sealed class FileTooLargeException : IOException
{
    public FileTooLargeException()
        : base("The file is larger than the download cap.")
    {
    }

    public FileTooLargeException(string message)
        : base(message)
    {
    }

    public FileTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
