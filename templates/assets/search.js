// The search page's only script (the one page whose Content-Security-Policy allows script).
// It loads the Pagefind index that `briefinggen build` writes into pagefind/ and lists the results
// grouped by kind. Results are built with DOM calls, never innerHTML, so indexed text stays text.

const siteRoot = new URL("../", import.meta.url);
const kinds = [["brief", "Briefs"], ["actor", "Actors"], ["event", "Events"], ["source", "Sources"]];
const shownPerKind = 10;
const loadedResults = 40;

const box = document.querySelector(".search");
const input = document.getElementById("search-input");
const status = document.querySelector(".search-status");
const results = document.querySelector(".search-results");

let pagefind = null;
try {
  pagefind = await import(new URL("pagefind/pagefind.js", siteRoot).href);
  await pagefind.options({ baseUrl: siteRoot.pathname });
  await pagefind.init();
} catch {
  // No index (Pagefind was not installed at build time) or a page opened from disk.
  pagefind = null;
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
    const found = await pagefind.search(term);
    const pages = await Promise.all(found.results.slice(0, loadedResults).map(r => r.data()));
    if (query !== latest) return; // a newer query is on its way
    history.replaceState(null, "", "?q=" + encodeURIComponent(term));
    results.replaceChildren(...kinds.map(([kind, heading]) => group(heading, pages.filter(p => p.filters.kind?.[0] === kind))).filter(Boolean));
    const count = found.results.length;
    status.textContent = count === 0 ? `Nothing found for “${term}”.` : `${count} ${count === 1 ? "page" : "pages"} found for “${term}”.`;
  }
}

function group(heading, pages) {
  if (pages.length === 0) return null;
  const section = document.createElement("section");
  section.className = "search-group";
  const title = document.createElement("h2");
  title.textContent = `${heading} (${pages.length})`;
  const list = document.createElement("ol");
  list.className = "search-hits";
  for (const page of pages.slice(0, shownPerKind)) {
    const item = document.createElement("li");
    const link = document.createElement("a");
    link.href = page.url;
    link.textContent = page.meta.title || page.url;
    const excerpt = document.createElement("p");
    excerpt.className = "search-excerpt";
    excerpt.append(...highlighted(page.excerpt));
    item.append(link, excerpt);
    list.append(item);
  }
  section.append(title, list);
  return section;
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
