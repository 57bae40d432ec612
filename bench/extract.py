#!/usr/bin/env python3
"""`make bench-extract`: HTML article extraction, Folio beside trafilatura and readability-lxml.

Usage:
  bench/extract.py --readability-repo GITDIR [--folio BIN] [--folio-cmd CMD]
                   [--folio-inprocess-cmd CMD] [--out FILE] [--json FILE] [--summary FILE]
  bench/extract.py --pages DIR ...        (DIR = an extracted test/test-pages folder)

The corpus is Mozilla Readability's test pages (source.html, expected.html and
expected-metadata.json per page). The pages are never part of this repository: give
either a folder of them, or a Readability git dir (`fetch github:mozilla/readability`
provides one) that is archived into bench/out/readability-pages at run time.

Per page and per tool: word precision / recall / F1 (multisets of lowercase \\w+ words)
of the tool's article text against the visible text of expected.html; title agreement
with expected-metadata.json (exact after whitespace collapse, and relaxed: same words,
case- and punctuation-insensitive); recall of expected.html's h2-h4 headings, both pooled
(headings found / headings expected over all pages of a class) and as the mean per page;
extraction time. trafilatura and readability-lxml are timed in-process; Folio as a whole
process (`folio dump --format json FILE`), and in-process through a hook
(`--folio-inprocess-cmd "bench/out/bin/folio-bench extract 5"`, as `make bench-extract`
runs it), which the speed table sets beside the other two with their ratios.

The Python tools live in a venv under bench/out/venv, created on first run (PyPI). The
script re-executes itself with that venv's python. Prints a Markdown report and writes it
to --out (default bench/out/extract.md); raw per-page results go to --json (default
bench/out/extract.json). --summary FILE also writes the short section `make bench` appends
to bench/results.md (quality and speed per page class, no per-page rows).
"""
import argparse
import json
import os
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import time
from collections import Counter

sys.dont_write_bytecode = True  # no __pycache__ in bench/ (only bench/out/ is git-ignored)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "bench", "out")
VENV = os.path.join(OUT, "venv")
VENV_PY = os.path.join(VENV, "bin", "python")
PACKAGES = ["trafilatura", "readability-lxml", "lxml_html_clean"]
REEXEC_GUARD = "FOLIO_EXTRACT_IN_VENV"

# ---------------------------------------------------------------------------------------
# Page classes. Everything not listed below is a "real article" (news, magazine, blog post,
# how-to). "The rest" is FIXTURES + NOT_NEWS.
#
# FIXTURES: hand-made test fixtures, not pages from the web. Rule: source.html is under
# 4 KB (4096 bytes), or its body text is "lorem ipsum" placeholder (data-url-image: 65 KB
# only because of one inline data: image). check_classes() warns when the rule and this
# list disagree (a newer corpus).
FIXTURES = {
    "003-metadata-preferred", "004-metadata-space-separated-properties",
    "005-unescape-html-entities", "base-url", "base-url-base-element",
    "base-url-base-element-relative", "basic-tags-cleaning",
    "comment-inside-script-parsing", "data-url-image", "dev418", "embedded-videos",
    "hidden-nodes", "invalid-attributes", "js-link-replacement", "lazy-image-3",
    "metadata-content-missing", "missing-paragraphs", "normalize-spaces", "ol",
    "parsely-metadata", "remove-aria-hidden", "remove-extra-brs", "remove-extra-paragraphs",
    "remove-script-tags", "reordering-paragraphs", "replace-brs", "replace-font-tags",
    "rtl-1", "rtl-2", "rtl-3", "rtl-4", "social-buttons", "style-tags-removal",
    "svg-parsing", "title-and-h1-discrepancy", "title-en-dash", "visibility-hidden",
}
FIXTURE_MAX_BYTES = 4096

# NOT_NEWS: real web pages that are not articles a news reader is for.
NOT_NEWS = {
    "archive-of-our-own": "fan fiction chapter",
    "royal-road": "web-serial fiction chapter",
    "clean-links": "Melville's 'Bartleby the Scrivener' (1853), a study text",
    "hukumusume": "children's fable (Aesop) page",
    "google-sre-book-1": "book chapter (Google SRE book)",
    "mercurial": "software documentation (evolve extension)",
    "ietf-1": "IETF Internet-Draft (a protocol spec)",
    "mathjax": "MathJax demo page: formulas, little prose",
    "mozilla-1": "Firefox product (marketing) page",
    "mozilla-2": "Firefox Developer Edition landing page",
    "daringfireball-1": "site colophon / about page",
    "wikipedia": "encyclopedia entry",
    "wikipedia-2": "encyclopedia entry (very long)",
    "wikipedia-3": "encyclopedia entry (mathematics)",
    "wikipedia-4": "encyclopedia list page",
    "yahoo-2": "news front page (index; expected is one photo caption)",
    "nytimes-5": "news front page in Spanish (index of teasers)",
}

CLASS_ROWS = [
    ("total", lambda c: True),
    ("real articles", lambda c: c == "real"),
    ("the rest", lambda c: c != "real"),
    ("· rest: fixtures", lambda c: c == "fixture"),
    ("· rest: not news", lambda c: c == "not-news"),
]

# Headings taken from the other tools' output. Readability.js turns h1 into h2 in
# expected.html, and Folio's headings are every section heading whatever its level, so
# the other tools' h1-h6 are all counted too (not only h2-h4).
TOOL_HEADING_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
EXPECTED_HEADING_TAGS = {"h2", "h3", "h4"}

# Elements that do not break a block: their text runs on with their neighbours'. Every
# other element (p, div, li, td, br, and trafilatura's head/item/cell/lb ...) is a boundary.
INLINE = {
    "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "data", "del",
    "dfn", "em", "font", "i", "ins", "kbd", "label", "mark", "nobr", "q", "s", "samp",
    "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr",
    "hi", "ref",  # trafilatura XML
}
# Not "head": trafilatura's headings are <head rend="hN">; an HTML <head> shows only <title>.
INVISIBLE = {"script", "style", "noscript", "template", "title", "meta", "link"}


# ---------------------------------------------------------------------------------------
# Setup

def ensure_venv():
    """Re-execute under bench/out/venv's python, creating the venv and installing the tools
    (trafilatura, readability-lxml, lxml_html_clean) when they are missing."""
    try:
        import lxml.html  # noqa: F401
        import readability  # noqa: F401
        import trafilatura  # noqa: F401
        return
    except ImportError:
        pass
    if os.environ.get(REEXEC_GUARD):
        sys.exit("extract: the venv at %s lacks %s; delete it and run again" % (VENV, PACKAGES))
    if not os.path.exists(VENV_PY):
        log("creating %s" % VENV)
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
    probe = [VENV_PY, "-c", "import lxml.html, lxml_html_clean, readability, trafilatura"]
    if subprocess.run(probe, capture_output=True).returncode != 0:
        # An old pip (23.x) fails resolving lxml[html-clean] twice over: upgrade it first.
        subprocess.run([VENV_PY, "-m", "pip", "install", "-q", "--upgrade", "pip"], check=True)
        log("pip install %s" % " ".join(PACKAGES))
        subprocess.run([VENV_PY, "-m", "pip", "install", "-q", *PACKAGES], check=True)
    os.environ[REEXEC_GUARD] = "1"
    os.execv(VENV_PY, [VENV_PY, "-B", os.path.abspath(__file__), *sys.argv[1:]])


def log(*parts):
    """Progress on stderr (stdout carries the report)."""
    print("[extract]", *parts, file=sys.stderr, flush=True)


def extract_corpus(gitdir):
    """Archive test/test-pages from the Readability git dir into bench/out/readability-pages
    (fresh each run); return the test-pages folder and the commit it came from."""
    dest = os.path.join(OUT, "readability-pages")
    shutil.rmtree(dest, ignore_errors=True)
    os.makedirs(dest)
    commit = subprocess.run(["git", "-C", gitdir, "rev-parse", "HEAD"], check=True,
                            capture_output=True, text=True).stdout.strip()
    archive = subprocess.Popen(["git", "-C", gitdir, "archive", "HEAD", "test/test-pages"],
                               stdout=subprocess.PIPE)
    subprocess.run(["tar", "-x", "-C", dest], stdin=archive.stdout, check=True)
    archive.stdout.close()
    if archive.wait() != 0:
        sys.exit("extract: git archive failed in %s" % gitdir)
    return os.path.join(dest, "test", "test-pages"), commit


def list_pages(pages_dir):
    """The page folders that hold source.html, expected.html and expected-metadata.json."""
    names = []
    for name in sorted(os.listdir(pages_dir)):
        d = os.path.join(pages_dir, name)
        if all(os.path.exists(os.path.join(d, f))
               for f in ("source.html", "expected.html", "expected-metadata.json")):
            names.append(name)
    return names


def page_class(name):
    """'fixture', 'not-news' or 'real' for a page folder name."""
    if name in FIXTURES:
        return "fixture"
    if name in NOT_NEWS:
        return "not-news"
    return "real"


def check_classes(pages_dir, names):
    """Warn (stderr) where the fixture rule and the FIXTURES list disagree, or a listed page
    is missing from the corpus: the lists were written for one snapshot of it."""
    for name in names:
        raw = read_bytes(os.path.join(pages_dir, name, "source.html"))
        by_rule = len(raw) < FIXTURE_MAX_BYTES or b"lorem ipsum" in raw.lower()
        if by_rule != (name in FIXTURES) and name not in NOT_NEWS:
            log("note: %s is %sin FIXTURES but the rule says %s"
                % (name, "" if name in FIXTURES else "not ", by_rule))
    for name in sorted((FIXTURES | set(NOT_NEWS)) - set(names)):
        log("note: listed page %s is not in the corpus" % name)


# ---------------------------------------------------------------------------------------
# Text, words, scores

def read_bytes(path):
    """A file's bytes."""
    with open(path, "rb") as f:
        return f.read()


def read_text(path):
    """A file as UTF-8 text (the test pages are UTF-8; bad bytes become U+FFFD)."""
    return read_bytes(path).decode("utf-8", errors="replace")


def parse_html(text):
    """An lxml.html document from text, decoded as UTF-8 whatever its meta charset says."""
    import lxml.html
    parser = lxml.html.HTMLParser(encoding="utf-8")
    return lxml.html.document_fromstring(text.encode("utf-8"), parser=parser)


def collapse(text):
    """Whitespace runs to one space, trimmed; None stays None."""
    return None if text is None else re.sub(r"\s+", " ", text).strip()


def visible_text(node):
    """The text under an lxml element: script/style/comments left out, a space at every
    block boundary (any element not in INLINE), whitespace collapsed."""
    parts = []

    def walk(el, tail=True):
        tag = el.tag if isinstance(el.tag, str) else None  # comments / PIs have no str tag
        if tag is not None:
            tag = tag.lower().split("}")[-1]
            block = tag not in INLINE
            if tag not in INVISIBLE:
                if block:
                    parts.append(" ")
                if el.text:
                    parts.append(el.text)
                for child in el:
                    walk(child)
                if block:
                    parts.append(" ")
        if tail and el.tail:
            parts.append(el.tail)

    walk(node, tail=False)  # the root's tail is outside it
    return collapse("".join(parts))


def headings_in(node, tags):
    """Whitespace-collapsed, non-empty texts of the elements named in tags (and of
    trafilatura's <head rend="hN"> whose level is in tags)."""
    found = []
    for el in node.iter():
        if not isinstance(el.tag, str):
            continue
        tag = el.tag.lower()
        if tag == "head" and el.get("rend"):
            tag = el.get("rend").lower()
        if tag in tags:
            text = visible_text(el)
            if text:
                found.append(text)
    return found


def words(text):
    """Lowercase Unicode word tokens."""
    return re.findall(r"\w+", (text or "").lower())


def prf(tool_text, ref_words):
    """Word precision, recall and F1 of tool_text against the reference word list, as
    multisets. Empty tool text against a non-empty reference scores 0; an empty reference
    is fully recalled; both empty scores 1."""
    got, want = Counter(words(tool_text)), Counter(ref_words)
    n_got, n_want = sum(got.values()), sum(want.values())
    overlap = sum((got & want).values())
    p = overlap / n_got if n_got else (1.0 if n_want == 0 else 0.0)
    r = overlap / n_want if n_want else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f1, n_got, n_want


def title_agrees(tool_title, expected):
    """(exact, relaxed): exact after whitespace collapse and trim (None counts as ""); relaxed
    compares the lowercase word lists, so case and punctuation do not matter."""
    a, b = collapse(tool_title) or "", collapse(expected) or ""
    return a == b, words(a) == words(b)


def heading_recall(expected, tool_headings, tool_title):
    """(found, total): expected headings equal (whitespace-collapsed, case-insensitive) to one
    of the tool's headings or to its title (expected.html often repeats the title as h2)."""
    have = {h.casefold() for h in tool_headings}
    if tool_title:
        have.add(collapse(tool_title).casefold())
    return sum(1 for h in expected if h.casefold() in have), len(expected)


# ---------------------------------------------------------------------------------------
# The tools. Each returns {"title", "text", "headings", "ms", "error"}.

def run_trafilatura(html):
    """trafilatura.extract to XML with formatting and metadata (comments left out: the
    reference has none); text = <main>, headings = its <head rend="hN">."""
    import lxml.etree
    import trafilatura
    t0 = time.perf_counter()
    xml = trafilatura.extract(html, output_format="xml", include_formatting=True,
                              with_metadata=True, include_comments=False)
    ms = (time.perf_counter() - t0) * 1e3
    if not xml:
        return {"title": None, "text": "", "headings": [], "ms": ms, "error": "no output"}
    doc = lxml.etree.fromstring(xml.encode("utf-8"))
    main = doc.find("main")
    body = main if main is not None else doc
    return {"title": doc.get("title"), "text": visible_text(body),
            "headings": headings_in(body, TOOL_HEADING_TAGS), "ms": ms, "error": None}


def run_readability(html):
    """readability-lxml: Document(html).summary() and .title(); text and headings from the
    summary HTML."""
    from readability import Document
    t0 = time.perf_counter()
    doc = Document(html)
    summary = doc.summary()
    title = doc.title()
    ms = (time.perf_counter() - t0) * 1e3
    tree = parse_html(summary)
    return {"title": title, "text": visible_text(tree),
            "headings": headings_in(tree, TOOL_HEADING_TAGS), "ms": ms, "error": None}


def folio_argv(template, path):
    """The Folio command for one file: template words with {file} replaced (the path is
    appended when there is no {file})."""
    argv = shlex.split(template)
    if not any("{file}" in a for a in argv):
        return argv + [path]
    return [a.replace("{file}", path) for a in argv]


def run_folio(template, path):
    """One Folio process (`folio dump --format json FILE`, timed as a whole). Article text =
    non-null section headings + paragraphs + sources + authorNote."""
    t0 = time.perf_counter()
    try:
        proc = subprocess.run(folio_argv(template, path), capture_output=True, timeout=120)
    except subprocess.TimeoutExpired:
        return {"title": None, "text": "", "headings": [], "ms": 120e3, "error": "timeout"}
    ms = (time.perf_counter() - t0) * 1e3
    if proc.returncode != 0:
        err = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        return {"title": None, "text": "", "headings": [], "ms": ms,
                "error": "exit %d: %s" % (proc.returncode, err[-1][:120] if err else "")}
    try:
        dump = json.loads(proc.stdout)
    except ValueError as e:
        return {"title": None, "text": "", "headings": [], "ms": ms, "error": "bad JSON: %s" % e}
    headings, pieces = [], []
    for section in dump.get("sections") or []:
        if section.get("heading") is not None:
            headings.append(collapse(section["heading"]))
            pieces.append(section["heading"])
        pieces.extend(section.get("paragraphs") or [])
    pieces.extend(dump.get("sources") or [])
    pieces.extend(dump.get("authorNote") or [])
    return {"title": dump.get("title"), "text": collapse("\n".join(pieces)),
            "headings": [h for h in headings if h], "ms": ms, "error": None}


def folio_inprocess(template, pages_dir, names):
    """Run the in-process hook once, all source.html paths appended; it prints JSON lines
    {"file": path, "ms": number} (ms null, with an "error", for a page Folio refuses: left
    out and logged). Returns {page name: ms}."""
    paths = [os.path.join(pages_dir, n, "source.html") for n in names]
    proc = subprocess.run(shlex.split(template) + paths, capture_output=True, text=True)
    if proc.returncode != 0:
        log("folio in-process hook failed (exit %d): %s" % (proc.returncode, proc.stderr[-300:]))
        return {}
    times = {}
    for line in proc.stdout.splitlines():
        line = line.strip()
        if line.startswith("{"):
            rec = json.loads(line)
            page = os.path.basename(os.path.dirname(os.path.abspath(rec["file"])))
            if rec.get("ms") is None:
                log("folio in-process: %s left out (%s)" % (page, rec.get("error", "no time")))
                continue
            times[page] = rec["ms"]
    return times


def safe(fn, *args):
    """Call a tool; an exception becomes an empty result with its error."""
    try:
        return fn(*args)
    except Exception as e:  # noqa: BLE001 - one page's failure must not stop the run
        return {"title": None, "text": "", "headings": [], "ms": float("nan"),
                "error": "%s: %s" % (type(e).__name__, str(e)[:120])}


# ---------------------------------------------------------------------------------------
# Measuring

def reference(pages_dir, name):
    """The reference for a page: words and h2-h4 headings of expected.html, expected title."""
    d = os.path.join(pages_dir, name)
    tree = parse_html(read_text(os.path.join(d, "expected.html")))
    with open(os.path.join(d, "expected-metadata.json"), encoding="utf-8") as f:
        meta = json.load(f)
    return {"words": words(visible_text(tree)), "headings": headings_in(tree, EXPECTED_HEADING_TAGS),
            "title": meta.get("title")}


def score(result, ref):
    """Scores of one tool result against one page's reference."""
    p, r, f1, n_got, n_want = prf(result["text"], ref["words"])
    exact, relaxed = title_agrees(result["title"], ref["title"])
    found, total = heading_recall(ref["headings"], result["headings"], result["title"])
    return {"p": p, "r": r, "f1": f1, "words": n_got, "ref_words": n_want,
            "title": result["title"], "title_exact": exact, "title_relaxed": relaxed,
            "headings_found": found, "headings_total": total, "ms": result["ms"],
            "error": result["error"]}


def measure(pages_dir, names, tools):
    """Run every tool on every page; returns the per-page records. Each in-process tool gets
    one untimed warm-up call first (imports, caches)."""
    warm = read_text(os.path.join(pages_dir, names[0], "source.html"))
    for label, kind, fn in tools:
        if kind == "in-process":
            safe(fn, warm)
    records = []
    for i, name in enumerate(names, 1):
        path = os.path.join(pages_dir, name, "source.html")
        html = read_text(path)
        ref = reference(pages_dir, name)
        rec = {"page": name, "class": page_class(name), "ref_headings": ref["headings"],
               "expected_title": ref["title"], "tools": {}}
        for label, kind, fn in tools:
            result = safe(fn, html) if kind == "in-process" else safe(fn, path)
            rec["tools"][label] = score(result, ref)
        records.append(rec)
        if i % 20 == 0 or i == len(names):
            log("%d/%d pages" % (i, len(names)))
    return records


# ---------------------------------------------------------------------------------------
# Report

def mean(xs):
    """Mean, NaN when empty."""
    return sum(xs) / len(xs) if xs else float("nan")


def median(xs):
    """Median of the non-NaN values, NaN when none."""
    xs = [x for x in xs if x == x]
    return statistics.median(xs) if xs else float("nan")


def summarize(records, label, keep, inproc=None):
    """Aggregate one tool over the pages whose class passes keep. Headings recall twice,
    over the pages with at least one expected heading: pooled (all headings found / all
    expected) and the mean of the per-page shares."""
    rows = [r["tools"][label] for r in records if keep(r["class"])]
    with_h = [s for s in rows if s["headings_total"]]
    found = sum(s["headings_found"] for s in with_h)
    expected = sum(s["headings_total"] for s in with_h)
    out = {
        "pages": len(rows),
        "p": mean([s["p"] for s in rows]), "r": mean([s["r"] for s in rows]),
        "f1": mean([s["f1"] for s in rows]),
        "title_exact": 100 * mean([s["title_exact"] for s in rows]),
        "title_relaxed": 100 * mean([s["title_relaxed"] for s in rows]),
        "headings": 100 * mean([s["headings_found"] / s["headings_total"] for s in with_h]),
        "headings_pooled": 100 * found / expected if expected else float("nan"),
        "headings_found": found, "headings_expected": expected,
        "heading_pages": len(with_h),
        "ms_median": median([s["ms"] for s in rows]),
        "ms_total": sum(s["ms"] for s in rows if s["ms"] == s["ms"]),
        "errors": sum(1 for s in rows if s["error"]),
    }
    if inproc:
        ms = [inproc[r["page"]] for r in records if keep(r["class"]) and r["page"] in inproc]
        out["inproc_median"], out["inproc_total"], out["inproc_pages"] = median(ms), sum(ms), len(ms)
    return out


def fmt(x, spec="%.3f"):
    """A number for the tables; n/a for NaN."""
    return "n/a" if x != x else spec % x


def table(header, rows):
    """Markdown table lines."""
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return lines


PEERS = ("trafilatura", "readability-lxml")
SPEED_TARGET = 10  # the issue: Folio in-process at least 10x faster than trafilatura per page


def verdict(ok):
    """A target's outcome, as bench/results.md writes it."""
    return "met" if ok else "MISSED"


def ratio(a, b):
    """a / b, NaN when either is missing or b is zero."""
    return a / b if a == a and b == b and b else float("nan")


def speed_rows(records, inproc):
    """Rows of the speed table, one per page class: Folio in-process (the hook) beside the
    in-process peers, their ratios peer / Folio (of the medians and of the totals), and
    Folio's whole-process median. All figures of a row come from the same pages: those
    with a Folio in-process time and a time from every tool."""
    rows = []
    for name, keep in CLASS_ROWS:
        pages = [r for r in records if keep(r["class"]) and r["page"] in inproc
                 and all(r["tools"][l]["ms"] == r["tools"][l]["ms"] for l in r["tools"])]
        folio = [inproc[r["page"]] for r in pages]
        whole = [r["tools"]["Folio"]["ms"] for r in pages]
        peers = {l: [r["tools"][l]["ms"] for r in pages] for l in PEERS}
        f_med, f_tot = median(folio), sum(folio)
        row = [name, len(pages), fmt(f_med, "%.2f")]
        row += [fmt(median(peers[l]), "%.2f") for l in PEERS]
        for l in PEERS:
            row += [fmt(ratio(median(peers[l]), f_med), "%.1fx"),
                    fmt(ratio(sum(peers[l]), f_tot), "%.1fx")]
        row += ["%s / %s / %s" % (fmt(f_tot / 1e3, "%.2f"), fmt(sum(peers[PEERS[0]]) / 1e3, "%.2f"),
                                  fmt(sum(peers[PEERS[1]]) / 1e3, "%.2f")),
                fmt(median(whole), "%.2f")]
        med_ratio = ratio(median(peers["trafilatura"]), f_med)
        tot_ratio = ratio(sum(peers["trafilatura"]), f_tot)
        row.append("medians %s, totals %s" % (verdict(med_ratio >= SPEED_TARGET),
                                              verdict(tot_ratio >= SPEED_TARGET)) if pages else "n/a")
        rows.append(row)
    return table(["pages", "n", "Folio in-process median ms/page", "trafilatura median ms/page",
                  "readability-lxml median ms/page", "trafilatura / Folio (medians)",
                  "trafilatura / Folio (totals)", "readability-lxml / Folio (medians)",
                  "readability-lxml / Folio (totals)", "total s: Folio / trafilatura / readability-lxml",
                  "Folio whole-process median ms/page", "trafilatura / Folio ≥ %dx" % SPEED_TARGET], rows)


SPEED_NOTE = ("Speed: every figure is per page, all tools in one process each. Folio "
              "in-process = `folio-bench extract 5`: the page's bytes read once, then "
              "`LoadedArticle.from(bytes:path:)` (format sniffing, HTML reader, title: what "
              "`folio dump` runs before it prints) 5 times, the median kept. trafilatura and "
              "readability-lxml: one timed call per page (one untimed warm-up call on the first "
              "page before all). Ratios are peer / Folio of the per-page medians and of the "
              "totals over the same pages. Folio whole-process = `folio dump --format json "
              "FILE` spawned and waited for (process start and JSON output included).")

HEADINGS_NOTE = ("Headings recall: expected.html's h2-h4 found among the tool's headings or "
                 "as its title, over the pages with at least one. Pooled = headings found / "
                 "headings expected over all those pages of the class (the issue's \"recall "
                 "of expected.html's h2-h4 headings ≥ 90%\"); per page = the mean of each "
                 "page's share (a page with 1 heading weighs as much as one with 40).")


def quality_rows(sums, labels, inproc):
    """Side-by-side rows per page class and tool: F1, P, R, title, both headings recalls,
    in-process and whole-process median ms/page."""
    rows = []
    for name, _ in CLASS_ROWS:
        for label in labels:
            s = sums[label][name]
            if label == "Folio":
                in_ms = fmt(s["inproc_median"], "%.2f") if inproc else "n/a (no hook)"
                whole_ms = fmt(s["ms_median"], "%.2f")
            else:
                in_ms, whole_ms = fmt(s["ms_median"], "%.2f"), "–"
            rows.append([name, label, fmt(s["f1"]), fmt(s["p"]), fmt(s["r"]),
                         fmt(s["title_exact"], "%.1f"),
                         "%s (%d/%d)" % (fmt(s["headings_pooled"], "%.1f"), s["headings_found"],
                                         s["headings_expected"]),
                         "%s (%d pages)" % (fmt(s["headings"], "%.1f"), s["heading_pages"]),
                         in_ms, whole_ms])
    return table(["pages", "tool", "F1", "P", "R", "title exact %",
                  "headings recall, pooled % (found/expected)", "headings recall, mean per page %",
                  "in-process median ms/page", "whole-process median ms/page"], rows)


def summary_section(sums, speed, labels, meta, inproc, n_pages):
    """The short section `make bench` appends to bench/results.md: provenance, the
    side-by-side quality table and the speed table `speed` (empty without the Folio hook)."""
    lines = ["## HTML extraction (Readability test pages)", "",
             "Written by `bench/extract.py` in the same `make bench` run (the full report with "
             "per-page rows: `make bench-extract`, bench/out/extract.md). Corpus: Mozilla "
             "Readability test pages%s, %d pages. Tools: %s." % (
                 " at " + meta["corpus_commit"][:12] if meta.get("corpus_commit") else "", n_pages,
                 ", ".join("%s (%s)" % (k, v) for k, v in meta["versions"].items())), "",
             "F1/P/R: mean per page of word F1/precision/recall against expected.html's visible "
             "text. Title: exact match with expected-metadata.json. " + HEADINGS_NOTE, ""]
    lines += quality_rows(sums, labels, inproc)
    if speed:
        lines += ["", SPEED_NOTE, ""] + speed
    return "\n".join(lines) + "\n"


def report(records, tools, meta, inproc):
    """The Markdown report, the per-class summaries and the speed table's lines."""
    labels = [t[0] for t in tools]
    kinds = {t[0]: t[1] for t in tools}
    lines = ["# HTML article extraction: Folio, trafilatura, readability-lxml", ""]
    lines += ["Corpus: Mozilla Readability test pages%s, %d pages (%d real articles, %d fixtures, "
              "%d not news)." % (
                  " at " + meta["corpus_commit"][:12] if meta.get("corpus_commit") else "",
                  len(records), sum(r["class"] == "real" for r in records),
                  sum(r["class"] == "fixture" for r in records),
                  sum(r["class"] == "not-news" for r in records)),
              "Tools: " + ", ".join("%s (%s)" % (k, v) for k, v in meta["versions"].items()) + ".",
              "",
              "P/R/F1: mean per page of word precision/recall/F1 (multisets of lowercase `\\w+` "
              "words) against the visible text of expected.html. Title: tool title vs "
              "expected-metadata.json, exact after whitespace collapse; relaxed = same words, "
              "case and punctuation aside. " + HEADINGS_NOTE + " ms: trafilatura and "
              "readability-lxml in-process (one warm-up call first); Folio as a whole "
              "`folio dump --format json` process, and in-process through the hook when given "
              "(speed table).", "",
              "trafilatura runs as `extract(output_format=\"xml\", include_formatting=True, "
              "with_metadata=True, include_comments=False)`; readability-lxml as "
              "`Document(html).summary()` and `.title()` (the whole <title>, site name included). "
              "Their headings are h1-h6 of that output. Chinese and Japanese text has no spaces: "
              "there a `\\w+` word is a whole run between punctuation, so those pages score coarsely.",
              ""]
    sums = {label: {name: summarize(records, label, keep, inproc if label == "Folio" else None)
                    for name, keep in CLASS_ROWS} for label in labels}
    for label in labels:
        lines += ["## %s (%s timing)" % (label, kinds[label]), ""]
        rows = []
        for name, _ in CLASS_ROWS:
            s = sums[label][name]
            rows.append([name, s["pages"], fmt(s["p"]), fmt(s["r"]), fmt(s["f1"]),
                         fmt(s["title_exact"], "%.1f"), fmt(s["title_relaxed"], "%.1f"),
                         "%s (%d/%d)" % (fmt(s["headings_pooled"], "%.1f"), s["headings_found"],
                                         s["headings_expected"]),
                         "%s (%d pages)" % (fmt(s["headings"], "%.1f"), s["heading_pages"]),
                         fmt(s["ms_median"], "%.2f"), s["errors"]])
        lines += table(["pages", "n", "mean P", "mean R", "mean F1", "title exact %",
                        "title relaxed %", "headings recall, pooled % (found/expected)",
                        "headings recall, mean per page %", "median ms/page (%s)" % kinds[label],
                        "errors"], rows)
        lines.append("")
    lines += ["## Side by side", ""]
    lines += quality_rows(sums, labels, inproc)
    speed = speed_rows(records, inproc) if inproc and "Folio" in labels else []
    if speed:
        lines += ["", "## Speed: Folio in-process beside trafilatura and readability-lxml", "",
                  SPEED_NOTE, ""] + speed
    lines += ["", "## Speed (all pages)", ""]
    rows = []
    for label in labels:
        s = sums[label]["total"]
        rows.append([label, kinds[label], fmt(s["ms_median"], "%.2f"),
                     fmt(s["ms_total"] / 1e3, "%.2f"), s["pages"]])
        if "inproc_median" in s:
            rows.append([label, "in-process (hook)", fmt(s["inproc_median"], "%.2f"),
                         fmt(s["inproc_total"] / 1e3, "%.2f"), s["inproc_pages"]])
    lines += table(["tool", "timing", "median ms/page", "total s", "pages"], rows)
    lines += ["", "## Per page", ""]
    rows = []
    for r in records:
        t = r["tools"]
        rows.append([r["page"], r["class"]]
                    + [fmt(t[l]["f1"]) for l in labels]
                    + ["yes" if t[l]["title_exact"] else "no" for l in labels]
                    + ["%d/%d" % (t[l]["headings_found"], t[l]["headings_total"])
                       if t[l]["headings_total"] else "–" for l in labels])
    lines += table(["page", "class"] + ["%s F1" % l for l in labels]
                   + ["%s title" % l for l in labels] + ["%s headings" % l for l in labels], rows)
    first = labels[0]
    lines += ["", "## %s: worst 15 pages by F1" % first, ""]
    worst = sorted(records, key=lambda r: r["tools"][first]["f1"])[:15]
    lines += table(["page", "class", "P", "R", "F1", "words", "ref words", "error"],
                   [[r["page"], r["class"], fmt(r["tools"][first]["p"]),
                     fmt(r["tools"][first]["r"]), fmt(r["tools"][first]["f1"]),
                     r["tools"][first]["words"], r["tools"][first]["ref_words"],
                     r["tools"][first]["error"] or ""] for r in worst])
    lines += ["", "## Page classes", "",
              "Fixtures (hand-made test pages: source.html under 4 KB, or lorem ipsum): "
              + ", ".join(sorted(r["page"] for r in records if r["class"] == "fixture")) + ".", "",
              "Not news:", ""]
    lines += ["- %s: %s" % (n, NOT_NEWS[n]) for n in sorted(NOT_NEWS)]
    lines += ["", "Everything else is a real article."]
    return "\n".join(lines) + "\n", sums, speed


def folio_label(template):
    """How the report names Folio: its command with the binary's folder left out (no machine
    paths in a committed report) and the repository's commit."""
    argv = shlex.split(template)
    argv[0] = os.path.basename(argv[0])
    commit = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip()
    return "`%s` at %s" % (" ".join(argv), commit or "an unknown commit")


def versions():
    """Installed versions of the Python tools."""
    from importlib.metadata import version
    return {p: version(p) for p in ("trafilatura", "readability-lxml", "lxml")}


def main():
    """Parse arguments, measure, report."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--pages", help="an extracted test/test-pages folder")
    src.add_argument("--readability-repo", help="a mozilla/readability git dir; test/test-pages "
                     "is archived into bench/out/readability-pages")
    ap.add_argument("--folio", help="the folio binary (release build)")
    ap.add_argument("--folio-cmd", help="command for one page, {file} = source.html "
                    "(default: BIN dump --format json {file}); a stand-in may be given here")
    ap.add_argument("--folio-inprocess-cmd", help="optional: run once with every source.html "
                    "appended; prints JSON lines {\"file\": path, \"ms\": number}")
    ap.add_argument("--only", help="comma-separated page names (a quick check)")
    ap.add_argument("--out", default=os.path.join(OUT, "extract.md"))
    ap.add_argument("--json", default=os.path.join(OUT, "extract.json"))
    ap.add_argument("--summary", help="also write the short section for bench/results.md here")
    args = ap.parse_args()
    ensure_venv()

    os.makedirs(OUT, exist_ok=True)
    meta = {"corpus_commit": None}
    if args.readability_repo:
        pages_dir, meta["corpus_commit"] = extract_corpus(args.readability_repo)
    else:
        pages_dir = args.pages
    names = list_pages(pages_dir)
    if not names:
        sys.exit("extract: no test pages in %s" % pages_dir)
    check_classes(pages_dir, names)
    if args.only:
        wanted = set(args.only.split(","))
        names = [n for n in names if n in wanted]

    if args.folio and not args.folio_cmd and not os.access(args.folio, os.X_OK):
        sys.exit("extract: no folio binary at %s" % args.folio)
    tools = []
    template = args.folio_cmd or (shlex.quote(args.folio) + " dump --format json {file}"
                                  if args.folio else None)
    if template:
        tools.append(("Folio", "whole-process", lambda path: run_folio(template, path)))
    tools.append(("trafilatura", "in-process", run_trafilatura))
    tools.append(("readability-lxml", "in-process", run_readability))
    meta["versions"] = versions()
    if template:
        meta["versions"] = {"Folio": folio_label(template), **meta["versions"]}
        meta["folio_cmd"] = template

    log("%d pages, tools: %s" % (len(names), ", ".join(t[0] for t in tools)))
    records = measure(pages_dir, names, tools)
    inproc = folio_inprocess(args.folio_inprocess_cmd, pages_dir, names) \
        if args.folio_inprocess_cmd and template else None
    text, sums, speed = report(records, tools, meta, inproc)
    print(text, end="")
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(text)
    os.makedirs(os.path.dirname(os.path.abspath(args.json)), exist_ok=True)
    with open(args.json, "w", encoding="utf-8") as f:
        json.dump({"meta": meta, "summary": sums, "folio_inprocess_ms": inproc,
                   "pages": records}, f, ensure_ascii=False, indent=1)
    log("wrote %s and %s" % (args.out, args.json))
    if args.summary:
        with open(args.summary, "w", encoding="utf-8") as f:
            f.write(summary_section(sums, speed, [t[0] for t in tools], meta, inproc, len(records)))
        log("wrote %s" % args.summary)


if __name__ == "__main__":
    main()
