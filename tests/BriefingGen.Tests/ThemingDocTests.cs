using System.Reflection;
using BriefingGen.Model;
using BriefingGen.Rendering.Metadata;
using BriefingGen.Rendering.Pages;
using BriefingGen.Tests.Infrastructure;

namespace BriefingGen.Tests;

/// <summary>docs/theming.md is what a theme author has: every member a template can read is named there.</summary>
public class ThemingDocTests
{
    [Fact]
    public void Every_member_a_template_can_read_is_named_in_the_theming_guide()
    {
        // The built-in theme read r.of_in_title and cite.shown_above, which the guide did not name.
        var guide = File.ReadAllText(Path.Combine(Repository.Root, "docs", "theming.md"));
        var roots = typeof(PageSpec).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(PageSpec).Namespace && t.IsPublic && t.Name.EndsWith("Page", StringComparison.Ordinal))
            .Append(typeof(SiteConfig)).Append(typeof(PageDiscovery));
        var missing = new List<string>();
        var seen = new HashSet<Type>();
        var queue = new Queue<Type>(roots);
        while (queue.TryDequeue(out var type))
        {
            if (!seen.Add(type)) continue;
            // A type with a row of its own in the guide's table of values names its members there.
            var row = guide.Split('\n').FirstOrDefault(line => line.StartsWith($"| {type.Name} |", StringComparison.Ordinal)) ?? guide;
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
            {
                var name = Scriban.Runtime.StandardMemberRenamer.Default(property);
                if (!row.Contains($"`{name}`", StringComparison.Ordinal) && !row.Contains($".{name}", StringComparison.Ordinal)) missing.Add($"{type.Name}.{name}");
                foreach (var reached in Reached(property.PropertyType)) queue.Enqueue(reached);
            }
        }
        Assert.True(seen.Count > 20, $"only {seen.Count} types reached");
        Assert.True(missing.Count == 0, "not in docs/theming.md: " + string.Join(", ", missing));
    }

    /// <summary>The engine's own types a property's value is or holds (a list's items, a map's values).</summary>
    private static IEnumerable<Type> Reached(Type type)
    {
        if (type.Assembly == typeof(PageSpec).Assembly && !type.IsEnum && type != typeof(Rendering.TrustedHtml)) yield return type;
        foreach (var argument in type.IsGenericType ? type.GetGenericArguments() : [])
            foreach (var inner in Reached(argument)) yield return inner;
        if (Nullable.GetUnderlyingType(type) is { } underlying)
            foreach (var inner in Reached(underlying)) yield return inner;
    }
}
