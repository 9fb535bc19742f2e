using System.Diagnostics;
using System.Text;

namespace Bot.Host.Tests.Support;

/// <summary>The bot as a separate process (`dotnet Bot.Host.dll`), so a test can kill it without warning.</summary>
public sealed class BotProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly Task _readOut;
    private readonly Task _readErr;

    private BotProcess(Process process)
    {
        _process = process;
        _readOut = Drain(process.StandardOutput, _stdout);
        _readErr = Drain(process.StandardError, _stderr);
    }

    /// <summary>
    /// Bot.Host's own build output (same configuration as the tests): the test folder's copy lacks the
    /// hosting assemblies, which the tests get from the ASP.NET Core shared framework instead.
    /// </summary>
    public static string HostFolder { get; } = FindHostFolder();

    public string StandardOutput
    {
        get
        {
            lock (_stdout)
            {
                return _stdout.ToString();
            }
        }
    }

    public string StandardError
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    public static BotProcess Start(IDictionary<string, string> environment, string? standardInput = null, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = HostFolder,
            StandardOutputEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add(Path.Combine(HostFolder, "Bot.Host.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        // The child must not inherit a developer's real token.
        info.Environment.Remove("Telegram__BotToken");
        info.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the bot process.");
        if (standardInput is not null)
        {
            process.StandardInput.Write(standardInput);
        }

        process.StandardInput.Close();
        return new BotProcess(process);
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        await Task.WhenAll(_readOut, _readErr);
        return _process.ExitCode;
    }

    /// <summary>SIGKILL: no graceful shutdown, no finally blocks, exactly like a power cut for the process.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
    }

    private static string FindHostFolder()
    {
        var testFolder = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testFolder.Name;
        var configuration = testFolder.Parent!.Name;
        var root = testFolder;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Bot.slnx")))
        {
            root = root.Parent;
        }

        var folder = Path.Combine(root?.FullName ?? throw new InvalidOperationException("Bot.slnx not found above the test folder."), "src", "Bot.Host", "bin", configuration, framework);
        return File.Exists(Path.Combine(folder, "Bot.Host.dll")) ? folder : throw new InvalidOperationException($"Bot.Host is not built at {folder}.");
    }

    private static async Task Drain(StreamReader reader, StringBuilder into)
    {
        var buffer = new char[4096];
        int read;
        while ((read = await reader.ReadAsync(buffer)) > 0)
        {
            lock (into)
            {
                into.Append(buffer, 0, read);
            }
        }
    }
}
