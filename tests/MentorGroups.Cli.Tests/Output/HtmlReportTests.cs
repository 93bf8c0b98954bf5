using MentorGroups.Cli.Output;
using Microsoft.Playwright;

namespace MentorGroups.Cli.Tests.Output;

/// <summary>
/// The report in a real browser: headless Chromium from the system's package (Debian: apt-get install -y chromium),
/// driven by Playwright. Without a browser the tests fail and say how to install one; they never skip.
/// </summary>
public sealed class HtmlReportTests : IAsyncLifetime
{
    private static readonly string[] BrowserArgs =
        ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private readonly TempFolder _folder = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    /// <summary>Starts the browser on first use, so the tests that read the HTML as text need none.</summary>
    private async Task<IBrowser> Browser()
    {
        if (_browser is not null)
        {
            return _browser;
        }

        var executable = FindChromium()
            ?? throw new InvalidOperationException("No Chromium on PATH: the report's browser test needs one. Install Debian's package with 'apt-get install -y chromium' (.ci/run does it), or put chromium on PATH.");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = executable, Headless = true, Args = BrowserArgs });
        return _browser;
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        _folder.Dispose();
    }

    /// <summary>The first chromium on PATH, as <c>command -v chromium</c> finds it.</summary>
    private static string? FindChromium() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => new[] { "chromium", "chromium-browser" }.Select(name => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);

    private async Task<(IPage Page, List<string> Errors)> Open(string path, int width)
    {
        var page = await (await Browser()).NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        await page.GotoAsync(new Uri(path).AbsoluteUri);
        return (page, errors);
    }

    /// <summary>How many pixels the page is wider than the window (0 when it fits).</summary>
    private static Task<int> Overflow(IPage page) =>
        page.EvaluateAsync<int>("() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth");

    private async Task<(string Path, ResultDocument Document)> SampleReport()
    {
        var report = _folder.File("report.html");
        var json = _folder.File("result.json");
        var run = await Cli.RunAsync("match", "--sample", "--report", report, "--json", json, "--quiet");
        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        return (report, ResultFile.Read(json));
    }

    [Theory]
    [InlineData(360)]
    [InlineData(390)]
    [InlineData(1400)]
    public async Task Render_Sample_FitsTheWindowWithEveryGroupCardAndNoScriptError(int width)
    {
        var (path, document) = await SampleReport();

        var (page, errors) = await Open(path, width);

        Assert.Equal(0, await Overflow(page));
        Assert.Empty(errors);
        var cards = await page.Locator("section.card[data-group]").AllAsync();
        Assert.Equal(document.Groups.Count, cards.Count);
        var ids = await Task.WhenAll(cards.Select(c => c.GetAttributeAsync("data-group")));
        Assert.Equal(document.Groups.Select(g => g.Id), ids);
    }

    [Fact]
    public async Task Render_ChartsAtPhoneWidth_StayInsideTheirCard()
    {
        var (path, _) = await SampleReport();

        var (page, _) = await Open(path, 360);

        var fits = await page.EvaluateAsync<bool>("() => [...document.querySelectorAll('.chart')].every(c => c.querySelector('svg').getBoundingClientRect().right <= c.getBoundingClientRect().right + 0.5)");
        Assert.True(fits);
    }

    [Fact]
    public async Task Overflow_PageWiderThanThePhone_IsDetected()
    {
        // The check above can fail: a page with a fixed 600 px element overflows a 360 px window by 240 px.
        var path = _folder.Write("wide.html", "<!DOCTYPE html><html><head><meta name=\"viewport\" content=\"width=device-width\"></head><body style=\"margin:0\"><div style=\"width:600px\">x</div></body></html>");

        var (page, _) = await Open(path, 360);

        Assert.Equal(240, await Overflow(page));
    }

    [Fact]
    public async Task Render_Sample_HasALegendATileForSmallGroupsSentencesAndLocalTimes()
    {
        var (path, _) = await SampleReport();
        var html = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);

        Assert.Contains("How to read the scores", html, StringComparison.Ordinal);
        Assert.Contains("expertise ×3 (30%)", html, StringComparison.Ordinal);
        Assert.Contains("groups below 5 mentees", html, StringComparison.Ordinal);
        Assert.Contains("of at least 5 mentees</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">NoCompatibleMentor<", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">CapacityExhausted<", html, StringComparison.Ordinal);
        Assert.Contains("<th>Slot, own time</th>", html, StringComparison.Ordinal);
        Assert.Contains("Europe/Copenhagen</td>", html, StringComparison.Ordinal);
    }
}
