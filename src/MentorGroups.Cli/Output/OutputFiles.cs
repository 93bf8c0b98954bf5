using System.Text;

namespace MentorGroups.Cli.Output;

/// <summary>
/// Writes a command's output files all or nothing: each is first written to a temporary file beside its target, and
/// only when every one is complete are they moved into place. A failure or Ctrl+C before that leaves existing files
/// untouched and no partial file behind.
/// </summary>
internal sealed class OutputFiles : IDisposable
{
    private readonly List<(string Temp, string Target)> _staged = [];
    private bool _committed;

    /// <summary>Writes one file's content to a temporary file beside <paramref name="target"/>.</summary>
    /// <exception cref="IOException">The directory does not exist or cannot be written.</exception>
    public async Task StageAsync(string target, string content, bool byteOrderMark, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(target);
        var directory = Path.GetDirectoryName(full)!;
        var temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        _staged.Add((temp, full));
        await File.WriteAllTextAsync(temp, content, new UTF8Encoding(byteOrderMark), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Moves every staged file into place, replacing what is there.</summary>
    public void Commit(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var (temp, target) in _staged)
        {
            File.Move(temp, target, overwrite: true);
        }

        _committed = true;
    }

    /// <summary>Removes temporary files of an uncommitted set.</summary>
    public void Dispose()
    {
        if (_committed)
        {
            return;
        }

        foreach (var (temp, _) in _staged)
        {
            try
            {
                File.Delete(temp);
            }
            catch (IOException)
            {
                // Best effort: a leftover hidden .tmp file is harmless and never mistaken for output.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
