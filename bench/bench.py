#!/usr/bin/env python3
"""`make bench`: Folio against its peers, every figure measured in this one run.

Usage: bench/bench.py --folio PATH --tool PATH [--quick] [--only 1,2,...] [--append FILE]

Prints one table and writes it, with the machine and the method, to bench/results.md
(a --quick or --only run writes bench/out/results-partial.md instead). Raw numbers go to
bench/out/results.json. Inputs are generated into bench/out/inputs. --append FILE adds a
Markdown section written by another step of the same run (`make bench` passes the HTML
extraction summary of bench/extract.py) at the end of that report.
"""
import argparse
import datetime
import json
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import time

import numpy as np

sys.dont_write_bytecode = True  # no __pycache__ in bench/ (only bench/out/ is git-ignored)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen  # noqa: E402
from ptyrun import PtyProcess, clock, vm_hwm  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "bench", "out")
INPUTS = os.path.join(OUT, "inputs")
TMP = os.path.join(OUT, "tmp")
SEED = os.path.join(ROOT, "seeds", "000_150ee73383b4e943.txt")
MB = 1_000_000
COLS, ROWS = 100, 30
ALT = (120, 40)
MARKER = b"Jinping"  # on the first screen of every program for the article and its repeats
KEY_IDLE = 0.04      # a key's update is over when no byte came for this long
PAINT_IDLE = 0.15
FRAME_IDLE = 0.01    # a screen is written in one go: 10 ms of silence ends the first frame
SETTLED = b"? help"  # Folio's status line shows this once the whole file and the store are read

rows = []   # the table
raw = {}    # everything, for results.json
notes = []  # remarks printed under the table


def log(*parts):
    print("[bench %6.1fs]" % (clock() - T0), *parts, file=sys.stderr, flush=True)


def row(measure, inp, folio, ref, ratio, target=""):
    rows.append((measure, inp, folio, ref, ratio, target))


def ms(seconds):
    if seconds is None or seconds != seconds:
        return "n/a"
    return "%.2f ms" % (seconds * 1e3) if seconds < 10 else "%.1f s" % seconds


def pct(values, p):
    return float(np.percentile(values, p, method="inverted_cdf")) if len(values) else float("nan")


def mbs(nbytes, seconds):
    return nbytes / seconds / MB if seconds and seconds > 0 else float("nan")


def verdict(ok):
    return "**met**" if ok else "**MISSED**"


def env_for(store=None, timing=None):
    env = {
        "TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
        "PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": os.path.join(OUT, "home"),
        "LESSHISTFILE": "-", "LESS": "",
    }
    if store:
        env["FOLIO_STORE"] = store
    if timing:
        env["FOLIO_TIMING"] = timing
    return env


def run_timed(argv, stdout=subprocess.DEVNULL):
    """Wall time of one process (spawn to exit) and its rusage."""
    t0 = clock()
    p = subprocess.Popen(argv, stdout=stdout, stderr=subprocess.PIPE, close_fds=True)
    _, status, usage = os.wait4(p.pid, 0)
    t = clock() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    err = p.stderr.read().decode(errors="replace")
    p.stderr.close()
    if p.returncode != 0:
        raise RuntimeError("%s failed (%s): %s" % (" ".join(argv), p.returncode, err.strip()))
    return t, usage


def tool(*args, env=None):
    out = subprocess.run([TOOL, *map(str, args)], check=True, capture_output=True, text=True,
                         env=None if env is None else dict(os.environ, **env)).stdout
    return json.loads(out)


# For steady-state parse throughput, glibc keeps freed memory for the next run: no trimming
# of the heap top and no mmap for big blocks (which are unmapped again on free). Without
# this, each run of a 10 MB parse faults its whole output back in from the kernel.
WARM_ALLOCATOR = {"MALLOC_TRIM_THRESHOLD_": str(1 << 40), "MALLOC_MMAP_MAX_": "0", "MALLOC_TOP_PAD_": str(64 << 20)}


def fresh(path):
    for p in (path, path + ".lock"):
        if os.path.exists(p):
            os.unlink(p)
    return path


# ---------------------------------------------------------------- 1. parse throughput

def bench_parse(files, q):
    log("1. parse throughput")
    empty = os.path.join(TMP, "empty.txt")
    open(empty, "w").close()
    wc_empty = [run_timed(["wc", "-l", empty])[0] for _ in range(41 if not q else 11)]
    start_cost = statistics.median(wc_empty)
    raw["wc_empty_s"] = start_cost
    out = {}
    for name, path in files:
        size = os.path.getsize(path)
        big = size >= 50 * MB
        parse = tool("parse", path, 0 if big else (0.5 if q else 1.5), 4 if big else 5, env=WARM_ALLOCATOR)
        wc_runs = 5 if big else (11 if size >= 5 * MB else 31)
        wc = [run_timed(["wc", "-l", path])[0] for _ in range(wc_runs if not q else 3)]
        dump_runs = 1 if big else (3 if size >= 5 * MB else 11)
        dump = [run_timed([FOLIO, "dump", "--format", "json", path])[0] for _ in range(dump_runs if not q else 1)]
        wc_med, dump_med = statistics.median(wc), statistics.median(dump)
        wc_net = wc_med - start_cost
        r = dict(bytes=size, parse=parse, wc_s=wc, dump_s=dump, wc_net_s=wc_net)
        out[name] = r
        parse_mbs = mbs(size, parse["median_s"])
        net_ok = wc_net > 0.25 * wc_med  # the file, not process start, dominates wc's time
        wc_net_mbs = mbs(size, wc_net) if net_ok else float("nan")
        log("   %s: parse %.1f MB/s, wc net %.1f MB/s, dump %.1f MB/s, wc %.1f MB/s" % (
            name, parse_mbs, wc_net_mbs, mbs(size, dump_med), mbs(size, wc_med)))
        if net_ok:
            ratio = parse_mbs / wc_net_mbs
            row("1 parse, in-process vs `wc -l` (net of its start-up)", name,
                "%.1f MB/s" % parse_mbs, "%.0f MB/s" % wc_net_mbs, "%.3f" % ratio, "≥ 0.1: " + verdict(ratio >= 0.1))
        else:
            row("1 parse, in-process vs `wc -l` (net of its start-up)", name,
                "%.1f MB/s" % parse_mbs, "start-up dominated", "n/a", "see next row")
        row("1 parse, first run of the process (cold: every page of the output is fresh)", name,
            "%.1f MB/s" % mbs(size, parse["first_s"]), "", "", "")
        ratio = mbs(size, dump_med) / mbs(size, wc_med)
        row("1 `folio dump --format json` vs `wc -l`, whole process", name,
            "%.1f MB/s (%s)" % (mbs(size, dump_med), ms(dump_med)), "%.1f MB/s (%s)" % (mbs(size, wc_med), ms(wc_med)),
            "%.3f" % ratio, ("≥ 0.1: " + verdict(ratio >= 0.1)) if not net_ok else "")
    raw["parse"] = out


# ---------------------------------------------------------------- 2. first paint

def programs(path):
    return [
        ("folio", [FOLIO, path]),
        ("less", [shutil.which("less"), path]),
    ] + ([("w3m", [shutil.which("w3m"), path])] if shutil.which("w3m") else [])


def first_paint(argv, store=None, timing=None, settle=None):
    """Time to the first frame with the marker; with `settle`, also the time until that
    text has arrived and the output then rested for PAINT_IDLE (the file fully loaded)."""
    if store:
        fresh(store)
    p = PtyProcess(argv, env_for(store, timing), COLS, ROWS)
    t, got = p.read_burst(marker=MARKER, idle=FRAME_IDLE, timeout=120)
    settled = None
    if t and settle:
        settled = settle_after(p, t, got, settle, PAINT_IDLE) - p.start
    hwm = vm_hwm(p.pid)
    p.finish()
    return (t - p.start if t else None), hwm, settled


def settle_after(p, t, got, marker, idle):
    """The time of the last byte once `marker` has arrived and the output then rested for
    `idle` seconds (no byte at all after an already seen marker: `t`)."""
    if marker in got:
        ts, _ = p.read_burst(marker=None, idle=idle, timeout=idle)
    else:
        ts, _ = p.read_burst(marker=marker, idle=idle, timeout=300)
    return ts or t




def bench_first_paint(files, q):
    """First paint of each (name, path, limit) against less (and w3m) on the same file;
    limit is the target ratio to less, or None when the issue sets none."""
    log("2. time to first paint")
    store = os.path.join(TMP, "paint-store.jsonl")
    # 31 rounds: a start-up is about 1.5 ms and the machine's own jitter moved medians of 11
    # by 10% between runs (less alone from 1.25 to 1.39 ms), as much as the 6 KB target's margin.
    n = 3 if q else 31
    out = {}
    for name, path, limit in files:
        times = {prog: [] for prog, _ in programs(path)}
        hwm = {prog: [] for prog, _ in programs(path)}
        settled = []
        for i in range(n):  # round robin, so each program sees the same machine
            for prog, argv in programs(path):
                folio = prog == "folio"
                t, h, s = first_paint(argv, store if folio else None, settle=SETTLED if folio else None)
                if t is None:
                    notes.append("first paint: %s on %s showed nothing within the deadline (run %d)" % (prog, name, i))
                    continue
                times[prog].append(t)
                hwm[prog].append(h)
                if s is not None:
                    settled.append(s)
        med = {prog: statistics.median(v) if v else None for prog, v in times.items()}
        out[name] = dict(times=times, vmhwm_kb=hwm, folio_settled=settled)
        log("   %s: %s" % (name, ", ".join("%s %s" % (k, ms(v)) for k, v in med.items())))
        ratio = med["folio"] / med["less"] if med["folio"] and med["less"] else float("nan")
        row("2 first paint, median of %d (folio vs less)" % n, name, ms(med["folio"]), "less " + ms(med["less"]),
            "%.2f" % ratio, "≤ %gx less: %s" % (limit, verdict(ratio <= limit)) if limit else "")
        if "w3m" in med and med["w3m"]:
            row("2 first paint, median of %d (folio vs w3m)" % n, name, ms(med["folio"]), "w3m " + ms(med["w3m"]),
                "%.2f" % (med["folio"] / med["w3m"]), "")
        if settled:
            row("2 folio fully loaded (whole file parsed, store read), median of %d" % len(settled), name,
                ms(statistics.median(settled)), "w3m " + ms(med.get("w3m")) + " (reads the whole file before its first paint)" if med.get("w3m") else "",
                "%.2f" % (statistics.median(settled) / med["w3m"]) if med.get("w3m") else "", "")
    raw["first_paint"] = out


# ---------------------------------------------------------------- 3. keys

class KeySession:
    """One reader in a pty, painted, ready for keys."""

    def __init__(self, argv, store=None, timing=None):
        if store:
            fresh(store)
        self.p = PtyProcess(argv, env_for(store, timing), COLS, ROWS)
        t, _ = self.p.read_burst(marker=MARKER, idle=0.2, timeout=120)
        if t is None:
            raise RuntimeError("%s: no first paint" % argv)
        self.size = (COLS, ROWS)
        self.silent = 0

    def reset(self, key):
        self.p.send(key)
        self.p.read_burst(idle=KEY_IDLE, timeout=2)

    def measure(self, key):
        t0 = self.p.send(key)
        t, out = self.p.read_burst(idle=KEY_IDLE, timeout=2)
        if t is None:
            self.silent += 1
            return None
        return t - t0

    def measure_resize(self):
        self.size = ALT if self.size == (COLS, ROWS) else (COLS, ROWS)
        t0 = self.p.resize(*self.size)
        t, _ = self.p.read_burst(idle=KEY_IDLE, timeout=2)
        if t is None:
            self.silent += 1
            return None
        return t - t0

    def close(self):
        hwm = vm_hwm(self.p.pid)
        self.p.finish()
        return hwm


def key_plan(prog, kind, info, n):
    """(reset-or-measure, key) steps for `n` measured presses of `kind`."""
    steps = []
    if prog == "folio" and kind == "tab":
        pane = 0
        while sum(1 for s in steps if s[0] == "m") < n:
            if pane >= info["panes"] - 1:
                steps.append(("r", b"1"))
                pane = info["question1"]
            steps.append(("m", b"\t"))
            pane += 1
        return steps
    if prog == "folio":
        steps += [("r", b"\t")] * info["longest_pane"]
        room = info["longest_max_top"]
    else:
        room = 20
    if room <= 0:
        return None
    if kind == "j":
        top = 0
        while sum(1 for s in steps if s[0] == "m") < n:
            if top >= room:
                steps.append(("r", b"g"))
                top = 0
            steps.append(("m", b"j"))
            top += 1
    elif kind in ("space", "G"):
        for _ in range(n):
            steps += [("r", b"g"), ("m", b" " if kind == "space" else b"G")]
    return steps


def bench_keys(files, q):
    log("3. keypress latency")
    n = 40 if q else 200
    store = os.path.join(TMP, "keys-store.jsonl")
    timing = os.path.join(TMP, "timing.log")
    out = {}
    hook_seen = False
    for name, path in files:
        info = tool("keys", path, COLS, ROWS, n)
        out[name] = {"inprocess": info}
        lat = {}
        for prog, argv in programs(path)[:2]:
            kinds = ["tab", "j", "space", "G", "resize"] if prog == "folio" else ["j", "space", "G", "resize"]
            for kind in kinds:
                if prog == "folio" and os.path.exists(timing):
                    os.unlink(timing)
                s = KeySession(argv, store if prog == "folio" else None, timing if prog == "folio" else None)
                times = []
                if kind == "resize":
                    for _ in range(n):
                        t = s.measure_resize()
                        if t is not None:
                            times.append(t)
                else:
                    plan = key_plan(prog, kind, info, n)
                    for step, key in plan or []:
                        if step == "r":
                            s.reset(key)
                        else:
                            t = s.measure(key)
                            if t is not None:
                                times.append(t)
                silent = s.silent
                s.close()
                entry = dict(times=times, silent=silent)
                if prog == "folio" and os.path.exists(timing):
                    hook = parse_timing(timing)
                    if hook:
                        hook_seen = True
                        entry["hook"] = hook
                lat[(prog, kind)] = entry
                if silent:
                    notes.append("keys: %s %s on %s: %d presses produced no output within 2 s (left out)" % (prog, kind, name, silent))
                log("   %s %s %s: n=%d p50 %s p99 %s" % (name, prog, kind, len(times), ms(pct(times, 50)), ms(pct(times, 99))))
        out[name]["pty"] = {"%s/%s" % k: v for k, v in lat.items()}
        labels = {"tab": "Tab (next pane)", "j": "j (line down)", "space": "Space (page down)", "G": "G (end)", "resize": "resize"}
        for kind in ["tab", "j", "space", "G", "resize"]:
            f = lat.get(("folio", kind), {}).get("times", [])
            l = lat.get(("less", kind), {}).get("times", [])
            fs = "p50 %s, p99 %s (n=%d)" % (ms(pct(f, 50)), ms(pct(f, 99)), len(f)) if f else "n/a (pane fits the screen)"
            ls = "less p50 %s, p99 %s (n=%d)" % (ms(pct(l, 50)), ms(pct(l, 99)), len(l)) if l else "—"
            ratio = "%.2f" % (pct(f, 50) / pct(l, 50)) if f and l else ""
            row("3 key latency in the pty: %s" % labels[kind], name, fs, ls, ratio)
        # In-process work per key.
        worst = 0.0
        parts = []
        for kind in ["tab", "j", "space", "G", "resize"]:
            hook = lat.get(("folio", kind), {}).get("hook")
            if hook:
                vals = [h["update_us"] + h["render_us"] + h["present_us"] for h in hook if h["kind"] == kind]
                if vals:
                    p99 = pct(vals, 99) / 1e3
                    parts.append("%s %.2f" % (kind, p99))
                    worst = max(worst, p99)
            else:
                st = info.get(kind, {})
                if st.get("n"):
                    p99 = st["p99_us"] / 1e3
                    parts.append("%s %.2f" % (kind, p99))
                    worst = max(worst, p99)
        source = "hook: update+render+present" if hook_seen else "folio-bench: update+render (present not included: no hook yet)"
        row("3 in-process work per key, p99 (ms) [%s]" % source, name, "; ".join(parts), "", "worst %.2f ms" % worst,
            "< 5 ms: " + verdict(worst < 5))
    raw["keys"] = out
    raw["hook_seen"] = hook_seen


KIND_OF_EVENT = {"Tab": "tab", "j": "j", "Space": "space", "G": "G", "resize": "resize"}


def parse_timing(path):
    """Lines `event=<label> update_us=N effects_us=N render_us=N present_us=N` (see results.md)."""
    entries = []
    for line in open(path, errors="replace"):
        fields = dict(part.split("=", 1) for part in line.split() if "=" in part)
        kind = KIND_OF_EVENT.get(fields.get("event", ""))
        if not kind:
            continue
        try:
            entries.append(dict(kind=kind, **{k: float(fields.get(k, 0)) for k in ("update_us", "effects_us", "render_us", "present_us")}))
        except ValueError:
            continue
    return entries


# ---------------------------------------------------------------- 4. store

def bench_store(q):
    log("4. store")
    records = 100_000 if q else 1_000_000
    path, size = gen.store(os.path.join(INPUTS, "store-%d.jsonl" % records), records)
    label = "%s records, %.0f MB" % (format(records, ","), size / MB)
    opens = [tool("store-open", path) for _ in range(1 if q else 3)]
    if any(o["problems"] or o["records"] != records for o in opens):
        raise RuntimeError("generated store did not read back cleanly: %s" % opens[0])
    open_s = statistics.median(o["open_s"] for o in opens)
    per_million = open_s * 1_000_000 / records
    rss = max(o["vmhwm_kb"] for o in opens)
    log("   open %s, %d KB" % (ms(open_s), rss))
    row("4 store open (AnnotationStore.load), median of %d" % len(opens), label, ms(open_s), "", "%s per 1M records" % ms(per_million),
        "< 1 s per 1M: " + verdict(per_million < 1.0))
    row("4 store open, peak RSS", label, "%.0f MB" % (rss / 1024), "file %.0f MB" % (size / MB), "%.2fx file" % (rss * 1024 / size))
    # Adds: to a copy of the big store, and to an empty store as the peer.
    copy = os.path.join(TMP, "store-copy.jsonl")
    fresh(copy)
    shutil.copyfile(path, copy)
    n = 50 if q else 200
    big = tool("store-add", copy, n)
    small = tool("store-add", fresh(os.path.join(TMP, "store-empty.jsonl")), n)
    log("   add p50 %.2f ms p99 %.2f ms (empty: %.2f / %.2f)" % (big["p50_ms"], big["p99_ms"], small["p50_ms"], small["p99_ms"]))
    row("4 add one highlight incl. fsync (in-process, %d adds)" % n, label, "p50 %.2f ms, p99 %.2f ms" % (big["p50_ms"], big["p99_ms"]),
        "empty store: p50 %.2f ms, p99 %.2f ms" % (small["p50_ms"], small["p99_ms"]), "%.2f (p50)" % (big["p50_ms"] / small["p50_ms"]))
    row("4 add, peak RSS of the process", label, "%.0f MB" % (big["vmhwm_kb"] / 1024), "empty store: %.0f MB" % (small["vmhwm_kb"] / 1024), "")
    cli = []
    for _ in range(1 if q else 3):
        t, usage = run_timed([FOLIO, "highlights", "add", SEED, "--quote", "strategic partners", "--store", copy])
        cli.append((t, usage.ru_maxrss))
    t = statistics.median(c[0] for c in cli)
    log("   folio highlights add: %s" % ms(t))
    row("4 `folio highlights add` (whole process, median of %d)" % len(cli), label, ms(t), "", "",
        "peak RSS %.0f MB" % (max(c[1] for c in cli) / 1024))
    raw["store"] = dict(bytes=size, records=records, open=opens, add_big=big, add_empty=small, cli=cli)
    fresh(copy)


# ---------------------------------------------------------------- 5. reader RSS

def bench_rss(files):
    log("5. reader peak RSS")
    store = os.path.join(TMP, "rss-store.jsonl")
    out = {}
    for name, path, target in files:
        size = os.path.getsize(path)
        fresh(store)
        p = PtyProcess([FOLIO, path], env_for(store), COLS, ROWS)
        t, got = p.read_burst(marker=MARKER, idle=FRAME_IDLE, timeout=300)
        # The peak comes after the first paint: wait until the whole file and the store are read.
        settle_after(p, t, got, SETTLED, 0.3)
        hwm = vm_hwm(p.pid)
        p.finish(keys=b"q")
        lp = PtyProcess([shutil.which("less"), path], env_for(), COLS, ROWS)
        lt, _ = lp.read_burst(marker=MARKER, idle=0.3, timeout=60)
        lhwm = vm_hwm(lp.pid)
        lp.finish()
        out[name] = dict(bytes=size, folio_vmhwm_kb=hwm, folio_first_paint_s=t - p.start if t else None,
                         folio_exit=p.status, less_vmhwm_kb=lhwm)
        ratio = hwm * 1024 / size
        log("   %s: %d KB (%.2fx), first paint %s" % (name, hwm, ratio, ms(out[name]["folio_first_paint_s"])))
        row("5 reader peak RSS (VmHWM once fully loaded)", name, "%.1f MB" % (hwm / 1024), "less %.1f MB; file %.2f MB" % ((lhwm or 0) / 1024, size / MB),
            "%.2fx file" % ratio, ("< %gx file: %s" % (target, verdict(ratio < target))) if target else "")
        if t and size > 50 * MB:
            row("5 first paint (single run)", name, ms(t - p.start), "", "", "")
    raw["rss"] = out


# ---------------------------------------------------------------- report

def machine():
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
    mem = next((int(l.split()[1]) // 1024 for l in open("/proc/meminfo") if l.startswith("MemTotal")), 0)
    swift = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.splitlines()
    fs = subprocess.run(["df", "-T", OUT], capture_output=True, text=True).stdout.splitlines()[-1].split()
    commit = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "-C", ROOT, "status", "--porcelain", "Sources"], capture_output=True, text=True).stdout.strip()
    def version(cmd):
        try:
            return subprocess.run(cmd, capture_output=True, text=True).stdout.splitlines()[0]
        except (OSError, IndexError):
            return "missing"
    return dict(
        date=datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        cpu=cpu, cores=os.cpu_count(), mem_mb=mem, kernel=platform.release(),
        os=next((l.split("=", 1)[1].strip().strip('"') for l in open("/etc/os-release") if l.startswith("PRETTY_NAME")), "?"),
        swift=swift[0] if swift else "?", fs="%s on %s" % (fs[1], fs[0]) if len(fs) > 1 else "?",
        load=" ".join("%.2f" % x for x in os.getloadavg()), commit=commit + (" + uncommitted changes in Sources/" if dirty else ""),
        less=version(["less", "--version"]), w3m=version(["w3m", "-version"]), wc=version(["wc", "--version"]),
    )


def table():
    head = ("Measure", "Input", "Folio", "Reference (same run)", "Ratio", "Target")
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    for r in rows:
        lines.append("| " + " | ".join(str(c).replace("|", "\\|") for c in r) + " |")
    return "\n".join(lines)


METHOD = """\
## How each figure is measured

- **Inputs** are generated at run time into `bench/out/inputs/` (git-ignored): the bundled
  article, that article repeated (whole copies) to 1 MB, 10 MB and 100 MB, a 10 MB CJK
  article (Han sentences ending in 。, headings ending in ？; fixed random seed), and a store
  of 1,000,000 JSON-lines records in the README's format (30% highlights, 10% bookmarks,
  25% positions, 20% note edits, 12% deletes, 3% undeletes over 2,000 articles). Realistic
  records are 120-450 bytes, so the store is larger than the "about 100 MB" of the issue;
  the target is per million records, so the count is what matters. For the first paint of
  a web page: a 2 MB news article page (`gen.news_html`: head with metadata, styles and
  scripts, navigation bar, h1 and byline, h2 sections of about 3,400 `<p>` paragraphs
  with links and emphasis made of the bundled article's sentences, figures, pull quotes,
  ad slots, a sidebar, a footer and a page-state JSON script; fixed random seed).
- **Parse**: `bench/out/bin/folio-bench parse` (built with `swiftc -O -wmo` from
  `Sources/ArticleKit` etc. by `bench/build-tool.sh`) reads the file into memory once, then
  times `ArticleParser.parse(bytes:)` (UTF-8 repair + parse) repeatedly (at least 5 runs
  and 1.5 s; 4 runs for 100 MB); the median of all runs but the first is the throughput,
  with glibc told to keep freed memory between runs (`MALLOC_TRIM_THRESHOLD_`,
  `MALLOC_MMAP_MAX_=0`, `MALLOC_TOP_PAD_`): otherwise each run hands its output's pages back
  to the kernel and faults them in again, and a 10 MB parse measured mostly page faults.
  Each parsed article is released after its run's clock stops (freeing is not parsing).
  The first run of the process, cold, is its own row: on 100 MB it pays about 30,000 page
  faults for the paragraphs it builds, which `wc -l` never allocates. Its peer is `wc -l FILE` (GNU coreutils) as a whole process; "net of its
  start-up" subtracts the median time of `wc -l` on an empty file, so both sides count only
  the work on the bytes. When start-up is most of `wc`'s time (the 6 KB article) the net
  figure is meaningless and the whole-process pair `folio dump --format json FILE > /dev/null`
  vs `wc -l FILE` is the comparison used for the target.
- **First paint**: each program is started with `posix_spawn` (new session; the pty slave
  is its stdin/stdout/stderr and controlling terminal), 100x30, `TERM=xterm-256color`,
  `LANG=C.UTF-8`. The clock starts just before `posix_spawn`; it stops at the arrival of the
  last byte of the first frame that contains "Jinping" (a word of the first screen for all
  three programs; on the HTML page it is in the title: in `<title>` near the top of the
  source less shows, in Folio's title line and in the h1 w3m renders), a frame ending when no byte arrives for 10 ms (each program writes a
  screen in one go, in well under a millisecond). Folio paints a large text file from its
  first lines and then reads it whole and repaints (an HTML page it reads and extracts
  whole before its first paint); "fully loaded" is the time until its
  status line shows "? help" (the whole file parsed and the store read) and the output
  then rested for 150 ms, the 150 ms not counted. Programs
  run round-robin (folio, less, w3m, folio, ...) so all see the same machine; median of 31.
  Folio gets a fresh, empty store each run (so no saved position), less runs with `LESS=`
  and no history file, w3m with an empty `$HOME`.
- **Keys**: the reader is started in the pty and painted; then for each key the clock
  starts just before `write(master, key)` and stops at the last byte of the burst that
  follows (burst over after 40 ms of silence; the 40 ms are not counted). Each key kind
  runs in a fresh process. j, Space and G are measured in the pane with the most to
  scroll (for Folio; for less anywhere in the file): Space and G each from the top of the
  pane (an unmeasured `g` first), j until the bottom, then an unmeasured `g`. Tab runs
  through the panes (an unmeasured `1` at the last one); in Folio each pane change also
  saves the reading position (a locked, fsynced append), which is part of what the user
  waits for. A resize is `TIOCSWINSZ` on the master (the kernel sends SIGWINCH), between
  100x30 and 120x40. A key that produced no output within 2 s is left out and noted.
- **In-process work per key**: with the `FOLIO_TIMING` hook (see below) the reader itself
  logs update + render + present per key; until then `folio-bench keys` runs Folio's
  `update` and `render` on a `ReaderState` of the same file and size (present not included).
- **Store**: `folio-bench store-open` times `AnnotationStore.load(path:)`; `store-add`
  opens the store (untimed) and then times 200 `append`s of one highlight (lock, write,
  fsync, re-read of the tail), on a copy of the 1M store and on an empty store.
  `folio highlights add` is also timed as a whole process on the 1M store.
- **Peak RSS** is `VmHWM` from `/proc/PID/status`: for the tools at their end, for the
  reader once fully loaded (status line "? help", then 300 ms of quiet), which includes
  the parse of the whole file, the store and the fingerprint. (`wait4`'s `ru_maxrss` is not used for small processes:
  after `posix_spawn` from Python it starts at Python's own RSS.)
"""

HOOK = """\
## Timing hook wanted in Folio

`FOLIO_TIMING=PATH` (unset: no cost, nothing written). `ReaderLoop` opens PATH once with
`O_WRONLY|O_APPEND|O_CREAT` (0600) and, after each event has been handled *and its screen
presented*, writes one line with a single `write(2)` (CLOCK_MONOTONIC, whole microseconds):

    event=<Key.label or "resize"> update_us=<N> effects_us=<N> render_us=<N> present_us=<N>

`update_us` is `update(&state, event)`, `effects_us` the effects loop plus
`session.refresh` (store I/O), `render_us` is `render(state)`, `present_us` is
`terminal.present(screen)` including `doupdate`. Once, after the first present:

    event=open load_us=<ArticleInput.load> store_us=<AnnotationSession.init + refresh> render_us=<N> present_us=<N>

The harness sums update + render + present per key kind for the "< 5 ms" target and
reports effects separately.
"""


def write_report(info, elapsed, path, append=None):
    """Writes the table, the run's notes, the method and the hook spec to path, then the
    text of the file `append` when given."""
    hook = "present" if raw.get("hook_seen") else "absent (in-process key figures are update+render from folio-bench)"
    head = [
        "# Folio benchmarks",
        "",
        "Written by `make bench` (%s, %.0f s). Every ratio compares two figures measured in the same run." % (info["date"], elapsed),
        "",
        "Machine: %s, %s cores (shared with other work while this ran; load average at start %s), %s MB RAM, %s, kernel %s, %s. "
        "Toolchain: %s. Peers: %s; %s; %s. Folio at %s. FOLIO_TIMING hook: %s."
        % (info["cpu"], info["cores"], info["load"], info["mem_mb"], info["os"], info["kernel"], info["fs"], info["swift"],
           info["less"], info["w3m"], info["wc"], info["commit"], hook),
        "",
        table(),
        "",
    ]
    if notes:
        head += ["Notes from this run:", ""] + ["- " + n for n in notes] + [""]
    text = "\n".join(head) + "\n" + METHOD + "\n" + HOOK
    if append:
        with open(append, encoding="utf-8") as f:
            text += "\n" + f.read()
    with open(path, "w") as f:
        f.write(text)


def main():
    global FOLIO, TOOL, T0
    ap = argparse.ArgumentParser()
    ap.add_argument("--folio", required=True)
    ap.add_argument("--tool", required=True)
    ap.add_argument("--quick", action="store_true", help="fewer runs, smaller store (a smoke test; figures not for results.md)")
    ap.add_argument("--only", default="1,2,3,4,5")
    ap.add_argument("--append", help="a Markdown file whose text ends the written report (e.g. the HTML extraction summary)")
    a = ap.parse_args()
    FOLIO, TOOL, T0 = os.path.abspath(a.folio), os.path.abspath(a.tool), clock()
    only = set(a.only.split(","))
    for d in (INPUTS, TMP, os.path.join(OUT, "home")):
        os.makedirs(d, exist_ok=True)
    info = machine()
    log("generating inputs")
    article = os.path.join(INPUTS, "article.txt")
    shutil.copyfile(SEED, article)
    r1 = gen.repeated(SEED, os.path.join(INPUTS, "repeat-1mb.txt"), 1 * MB)
    r10 = gen.repeated(SEED, os.path.join(INPUTS, "repeat-10mb.txt"), 10 * MB)
    r100 = gen.repeated(SEED, os.path.join(INPUTS, "repeat-100mb.txt"), 100 * MB)
    c10 = gen.cjk(os.path.join(INPUTS, "cjk-10mb.txt"), 10 * MB)
    html2 = gen.news_html(SEED, os.path.join(INPUTS, "news-2mb.html"), 2 * MB)
    if "1" in only:
        bench_parse([("article 6 KB", article), ("1 MB", r1), ("10 MB", r10), ("100 MB", r100), ("CJK 10 MB", c10)], a.quick)
    if "2" in only:
        bench_first_paint([("article 6 KB", article, 1.2), ("10 MB", r10, 3), ("news page HTML 2 MB", html2, None)], a.quick)
    if "3" in only:
        bench_keys([("article 6 KB", article), ("10 MB", r10)], a.quick)
    if "4" in only:
        bench_store(a.quick)
    if "5" in only:
        bench_rss([("article 6 KB", article, None), ("100 MB", r100, 4)])
    elapsed = clock() - T0
    raw["machine"] = info
    # Only a full run replaces bench/results.md; --quick or --only write beside the raw numbers.
    full = not a.quick and only == {"1", "2", "3", "4", "5"}
    with open(os.path.join(OUT, "results.json" if full else "results-partial.json"), "w") as f:
        json.dump(raw, f, indent=1, default=str)
    report = os.path.join(ROOT, "bench", "results.md") if full else os.path.join(OUT, "results-partial.md")
    write_report(info, elapsed, report, a.append)
    print(table())
    for n in notes:
        print("note:", n)
    print("\nwritten: %s (with machine and method) and the raw numbers beside bench/out/" % os.path.relpath(report, ROOT))


if __name__ == "__main__":
    main()
