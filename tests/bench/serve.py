#!/usr/bin/env python3
"""How long `serve` takes from saving a brief to showing it: the contributors' benchmark.

usage: python3 tests/bench/serve.py [N ...] [--edits E] [--keep-cli]

For each corpus size N (default 10000) it starts the published Release CLI's `serve --timings` on
the generated corpus, waits for the first build, then edits briefs one at a time, E times each
(default 7): their body (a word added to a paragraph) and, separately, their title. Each edit is
timed from the file write until the live-reload event telling the edited page to reload has
arrived and the page is served with the change, which is what a contributor waits for (serve
shows an edited page before the lists and indexes that show it too), and until the whole rebuild
has ended; edits are 2.5 s apart, as a contributor reads the page before the next one. It prints
the median and range of those times, the server's CPU time (user+sys) per edit, and the median of
each stage of the rebuild as serve's console reports it. Everything goes to bench-out/ (git-ignored); the edits are undone.
"""
import argparse
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench import CLI, OUT, REPO, corpus, publish_cli, timing_line  # noqa: E402

TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid):
    """User+sys CPU time of a process (all its threads) so far, from /proc."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


class Server:
    """The `serve` process, its console log, and a live-reload event stream like a browser's."""

    def __init__(self, content, log_path):
        self.log_path = log_path
        self.log = open(log_path, "w")
        # Console output and --timings both go to the log, in the order serve writes them.
        self.process = subprocess.Popen([CLI, "serve", "--content", content, "--port", "0", "--timings"],
                                        stdout=self.log, stderr=subprocess.STDOUT, cwd=REPO)
        while not (match := re.search(r"Serving the site at (http://[\d.]+:\d+)/", open(log_path).read())):
            if self.process.poll() is not None:
                sys.exit(f"serve stopped with exit code {self.process.returncode}; see {log_path}")
            time.sleep(0.1)
        self.origin = match.group(1)
        self.reloads = 0
        self.news = []
        self.reloaded = threading.Condition()
        self.connected = threading.Event()
        threading.Thread(target=self._listen, daemon=True).start()
        if not self.connected.wait(30):
            # Left running, it would rebuild on every later run's edits of the same corpus.
            self.process.terminate()
            sys.exit(f"no live-reload stream; see {log_path}")

    def _listen(self):
        host, port = self.origin.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port))) as connection:
            # As a browser would send it: serve answers only requests addressed to itself (421 otherwise).
            connection.sendall(f"GET /__briefinggen/events HTTP/1.1\r\nHost: {host}:{port}\r\nAccept: text/event-stream\r\n\r\n".encode())
            reload = False
            for line in connection.makefile("rb"):
                if line.startswith(b": connected"):
                    self.connected.set()
                reload = reload or line.startswith(b"event: reload")
                # The data says which pages changed (a JSON list), or null for every page.
                if reload and line.startswith(b"data: "):
                    reload = False
                    with self.reloaded:
                        self.reloads += 1
                        self.news.append(json.loads(line[len(b"data: "):]))
                        self.reloaded.notify_all()

    def wait_for_reload(self, after, page, timeout=120):
        """Until a reload event after the first `after` ones tells `page` (a site path) to reload, as
        its live-reload hook would; returns that event's index."""
        def told():
            return next((i for i in range(after, len(self.news)) if self.news[i] is None or page in self.news[i]), None)
        with self.reloaded:
            if not self.reloaded.wait_for(lambda: told() is not None, timeout):
                sys.exit(f"no reload of {page} within {timeout} s; see {self.log_path}")
            return told()

    def wait_for_rebuild(self, at, timeout=120):
        """Until the rebuild whose event `at` showed a page early has ended: serve shows an edited
        page before the lists that show it too, and tells of the rest when the rebuild ends."""
        with self.reloaded:
            if not self.reloaded.wait_for(lambda: self.news[at] is None or len(self.news) > at + 1, timeout):
                sys.exit(f"the rebuild did not end within {timeout} s; see {self.log_path}")

    def get(self, path):
        with urllib.request.urlopen(self.origin + "/" + path) as response:
            return response.read().decode("utf-8")

    def stop(self):
        self.process.terminate()
        self.process.wait()
        self.log.close()


def edit_body(text, marker):
    # The first paragraph after the front matter (a heading is a block of its own).
    head, body = text.split("\n---\n", 1)
    paragraph = body.index("\n\n", body.index("\n\n") + 1) - 1
    return head + "\n---\n" + body[:paragraph] + " " + marker + body[paragraph:]


def edit_title(text, marker):
    return re.sub(r'^title: "(.*)"$', lambda m: f'title: "{m.group(1)} {marker}"', text, count=1, flags=re.M)


def measure(n, edits):
    folder = corpus(n, "briefinggen")
    content = os.path.join(folder, "content")
    log_path = os.path.join(OUT, "logs", f"serve-{n}.log")
    os.makedirs(os.path.dirname(log_path), exist_ok=True)
    start = time.perf_counter()
    server = Server(content, log_path)
    # The first build has happened before serve prints its address.
    print(f"\n{n} briefs: first build and start {time.perf_counter() - start:.1f} s, {cpu_seconds(server.process.pid):.1f} s cpu", flush=True)
    results = {}
    try:
        for kind, edit in (("body", edit_body), ("title", edit_title)):
            times, ends, cpus = [], [], []
            for i in range(edits):
                # A different brief each time, none of them on the home page's short list.
                brief = f"brief-{(n // 2 + 37 * i + (0 if kind == 'body' else 1000)) % n + 1:05d}"
                path = os.path.join(content, "briefs", brief + ".md")
                with open(path, encoding="utf-8") as f:
                    original = f.read()
                marker = f"Zq{kind}{i}x{int(time.time() * 1000) % 100000}"
                edited = edit(original, marker)
                assert edited != original
                reloads, cpu = server.reloads, cpu_seconds(server.process.pid)
                try:
                    start = time.perf_counter()
                    with open(path, "w", encoding="utf-8") as f:
                        f.write(edited)
                    at = server.wait_for_reload(reloads, f"briefs/{brief}/index.html")
                    page = server.get(f"briefs/{brief}/")
                    times.append(time.perf_counter() - start)
                    server.wait_for_rebuild(at)
                    ends.append(time.perf_counter() - start)
                    cpus.append(cpu_seconds(server.process.pid) - cpu)
                    if marker not in page:
                        sys.exit(f"the reloaded page of {brief} does not show the {kind} edit; see {log_path}")
                finally:
                    reloads = server.reloads
                    with open(path, "w", encoding="utf-8") as f:
                        f.write(original)
                    server.wait_for_rebuild(server.wait_for_reload(reloads, f"briefs/{brief}/index.html"))
                    # A contributor reads the page before editing again; serve collects its garbage
                    # in that pause (a second after a rebuild), so the pause is part of the measure.
                    time.sleep(2.5)
            results[kind] = (times, ends, cpus)
    finally:
        server.stop()

    for kind, (times, ends, cpus) in results.items():
        ms = sorted(t * 1000 for t in times)
        print(f"  edit {kind:5}  save to reloaded page: median {statistics.median(ms):6.0f} ms "
              f"(min {ms[0]:.0f}, max {ms[-1]:.0f}); whole rebuild {statistics.median(ends) * 1000:.0f} ms; "
              f"server cpu median {statistics.median(cpus) * 1000:.0f} ms")
    # serve --timings prints every rebuild's stages; the first build's are left out.
    rebuilds = rebuild_stages(log_path)[1:]
    if rebuilds:
        print("  stages of a rebuild (median over all rebuilds, wall ms / cpu ms / gc-pause ms):")
        for stage in rebuilds[-1]:
            cells = [statistics.median(r[stage][i] for r in rebuilds if stage in r) for i in range(3)]
            print(f"    {stage:24}" + "".join(f"{cell:7.0f}" for cell in cells))
    print(f"  load average {os.getloadavg()[0]:.2f}; log in {os.path.relpath(log_path, REPO)}", flush=True)


def rebuild_stages(log_path):
    """Each build's `--timings` block from serve's log, in order."""
    builds, current = [], None
    with open(log_path) as log:
        for line in log:
            if re.search(r"(built|rebuilt) in \d+ ms", line):
                current = {}
                builds.append(current)
            elif current is not None and (timing := timing_line(line)):
                current[timing[0]] = timing[1]
    return builds


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sizes", nargs="*", type=int, default=[10000])
    parser.add_argument("--edits", type=int, default=7)
    parser.add_argument("--keep-cli", action="store_true", help="use bench-out/cli as it is")
    args = parser.parse_args()
    if not (args.keep_cli and os.path.exists(CLI)):
        publish_cli()
    print(f"load average at start {os.getloadavg()[0]:.2f}")
    for n in args.sizes:
        measure(n, args.edits)


if __name__ == "__main__":
    main()
