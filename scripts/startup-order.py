#!/usr/bin/env python3
"""Writes scripts/startup.order: the functions Folio runs to its first screen, in link order.

The release link (Makefile, STATIC) hands this list to lld (--symbol-ordering-file), so
the code that runs before the first screen sits together at the start of the program's
text instead of being spread over its 15 MB. Each 64 KB of code touched for the first
time costs a page fault (about 2.7 µs on the machines we measure on); spread out, the
first screen touched about 95 such windows, grouped about 45.

How the list is made: the release binary opens the bundled article under valgrind's
callgrind in a pseudo-terminal. When the first screen has arrived, callgrind is asked for
a dump: the functions in it come first. Then `q` is sent, and the functions that ran
after the first screen (quitting, saving the position) follow. glibc picks its string
functions for the processor at start-up (memmove for AVX-512, AVX2, SSE2...), and valgrind
emulates a different processor than the one the reader will run on, so every variant of
each string function that ran is listed.

A stale list costs speed, never correctness: lld ignores names that no longer exist.
Run `make startup-order` after changes to start-up code, then commit the list.

Usage: startup-order.py FOLIO_BINARY ARTICLE OUTPUT
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bench"))
from ptyrun import PtyProcess  # noqa: E402

MARKER = b"Jinping"  # a word on the bundled article's first screen


def functions(path):
    """Function names defined in a callgrind output file, in the order they appear."""
    names, seen = [], set()
    with open(path, errors="replace") as f:
        for line in f:
            m = re.match(r"^c?fn=\(\d+\) (.+)$", line.rstrip("\n"))
            if not m:
                continue
            name = re.sub(r"'\d+$", "", m.group(1).strip())  # callgrind marks recursion cycles with 'N
            if name.startswith("0x") or " " in name or name in seen:
                continue
            seen.add(name)
            names.append(name)
    return names


def string_variants(binary, names):
    """Every processor-specific variant (`__memmove_avx_unaligned_erms`...) of the string
    functions among `names`, from the binary's symbol table."""
    symbols = subprocess.run(["nm", binary], capture_output=True, text=True, check=True).stdout.split("\n")
    defined = [line.split()[2] for line in symbols if len(line.split()) == 3]
    families = set()
    for name in names:
        m = re.match(r"^(__[a-z0-9_]+?)_(?:avx|evex|sse|erms)", name)
        if m:
            families.add(m.group(1))
    # memcpy and mempcpy run memmove's code under their own names.
    if families & {"__memcpy", "__mempcpy"}:
        families.add("__memmove")
    variant = re.compile(r"^(__[a-z0-9_]+?)_(?:avx|evex|sse|erms)")
    return [s for s in defined if (m := variant.match(s)) and m.group(1) in families]


def main():
    binary, article, output = sys.argv[1:4]
    folder = tempfile.mkdtemp(prefix="folio-order-")
    out = os.path.join(folder, "callgrind.out")
    env = {"TERM": "xterm-256color", "LANG": "C.UTF-8", "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
           "HOME": folder, "FOLIO_STORE": os.path.join(folder, "store.jsonl")}
    valgrind = shutil.which("valgrind")
    if not valgrind:
        sys.exit("startup-order: valgrind is needed (apt-get install valgrind)")
    child = PtyProcess([valgrind, "--tool=callgrind", "--demangle=no", "--callgrind-out-file=" + out,
                        binary, article], env, 100, 30)
    painted, _ = child.read_burst(marker=MARKER, idle=1.0, timeout=120)
    if painted is None:
        sys.exit("startup-order: the reader showed no first screen under valgrind")
    subprocess.run(["callgrind_control", "--dump=first-screen", str(child.pid)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    dumps = []
    while time.time() < deadline and not dumps:
        child.read_burst(idle=0.2, timeout=0.2)
        dumps = [os.path.join(folder, n) for n in os.listdir(folder) if n.startswith("callgrind.out.")]
    if not dumps:
        sys.exit("startup-order: callgrind wrote no dump at the first screen")
    child.finish(keys=b"q", timeout=60)
    first = functions(dumps[0])
    rest = [n for n in functions(out) if n not in set(first)]
    names = first + rest
    names += [v for v in string_variants(binary, names) if v not in set(names)]
    # A local name that several objects define (`objectdestroyTm`, value witnesses) would pull
    # every section holding one of them, most of them cold, to the front: keep unique names only.
    counts = {}
    for line in subprocess.run(["nm", binary], capture_output=True, text=True, check=True).stdout.split("\n"):
        parts = line.split()
        if len(parts) == 3:
            counts[parts[2]] = counts.get(parts[2], 0) + 1
    names = [n for n in names if counts.get(n) == 1]
    with open(output, "w") as f:
        f.write("\n".join(names) + "\n")
    print("startup-order: %d functions before the first screen, %d after; written to %s" % (len(first), len(rest), output))


if __name__ == "__main__":
    main()
