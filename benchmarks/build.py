"""Benchmark: build speed and memory of the hub at archive scale, beside bare Pelican and Hugo.

Usage: ``python benchmarks/build.py [--sizes 1000,5000] [--runs 3] [--skip-hugo] [--only cold,warm,edit]``
(``--quick``: 200 items, one run, no Hugo). See benchmarks/README.md for what each figure means.

For each size a corpus is generated once (``benchmarks/corpus.py``), then every build runs in a
fresh process under a small measuring wrapper, as interleaved A/B series (bare, hub, hugo, bare,
hub, hugo, …) so machine noise hits all of them alike; medians are reported. Phases: ``cold`` (no
cache), ``warm`` (nothing changed, caches and output of the cold build present), ``edit`` (then
the body of one brief changes, rebuild; then the title of another, rebuild), ``cold-pictures`` (no
output and no cache but the hub's processed pictures and cards: what a template, settings or
plugin change costs). Nothing is asserted: the last table says which of the issue's targets are met.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402  (the generator beside this file)

ROOT = Path(__file__).resolve().parents[1]
NOW = corpus.NOW
HUGO_CLOCK = "2026-11-26T12:00:00+07:00"  # NOW in WIB, so Hugo embargoes the same items
MIB = 1024  # ru_maxrss and /proc figures are KiB
SAMPLE_SECONDS = 0.02
PSS_SECONDS = 1.0  # the tree's PSS at most this often (reading smaps_rollup walks every page table)
PSS_SHARE = 0.05  # and at most this share of the sampler's time
# Bare Pelican: its defaults, told only where the same files are.
BARE_SETTINGS = """
ARTICLE_PATHS = ["briefs", "events", "cek-fakta"]
PAGE_PATHS = ["pages"]
STATIC_PATHS = ["images"]
READERS = {"rst": None}
TIMEZONE = "Asia/Jakarta"
SITEURL = "http://127.0.0.1:8000"
FEED_ALL_RSS = "feeds/all.rss.xml"
CATEGORY_FEED_RSS = "feeds/{slug}.rss.xml"
CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
"""
PHASES = ("cold", "warm", "edit-body", "edit-title", "cold-pictures")
REFERENCE_SIZE = 5000  # the size the issue's targets are stated at
LARGE_SIZE = 20000
FLAT_FROM = 1000


def cache_settings(cache: Path | None) -> list[str]:
    """Return Pelican ``-e`` settings that turn its content cache off, or on in ``cache``."""
    if cache is None:
        return ["CACHE_CONTENT=false", "LOAD_CONTENT_CACHE=false"]
    return ["CACHE_CONTENT=true", "LOAD_CONTENT_CACHE=true", f"CACHE_PATH={json.dumps(str(cache))}"]


def hub_command(content: Path, output: Path, cache: Path | None) -> list[str]:
    """Return the hub's full build (every output, search included), run from the repository root.

    ``cache`` is the folder its caches live in between builds (None: build without caches).
    """
    # `make html`'s command: the build driver, with the hub's own cache (an empty HUB_CACHE_PATH: none).
    settings = ["env", "PYTHONPATH=plugins", f"HUB_NOW={NOW}", f"HUB_CACHE_PATH={cache or ''}"]
    return [*settings, sys.executable, "-m", "hub_build", "html", "--content", str(content), "--output", str(output)]


def bare_command(content: Path, output: Path, cache: Path | None, conf: Path) -> list[str]:
    """Return bare Pelican's build of the same files (its defaults, BARE_SETTINGS)."""
    pelican = [sys.executable, "-m", "pelican", str(content), "-o", str(output), "-s", str(conf), "-q"]
    return [*pelican, "-e", *cache_settings(cache)]


def hugo_command(site: Path, output: Path, cache: Path) -> list[str]:
    """Return Hugo's build of the same items (the site written by ``corpus.py --format hugo``)."""
    return ["hugo", "--source", str(site), "--destination", str(output), "--cacheDir", str(cache), "--quiet"] + [
        f"--clock={HUGO_CLOCK}"
    ]


# --- the measuring wrapper (``build.py --measure SPEC``, run in its own process per build) ---


def _read_status(pid: int) -> tuple[str, int, int] | None:
    """Return (name, VmRSS KiB, VmHWM KiB) of a live process, or None."""
    try:
        text = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    values = dict(line.split(":", 1) for line in text.splitlines() if ":" in line)
    rss, hwm = values.get("VmRSS"), values.get("VmHWM")
    if rss is None or hwm is None:  # a zombie has no memory lines
        return None
    return values["Name"].strip(), int(rss.split()[0]), int(hwm.split()[0])


def _read_pss(pid: int) -> int | None:
    """Return the proportional set size (KiB) of a live process: its private pages plus its share of shared ones."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as rollup:
            for line in rollup:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def _descendants(pid: int) -> list[int]:
    """Return ``pid`` and every process below it (via /proc/PID/task/TID/children)."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        try:
            tasks = os.listdir(f"/proc/{current}/task")
        except OSError:
            continue
        for task in tasks:
            try:
                todo += [int(child) for child in Path(f"/proc/{current}/task/{task}/children").read_text().split()]
            except OSError:
                continue
    return found


class Sampler(threading.Thread):
    """Every 20 ms the tree's total RSS and each process's own high-water mark (VmHWM); about every second its PSS."""

    def __init__(self, root: int):
        """Watch the process ``root`` and its descendants."""
        super().__init__(daemon=True)
        self.root = root
        self.done = threading.Event()
        self.tree_peak = 0  # KiB, the largest sum of PSS
        self.tree_rss_peak = 0  # KiB, the largest sum of RSS (counts pages processes share once per process)
        self.own: dict[int, tuple[str, int]] = {}  # pid -> (name, VmHWM) of the image it runs now
        self.samples = 0

    def run(self):
        """Sample until told to stop."""
        next_pss = 0.0
        while not self.done.is_set():
            total, pids = 0, _descendants(self.root)
            for pid in pids:
                status = _read_status(pid)
                if status is None:
                    continue
                name, rss, hwm = status
                total += rss
                # exec() starts a new high-water mark under a new name (python -m pagefind -> pagefind)
                seen_name, seen_hwm = self.own.get(pid, (name, 0))
                self.own[pid] = (name, max(hwm, seen_hwm) if seen_name == name else hwm)
            self.tree_rss_peak = max(self.tree_rss_peak, total)
            if time.perf_counter() >= next_pss:
                started = time.perf_counter()
                self.tree_peak = max(self.tree_peak, sum(_read_pss(pid) or 0 for pid in pids))
                cost = time.perf_counter() - started
                next_pss = started + max(PSS_SECONDS, cost / PSS_SHARE)
            self.samples += 1
            self.done.wait(SAMPLE_SECONDS)


def measure(spec: dict) -> dict:
    """Run one command; return its wall time, CPU time and memory figures."""
    with open(spec["log"], "wb") as log:
        start = time.perf_counter()
        process = subprocess.Popen(spec["command"], cwd=spec["cwd"], stdout=log, stderr=subprocess.STDOUT)
        sampler = Sampler(process.pid)
        sampler.start()
        returncode = process.wait()
        wall = time.perf_counter() - start
        sampler.done.set()
        sampler.join()
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)  # every descendant, once all have exited
    main_hwm, children = 0, {}
    for pid, (name, hwm) in sampler.own.items():
        if pid == process.pid:
            main_hwm = hwm
        else:
            children[name] = max(children.get(name, 0), hwm)
    return {
        "returncode": returncode,
        "wall": wall,
        "cpu": usage.ru_utime + usage.ru_stime,
        "maxrss": usage.ru_maxrss,
        "main_hwm": main_hwm,
        "children_hwm": children,
        "tree_peak": sampler.tree_peak,
        "tree_rss_peak": sampler.tree_rss_peak,
        "samples": sampler.samples,
    }


# --- the benchmark ---


@dataclass
class Result:
    """One build's figures."""

    wall: float
    cpu: float
    maxrss: int  # KiB, the largest RSS of any process of the build
    main_hwm: int  # KiB, the build process's own peak
    tree_peak: int  # KiB, the largest sum of PSS over the whole process tree (the memory it needs)
    tree_rss_peak: int  # KiB, the largest sum of RSS (pages shared after a fork counted in every process)
    children: dict[str, int]
    files: int
    size: int
    changed: int | None  # output files added, removed or changed since the previous build


@dataclass
class Series:
    """Every run of one build kind in one phase."""

    results: list[Result] = field(default_factory=list)

    def median(self, name: str) -> float:
        """Return the median of one figure over the runs."""
        return statistics.median(getattr(result, name) for result in self.results)

    def children(self) -> dict[str, float]:
        """Return the median own peak of each child process, by name."""
        names = sorted({name for result in self.results for name in result.children})
        return {name: statistics.median(r.children.get(name, 0) for r in self.results) for name in names}


def run_measured(command: list[str], cwd: Path, log: Path) -> dict:
    """Run ``command`` under the measuring wrapper in a fresh process; stop on a failed build."""
    spec = {"command": command, "cwd": str(cwd), "log": str(log)}
    wrapper = subprocess.run(
        [sys.executable, __file__, "--measure", json.dumps(spec)], capture_output=True, text=True, check=True
    )
    figures = json.loads(wrapper.stdout)
    if figures["returncode"] != 0:
        tail = log.read_text(encoding="utf-8", errors="replace")[-3000:]
        msg = f"build failed ({figures['returncode']}): {' '.join(command)}\n{tail}"
        raise RuntimeError(msg)
    return figures


def digests(output: Path) -> dict[str, str]:
    """Return each output file's content digest, by path."""
    found = {}
    for path in output.rglob("*"):
        if path.is_file():
            found[path.relative_to(output).as_posix()] = hashlib.blake2b(path.read_bytes(), digest_size=16).hexdigest()
    return found


def changed_files(before: dict[str, str], after: dict[str, str]) -> int:
    """Count files added, removed or changed."""
    return sum(before.get(path) != digest for path, digest in after.items()) + len(before.keys() - after.keys())


@dataclass
class Corpus:
    """One size's generated sources and the briefs the edit phases change."""

    size: int
    hub: Path
    hugo: Path | None
    body_brief: corpus.Item
    title_brief: corpus.Item
    listed: int
    events: int


def make_corpus(size: int, seed: int, work: Path, with_hugo: bool) -> Corpus:
    """Generate the corpus in both formats and pick the edited briefs."""
    items = corpus.make_items(size, seed)
    base = Path(tempfile.mkdtemp(prefix=f"corpus-{size}-", dir=work))
    hub = corpus.write_hub(items, base / "hub")
    hugo = corpus.write_hugo(items, base / "hugo") if with_hugo else None
    briefs = sorted((item for item in items if item.kind == "brief" and item.listed), key=lambda item: item.date)
    return Corpus(
        size=size,
        hub=hub,
        hugo=hugo,
        body_brief=briefs[len(briefs) // 2],  # a mid-archive brief: its page, its search entry
        title_brief=briefs[-1],  # the newest brief: home page, every list and feed it is in
        listed=sum(item.listed for item in items),
        events=sum(item.kind == "event" for item in items),
    )


class Bench:
    """Runs the builds of one size as interleaved series and keeps their figures."""

    def __init__(self, source: Corpus, kinds: list[str], work: Path):
        """Prepare the bare settings file and empty series."""
        self.source = source
        self.kinds = kinds
        self.work = work
        self.bare_conf = work / "bareconf.py"
        self.bare_conf.write_text(BARE_SETTINGS, encoding="utf-8")
        self.series: dict[tuple[str, str], Series] = {}
        self.previous: dict[str, dict[str, str]] = {}

    def command(self, kind: str, output: Path, cache: Path) -> tuple[list[str], Path]:
        """Return a build kind's command and working folder."""
        if kind == "hub":
            return hub_command(self.source.hub, output, cache), ROOT
        if kind == "bare":
            return bare_command(self.source.hub, output, cache, self.bare_conf), self.work
        return hugo_command(self.source.hugo, output, cache), self.work

    def build(self, kind: str, phase: str, run: int) -> None:
        """Run one build and record it."""
        output, cache = self.work / f"{kind}-{run}-output", self.work / f"{kind}-{run}-cache"
        if phase == "cold":
            for folder in (output, cache):
                shutil.rmtree(folder, ignore_errors=True)
            self.previous.pop(kind, None)
        if phase == "cold-pictures":
            # Everything again but the processed pictures and cards (the hub's shared ``images`` cache):
            # what a template, settings or plugin change costs, or CI restoring only that folder.
            shutil.rmtree(output, ignore_errors=True)
            for entry in cache.iterdir() if cache.is_dir() else []:
                if entry.name != "images":
                    shutil.rmtree(entry) if entry.is_dir() else entry.unlink()
        command, cwd = self.command(kind, output, cache)
        figures = run_measured(command, cwd, self.work / f"{kind}-{run}-{phase}.log")
        now = digests(output)
        before = self.previous.get(kind)
        self.previous[kind] = now
        result = Result(
            wall=figures["wall"],
            cpu=figures["cpu"],
            maxrss=figures["maxrss"],
            main_hwm=figures["main_hwm"],
            tree_peak=figures["tree_peak"],
            tree_rss_peak=figures["tree_rss_peak"],
            children=figures["children_hwm"],
            files=len(now),
            size=sum((output / path).stat().st_size for path in now),
            changed=None if before is None else changed_files(before, now),
        )
        self.series.setdefault((kind, phase), Series()).results.append(result)
        print(f"  run {run + 1} {phase:<10} {kind:<4} {result.wall:8.1f} s", file=sys.stderr, flush=True)

    def edit_paths(self, brief: corpus.Item) -> list[Path]:
        """Return the files that hold ``brief`` in each format."""
        paths = [self.source.hub / brief.path]
        if self.source.hugo is not None:
            paths.append(self.source.hugo / "content" / brief.path)
        return paths

    def run(self, run: int, phases: list[str]) -> None:
        """Run one series of every phase, every kind in turn within each phase."""
        originals = {
            path: path.read_bytes()
            for brief in (self.source.body_brief, self.source.title_brief)
            for path in self.edit_paths(brief)
        }
        try:
            for phase in phases:
                if phase == "edit-body":
                    for path in self.edit_paths(self.source.body_brief):
                        corpus.edit_body(path)
                if phase == "edit-title":
                    for path in self.edit_paths(self.source.title_brief):
                        corpus.edit_title(path)
                for kind in self.kinds:
                    self.build(kind, phase, run)
        finally:
            for path, data in originals.items():
                path.write_bytes(data)
            for kind in self.kinds:
                for suffix in ("output", "cache"):
                    shutil.rmtree(self.work / f"{kind}-{run}-{suffix}", ignore_errors=True)


# --- the report ---


def ratio(value: float | None, base: float | None) -> float | None:
    """Return value / base, or None when either is missing."""
    return None if value is None or not base else value / base


def show(value: float | None, spec: str = ".1f", suffix: str = "") -> str:
    """Format a figure, or a dash."""
    return "–" if value is None else f"{value:{spec}}{suffix}"


def table(headers: list[str], rows: list[list[str]]) -> str:
    """Render a plain-text table (first column left-aligned, the rest right-aligned)."""
    widths = [max(len(str(row[i])) for row in [headers, *rows]) for i in range(len(headers))]

    def line(cells):
        return "  ".join(
            str(cell).ljust(width) if i == 0 else str(cell).rjust(width)
            for i, (cell, width) in enumerate(zip(cells, widths, strict=True))
        )

    return "\n".join([line(headers), line(["-" * width for width in widths]), *(line(row) for row in rows)])


def size_report(bench: Bench) -> str:
    """Return one size's table: every kind in every phase, beside the hub's cold build."""
    series = bench.series
    hub_cold = series[("hub", "cold")].median("wall")
    rows = []
    for phase in PHASES:
        for kind in bench.kinds:
            if (kind, phase) not in series:
                continue
            s = series[(kind, phase)]
            changed = [r.changed for r in s.results if r.changed is not None]
            walls = [r.wall for r in s.results]
            rows.append(
                [
                    phase,
                    kind,
                    show(s.median("wall")),
                    f"{min(walls):.1f}–{max(walls):.1f}" if len(walls) > 1 else "–",
                    show(ratio(s.median("wall"), hub_cold), ".2f", "×"),
                    show(s.median("cpu")),
                    show(s.median("maxrss") / MIB, ".0f"),
                    show(s.median("main_hwm") / MIB, ".0f"),
                    show(s.median("tree_peak") / MIB, ".0f"),
                    show(s.median("tree_rss_peak") / MIB, ".0f"),
                    f"{s.median('files'):.0f}",
                    show(s.median("size") / MIB / MIB, ".1f"),
                    show(statistics.median(changed), ".0f") if changed else "–",
                ]
            )
    headers = [
        "phase",
        "build",
        "wall s",
        "runs' range",
        "÷ hub cold",
        "cpu s",
        "peak MiB",
        "main MiB",
        "tree MiB",
        "tree RSS",
        "files",
        "out MiB",
        "changed",
    ]
    src = bench.source
    title = (
        f"== {src.size:,} items ({src.size - src.events:,} briefs, {src.events:,} events; {src.listed:,} listed) "
        f"— median of {len(series[('hub', 'cold')].results)} run(s) =="
    )
    hub_children = series[("hub", "cold")].children()
    extra = ", ".join(f"{name} {kib / MIB:.0f} MiB" for name, kib in hub_children.items())
    lines = [title, table(headers, rows)]
    if extra:
        lines.append(f"hub cold, own peak of each child process (by the program it ends as): {extra}")
    if ("hub", "edit-body") in series:
        lines.append(f"edits: body of {src.body_brief.path}; title of {src.title_brief.path}")
    return "\n".join(lines)


def figure(benches: dict[int, Bench], size: int, kind: str, phase: str, name: str) -> float | None:
    """Return the median of one figure, or None when it was not measured."""
    bench = benches.get(size)
    if bench is None or (kind, phase) not in bench.series:
        return None
    return bench.series[(kind, phase)].median(name)


def issue_table(benches: dict[int, Bench]) -> str:
    """Return the issue's table (hub vs bare vs Hugo, cold) for every measured size."""
    rows = []
    for size in sorted(benches):
        hub, bare, hugo = (figure(benches, size, kind, "cold", "wall") for kind in ("hub", "bare", "hugo"))
        hub_rss, bare_rss = (figure(benches, size, kind, "cold", "maxrss") for kind in ("hub", "bare"))
        rows.append(
            [
                f"{size:,}",
                show(hub, ".1f", " s"),
                show(bare, ".1f", " s"),
                show(hugo, ".1f", " s"),
                show(ratio(hub, bare), ".2f", "×"),
                show(ratio(hub, hugo), ".1f", "×"),
                show(hub_rss and hub_rss / MIB, ".0f", " MiB"),
                show(bare_rss and bare_rss / MIB, ".0f", " MiB"),
            ]
        )
    headers = ["N items", "hub wall", "bare wall", "hugo wall", "hub/bare", "hub/Hugo", "hub peak RSS", "bare peak RSS"]
    return "== cold builds, side by side ==\n" + table(headers, rows)


def per_item(benches: dict[int, Bench]) -> tuple[str, float | None, list[int]]:
    """Return the per-item cost table, the largest spread (from FLAT_FROM up) and the sizes it covers."""
    sizes = sorted(benches)
    base_size = next((size for size in sizes if size >= FLAT_FROM), sizes[0])
    rows, spreads, covered = [], [], []
    base = {kind: figure(benches, base_size, kind, "cold", "wall") for kind in ("hub", "bare", "hugo")}
    for size in sizes:
        cells = [f"{size:,}"]
        for kind in ("hub", "bare", "hugo"):
            wall = figure(benches, size, kind, "cold", "wall")
            cost = None if wall is None else wall / size * 1000
            spread = ratio(wall and wall / size, base[kind] and base[kind] / base_size)
            spread = None if spread is None else (spread - 1) * 100
            cells += [show(cost, ".1f"), show(spread, "+.0f", "%")]
            if kind == "hub" and spread is not None and size >= base_size:
                spreads.append(spread)
                covered.append(size)
        rows.append(cells)
    headers = ["N items", "hub ms/item", "hub spread", "bare ms/item", "bare spread", "hugo ms/item", "hugo spread"]
    text = f"== per-item cost, cold (spread vs {base_size:,} items) ==\n" + table(headers, rows)
    return text, (max(spreads, key=abs) if len(spreads) > 1 else None), covered


def targets(benches: dict[int, Bench]) -> str:
    """Return the targets table: measured value, limit, met."""
    sizes = sorted(benches)
    ref = REFERENCE_SIZE if REFERENCE_SIZE in benches else sizes[-1]
    at = f"at {ref:,}" + ("" if ref == REFERENCE_SIZE else f" ({REFERENCE_SIZE:,} not measured)")
    rows = []

    def add(name: str, value: float | None, limit: float, spec: str, unit: str = "×", *, both: bool = False) -> None:
        met = "–" if value is None else ("yes" if (abs(value) if both else value) <= limit else "no")
        bound = f"±{limit:{spec}}{unit}" if both else f"≤ {limit:{spec}}{unit}"
        rows.append([name, show(value, ("+" if both else "") + spec, unit), bound, met])

    hub_cold = figure(benches, ref, "hub", "cold", "wall")
    add(f"cold: hub ÷ bare Pelican, {at}", ratio(hub_cold, figure(benches, ref, "bare", "cold", "wall")), 0.8, ".2f")
    add(f"cold: hub ÷ Hugo, {at}", ratio(hub_cold, figure(benches, ref, "hugo", "cold", "wall")), 3.0, ".2f")
    pictures = figure(benches, ref, "hub", "cold-pictures", "wall")
    bare_again = figure(benches, ref, "bare", "cold-pictures", "wall")
    add(
        f"(for comparison) cold but pictures and cards cached: hub ÷ bare, {at}",
        ratio(pictures, bare_again),
        0.8,
        ".2f",
    )
    warm = [ratio(figure(benches, s, "hub", "warm", "wall"), figure(benches, s, "hub", "cold", "wall")) for s in sizes]
    warm = [value for value in warm if value is not None]
    add(f"warm ÷ cold, worst of {', '.join(f'{s:,}' for s in sizes)}", max(warm) if warm else None, 0.15, ".2f")
    for phase in ("edit-body", "edit-title"):
        add(f"{phase} ÷ cold, {at}", ratio(figure(benches, ref, "hub", phase, "wall"), hub_cold), 0.10, ".2f")
    _, spread, covered = per_item(benches)
    span = f"{covered[0]:,}–{covered[-1]:,}" if len(covered) > 1 else "needs two sizes ≥ 1,000"
    if len(covered) > 1 and covered[-1] < LARGE_SIZE:
        span += f" (add {LARGE_SIZE:,} to --sizes)"
    add(f"per-item cost spread, cold, {span}", spread, 15.0, ".0f", "%", both=True)
    hub_rss, bare_rss = figure(benches, ref, "hub", "cold", "maxrss"), figure(benches, ref, "bare", "cold", "maxrss")
    add(f"peak RSS of any build process: hub ÷ bare, {at}", ratio(hub_rss, bare_rss), 3.0, ".2f")
    large = [figure(benches, LARGE_SIZE, "hub", phase, name) for phase in PHASES for name in ("maxrss", "tree_peak")]
    large = [value / MIB for value in large if value is not None]
    name = f"hub memory at {LARGE_SIZE:,} (largest process or tree total)"
    add(name if large else f"{name}: not measured", max(large) if large else None, 1536, ".0f", " MiB")
    return "== targets ==\n" + table(["target", "measured", "limit", "met"], rows)


# --- the command line ---


def install_hugo() -> bool:
    """Install Debian's Hugo when it is missing; tell whether it is there."""
    if shutil.which("hugo"):
        return True
    print("hugo is not on PATH: running .ci/install-hugo", file=sys.stderr)
    subprocess.run(["sh", str(ROOT / ".ci" / "install-hugo")], check=False)
    return shutil.which("hugo") is not None


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its tables."""
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--measure"]:
        print(json.dumps(measure(json.loads(argv[1]))))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,5000", help="comma-separated item counts (20000 is opt-in)")
    parser.add_argument("--runs", type=int, default=3, help="interleaved series per size (medians reported)")
    parser.add_argument("--skip-hugo", action="store_true", help="leave out the Hugo baseline")
    parser.add_argument("--only", default="cold,warm,edit", help="phases: cold,warm,edit (cold always runs)")
    parser.add_argument("--quick", action="store_true", help="smoke check: 200 items, one run, no Hugo")
    parser.add_argument("--seed", type=int, default=corpus.DEFAULT_SEED)
    parser.add_argument("--keep", action="store_true", help="keep the work folder (corpora and logs)")
    args = parser.parse_args(argv)
    if args.quick:
        args.sizes, args.runs, args.skip_hugo = "200", 1, True
    wanted = set(args.only.split(","))
    unknown = wanted - {"cold", "warm", "edit"}
    if unknown:
        parser.error(f"unknown phase(s): {', '.join(sorted(unknown))}")
    phases = [phase for phase in PHASES if phase.split("-")[0] in wanted | {"cold"}]
    kinds = ["bare", "hub"]
    if not args.skip_hugo:
        if install_hugo():
            kinds.append("hugo")
        else:
            print("Hugo could not be installed: its column stays empty", file=sys.stderr)
    sizes = [int(size) for size in args.sizes.split(",")]
    started = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix="hub-bench-"))
    benches: dict[int, Bench] = {}
    try:
        for size in sizes:
            print(f"{size:,} items: generating the corpus", file=sys.stderr, flush=True)
            source = make_corpus(size, args.seed, work, "hugo" in kinds)
            bench = Bench(source, kinds, work)
            for run in range(args.runs):
                bench.run(run, phases)
            benches[size] = bench
            print(size_report(bench) + "\n", flush=True)
        print(issue_table(benches) + "\n")
        print(per_item(benches)[0] + "\n")
        print(targets(benches))
        minutes = (time.perf_counter() - started) / 60
        print(f"\nbenchmark took {minutes:.1f} min ({args.runs} run(s) of {', '.join(kinds)} at {args.sizes} items)")
    finally:
        if args.keep:
            print(f"work folder kept: {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
