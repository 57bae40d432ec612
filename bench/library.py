#!/usr/bin/env python3
"""Library bench (issue 12, section 6): Folio beside newsboat on the same local feeds.

Every feed is generated here and served by a threaded HTTP server on 127.0.0.1 that
honours ETag and Last-Modified and counts the statuses it sends. In one run:

- fetching 100 feeds x 50 items, cold (empty cache) and warm (unchanged feeds), wall time:
  `folio fetch` against `newsboat -x reload` (reload-threads 8, as Folio's 8 jobs);
- 20,000 cached articles (100 feeds x 200 items): time to the first screen in a pty
  (`folio` opening its library against `newsboat` opening its feed list), and each one's
  peak memory (VmHWM) once painted;
- keys in the library at 20,000 articles (FOLIO_TIMING: update + render + present of each
  event) and a full-text search (the same, for the search event).

Usage: bench/library.py --folio PATH [--runs N] [--out FILE]
"""
import argparse
import email.utils
import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ptyrun import PtyProcess, clock, vm_hwm  # noqa: E402

COLS, ROWS = 120, 40
WORDS = ("market policy energy report budget climate river school court election science health "
         "harbour railway museum festival treaty mayor farmers ministry").split()


def feed_xml(index, items):
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
           "<channel><title>Feed %d</title><link>http://127.0.0.1/feed%d</link><description>Generated</description>" % (index, index)]
    for item in range(items):
        words = " ".join(WORDS[(index * 7 + item * 3 + k) % len(WORDS)] for k in range(12))
        day = 1 + item % 28
        out.append("<item><guid>feed%d-item%d</guid><title>Feed %d story %d: %s</title>" % (index, item, index, item, words[:40]))
        out.append("<link>http://127.0.0.1/feed%d/story%d</link>" % (index, item))
        out.append("<pubDate>%s</pubDate>" % email.utils.formatdate(1780000000 - item * 3600 - index * 60, usegmt=True))
        body = "".join("<p>Paragraph %d about %s. %s</p>" % (p, words, "The story goes on with more detail. " * 6) for p in range(4))
        out.append("<description>Summary of story %d about %s.</description><content:encoded><![CDATA[%s]]></content:encoded></item>"
                   % (item, words, body))
    out.append("</channel></rss>\n")
    return "".join(out).encode()


class FeedServer:
    """Serves /feedN.xml with ETag and Last-Modified; counts statuses."""

    def __init__(self):
        self.feeds = {}
        self.lock = threading.Lock()
        self.counts = {}
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):
                body = server.feeds.get(self.path.split("?")[0])
                if body is None:
                    return self.reply(404, b"no", {})
                tag = '"%s"' % hashlib.sha1(body).hexdigest()[:16]
                modified = "Mon, 01 Jun 2026 10:00:00 GMT"
                if self.headers.get("If-None-Match") == tag or (
                        self.headers.get("If-None-Match") is None and self.headers.get("If-Modified-Since") == modified):
                    return self.reply(304, b"", {"ETag": tag, "Last-Modified": modified})
                self.reply(200, body, {"Content-Type": "application/rss+xml", "ETag": tag, "Last-Modified": modified})

            def reply(self, status, body, headers):
                with server.lock:
                    server.counts[status] = server.counts.get(status, 0) + 1
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if body:
                    self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def publish(self, feeds, items):
        self.feeds = {"/feed%d.xml" % i: feed_xml(i, items) for i in range(feeds)}
        return ["http://127.0.0.1:%d/feed%d.xml" % (self.port, i) for i in range(feeds)]

    def take_counts(self):
        with self.lock:
            counts, self.counts = self.counts, {}
        return counts


class Side:
    """One program's files: Folio's feeds file, cache and store; newsboat's urls, cache, config."""

    def __init__(self, root, urls):
        self.root = root
        os.makedirs(root, exist_ok=True)
        with open(os.path.join(root, "urls"), "w") as out:
            out.write("".join(u + "\n" for u in urls))
        with open(os.path.join(root, "newsboat.conf"), "w") as out:
            out.write("reload-threads 8\nshow-read-feeds yes\n")
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": root, "TERM": "xterm-256color", "LANG": "C.UTF-8",
            "FOLIO_FEEDS": os.path.join(root, "urls"), "FOLIO_LIBRARY": os.path.join(root, "library.sqlite"),
            "FOLIO_STORE": os.path.join(root, "store.jsonl"), "NO_PROXY": "127.0.0.1", "no_proxy": "127.0.0.1",
            "XDG_CONFIG_HOME": os.path.join(root, "config"), "XDG_DATA_HOME": os.path.join(root, "data"),
        }

    def newsboat(self, *extra):
        return [shutil.which("newsboat"), "-u", os.path.join(self.root, "urls"), "-c", os.path.join(self.root, "newsboat.db"),
                "-C", os.path.join(self.root, "newsboat.conf")] + list(extra)


def timed(argv, env):
    start = clock()
    result = subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return clock() - start, result.returncode, result.stderr.decode(errors="replace")[-300:]




def first_screen(argv, env, marker):
    p = PtyProcess(argv, env, COLS, ROWS)
    t, _ = p.read_burst(marker=marker, idle=0.3, timeout=120)
    hwm = vm_hwm(p.pid)
    p.finish(keys=b"q")
    return (t - p.start if t else None), hwm


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--folio", required=True)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--out")
    args = ap.parse_args()
    folio = os.path.abspath(args.folio)
    if not shutil.which("newsboat"):
        sys.exit("bench/library.py: newsboat is missing (apt-get install newsboat)")
    tmp = tempfile.mkdtemp(prefix="folio-library-bench-")
    server = FeedServer()
    rows = []

    def row(measure, folio_value, newsboat_value, ratio, target):
        rows.append("| %s | %s | %s | %s | %s |" % (measure, folio_value, newsboat_value, ratio, target))
        print(rows[-1], flush=True)

    # 1. Fetching 100 feeds x 50 items, cold then warm.
    urls = server.publish(100, 50)
    cold = {"folio": [], "newsboat": []}
    warm = {"folio": [], "newsboat": []}
    warm_counts = {"folio": {}, "newsboat": {}}
    for run in range(args.runs):
        for name in ("folio", "newsboat"):
            side = Side(os.path.join(tmp, "fetch-%s-%d" % (name, run)), urls)
            argv = [folio, "fetch"] if name == "folio" else side.newsboat("-x", "reload")
            for bucket in (cold, warm):
                server.take_counts()
                seconds, status, err = timed(argv, side.env)
                if status != 0:
                    sys.exit("%s failed (%d): %s" % (name, status, err))
                bucket[name].append(seconds)
                if bucket is warm:
                    warm_counts[name] = server.take_counts()
    for label, bucket in (("cold", cold), ("warm", warm)):
        f, n = statistics.median(bucket["folio"]), statistics.median(bucket["newsboat"])
        row("fetch 100 feeds x 50 items, %s, median of %d" % (label, args.runs), "%.0f ms" % (f * 1000), "%.0f ms" % (n * 1000),
            "%.2f" % (f / n), "≤ newsboat: %s" % ("met" if f <= n else "MISSED"))
    only304 = set(warm_counts["folio"]) == {304}
    row("warm fetch: statuses the server sent", str(warm_counts["folio"]), str(warm_counts["newsboat"]), "",
        "only 304s: %s" % ("met" if only304 else "MISSED"))

    # 2. 20,000 cached articles: 100 feeds x 200 items.
    urls = server.publish(100, 200)
    side = Side(os.path.join(tmp, "big"), urls)
    for argv in ([folio, "fetch"], side.newsboat("-x", "reload")):
        seconds, status, err = timed(argv, side.env)
        if status != 0:
            sys.exit("%s failed: %s" % (argv[0], err))
    times = {"folio": [], "newsboat": []}
    hwm = {"folio": [], "newsboat": []}
    for _ in range(max(5, args.runs * 3)):
        for name, argv, marker in (("folio", [folio], b"Library"), ("newsboat", side.newsboat(), b"Your feeds")):
            t, h = first_screen(argv, side.env, marker)
            if t is None:
                sys.exit("%s showed no first screen" % name)
            times[name].append(t)
            hwm[name].append(h or 0)
    f, n = statistics.median(times["folio"]), statistics.median(times["newsboat"])
    row("first screen, 20,000 articles, median of %d" % len(times["folio"]), "%.1f ms" % (f * 1000), "%.1f ms" % (n * 1000),
        "%.2f" % (f / n), "≤ 20 ms: %s; ≤ 1/3 newsboat: %s" % ("met" if f <= 0.020 else "MISSED", "met" if f <= n / 3 else "MISSED"))
    fm, nm = max(hwm["folio"]), max(hwm["newsboat"])
    row("peak memory (VmHWM) with the list shown", "%.1f MB" % (fm / 1024), "%.1f MB" % (nm / 1024), "%.2f" % (fm / nm),
        "below newsboat: %s" % ("met" if fm < nm else "MISSED"))

    # 3. Keys and search in the library at 20,000 articles (Folio's own event timing).
    timing = os.path.join(tmp, "timing.txt")
    env = dict(side.env, FOLIO_TIMING=timing)
    p = PtyProcess([folio], env, COLS, ROWS)
    p.read_burst(marker=b"Library", idle=0.3, timeout=60)
    keys = [b"j"] * 150 + [b"k"] * 50 + [b"G", b"g"] * 10 + [b"\t", b"j", b"j", b"\t"] * 20 + [b"m"] * 20
    keys += [b"\t"] + [b"j"] * 100 + [b"\t"] + [b"j"] * 50
    for key in keys:
        p.send(key)
        p.read_burst(idle=0.01, timeout=2)
    searches = ["market", "energy policy", "story 17", "harbour railway"]
    for query in searches:
        p.send(b"/")
        p.read_burst(idle=0.01, timeout=2)
        for ch in query:
            p.send(ch.encode())
            p.read_burst(idle=0.005, timeout=2)
        p.send(b"\r")
        p.read_burst(idle=0.05, timeout=5)
        p.send(b"\x1b")
        p.read_burst(idle=0.05, timeout=2)
    p.finish(keys=b"q")
    events = []
    for line in open(timing):
        fields = dict(part.split("=", 1) for part in line.split())
        total = sum(int(fields.get(k, 0)) for k in ("update_us", "render_us", "present_us"))
        events.append((fields["event"], total))
    key_times = [t for e, t in events if e not in ("open", "search")]
    search_times = [t for e, t in events if e == "search"]
    row("key in the library, %d keys: p50 / p99 / max" % len(key_times), "%.2f / %.2f / %.2f ms" % (
        pct(key_times, 50) / 1000, pct(key_times, 99) / 1000, max(key_times) / 1000), "", "",
        "p99 < 5 ms: %s" % ("met" if pct(key_times, 99) < 5000 else "MISSED"))
    row("full-text search, %d queries: median / max" % len(search_times), "%.1f / %.1f ms" % (
        statistics.median(search_times) / 1000, max(search_times) / 1000), "", "",
        "< 50 ms: %s" % ("met" if max(search_times) < 50000 else "MISSED"))

    header = ["| Measure | Folio | newsboat | Folio/newsboat | Target |", "| --- | --- | --- | --- | --- |"]
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    dirty = " (with uncommitted changes)" if subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"],
                                                            capture_output=True, text=True).stdout.strip() else ""
    version = subprocess.run([shutil.which("newsboat"), "--version"], capture_output=True, text=True).stdout.split("\n")[0]
    report = "# Library benchmark (`make bench-library`)\n\n" + (
        "Written by `make bench-library` (`bench/library.py --runs %d`) on %s at %s%s; %s (Debian). "
        "100 generated RSS feeds served by one threaded Python server on 127.0.0.1 with ETag and Last-Modified; "
        "Folio with its default 8 jobs, newsboat with `reload-threads 8`. Fetch times are whole `folio fetch` / "
        "`newsboat -x reload` runs; the first screen is the time from spawn in a %dx%d pty to the screen with the "
        "library (Folio) or the feed list (newsboat), each started alternately; key and search times are Folio's "
        "own FOLIO_TIMING records (update with its effects, render, present).\n\n"
        % (args.runs, time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), commit, dirty, version, COLS, ROWS))
    report += "\n".join(header + rows) + "\n"
    if warm_counts["newsboat"].get(304, 0) == 0:
        report += ("\nnewsboat sent no If-None-Match or If-Modified-Since on its warm `-x reload` in this run, so each "
                   "of its warm requests was a 200 with the whole feed.\n")
    if args.out:
        os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
        with open(args.out, "w") as out:
            out.write(report)
    server.httpd.shutdown()
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
