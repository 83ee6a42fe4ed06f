using BriefingGen.Tests.Infrastructure;

namespace BriefingGen.Tests;

/// <summary>
/// The real content/ folder: the site the README's build command publishes. These tests may only
/// assert what holds for any valid content, so a valid contribution never fails them.
/// </summary>
public class SampleContentTests
{
    [Fact]
    public void Sample_content_is_a_valid_site()
    {
        ContentFolderChecks.AssertValidSite(Path.Combine(Repository.Root, "content"));
    }

    [Fact]
    public void A_valid_contribution_to_the_sample_keeps_it_a_valid_site()
    {
        // A contribution as an analyst would make it: an event long before anything in the sample, and a brief about it.
        using var temp = new TempFolder().WithSampleContent();
        temp.Write("content/events/chile-coup-1973.md", """
            ---
            title: Military coup in Chile
            date: 1973-09-11
            summary: The armed forces overthrow the government of Salvador Allende.
            actors: [chile, salvador-allende]
            sources: [tian-bbc-peru-cuts-ties]
            tags: [chile]
            ---
            The armed forces overthrew the elected government of [[salvador-allende]], which Mexico had supported [@tian-bbc-peru-cuts-ties].
            """);
        temp.Write("content/briefs/chile-1973-and-mexican-asylum.md", """
            ---
            title: Chile 1973 and Mexican asylum
            date: 2025-11-20
            summary: Why the Chilean coup still shapes Mexico's asylum practice.
            actors: [chile, mexico]
            events: [chile-coup-1973]
            tags: [asylum, chile]
            ---
            After the coup of [[chile-coup-1973]], Mexico's embassy in Santiago sheltered hundreds of people who feared for their lives [@tian-bbc-peru-cuts-ties].
            """);

        ContentFolderChecks.AssertValidSite(temp["content"]);
    }
}
