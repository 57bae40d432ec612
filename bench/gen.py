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


_NAV = ["World", "Europe", "Asia", "Americas", "Africa", "Middle East", "Politics", "Business",
        "Markets", "Technology", "Science", "Climate", "Health", "Sport", "Culture", "Opinion"]
_SECTIONS = ["Allies of China and Russia?", "How close are the two leaders?", "What are the economic ties?",
             "What does Putin want from China?", "What does Xi want from Russia?", "How have sanctions changed trade?",
             "What will this visit change?", "What happens next?"]


def news_html(seed_path, out_path, target_bytes, seed=20261203):
    """A news article page of about target_bytes, as a site would serve it: head with
    metadata, a stylesheet and scripts, a header with a navigation bar, the article
    (h1, byline, lead, h2 sections of many <p> paragraphs with links, emphasis, figures
    and pull quotes), a sidebar (most read, newsletter form, ad slots), a footer and a
    page-state JSON script. The sentences are the seed article's, in varied orders
    (fixed random seed); the title holds "Jinping", the first-paint marker."""
    rng = random.Random(seed)
    text = open(seed_path, encoding="utf-8").read()
    sentences = [s.strip() for line in text.splitlines() for s in line.split(". ") if len(s.split()) > 4]
    sentences = [s if s[-1] in ".?!…”\"" else s + "." for s in sentences]
    sentences = [s.replace("&", "&amp;").replace("<", "&lt;") for s in sentences]
    title = "Xi Jinping in Moscow: what the three-day visit means for China and Russia"

    def inline(sentence):
        """A sentence with, now and then, a link, emphasis or strong text on one of its words."""
        words = sentence.split(" ")
        r = rng.random()
        if len(words) > 6 and r < 0.35:
            i = rng.randrange(len(words) - 3)
            span = " ".join(words[i:i + 3])
            if r < 0.2:
                span = '<a href="/news/world/%d" class="inline-link">%s</a>' % (rng.randint(10**6, 10**7), span)
            elif r < 0.3:
                span = "<em>%s</em>" % span
            else:
                span = "<strong>%s</strong>" % span
            words[i:i + 3] = [span]
        return " ".join(words)

    def paragraph():
        return '<p class="article-body__paragraph">%s</p>\n' % " ".join(inline(rng.choice(sentences)) for _ in range(rng.randint(2, 5)))

    def head():
        links = "".join('<li class="nav__item"><a href="/%s">%s</a></li>' % (n.lower().replace(" ", "-"), n) for n in _NAV)
        return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                "<title>%s | The Daily Bench</title>\n"
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                "<meta property=\"og:title\" content=\"%s\">\n<meta property=\"og:site_name\" content=\"The Daily Bench\">\n"
                "<meta name=\"author\" content=\"Maria Petrova\">\n"
                "<link rel=\"stylesheet\" href=\"/static/css/site.8f3a2c.css\">\n"
                "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());</script>\n"
                "<style>.ad-slot{min-height:250px}.nav__item{display:inline-block}</style>\n</head>\n"
                "<body class=\"article-page\">\n<header class=\"site-header\"><a class=\"logo\" href=\"/\">The Daily Bench</a>\n"
                "<nav class=\"nav\" aria-label=\"Sections\"><ul>%s</ul></nav></header>\n"
                "<div class=\"page\">\n<main id=\"main\"><article class=\"article\">\n<h1 class=\"article__headline\">%s</h1>\n"
                "<p class=\"byline\">By <a rel=\"author\" href=\"/authors/maria-petrova\">Maria Petrova</a>, "
                "<time datetime=\"2026-03-20T08:00:00Z\">20 March 2026</time></p>\n") % (title, title, links, title)

    def sidebar(n):
        items = "".join('<li><a href="/news/world/%d">%s</a></li>' % (rng.randint(10**6, 10**7), rng.choice(sentences)[:70])
                        for _ in range(10))
        return ('<aside class="sidebar" id="sidebar-%d"><section class="most-read"><h3>Most read</h3><ol>%s</ol></section>\n'
                '<div class="ad-slot" data-slot="sidebar-%d"></div>\n<form class="newsletter" action="/subscribe">'
                '<label>Get our morning briefing <input type="email" name="email"></label><button>Sign up</button></form></aside>\n'
                % (n, items, n))

    def body(f):
        written = 0

        def put(chunk):
            nonlocal written
            data = chunk.encode("utf-8")
            f.write(data)
            written += len(data)

        put(head())
        for _ in range(3):
            put(paragraph())
        n = 0
        footer_and_state = 120_000  # the footer and the page-state script come after the article
        while written < target_bytes - footer_and_state:
            put("<h2>%s</h2>\n" % _SECTIONS[n % len(_SECTIONS)])
            for k in range(rng.randint(20, 40)):
                put(paragraph())
                if k == 7 and rng.random() < 0.5:
                    put('<figure><img src="/img/%d.jpg" alt="" width="800" height="450"><figcaption>%s</figcaption></figure>\n'
                        % (rng.randint(10**5, 10**6), rng.choice(sentences)))
                if k == 15 and rng.random() < 0.3:
                    put('<blockquote class="pull-quote"><p>%s</p></blockquote>\n' % rng.choice(sentences))
            if n % 4 == 3:
                put('<div class="ad-slot" data-slot="inline-%d"></div>\n' % n)
            n += 1
        put("</article></main>\n")
        put(sidebar(1))
        put("</div>\n<footer class=\"site-footer\"><ul>%s</ul><p>&copy; 2026 The Daily Bench</p></footer>\n"
            % "".join('<li><a href="/%s">%s</a></li>' % (n.lower().replace(" ", "-"), n) for n in _NAV))
        state = ",".join('{"id":%d,"headline":"%s","url":"/news/world/%d"}'
                         % (i, rng.choice(sentences).replace('"', "'"), rng.randint(10**6, 10**7))
                         for i in range(max(0, (target_bytes - written - 200) // 170)))
        put('<script id="__PAGE_STATE__" type="application/json">{"related":[%s]}</script>\n</body>\n</html>\n' % state)

    _write_if_changed(out_path, ("news_html", target_bytes, seed, os.path.getmtime(seed_path)), body)
    return out_path


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
