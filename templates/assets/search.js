// The search page's only script (the one page whose Content-Security-Policy allows script).
// It loads the Pagefind index that `briefinggen build` writes into pagefind/ and lists the results
// grouped by kind. Results are built with DOM calls, never innerHTML, so indexed text stays text.

const siteRoot = new URL("../", import.meta.url);
const kinds = [["brief", "Briefs"], ["actor", "Actors"], ["event", "Events"], ["source", "Sources"]];
// Each kind is searched on its own (the index's kind filter), so its heading counts all its results
// and its first ten show however many of another kind rank above them; the rest are a click away.
const shownPerKind = 10;
// "Show more" loads this many at a time: a common word on a large site matches thousands of pages.
const shownPerClick = 50;

const box = document.querySelector(".search");
const input = document.getElementById("search-input");
const status = document.querySelector(".search-status");
const results = document.querySelector(".search-results");

const bundle = new URL("pagefind/pagefind.js", siteRoot).href;
let pagefind = null;
try {
  pagefind = await import(bundle);
  await pagefind.options({ baseUrl: siteRoot.pathname });
  await pagefind.init();
} catch {
  // Said why, since the note's "needs JavaScript" misled a reader whose browser ran this very
  // script: no index (Pagefind was not installed at build time), or one that would not load. (From
  // disk this script does not run at all: browsers load no module from file:; the note says so.)
  pagefind = null;
  const note = document.querySelector(".search-unavailable");
  const missing = await fetch(bundle, { method: "HEAD" }).then(r => r.status === 404, () => false);
  if (note !== null) {
    note.textContent = missing
      ? "This copy of the site was published without its search index, so search is not available here. The lists below lead to every page."
      : "The search index would not load; reload the page to try again. The lists below lead to every page.";
  }
}

if (pagefind !== null) {
  document.querySelector(".search-unavailable").hidden = true;
  box.hidden = false;
  let latest = 0;
  input.addEventListener("input", () => {
    const query = ++latest;
    setTimeout(() => { if (query === latest) search(input.value, query); }, 150);
  });
  const initial = new URLSearchParams(location.search).get("q");
  if (initial) {
    input.value = initial;
    search(initial, latest);
  }
  input.focus();

  async function search(text, query) {
    const term = text.trim();
    if (term === "") {
      results.replaceChildren();
      status.textContent = "";
      return;
    }
    let found, first;
    try {
      found = await Promise.all(kinds.map(([kind]) => pagefind.search(term, { filters: { kind } })));
      first = await Promise.all(found.map(f => Promise.all(f.results.slice(0, shownPerKind).map(r => r.data()))));
    } catch {
      // A part of the index that would not load (the site was published again meanwhile, or the network failed).
      if (query === latest) {
        results.replaceChildren();
        status.textContent = `Search failed for “${term}”; try again.`;
      }
      return;
    }
    if (query !== latest) return; // a newer query is on its way
    history.replaceState(null, "", "?q=" + encodeURIComponent(term));
    results.replaceChildren(...kinds.map(([, heading], i) => group(heading, found[i].results, first[i])).filter(Boolean));
    const count = found.reduce((sum, f) => sum + f.results.length, 0);
    status.textContent = count === 0 ? `Nothing found for “${term}”.` : `${count} ${count === 1 ? "page" : "pages"} found for “${term}”.`;
  }
}

// A kind's results: its count, the first pages loaded, and a button that loads and shows the rest.
function group(heading, all, shown) {
  if (all.length === 0) return null;
  const section = document.createElement("section");
  section.className = "search-group";
  const title = document.createElement("h2");
  title.textContent = `${heading} (${all.length})`;
  const list = document.createElement("ol");
  list.className = "search-hits";
  list.append(...shown.map(hit));
  section.append(title, list);
  if (all.length > shown.length) {
    const more = document.createElement("button");
    more.type = "button";
    more.className = "search-more";
    let count = shown.length;
    const label = () => {
      const left = all.length - count;
      more.textContent = left <= shownPerClick ? `Show all ${all.length} ${heading.toLowerCase()}` : `Show ${shownPerClick} more of ${left} ${heading.toLowerCase()}`;
    };
    label();
    more.addEventListener("click", async () => {
      more.disabled = true;
      let added;
      try {
        added = (await Promise.all(all.slice(count, count + shownPerClick).map(r => r.data()))).map(hit);
      } catch {
        more.textContent = "Could not load more; try again";
        more.disabled = false;
        return;
      }
      list.append(...added);
      count += added.length;
      added[0].querySelector("a").focus();
      if (count >= all.length) more.remove();
      else {
        label();
        more.disabled = false;
      }
    });
    section.append(more);
  }
  return section;
}

function hit(page) {
  const item = document.createElement("li");
  const link = document.createElement("a");
  link.href = page.url;
  link.textContent = page.meta.title || page.url;
  const excerpt = document.createElement("p");
  excerpt.className = "search-excerpt";
  excerpt.append(...highlighted(page.excerpt));
  item.append(link, excerpt);
  return item;
}

// Pagefind's excerpt is escaped text with <mark> around the matches: keep the text and the marks only.
function highlighted(excerpt) {
  const parsed = new DOMParser().parseFromString(excerpt, "text/html").body;
  return [...parsed.childNodes].map(node => {
    if (node.nodeName !== "MARK") return document.createTextNode(node.textContent);
    const mark = document.createElement("mark");
    mark.textContent = node.textContent;
    return mark;
  });
}
