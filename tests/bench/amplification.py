#!/usr/bin/env python3
"""Output amplification check: a dense corpus where every brief names every event, actor and tag.

Usage: tests/bench/amplification.py CLI OUT SCALE [SCALE ...]
For each scale s it builds s*5 briefs, s events, s actors and s tags (lists of at most 100, the
contract's limit) and prints content bytes, output bytes and their ratio. Output must grow
linearly with content: the ratio must stay flat as the scale grows (the issue's shape is
500 briefs x 100 events x 100 actors x 100 tags, scale 100; it gave 647 MB before lists in
list items were capped).
"""
import os, shutil, subprocess, sys


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def corpus(root, scale):
    shutil.rmtree(root, ignore_errors=True)
    ids = lambda prefix, n: [f"{prefix}-{i}" for i in range(n)]
    actors, events, tags = ids("actor", scale), ids("event", scale), ids("tag", scale)
    lst = lambda xs: "[" + ", ".join(xs[:100]) + "]"
    write(f"{root}/site.yml", "title: Amplification\n")
    write(f"{root}/sources/src.md", "---\ntitle: A source\n---\n")
    for a in actors:
        write(f"{root}/actors/{a}.md", f"---\nname: Actor {a}\nkind: person\n---\nAbout {a} [@src].\n")
    for i, e in enumerate(events):
        write(f"{root}/events/{e}.md", f"---\ntitle: Event {e}\ndate: {2000 + i % 20}-{i % 12 + 1:02d}\n"
              f"actors: {lst(actors)}\ntags: {lst(tags)}\nsources: [src]\n---\nWhat happened [@src].\n")
    for i in range(scale * 5):
        write(f"{root}/briefs/brief-{i}.md", f"---\ntitle: Brief {i}\ndate: 2020-01-{i % 28 + 1:02d}\nsummary: Brief {i}.\n"
              f"actors: {lst(actors)}\nevents: {lst(events)}\ntags: {lst(tags)}\n---\nA claim [@src].\n")


def size(folder):
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, files in os.walk(folder) for f in files)


def main():
    cli, out, scales = sys.argv[1], sys.argv[2], [int(s) for s in sys.argv[3:]]
    print(f"{'scale':>6} {'content':>12} {'output':>14} {'ratio':>8}")
    for scale in scales:
        content, site = f"{out}/amp-{scale}/content", f"{out}/amp-{scale}/site"
        corpus(content, scale)
        shutil.rmtree(site, ignore_errors=True)
        subprocess.run([cli, "build", "--content", content, "--output", site], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        c, o = size(content), size(site)
        print(f"{scale:>6} {c:>12,} {o:>14,} {o / c:>8.1f}")


if __name__ == "__main__":
    main()
