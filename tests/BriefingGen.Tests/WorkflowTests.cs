using BriefingGen.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace BriefingGen.Tests;

/// <summary>The repository's GitHub workflows, read as data: what a contributor's pull request goes through.</summary>
public class WorkflowTests
{
    private const string ContributorCheck = "check --strict --lint citations --format github";

    [Fact]
    public void The_annotated_content_check_runs_whatever_the_tests_do()
    {
        var jobs = Jobs("pr.yml");
        var (jobName, steps, index) = jobs.SelectMany(j => Steps(j.Value).Select((s, i) => (j.Key, Steps(j.Value), i)))
            .Single(s => Run(s.Item2[s.i]).Contains(ContributorCheck, StringComparison.Ordinal));
        var check = steps[index];

        // Either the step runs even after a failed step before it, or no test runs before it in its job or the jobs it needs.
        if (Scalar(check, "if") is { } condition && (condition.Contains("!cancelled()") || condition.Contains("always()"))) return;
        var earlier = steps.Take(index).Select(Run).Where(RunsTests).ToList();
        Assert.True(earlier.Count == 0, $"job '{jobName}' runs the tests before the contributor's check: {string.Join("; ", earlier)}");
        foreach (var needed in Needs(jobs[jobName]))
            Assert.False(Steps(jobs[needed]).Select(Run).Any(RunsTests), $"job '{jobName}' waits for '{needed}', which runs the tests");
    }

    [Theory]
    [InlineData("pr.yml")]
    [InlineData("publish.yml")]
    [InlineData("mutation.yml")]
    public void Every_action_is_pinned_to_a_full_commit_sha_with_its_version_in_a_comment(string workflow)
    {
        var lines = File.ReadAllLines(Path.Combine(Repository.Root, ".github", "workflows", workflow)).Where(l => l.Contains("uses:")).ToList();
        Assert.NotEmpty(lines);
        foreach (var line in lines)
            Assert.Matches(@"uses: [\w.-]+/[\w.-]+@[0-9a-f]{40} # v\d+(\.\d+)*$", line.Trim().TrimStart('-', ' '));
    }

    [Fact]
    public void The_pull_request_check_renders_the_site_with_an_address_as_the_published_build_does()
    {
        var check = Jobs("pr.yml").Values.SelectMany(Steps).Select(Run).Single(r => r.Contains(ContributorCheck, StringComparison.Ordinal));
        Assert.Contains("--base-url ", check);
        Assert.Contains(Jobs("publish.yml")["build"].Children.Values.OfType<YamlSequenceNode>().SelectMany(s => s.Children).OfType<YamlMappingNode>().Select(Run),
            r => r.Contains(" build ", StringComparison.Ordinal) && r.Contains("--base-url ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("pr.yml")]
    [InlineData("publish.yml")]
    public void Every_job_that_builds_the_site_or_runs_the_tests_installs_the_search_indexer_first(string workflow)
    {
        // Without Pagefind the build still passes and publishes a site whose search page finds nothing, and the search tests skip.
        var jobs = Jobs(workflow).Where(j => Steps(j.Value).Select(Run).Any(r => RunsTests(r) || BuildsSite(r))).ToList();
        Assert.NotEmpty(jobs);
        foreach (var (name, job) in jobs)
        {
            var runs = Steps(job).Select(Run).ToList();
            var install = runs.FindIndex(r => r.Contains("npm ci --prefix tools/search", StringComparison.Ordinal));
            Assert.True(install >= 0, $"job '{name}' of {workflow} builds or tests without installing Pagefind");
            Assert.True(install < runs.FindIndex(r => RunsTests(r) || BuildsSite(r)), $"job '{name}' of {workflow} installs Pagefind after it builds or tests");
        }
    }

    [Fact]
    public void Only_the_deploy_job_may_write_to_pages_and_it_runs_after_the_tests_and_the_check()
    {
        var jobs = Jobs("publish.yml");
        foreach (var (name, job) in jobs)
        {
            var permissions = job.Children.TryGetValue(new YamlScalarNode("permissions"), out var p) ? (YamlMappingNode)p : null;
            var writes = permissions?.Children.Where(c => c.Value.ToString() == "write").Select(c => c.Key.ToString()).ToList() ?? [];
            if (name == "deploy") Assert.Equal(["pages", "id-token"], writes);
            else Assert.Empty(writes);
        }
        var build = Steps(jobs["build"]).Select(Run).ToList();
        var deployNeeds = Needs(jobs["deploy"]);
        Assert.Equal(["build"], deployNeeds);
        Assert.Contains(build, RunsTests);
        Assert.Contains(build, r => r.Contains("check --strict --lint citations", StringComparison.Ordinal));
        Assert.True(build.FindIndex(RunsTests) < build.FindIndex(r => r.Contains(" build ", StringComparison.Ordinal)));
    }

    private static Dictionary<string, YamlMappingNode> Jobs(string workflow)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(Repository.Root, ".github", "workflows", workflow))) yaml.Load(reader);
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        return ((YamlMappingNode)root["jobs"]).Children.ToDictionary(c => c.Key.ToString(), c => (YamlMappingNode)c.Value);
    }

    private static List<YamlMappingNode> Steps(YamlMappingNode job) => ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>().ToList();

    private static List<string> Needs(YamlMappingNode job) => job.Children.TryGetValue(new YamlScalarNode("needs"), out var needs)
        ? needs is YamlSequenceNode list ? list.Children.Select(n => n.ToString()).ToList() : [needs.ToString()]
        : [];

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value.ToString() : null;

    private static string Run(YamlMappingNode step) => Scalar(step, "run") ?? "";

    private static bool RunsTests(string run) => run.Contains("dotnet test", StringComparison.Ordinal);

    private static bool BuildsSite(string run) => run.Contains("BriefingGen.Cli -- build", StringComparison.Ordinal);
}
