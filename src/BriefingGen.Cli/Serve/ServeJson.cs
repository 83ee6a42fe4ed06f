using System.Text.Json.Serialization;

namespace BriefingGen.Cli.Serve;

/// <summary>The JSON that serve writes (lists of the site's paths), its serializer made at compile time: the native CLI cannot make one while it runs.</summary>
[JsonSerializable(typeof(IReadOnlyCollection<string>))]
internal sealed partial class ServeJson : JsonSerializerContext;
