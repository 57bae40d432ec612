#!/usr/bin/env python3
"""Folio's feed parser against Python's feedparser, on public feed test files read at run time.

Usage: python3 bench/feeds.py --folio BIN --gofeed-repo GITDIR --feedparser-repo GITDIR [--out DIR]

Extracts gofeed's testdata/ and feedparser's tests/ from the bare git repositories into
the output folder (never committed), runs `folio feed show --format json` and feedparser
on every feed file, and reports, over the files both read, how often they agree on feed
title, entry count, entry titles, links, ids and dates (to the second). Disagreements go
to DIR/feeds-disagreements.txt. Then it times a generated 10,000-item RSS feed in both.
"""
import argparse, calendar, json, os, statistics, subprocess, tarfile, io, time

def extract(repo, path, into):
    data = subprocess.run(["git", "-C", repo, "archive", "HEAD", path], check=True, capture_output=True).stdout
    tarfile.open(fileobj=io.BytesIO(data)).extractall(into, filter="data")

def feed_files(root):
    for folder, _, names in os.walk(root):
        for name in sorted(names):
            path = os.path.join(folder, name)
            if name.endswith(".xml") or name.endswith(".rss") or name.endswith(".atom") or name.endswith(".rdf"):
                yield path
            elif name.endswith(".json") and not name.endswith("_expected.json") and "/json/" in path:
                yield path

def folio_read(folio, path):
    run = subprocess.run([folio, "feed", "show", "--format", "json", path], capture_output=True, timeout=30)
    if run.returncode != 0:
        return None
    try:
        return json.loads(run.stdout)
    except ValueError:
        return None

def stamp(struct):
    return calendar.timegm(struct) if struct else None

def iso_seconds(text):
    if not text:
        return None
    return calendar.timegm(time.strptime(text, "%Y-%m-%dT%H:%M:%SZ"))

def feedparser_read(fp, path):
    parsed = fp.parse(path)
    if not parsed.get("version") and not parsed.entries and not parsed.feed.get("title"):
        return None
    entries = []
    for e in parsed.entries:
        entries.append(dict(id=e.get("id"), title=e.get("title"), link=e.get("link"),
                            published=stamp(e.get("published_parsed")), updated=stamp(e.get("updated_parsed"))))
    return dict(title=parsed.feed.get("title"), entries=entries)

def norm(text):
    """Titles compared as plain text: Folio gives titles as text, feedparser keeps (sanitized) HTML
    in them, so feedparser's tags are dropped and entities decoded before comparing; empty is None."""
    if not isinstance(text, str):
        return text
    import html, re
    plain = " ".join(html.unescape(re.sub(r"<[^>]*>", " ", text)).split())
    return plain or None

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--folio", required=True)
    ap.add_argument("--gofeed-repo", required=True)
    ap.add_argument("--feedparser-repo", required=True)
    ap.add_argument("--out", default="bench/out/feeds")
    ap.add_argument("--results", help="also write the report as Markdown to this file (bench/results-feeds.md)")
    ap.add_argument("--tool", help="bench/out/bin/folio-bench, for the in-process parse time")
    args = ap.parse_args()
    import feedparser as fp
    os.makedirs(args.out, exist_ok=True)
    corpus = os.path.join(args.out, "corpus")
    if not os.path.isdir(corpus):
        extract(args.gofeed_repo, "testdata", os.path.join(corpus, "gofeed"))
        extract(args.feedparser_repo, "tests", os.path.join(corpus, "feedparser"))
    fields = ["feed title", "entry count", "entry titles", "links", "ids", "dates"]
    agree = {f: 0 for f in fields}
    compared = {f: 0 for f in fields}
    both = only_fp = only_folio = neither = 0
    notes = []
    for path in feed_files(corpus):
        mine, theirs = folio_read(args.folio, path), feedparser_read(fp, path)
        if mine is None and theirs is None:
            neither += 1; continue
        if mine is None:
            only_fp += 1; notes.append("%s: Folio refused, feedparser read it" % path); continue
        if theirs is None:
            only_folio += 1; continue
        both += 1
        def check(field, ok, detail):
            compared[field] += 1
            if ok: agree[field] += 1
            else: notes.append("%s: %s: %s" % (path, field, detail))
        check("feed title", norm(mine["title"]) == norm(theirs["title"]), (mine["title"], theirs["title"]))
        check("entry count", len(mine["entries"]) == len(theirs["entries"]), (len(mine["entries"]), len(theirs["entries"])))
        pairs = list(zip(mine["entries"], theirs["entries"]))
        if pairs:
            check("entry titles", all(norm(a["title"]) == norm(b["title"]) for a, b in pairs),
                  [(a["title"], b["title"]) for a, b in pairs if norm(a["title"]) != norm(b["title"])][:2])
            check("links", all(a["link"] == b["link"] for a, b in pairs),
                  [(a["link"], b["link"]) for a, b in pairs if a["link"] != b["link"]][:2])
            # feedparser has no id for an entry without one; Folio derives one: compare where feedparser has it.
            with_id = [(a, b) for a, b in pairs if b["id"]]
            if with_id:
                check("ids", all(a["id"] == b["id"] for a, b in with_id),
                      [(a["id"], b["id"]) for a, b in with_id if a["id"] != b["id"]][:2])
            check("dates", all(iso_seconds(a["published"]) == b["published"] and iso_seconds(a["updated"]) == b["updated"] for a, b in pairs),
                  [(a["published"], b["published"], a["updated"], b["updated"]) for a, b in pairs
                   if iso_seconds(a["published"]) != b["published"] or iso_seconds(a["updated"]) != b["updated"]][:2])
    with open(os.path.join(args.out, "feeds-disagreements.txt"), "w") as f:
        f.write("\n".join(notes) + "\n")
    # Speed: a 10,000-item RSS 2.0 feed.
    big = os.path.join(args.out, "big.xml")
    with open(big, "w") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Big</title><link>http://example.org/</link>\n')
        for i in range(10000):
            f.write("<item><title>Item %d &amp; more</title><link>http://example.org/%d</link><guid>id-%d</guid>"
                    "<pubDate>Tue, 03 Dec 2024 10:%02d:00 GMT</pubDate><description>&lt;p&gt;Summary %d&lt;/p&gt;</description></item>\n" % (i, i, i, i % 60, i))
        f.write("</channel></rss>\n")
    # Medians of 5 (feedparser: 3) runs; Folio both as a whole process (`folio feed show
    # --format json`: start-up, parse, JSON out) and in-process (the bench tool's FeedReader.read).
    whole = []
    for _ in range(5):
        start = time.perf_counter(); subprocess.run([args.folio, "feed", "show", "--format", "json", big], check=True, capture_output=True)
        whole.append(time.perf_counter() - start)
    folio_s = statistics.median(whole)
    inproc_s = None
    if args.tool:
        out = subprocess.run([args.tool, "feed", "5", big], check=True, capture_output=True, text=True).stdout
        inproc_s = json.loads(out)["median_ms"] / 1000
    fp_times = []
    for _ in range(3):
        start = time.perf_counter(); fp.parse(big); fp_times.append(time.perf_counter() - start)
    fp_s = statistics.median(fp_times)
    lines = ["| field | agree | of | % | target |", "|---|---|---|---|---|"]
    for f_ in fields:
        pct = 100.0 * agree[f_] / compared[f_] if compared[f_] else float("nan")
        lines.append("| %s | %d | %d | %.1f | ≥ 97%%: %s |" % (f_, agree[f_], compared[f_], pct, "met" if pct >= 97 else "MISSED"))
    lines.append("")
    lines.append("Files: both read %d, only feedparser %d, only Folio %d, neither %d (disagreements: %s)." % (
        both, only_fp, only_folio, neither, os.path.join(args.out, "feeds-disagreements.txt")))
    lines.append("")
    speed = "10,000-item RSS feed, medians: feedparser in-process %.1f ms; Folio whole process %.1f ms (%.1fx)" % (
        fp_s * 1000, folio_s * 1000, fp_s / folio_s)
    if inproc_s:
        speed += "; Folio in-process (FeedReader.read) %.1f ms: %.1fx feedparser (target ≥ 20x: %s)" % (
            inproc_s * 1000, fp_s / inproc_s, "met" if fp_s / inproc_s >= 20 else "MISSED")
    lines.append(speed + ".")
    report = "\n".join(lines) + "\n"
    print(report)
    if args.results:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
        dirty = " (with uncommitted changes)" if subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"],
                                                                capture_output=True, text=True).stdout.strip() else ""
        head = ("# Feed parser benchmark (`make bench-feeds`)\n\nWritten on %s at %s%s: Folio's `feed show --format json` "
                "against feedparser %s (in bench/out/venv) on every feed file of gofeed's testdata and feedparser's tests "
                "(archived from the fetched repositories at run time, never committed). Titles compare as plain text "
                "with white space collapsed, dates to the second, ids only where feedparser has one; where Folio stays "
                "apart from feedparser is explained in docs/DECISIONS.md (2026-12-04).\n\n" % (
                    time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), commit, dirty, fp.__version__))
        with open(args.results, "w") as out:
            out.write(head + report)

if __name__ == "__main__":
    main()
