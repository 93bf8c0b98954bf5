using Microsoft.Extensions.Configuration;

namespace MentorGroups.DependencyInjection.Tests.Support;

/// <summary>The real configuration stack over the JSON file copied next to the tests.</summary>
internal static class TestConfiguration
{
    public static IConfigurationRoot Load() => new ConfigurationBuilder()
        .SetBasePath(AppContext.BaseDirectory)
        .AddJsonFile("appsettings.test.json", optional: false)
        .Build();
}
