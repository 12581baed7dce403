"""Stored text -> CleanText: drop site chrome, keep an offset map back to the stored text.

Kept stretches are copied verbatim and joined by a blank line, so a sentence of the
cleaned text is a slice of the stored text shifted by a constant.
"""
from __future__ import annotations

import functools
import re
import unicodedata

from claimtrack import lexicon
from claimtrack.models import CleanText, Segment
from claimtrack.text.screen import Screened

SEP = "\n\n"
# A rough sentence split, only to find chrome sentences inside a kept line.
_SENT = re.compile(r"(?<=[.!?…»\"”])\s+(?=[«\"“A-ZÀ-ÖØ-Ý])")


@functools.cache
def _rules():
    data = lexicon.load("boilerplate")
    compile_all = lambda key: [re.compile(p, re.I) for p in data.get(key, [])]  # noqa: E731
    return (compile_all("tail_markers"), compile_all("line_patterns"),
            compile_all("sentence_patterns"), float(data.get("foreign_script_share", 0.3)),
            frozenset(h.lower() for h in data.get("opinion_headings") or ()))


@functools.cache
def _dateline() -> re.Pattern:
    return re.compile(lexicon.load("boilerplate").get("wire_dateline") or r"(?!)", re.M)


def _latin_share(line: str) -> float:
    letters = [c for c in line if c.isalpha()]
    if not letters:
        return 1.0
    latin = sum(1 for c in letters if "LATIN" in unicodedata.name(c, ""))
    return latin / len(letters)


def opens_opinion(heading: str, labels: frozenset[str]) -> bool:
    """A heading that opens its author's view: a label ("Notre avis", "Opinion"), alone or naming
    the outlet it speaks for ("L'avis d'Horizons", "L'avis du Courrier")."""
    h = heading.strip().rstrip(":").strip().lower().replace("’", "'")
    return h in labels or any(h.startswith(label if label.endswith("'") else label + " ") for label in labels
                              if " " in label or "'" in label)


def chrome_reason(line: str, *, title: bool = False) -> str | None:
    """Why a whole line is chrome, or None if it may carry article text."""
    _, line_pats, _, foreign, opinion = _rules()
    s = line.strip().strip("\u200b")
    screened = Screened(s)  # patterns whose literal start is not in the line are not run
    for pat in line_pats:
        if screened.may_match(pat) and pat.search(s):
            return f"chrome line /{pat.pattern}/"
    if 1 - _latin_share(s) > foreign and not title:
        return "line in another script"
    words = s.split()
    if s[:1] in "•·*" and len(words) <= 5:
        return "widget bullet"
    if len(words) <= 2 and not title and not re.search(r"[.!?:]$", s) and not opens_opinion(s, opinion):
        return "short line without a sentence"  # (not "Verdict": the author's view follows)
    return None


def sentence_chrome(sentence: str) -> str | None:
    """Why a sentence is chrome (disclaimer, cookie banner...), or None."""
    screened = Screened(sentence)  # patterns whose literal start is not in it are not run
    for pat in _rules()[2]:
        if screened.may_match(pat) and pat.search(sentence):
            return f"chrome sentence /{pat.pattern}/"
    return None


def _pieces(line: str, start: int):
    """Split a line into rough sentences, yielding (raw_start, raw_end)."""
    pos = 0
    for m in _SENT.finditer(line):
        yield start + pos, start + m.start()
        pos = m.end()
    yield start + pos, start + len(line)


def clean(text: str) -> CleanText:
    tails = _rules()[0]
    segments: list[Segment] = []
    dropped: list[tuple[int, int, str]] = []
    out: list[str] = []
    clean_pos = 0
    seen_title = False
    offset = 0
    lines = text.split("\n")
    for i, line in enumerate(lines):
        start, end = offset, offset + len(line)
        offset = end + 1
        stripped = line.strip()
        if not stripped:
            continue
        if any(t.search(stripped) for t in tails):
            dropped.append((start, len(text), "end of article marker"))
            break
        why = chrome_reason(line, title=not seen_title)
        if why:
            dropped.append((start, end, why))
            continue
        kind = "body" if seen_title else "title"
        seen_title = True
        lead = len(line) - len(line.lstrip())
        for a, b in _pieces(line.strip(), start + lead):
            filed = _dateline().match(text, a, b)
            if filed:  # "BOSTON, June 3 (Reuters) - Helix said...": the sentence starts after the dateline
                dropped.append((a, filed.end(), "wire dateline"))
                a = filed.end()
            piece = text[a:b]
            why = sentence_chrome(piece)
            if why:
                dropped.append((a, b, why))
                continue
            if not piece.strip():
                continue
            if out:
                out.append(SEP)
                clean_pos += len(SEP)
            # merge with the previous segment when contiguous in the stored text
            if segments and segments[-1].kind == kind and \
                    text[segments[-1].raw_start + segments[-1].length:a].isspace() and \
                    "\n" not in text[segments[-1].raw_start + segments[-1].length:a]:
                prev = segments[-1]
                out.pop()
                clean_pos -= len(SEP)
                gap = text[prev.raw_start + prev.length:a]
                out.append(gap + piece)
                segments[-1] = Segment(clean_start=prev.clean_start, raw_start=prev.raw_start,
                                       length=b - prev.raw_start, kind=kind)
                clean_pos += len(gap) + len(piece)
                continue
            segments.append(Segment(clean_start=clean_pos, raw_start=a, length=b - a, kind=kind))
            out.append(piece)
            clean_pos += len(piece)
    return CleanText(text="".join(out), segments=tuple(segments), dropped=tuple(dropped))
