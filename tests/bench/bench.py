#!/usr/bin/env python3
"""BriefingGen's benchmark: generate a synthetic corpus, build it with the Release CLI, report.

usage: tests/bench/run.sh [N ...] [--rounds R] [--compare-hugo] [--search] [--sample] [--keep-cli]

For each corpus size N (default 2000) it builds the corpus in R rounds (default 3) and prints the
median wall and CPU time (user+sys, all threads), peak memory (max RSS), pages/s and each stage's
wall and CPU time from `--timings`, three times: into an empty output folder ("full"), over the
previous site with nothing changed ("rebuild"), and after one brief's text changed ("edit"). With
--compare-hugo it builds the same-size peers corpus with Hugo in the same rounds, alternating tool
by tool, and prints the ratios; `cp -r` of our output tree is timed as the file-system floor.
Hugo's site has no search index, so ours is built without one too (run from outside the
repository, where the CLI finds no Pagefind); --search builds with the repository's Pagefind
(`npm ci --prefix tools/search`) and adds its "search index" stage. --sample times `check` and
`build` of the repository's sample site from a cold process. Everything goes to bench-out/
(git-ignored).

The machine may be shared: CPU time is steadier than wall time, and the load average at the start
and end of the run is printed with the figures. User and system time are printed apart: creating
files is system time, and on a file system that has just deleted many files (ext4 without a journal
skips inodes freed in the last minutes, looking at each one) it can cost more than everything else
the build does, for both tools and for `cp -r`. So previous outputs are moved aside between rounds
and deleted only at the end (see remove()); user time is the steadiest figure of all.
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(REPO, "bench-out")
CLI_DIR = os.path.join(OUT, "cli")
CLI = os.path.join(CLI_DIR, "BriefingGen.Cli")
MIB = 1024 * 1024


def run_measured(argv, log_path, cwd=OUT):
    """Runs argv to completion; wall seconds, CPU seconds (user+sys, and each) and peak RSS bytes, from wait4."""
    with open(log_path, "w") as log:
        start = time.perf_counter()
        child = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT, cwd=cwd)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        sys.exit(f"{' '.join(argv)} failed with exit code {child.returncode}; see {log_path}")
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "user": usage.ru_utime, "sys": usage.ru_stime,
            "rss": usage.ru_maxrss * 1024}


# "  render and write    1840 ms    3210 ms cpu     312 ms gc     187 MiB peak": wall, CPU,
# garbage-collector pauses, and the process's peak memory when the stage ended.
TIMING_LINE = re.compile(r"^\s+(\S.*?)\s+(\d+) ms\s+(\d+) ms cpu\s+(\d+) ms gc\s+(\d+) MiB peak$")


def timing_line(line):
    """(stage, (wall ms, cpu ms, gc ms, peak MiB)) for one `--timings` line, else None."""
    match = TIMING_LINE.match(line.rstrip("\n"))
    return (match.group(1), tuple(float(g) for g in match.group(2, 3, 4, 5))) if match else None


def stage_timings(log_path):
    """The `--timings` lines of a build log: stage -> (wall ms, cpu ms, gc ms, peak MiB)."""
    with open(log_path) as log:
        return dict(timing for line in log if (timing := timing_line(line)))


def count_files(folder):
    pages = files = 0
    for _, _, names in os.walk(folder):
        files += len(names)
        pages += sum(name.endswith(".html") for name in names)
    return pages, files


def publish_cli():
    print("publishing the Release CLI (native code, compiled ahead of time) into bench-out/cli ...", flush=True)
    subprocess.run(["dotnet", "publish", "src/BriefingGen.Cli", "-c", "Release", "-o", CLI_DIR, "-v", "quiet", "-nologo"],
                   cwd=REPO, check=True, stdout=subprocess.DEVNULL)


def corpus(n, fmt):
    folder = os.path.join(OUT, f"corpus-{fmt}-{n}")
    if not os.path.isdir(os.path.join(folder, "content")):
        print(f"generating {n} briefs ({fmt}) ...", flush=True)
        subprocess.run([sys.executable, os.path.join(HERE, "gen_corpus.py"), folder, str(n), "--format", fmt],
                       check=True, stdout=subprocess.DEVNULL)
    return folder


def hugo_site(n):
    """The Hugo skeleton with the peers corpus of the same size as its content."""
    site = os.path.join(OUT, f"hugo-site-{n}")
    if not os.path.isdir(site):
        shutil.copytree(os.path.join(HERE, "hugo-site-skel"), site)
        shutil.copytree(os.path.join(corpus(n, "peers"), "content"), os.path.join(site, "content"))
    return site


TRASH = os.path.join(OUT, "trash")


def remove(folder):
    """Moves a previous output aside; everything moved is deleted when the benchmark ends.

    ext4 without a journal (as on the machines this was measured on) will not reuse an inode freed
    in the last minute (five, while its block is unwritten), and checks the freed ones one by one
    each time it makes a file: right after a site of 14,000 files is deleted, making one costs
    several times the system time. Deleting between rounds would time that, for every tool alike,
    rather than the tools; nothing is deleted until the end.
    """
    if os.path.lexists(folder):
        os.makedirs(TRASH, exist_ok=True)
        os.rename(folder, os.path.join(TRASH, f"{len(os.listdir(TRASH))}-{os.path.basename(folder)}"))


def median(values):
    return statistics.median(values) if values else float("nan")


def edit_one_brief(content, r):
    """Changes one brief's text (a sentence added to its body); returns how to undo it."""
    path = os.path.join(content, "briefs", sorted(os.listdir(os.path.join(content, "briefs")))[0])
    with open(path, encoding="utf-8") as f:
        original = f.read()
    with open(path, "w", encoding="utf-8") as f:
        f.write(original + f"\nA sentence added in round {r}.\n")
    def undo():
        with open(path, "w", encoding="utf-8") as f:
            f.write(original)
    return undo


def bench_size(n, rounds, compare_hugo, search, logs):
    content = os.path.join(corpus(n, "briefinggen"), "content")
    site = os.path.join(OUT, f"site-{n}")
    hugo_dest = os.path.join(OUT, f"hugo-out-{n}")
    floor = os.path.join(OUT, f"cp-floor-{n}")
    ours = ["build", "--content", content, "--output", site, "--timings"]
    results = {key: [] for key in ("full", "rebuild", "edit", "hugo full", "hugo rebuild", "cp -r")}
    stages = {"full": [], "rebuild": [], "edit": []}
    cwd = REPO if search else OUT
    if compare_hugo:
        hugo_src = hugo_site(n)
        hugo = ["hugo", "--quiet", "--source", hugo_src, "--destination", hugo_dest]

    for r in range(rounds):
        # Alternating tool by tool, so a burst of load on the shared machine hits both alike.
        remove(site)
        log = os.path.join(logs, f"{n}-full-{r}.log")
        results["full"].append(run_measured([CLI] + ours, log, cwd))
        stages["full"].append(stage_timings(log))
        if compare_hugo:
            remove(hugo_dest)
            results["hugo full"].append(run_measured(hugo, os.path.join(logs, f"{n}-hugo-full-{r}.log")))
        log = os.path.join(logs, f"{n}-rebuild-{r}.log")
        results["rebuild"].append(run_measured([CLI] + ours, log, cwd))
        stages["rebuild"].append(stage_timings(log))
        undo = edit_one_brief(content, r)
        try:
            log = os.path.join(logs, f"{n}-edit-{r}.log")
            results["edit"].append(run_measured([CLI] + ours, log, cwd))
            stages["edit"].append(stage_timings(log))
        finally:
            undo()
        if compare_hugo:
            results["hugo rebuild"].append(run_measured(hugo, os.path.join(logs, f"{n}-hugo-rebuild-{r}.log")))
        remove(floor)
        results["cp -r"].append(run_measured(["cp", "-r", site, floor], os.path.join(logs, f"{n}-cp-{r}.log")))
        remove(floor)

    pages, files = count_files(site)
    med = {key: {m: median([x[m] for x in runs]) for m in ("wall", "cpu", "user", "sys", "rss")} for key, runs in results.items() if runs}
    print(f"\n== {n} briefs: {pages} pages, {files} files; median of {rounds} rounds")
    print(f"{'run':<14}{'wall s':>9}{'cpu s':>9}{'user s':>9}{'sys s':>9}{'peak MiB':>10}{'pages/s':>10}")
    for key, m in med.items():
        rate = f"{pages / m['wall']:10.0f}" if key in ("full", "rebuild", "edit") else f"{'':>10}"
        rss = f"{m['rss'] / MIB:10.0f}" if key != "cp -r" else f"{'':>10}"
        print(f"{key:<14}{m['wall']:9.2f}{m['cpu']:9.2f}{m['user']:9.2f}{m['sys']:9.2f}{rss}{rate}")
    for mode in ("full", "rebuild", "edit"):
        names = list(dict.fromkeys(s for run in stages[mode] for s in run))
        cells = [f"{s} " + "/".join(f"{median([run[s][i] for run in stages[mode] if s in run]):.0f}" for i in range(4)) for s in names]
        print(f"stages, {mode} (wall/cpu/gc-pause ms/peak MiB at its end): " + ", ".join(cells))
    if compare_hugo:
        for mode in ("full", "rebuild"):
            ours_m, hugo_m = med[mode], med[f"hugo {mode}"]
            print(f"{mode} vs Hugo: wall {ours_m['wall'] / hugo_m['wall']:.2f} x, cpu {ours_m['cpu'] / hugo_m['cpu']:.2f} x "
                  f"(user {ours_m['user'] / hugo_m['user']:.2f} x, sys {ours_m['sys'] / hugo_m['sys']:.2f} x), "
                  f"peak memory {ours_m['rss'] / hugo_m['rss']:.2f} x")
    print(f"full vs cp -r: wall {med['full']['wall'] / med['cp -r']['wall']:.2f} x")
    return med


def bench_sample(rounds, logs):
    content = os.path.join(REPO, "content")
    site = os.path.join(OUT, "site-sample")
    runs = {"check": [], "build": []}
    for r in range(rounds):
        runs["check"].append(run_measured([CLI, "check", "--content", content], os.path.join(logs, f"sample-check-{r}.log")))
        remove(site)
        runs["build"].append(run_measured([CLI, "build", "--content", content, "--output", site], os.path.join(logs, f"sample-build-{r}.log")))
    print(f"\n== sample site, cold process each time; median of {rounds}")
    for key, values in runs.items():
        print(f"{key:<14}{median([v['wall'] for v in values]):9.2f} s wall{median([v['cpu'] for v in values]):9.2f} s cpu"
              f"{median([v['rss'] for v in values]) / MIB:8.0f} MiB")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[2000], help="corpus sizes in briefs")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--compare-hugo", action="store_true", help="build the same-size corpus with Hugo, alternating")
    parser.add_argument("--search", action="store_true", help="build with the repository's Pagefind (Hugo's site has no search index)")
    parser.add_argument("--sample", action="store_true", help="also time check and build of the sample site")
    parser.add_argument("--keep-cli", action="store_true", help="reuse bench-out/cli instead of publishing again")
    a = parser.parse_args()
    if a.compare_hugo and shutil.which("hugo") is None:
        sys.exit("--compare-hugo needs hugo on the PATH (Debian: apt-get install hugo)")
    os.makedirs(OUT, exist_ok=True)
    logs = os.path.join(OUT, "logs")
    os.makedirs(logs, exist_ok=True)
    if not (a.keep_cli and os.path.exists(CLI)):
        publish_cli()

    # An inode freed minutes ago counts as freed just now while its block waits to be written (see remove()).
    subprocess.run(["sync"], check=False)
    load_before = os.getloadavg()
    print(f"machine: {os.cpu_count()} cores, load average {load_before[0]:.1f} {load_before[1]:.1f} {load_before[2]:.1f}")
    if a.compare_hugo:
        print(subprocess.run(["hugo", "version"], capture_output=True, text=True).stdout.strip())
    if a.sample:
        bench_sample(a.rounds, logs)
    if a.search and not os.path.exists(os.path.join(REPO, "tools/search/node_modules/.bin/pagefind")):
        sys.exit("--search needs the repository's Pagefind: npm ci --prefix tools/search")
    medians = {n: bench_size(n, a.rounds, a.compare_hugo, a.search, logs) for n in a.sizes}
    sizes = sorted(medians)
    for small, large in zip(sizes, sizes[1:]):
        print(f"\nscaling {small} -> {large} briefs ({large / small:.1f} x): full wall {medians[large]['full']['wall'] / medians[small]['full']['wall']:.2f} x, "
              f"cpu {medians[large]['full']['cpu'] / medians[small]['full']['cpu']:.2f} x")
    print("\ndeleting the previous outputs moved aside ...", flush=True)
    shutil.rmtree(TRASH, ignore_errors=True)
    load_after = os.getloadavg()
    print(f"\nload average at the end {load_after[0]:.1f} {load_after[1]:.1f} {load_after[2]:.1f}")


if __name__ == "__main__":
    main()
