using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace BriefingGen.BrowserTests;

/// <summary>
/// A static host on 127.0.0.1 that serves a folder under a sub-path, as GitHub Pages or any
/// plain web server would: files as they are, index.html for a folder, nothing else.
/// </summary>
public sealed class SiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    public string BaseUrl { get; }

    private SiteServer(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public static async Task<SiteServer> StartAsync(string folder, string basePath)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var files = new PhysicalFileProvider(folder);
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".ics"] = "text/calendar";
        // Pagefind's index chunks have extensions of their own.
        foreach (var extension in new[] { ".pagefind", ".pf_fragment", ".pf_index", ".pf_meta", ".pf_filter" }) types.Mappings[extension] = "application/octet-stream";
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RequestPath = basePath });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, RequestPath = basePath, ContentTypeProvider = types });
        await app.StartAsync();
        var address = app.Urls.Single().TrimEnd('/');
        return new SiteServer(app, address + basePath + "/");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
