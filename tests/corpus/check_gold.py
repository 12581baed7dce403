#!/usr/bin/env python3
"""Check a corpus folder's gold.toml against its sources/ mechanically (standard library only).

    python3 tests/corpus/check_gold.py tests/corpus/acquisition [tests/corpus/meta_en ...]

For each folder: every quote's fragment occurs verbatim in its article's body (the text after the front
matter) and inside one sentence; noise and nonclaim fragments occur in some article; no noise or nonclaim
fragment sits in a sentence a quote is taken from (unless the quote and the fragment share the sentence on
purpose, which this check reports as a warning); group ids are unique and conflict/apart pairs name real groups.
When the folder has stances.tsv, its rows agree with the headline files and with the gold groups.
Exit status 0 when every folder is clean, 1 otherwise.
"""
from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.S)
# A rough sentence splitter, only good enough to catch a fragment that spans two sentences.
_ABBREV = ("Sept.", "Oct.", "Nov.", "Dec.", "Jan.", "Feb.", "Aug.", "U.S.", "M.", "Mr.", "Ms.", "Dr.", "St.", "No.")
_END = re.compile(r"(?<=[.!?…])\s+(?=[«\"“A-ZÀ-Ý])")


def body_of(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    m = _FRONT.match(text)
    return text[m.end():] if m else text


def sentences(body: str) -> list[str]:
    out: list[str] = []
    for line in body.split("\n"):
        parts = _END.split(line)
        merged: list[str] = []
        for part in parts:
            if merged and merged[-1].endswith(_ABBREV):
                merged[-1] += " " + part
            else:
                merged.append(part)
        out.extend(p for p in merged if p.strip())
    return out


def check(folder: Path) -> list[str]:
    errors: list[str] = []
    gold = tomllib.loads((folder / "gold.toml").read_text(encoding="utf-8"))
    bodies = {p.stem: body_of(p) for p in sorted((folder / "sources").iterdir()) if p.suffix in (".txt", ".md")}
    sents = {stem: sentences(b) for stem, b in bodies.items()}
    noise = gold.get("noise", {}).get("fragments", [])
    nonclaims = gold.get("nonclaims", {}).get("fragments", [])
    for kind, frags in (("noise", noise), ("nonclaim", nonclaims)):
        for f in frags:
            if not any(f in b for b in bodies.values()):
                errors.append(f"{kind} fragment found in no article: {f!r}")
    ids = [g["id"] for g in gold.get("group", [])]
    for gid in {i for i in ids if ids.count(i) > 1}:
        errors.append(f"duplicate group id {gid}")
    quotes = 0
    for g in gold.get("group", []):
        for key in ("id", "statement", "quotes"):
            if key not in g:
                errors.append(f"group {g.get('id')} has no {key}")
        for q in g.get("quotes", []):
            quotes += 1
            art, text = q["article"], q["text"]
            if art not in bodies:
                errors.append(f"{g['id']}: no article {art}")
                continue
            if text not in bodies[art]:
                errors.append(f"{g['id']}: not verbatim in {art}: {text!r}")
                continue
            holders = [s for s in sents[art] if text in s]
            if not holders:
                errors.append(f"{g['id']}: spans two sentences in {art}: {text!r}")
                continue
            for s in holders:
                for f in noise:
                    if f in s:
                        errors.append(f"{g['id']}: quote sentence holds noise {f!r} in {art}")
                for f in nonclaims:
                    if f in s and f not in text and text not in f:
                        print(f"  warning: {g['id']}: quote sentence also holds nonclaim {f!r} in {art}")
                    elif f in s:
                        errors.append(f"{g['id']}: quote and nonclaim {f!r} overlap in {art}")
    for kind in ("conflict", "apart"):
        for c in gold.get(kind, []):
            for gid in c["groups"]:
                if gid not in ids:
                    errors.append(f"{kind} names unknown group {gid}")
    stances = folder / "stances.tsv"
    if stances.exists():
        errors += check_stances(stances, gold, bodies)
    print(f"{folder}: {len(bodies)} articles, {len(ids)} groups, {quotes} quotes, "
          f"{len(gold.get('conflict', []))} conflicts, {len(gold.get('apart', []))} apart, "
          f"{len(nonclaims)} nonclaims, {len(noise)} noise: {'OK' if not errors else f'{len(errors)} problem(s)'}")
    return errors


def check_stances(path: Path, gold: dict, bodies: dict[str, str]) -> list[str]:
    errors: list[str] = []
    in_group = {(q["article"], g["id"]) for g in gold.get("group", []) for q in g.get("quotes", [])}
    seen = set()
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()[1:] if line.strip()]
    for row in rows:
        if len(row) != 4:
            errors.append(f"stances.tsv: bad row {row}")
            continue
        stem, claim, stance, headline = row
        seen.add(stem)
        if stance not in ("for", "against", "observing"):
            errors.append(f"stances.tsv: {stem}: bad stance {stance}")
        if bodies.get(stem, "").strip() != headline:
            errors.append(f"stances.tsv: {stem}: headline differs from the article body")
        wanted = stance in ("for", "observing")
        if wanted != ((stem, claim) in in_group):
            errors.append(f"stances.tsv: {stem} ({stance}) {'missing from' if wanted else 'wrongly in'} group {claim}")
    for stem in set(bodies) - seen:
        errors.append(f"stances.tsv: no row for {stem}")
    return errors


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    failed = False
    for arg in argv:
        errs = check(Path(arg))
        for e in errs:
            print("  -", e)
        failed |= bool(errs)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
