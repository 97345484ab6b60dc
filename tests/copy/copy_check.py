#!/usr/bin/env python3
"""The copy check: no run of N (default 8) or more consecutive words from a source document in
the text a player or a group sees, outside a quotation.

Usage: copy_check.py SEEDS_DIR SCENARIO.json... [--min N] [--report]

Text checked: every text of a scenario in every language (narration, choices, outcomes,
figures, populations, caveats, notes, facts, questions, titles), since a projector shows the
facilitator's notes too. Normalised before comparing: case folded, typographic quotes and
apostrophes made plain, apostrophes dropped ("Korea's" is "koreas"), thousands separators
dropped ("28,472" is "28472"), every other character that is not a letter or digit a space.

Allowed, and counted in the report:
  - quotations: a span between quotation marks ("...", “...”, '...', ‘...’, 「...」) is an
    attributed quotation;
  - quoted figures: a citation's "figure" and "population" (and its facilitators' "derivation")
    are the record of a documented figure, which the house rule asks to quote exactly: figure,
    date and surveyed population as the source gives them. A citation's "caveat" is checked;
  - bibliographic fields: a source's author, title, publisher, year and section, and a
    citation's "where", name the document and the place in it, and must match it;
  - runs made only of numbers (a table's values, e.g. "26.7 / 2.0 / 8.4 / 33.2 / 29.7"): data,
    not sentences.
Exit status: 0 clean, 1 copies found or the seeds are missing, 2 usage error.
"""
import json
import os
import re
import sys
import unicodedata

QUOTES = [("\u201c", "\u201d"), ('"', '"'), ("\u2018", "\u2019"), ("'", "'"), ("\u300c", "\u300d")]
BIBLIO_SOURCE = {"author", "title", "publisher", "year", "section", "url", "document", "id"}


def words(text):
    t = unicodedata.normalize("NFKC", text).casefold()
    t = t.replace("\u2019", "'").replace("\u2018", "'")
    t = re.sub(r"(?<=\d),(?=\d{3})", "", t)
    t = t.replace("'", "")
    return re.findall(r"[^\W_]+", t)


def strip_quotes(text):
    """text with quoted spans blanked out; returns (rest, quoted spans)."""
    spans = []
    # Apostrophes inside words (Korea's, don't) are not quotation marks.
    masked = re.sub(r"(?<=\w)'(?=\w)", "\0", text)
    masked = re.sub(r"(?<=\w)\u2019(?=\w)", "\1", masked)
    out = masked
    for o, c in QUOTES:
        pat = re.escape(o) + r"([^" + re.escape(o + c) + r"]{1,2000})" + re.escape(c)
        for m in re.finditer(pat, out):
            spans.append(m.group(1))
        out = re.sub(pat, " | ", out)
    return out.replace("\0", "'").replace("\1", "\u2019"), spans


def seed_ngrams(seeds_dir, n):
    grams = {}
    names = sorted(f for f in os.listdir(seeds_dir) if f.endswith(".txt"))
    for name in names:
        with open(os.path.join(seeds_dir, name), encoding="utf-8") as f:
            w = words(f.read())
        for i in range(len(w) - n + 1):
            grams.setdefault(tuple(w[i : i + n]), name)
    return names, grams


def texts(node, path, out, biblio=False):
    """Collects (path, string, is_biblio) for every string of the scenario's text objects."""
    if isinstance(node, dict):
        for k, v in node.items():
            if k.startswith("$") or k == "_comment":
                continue
            sub = f"{path}/{k}"
            b = biblio
            if path.startswith("/sources/") and k in BIBLIO_SOURCE or k == "where":
                b = "bibliographic"
            elif path.endswith("/cite") and k in ("figure", "population", "derivation"):
                b = "figure"
            texts(v, sub, out, b)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            texts(v, f"{path}/{i}", out, biblio)
    elif isinstance(node, str):
        out.append((path, node, biblio))


def check_text(s, n, grams):
    """Runs of >= n seed words in s outside quotations: list of (run text, seed file)."""
    rest, _ = strip_quotes(s)
    hits = []
    for part in rest.split(" | "):
        w = words(part)
        i = 0
        while i <= len(w) - n:
            g = tuple(w[i : i + n])
            if g in grams:
                j = i + n
                while j < len(w) and tuple(w[j - n + 1 : j + 1]) in grams:
                    j += 1
                if any(not x.isdigit() for x in w[i:j]):  # numbers alone are data
                    hits.append((" ".join(w[i:j]), grams[g]))
                i = j
            else:
                i += 1
    return hits


def main(argv):
    n, report, files = 8, False, []
    args = iter(argv[1:])
    for a in args:
        if a == "--min":
            n = int(next(args))
        elif a == "--report":
            report = True
        else:
            files.append(a)
    if len(files) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    seeds_dir, files = files[0], files[1:]
    if not os.path.isdir(seeds_dir):
        print(f"copy check: the source documents are missing ({seeds_dir}): they sit beside the "
              "repository as shared/seeds; without them nothing can be checked", file=sys.stderr)
        return 1
    names, grams = seed_ngrams(seeds_dir, n)
    if not names or not grams:
        print(f"copy check: no source documents in {seeds_dir}", file=sys.stderr)
        return 1
    found = allowed_quotes = checked = 0
    allowed = {"bibliographic": 0, "figure": 0}
    for fn in files:
        with open(fn, encoding="utf-8") as f:
            doc = json.load(f)
        out = []
        texts(doc, "", out)
        for path, s, biblio in out:
            if biblio:
                if check_text(s, n, grams):
                    allowed[biblio] += 1
                continue
            checked += 1
            _, quoted = strip_quotes(s)
            for q in quoted:
                if check_text(q, n, grams):
                    allowed_quotes += 1
            for run, seed in check_text(s, n, grams):
                found += 1
                print(f"{fn}: {path}: {len(run.split())} words from {seed}: \"{run}\"")
    print(f"copy check: {checked} texts in {len(files)} file(s) against {len(names)} source "
          f"documents, runs of {n}+ words: {found} found; allowed: {allowed_quotes} in "
          f"quotations, {allowed['figure']} in quoted figures and populations, "
          f"{allowed['bibliographic']} in bibliographic fields")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
