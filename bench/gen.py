"""Inputs for `make bench`, generated at run time into bench/out/inputs (git-ignored).

Everything is deterministic (fixed seeds), so two runs measure the same bytes.
"""
import os
import random

MB = 1_000_000


def repeated(seed_path, out_path, target_bytes):
    """The seed article repeated (whole copies, each ending in a newline) until at least target_bytes."""
    data = open(seed_path, "rb").read()
    if not data.endswith(b"\n"):
        data += b"\n"
    copies = max(1, -(-target_bytes // len(data)))
    _write_if_changed(out_path, ("repeat", len(data), copies), lambda f: [f.write(data) for _ in range(copies)])
    return out_path


# Common Han characters for a plausible-looking CJK text (frequency does not matter here).
_HAN = ("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所"
        "民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理世车")
_QUESTIONS = ["中国和俄罗斯是盟友吗？", "两国领导人的关系有多密切？", "两国之间的经济关系如何？", "普京想从中国得到什么？", "习近平想从俄罗斯得到什么？",
              "制裁对贸易有什么影响？", "这次访问会改变什么？"]


def cjk(out_path, target_bytes, seed=20261129):
    """A CJK article of about target_bytes: title, lead, then question headings (ending in ？)
    each followed by 3-5 one-line paragraphs of 4-9 sentences ending in 。"""
    rng = random.Random(seed)

    def sentence():
        return "".join(rng.choice(_HAN) for _ in range(rng.randint(12, 40))) + "。"

    def paragraph():
        return "".join(sentence() for _ in range(rng.randint(4, 9)))

    def body(f):
        written = 0
        head = "习近平对俄罗斯进行为期三天的访问\n\n" + "\n\n".join(paragraph() for _ in range(3)) + "\n\n"
        f.write(head.encode())
        written += len(head.encode())
        n = 0
        while written < target_bytes:
            block = _QUESTIONS[n % len(_QUESTIONS)] + "\n\n" + "\n\n".join(paragraph() for _ in range(rng.randint(3, 5))) + "\n\n"
            encoded = block.encode()
            f.write(encoded)
            written += len(encoded)
            n += 1

    _write_if_changed(out_path, ("cjk", target_bytes, seed), body)
    return out_path


def store(out_path, records, seed=7):
    """A store of `records` JSON lines in the README's format: a mix of highlights (30%),
    bookmarks (10%), reading positions (25%), note edits (20%), deletes (12%) and
    undeletes (3%) over 2,000 articles. Returns (path, size in bytes)."""
    def body(f):
        rng = random.Random(seed)
        articles = []
        for n in range(2000):
            fp = "%064x" % rng.getrandbits(256)
            articles.append('{"path":"news/%04d.txt","title":"Article %d about the news of the day","fingerprint":"%s"}' % (n, n, fp))
        annotated = []
        words = ("strategic", "partners", "relationship", "Beijing", "Moscow", "sanctions", "trade", "energy", "visit",
                 "war", "economy", "leaders", "agreement", "pipeline", "summit", "influence")

        def uid():
            u = "%032X" % rng.getrandbits(128)
            return "%s-%s-%s-%s-%s" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:])

        def when(i):
            return "2026-%02d-%02dT%02d:%02d:%02dZ" % (1 + i // 2_600_000 % 12, 1 + i // 86_400 % 28, i // 3600 % 24, i // 60 % 60, i % 60)

        def anchor():
            exact = " ".join(rng.choice(words) for _ in range(rng.randint(2, 8)))
            start = rng.randint(0, 4000)
            return ('{"section":%d,"heading":"Allies of China and Russia?","exact":"%s","prefix":"r, Beijing and Moscow are close ",'
                    '"suffix":", and their relationship has eve","start":%d,"end":%d}' % (rng.randint(0, 6), exact, start, start + len(exact)))

        lines = []
        for i in range(records):
            r = rng.random()
            t = when(i)
            if r < 0.40 or not annotated:
                kind = "highlight" if r < 0.30 or not annotated else "bookmark"
                rid = uid()
                annotated.append(rid)
                note = '"a note on this"' if rng.random() < 0.2 else "null"
                lines.append('{"v":1,"id":"%s","kind":"%s","created":"%s","updated":"%s","article":%s,"anchor":%s,"note":%s}'
                             % (rid, kind, t, t, rng.choice(articles), anchor(), note))
            elif r < 0.65:
                lines.append('{"v":1,"id":"%s","kind":"position","created":"%s","updated":"%s","article":%s,"anchor":%s}'
                             % (uid(), t, t, rng.choice(articles), anchor()))
            elif r < 0.85:
                lines.append('{"v":1,"id":"%s","kind":"note","created":"%s","target":"%s","note":"my note %d"}'
                             % (uid(), t, rng.choice(annotated), i))
            else:
                kind = "delete" if r < 0.97 else "undelete"
                lines.append('{"v":1,"id":"%s","kind":"%s","created":"%s","target":"%s"}' % (uid(), kind, t, rng.choice(annotated)))
            if len(lines) >= 10_000:
                f.write(("\n".join(lines) + "\n").encode())
                lines = []
        if lines:
            f.write(("\n".join(lines) + "\n").encode())

    _write_if_changed(out_path, ("store", records, seed, 2), body)
    return out_path, os.path.getsize(out_path)


def _write_if_changed(path, key, body):
    """Writes path with body(file) unless it was already generated with the same key (saves time on reruns)."""
    stamp = path + ".key"
    key = repr(key) + repr(os.path.getmtime(__file__))
    if os.path.exists(path) and os.path.exists(stamp) and open(stamp).read() == key:
        return
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = path + ".tmp"
    with open(tmp, "wb", buffering=1 << 20) as f:
        body(f)
    os.replace(tmp, path)
    with open(stamp, "w") as f:
        f.write(key)
