#!/usr/bin/env python3
"""sitegen -- the site-template test of wire-dedupe-boilerplate.

Wraps each article of a corpus (JSON Lines with "id", "title", "text",
e.g. ../shared/data/corpus/reuters21578.jsonl.xz) in one of a few
invented site templates: navigation, breadcrumbs, a byline, share and
subscribe lines, an ad slot, related-story teasers that change from page
to page, and a footer.  The pages go through the real pipeline

    wire-split -r --paragraphs=line | wire-dedupe-boilerplate | wire-join -i

in one pass, in a seeded shuffled order, and the kept lines are compared
with what the generator knows:

    template recall = template lines dropped / template lines
    article kept    = article paragraphs kept / article paragraphs

Only this generator is in the project; the corpus text never is.
Usage: sitegen.py [--limit N] [--seed S] [--bin DIR] [--args ARGS]
                  [--check [--min-recall R] [--min-kept K]] [--verbose N]
                  [--pages FILE] CORPUS
--check prints yes/no against --min-recall and --min-kept (default .99
and .999, the issue's targets) instead of the numbers, for a golden test.
"""
import argparse
import json
import lzma
import random
import re
import subprocess
import sys

SITES = [
    {
        "host": "harbourpost.example",
        "head": ["Skip to main content", "Harbour Post", "Home | World | Business | Markets | Sport | Opinion",
                 "Sign in", "Subscribe", "Search"],
        "crumb": "Home > {section}",
        "byline": "By {author} | {date}",
        "share": ["Share this article", "Facebook", "Twitter", "Email"],
        "mid": "Advertisement",
        "related": "Related stories",
        "foot": ["Most read", "About us | Contact us | Careers | Advertise with us",
                 "Privacy Policy | Terms of Use | Cookie settings",
                 "\u00a9 2024 Harbour Post Media Ltd. All rights reserved."],
    },
    {
        "host": "northgate-daily.example",
        "head": ["We use cookies to improve your experience on our site. By clicking Accept, you agree to our use of cookies.",
                 "Accept all cookies", "Manage preferences", "NORTHGATE DAILY", "News", "Business", "Politics",
                 "Culture", "Newsletters"],
        "crumb": "News \u203a {section}",
        "byline": "{author}, Northgate Daily",
        "share": ["Share", "Copy link"],
        "mid": "Story continues below advertisement",
        "related": "You may also like",
        "foot": ["Sign up for our newsletter to get the day's top stories delivered to your inbox.",
                 "Follow us", "Terms and conditions \u00b7 Privacy notice \u00b7 Accessibility",
                 "Copyright 2024 Northgate Daily. All rights reserved."],
    },
    {
        "host": "valleywire.example",
        "head": ["Menu", "Valley Wire", "Latest", "Markets", "Companies", "Energy", "Log in", "Register"],
        "crumb": "{section} / {date}",
        "byline": "Published {date}",
        "share": ["Tweet", "Print", "Comments"],
        "mid": "Sponsored content",
        "related": "More from Valley Wire",
        "foot": ["Back to top", "Valley Wire is a registered trademark of Valley Media Group.",
                 "Do not sell or share my personal information",
                 "All rights reserved. This material may not be published, broadcast, rewritten or redistributed."],
    },
    {
        "host": "citybeat.example",
        "head": ["Skip to content", "CityBeat", "Home", "Local", "Business", "Weather", "Subscribe now",
                 "Already a subscriber? Log in"],
        "crumb": "Home / {section}",
        "byline": "Written by {author} \u00b7 {date}",
        "share": ["Share on Facebook", "Share on X", "Share via Email"],
        "mid": "ADVERTISEMENT",
        "related": "Related",
        "foot": ["Contact us", "Terms of Service | Privacy Policy",
                 "Support independent journalism. Become a member today.",
                 "\u00a9 CityBeat 2024"],
    },
]
AUTHORS = ["Ann Weller", "Tom Okafor", "Staff reporter", "Maria Lindqvist", "J. Park"]
SECTIONS = ["Business", "Markets", "World", "Commodities", "Economy"]


def paragraphs(text):
    """Reuters keeps its 65-column wraps and 4-space indents."""
    out = []
    for block in re.split(r"\n(?=    )|\n\s*\n", text):
        p = " ".join(block.split())
        if p:
            out.append(p)
    return out


QUOTES = re.compile("[\"'`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb]")
ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def copykey(text):
    """Text as the filter compares copies: ASCII case, quote marks and
    spacing aside."""
    return " ".join(QUOTES.sub("", text).translate(ASCII_LOWER).split())


def teaser(paras, rng):
    words = paras[0].split()
    n = min(len(words), rng.randint(9, 16))
    return " ".join(words[:n]).rstrip(",.;:") + "\u2026"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--bin", default="bin")
    ap.add_argument("--args", default="")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--min-recall", type=float, default=0.99)
    ap.add_argument("--min-kept", type=float, default=0.999)
    ap.add_argument("--pages", help="also write the pages (split -r input) here")
    ap.add_argument("--verbose", type=int, default=0, help="show N lost/leaked lines")
    a = ap.parse_args()
    rng = random.Random(a.seed)

    opener = lzma.open if a.corpus.endswith(".xz") else open
    arts = []
    with opener(a.corpus, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            # The sign-off the corpus mostly removed already.
            text = re.sub(r"\s*\bREUTERS?\s*$", "", d.get("text") or "")
            ps = paragraphs(text)
            if ps:
                arts.append((d["id"], d.get("title") or "", ps))
            if a.limit and len(arts) >= a.limit:
                break
    rng.shuffle(arts)

    truth = {}		# (docid, line) -> "a" or "t"
    seen_paras = set()
    ncopies = 0
    pages = []
    for n, (aid, title, ps) in enumerate(arts):
        s = SITES[n % len(SITES)]
        docid = "%s/%s" % (s["host"], aid)
        date = "%s %d, 1987" % (rng.choice(["March", "April", "May"]), rng.randint(1, 28))
        fill = {"author": rng.choice(AUTHORS), "section": rng.choice(SECTIONS), "date": date}
        tmpl_head = s["head"] + [s["crumb"].format(**fill), s["byline"].format(**fill)]
        rel = [teaser(arts[rng.randrange(len(arts))][2], rng) for _ in range(3)]
        tmpl_foot = s["share"] + [s["related"]] + rel + s["foot"]
        body = list(ps)
        mid = []
        if len(body) >= 4:
            mid = [s["mid"]]
            body = body[:len(body) // 2] + mid + body[len(body) // 2:]
        lines = tmpl_head + body + tmpl_foot
        for ln in tmpl_head + mid + tmpl_foot:
            truth[(docid, " ".join(ln.split()))] = "t"
        keys = [copykey(ln) for ln in ps]
        for ln, key in zip(ps, keys):
            k = (docid, " ".join(ln.split()))
            # A copy of an earlier article's paragraph (the corpus has
            # duplicate stories) is rightly dropped: the same text up
            # to case and quote marks, as the normalisation.
            if key in seen_paras and len(k[1].split()) >= 15:
                ncopies += 1
                continue
            if truth.get(k) != "t":
                truth[k] = "a"
        seen_paras.update(keys)
        pages.append("%s\t%s\t%s" % (docid, title.replace("\\", "\\\\").replace("\t", " "),
                     "\\n".join(l.replace("\\", "\\\\").replace("\t", " ") for l in lines)))

    if a.pages:
        with open(a.pages, "w", encoding="utf-8") as f:
            f.write("\n".join(pages) + "\n")
    cmd = ("{b}/wire-split -r --paragraphs=line | {b}/wire-dedupe-boilerplate {x} | "
           "{b}/wire-join -i").format(b=a.bin, x=a.args)
    r = subprocess.run(cmd, shell=True, input="\n".join(pages) + "\n",
                       capture_output=True, text=True)
    if r.returncode != 0:
        sys.stderr.write(r.stderr)
        sys.exit(1)
    kept = set()
    for line in r.stdout.split("\n"):
        if "\t" in line:
            docid, text = line.split("\t", 1)
            kept.add((docid, " ".join(text.replace("\\\\", "\\").split())))
    nt = sum(1 for v in truth.values() if v == "t")
    na = sum(1 for v in truth.values() if v == "a")
    tdrop = sum(1 for k, v in truth.items() if v == "t" and k not in kept)
    akept = sum(1 for k, v in truth.items() if v == "a" and k in kept)
    rec, keep = tdrop / max(1, nt), akept / max(1, na)
    if a.check:
        print("template recall >= %g: %s" % (a.min_recall, "yes" if rec >= a.min_recall else "no"))
        print("article paragraphs kept >= %g: %s" % (a.min_kept, "yes" if keep >= a.min_kept else "no"))
    else:
        print("pages %d template lines %d article paragraphs %d (copies not scored %d)" %
              (len(pages), nt, na, ncopies))
        print("template recall %.4f  article kept %.4f" % (rec, keep))
        lost = [k for k, v in truth.items() if v == "a" and k not in kept]
        leak = [k for k, v in truth.items() if v == "t" and k in kept]
        for k in lost[:a.verbose]:
            print("LOST", k[0], k[1][:150])
        for k in leak[:a.verbose]:
            print("LEAK", k[0], k[1][:150])


if __name__ == "__main__":
    main()
