using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BriefingGen.Cli.Serve;

/// <summary>
/// Serves a <see cref="LiveSite"/> from memory with Kestrel, on the loopback interface only, at
/// the site root; adds the live-reload hook to its pages and streams rebuilds as Server-Sent Events.
/// </summary>
public sealed class DevServer : IAsyncDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly FileExtensionContentTypeProvider ContentTypes = new() { Mappings = { [".ics"] = "text/calendar" } };

    private readonly WebApplication _app;
    private readonly LiveSite _site;

    private DevServer(WebApplication app, LiveSite site)
    {
        _app = app;
        _site = site;
    }

    /// <summary>The address it listens on, e.g. http://127.0.0.1:8000 (known once started).</summary>
    public string Origin { get; private set; } = "";

    public static async Task<DevServer> StartAsync(LiveSite site, int port)
    {
        // The host's own config files (appsettings.json) are reloaded on change by default, which watches
        // the working folder and every folder under it: from a repository with node_modules, or with
        // two servers, that used up the user's inotify watches, and the content watcher then stopped
        // seeing edits without a word. Serve reads no config files, so nothing watches there. Its root
        // is where the program is, which exists: started in a working folder since deleted, the host
        // refused to start ("Unable to find the specified file").
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = ["--hostBuilder:reloadConfigOnChange=false"],
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        // Open event streams end when the server stops; nothing else should hold up Ctrl-C.
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var app = builder.Build();
        var server = new DevServer(app, site);
        app.Run(server.Handle);
        await app.StartAsync();
        server.Origin = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First().TrimEnd('/');
        return server;
    }

    /// <summary>Completes when the server stops: on Ctrl-C, SIGTERM, or <see cref="DisposeAsync"/>.</summary>
    public Task WaitForShutdownAsync(CancellationToken stop) => _app.WaitForShutdownAsync(stop);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task Handle(HttpContext context)
    {
        // Only by a loopback name: a page of another site whose own DNS points at 127.0.0.1 (DNS
        // rebinding) must not read the preview, drafts and all.
        if (context.Request.Host.Host is not ("127.0.0.1" or "localhost"))
        {
            await Send(context, StatusCodes.Status421MisdirectedRequest, "text/plain; charset=utf-8", Utf8.GetBytes("This preview answers only at 127.0.0.1 or localhost.\n"));
            return;
        }
        // The address the browser used: the reload hook's policy must name it, localhost or 127.0.0.1.
        var origin = $"http://{context.Request.Host}";
        // "//repo/x" is "/repo/x", as it is "/x" at the root: a server of the published site reads it so.
        var path = "/" + (context.Request.Path.Value ?? "/").TrimStart('/');
        switch (path)
        {
            case LiveReload.ScriptPath:
                await Send(context, 200, "text/javascript; charset=utf-8", Utf8.GetBytes(LiveReload.Script));
                return;
            case LiveReload.StylePath:
                await Send(context, 200, "text/css; charset=utf-8", Utf8.GetBytes(LiveReload.Style));
                return;
            case LiveReload.EventsPath:
                await StreamRebuilds(context);
                return;
        }

        // Read before the page: a page changed after this is told to it when it connects.
        var mark = _site.NewsMark;
        if (!_site.HasPages)
        {
            await Send(context, 503, "text/html; charset=utf-8", Utf8.GetBytes(LiveReload.ProblemsPage(origin, _site.Problems, mark)));
            return;
        }
        var file = FileAt(path);
        // The site is served at the root, but the 404 page links from base_url's path, as where the
        // site is published: "/repo/assets/style.css" is the site's "assets/style.css" too.
        var basePath = _site.BasePath;
        if (_site.File(file) is null && basePath.Length > 1 && path.StartsWith(basePath, StringComparison.Ordinal)
            && FileAt(path[basePath.Length..]) is var inSite && (_site.File(inSite) ?? _site.File(inSite + "/index.html")) is not null)
            file = inSite;
        if (_site.File(file) is { } bytes)
        {
            await Send(context, 200, ContentType(file), file.EndsWith(".html", StringComparison.Ordinal) ? Served(bytes, origin, mark, [file]) : bytes);
        }
        // A folder typed without its slash ("/briefs/b", "/repo/briefs/b", "/repo"), as a server of the published site redirects it.
        else if (_site.File(file + "/index.html") is not null || (basePath.Length > 1 && path + "/" == basePath))
        {
            // One leading slash: "//briefs/b/" is another host to a browser. The query goes along.
            context.Response.Redirect("/" + context.Request.Path.ToUriComponent().TrimStart('/') + "/" + context.Request.QueryString);
        }
        else
        {
            await Send(context, 404, "text/html; charset=utf-8", Served(_site.File("404.html") ?? Utf8.GetBytes("<!doctype html><title>Not found</title><body>Not found</body>"), origin, mark, MayYetBe(path, basePath)));
        }
    }

    /// <summary>
    /// The files an address not found may yet be, and the not-found page it shows meanwhile: the
    /// file, the index of a folder typed without its slash, and both under base_url's path too.
    /// </summary>
    private static List<string> MayYetBe(string path, string basePath)
    {
        var files = new List<string> { "404.html" };
        foreach (var address in basePath.Length > 1 && path.StartsWith(basePath, StringComparison.Ordinal) ? [path, path[(basePath.Length - 1)..]] : new[] { path })
        {
            var file = FileAt(address);
            files.Add(file);
            if (!address.EndsWith('/')) files.Add(file + "/index.html");
        }
        return files;
    }

    /// <summary>The site's file a request path names: a folder is its index.html.</summary>
    private static string FileAt(string path)
    {
        var file = path.TrimStart('/');
        return file.Length == 0 || file.EndsWith('/') ? file + "index.html" : file;
    }

    private byte[] Served(byte[] page, string origin, string mark, IReadOnlyList<string> shown) => Utf8.GetBytes(LiveReload.Inject(Utf8.GetString(page), origin, _site.Problems, mark, shown));

    private static string ContentType(string file) =>
        ContentTypes.TryGetContentType(file, out var type) ? type + (type.StartsWith("text/", StringComparison.Ordinal) || type.EndsWith("json", StringComparison.Ordinal) ? "; charset=utf-8" : "") : "application/octet-stream";

    private static async Task Send(HttpContext context, int status, string contentType, byte[] body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        // A preview must never show a stale page from the browser's cache.
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }

    /// <summary>
    /// A "reload" event for each news of the site, until the page goes away or the server stops. Its
    /// data is the JSON list of the paths that changed, or null for every page: a page reloads only
    /// when it is one of them (<see cref="LiveReload.Script"/>).
    /// </summary>
    private async Task StreamRebuilds(HttpContext context)
    {
        using var done = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _app.Lifetime.ApplicationStopping);
        // The news since the page was served (it says when), or, taken before the page hears it is
        // connected, from then on.
        var news = _site.NewsSince(context.Request.Query["since"].FirstOrDefault());
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        try
        {
            await context.Response.WriteAsync(": connected\n\n", done.Token);
            await context.Response.Body.FlushAsync(done.Token);
            while (true)
            {
                var (paths, next) = await news.WaitAsync(done.Token);
                await context.Response.WriteAsync("event: reload\ndata: " + JsonSerializer.Serialize(paths, ServeJson.Default.IReadOnlyCollectionString) + "\n\n", done.Token);
                await context.Response.Body.FlushAsync(done.Token);
                news = next;
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
