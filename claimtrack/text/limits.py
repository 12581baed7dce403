"""Bounds on the work one article may cost, read from claimtrack/data/limits.yaml.

`bound(text)` prepares a cleaned text for the spaCy pipeline without ever moving a
character: what is left out becomes spaces (a blanked run, a repeated sentence) or a
newline (a cut line, the end of the analysed part), so every offset of the Doc is still
an offset of the cleaned text. Each bound crossed gives a note for the analyst.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from claimtrack import lexicon


def limits() -> dict:
    return lexicon.load("limits")


def text_limits() -> dict:
    return limits()["text"]


@dataclass(frozen=True)
class Bounded:
    text: str  # same length as the input
    notes: tuple[str, ...] = ()


_SENTENCE_END = re.compile(r"[.!?…][»\"”)]?(\s)")
_SENTENCE = re.compile(r"[^.!?…\n]*(?:[.!?…]+|\n|$)")


def _blank(chars: list[str], start: int, end: int, fill: str = " ") -> None:
    for i in range(start, end):
        if chars[i] != "\n":
            chars[i] = fill


def bound(text: str) -> Bounded:
    lim = text_limits()
    chars = list(text)
    notes: list[str] = []
    # 1. runs without a space (a pasted blob, a URL list glued together)
    run = lim["max_run_without_space"]
    blanked = 0
    for m in re.finditer(rf"\S{{{run + 1},}}", text):
        _blank(chars, m.start(), m.end())
        blanked += 1
    if blanked:
        notes.append(f"{blanked} run(s) of more than {run} characters without a space left out")
    # 2. long runs of brackets and punctuation (the tokenizer's cost grows as their square)
    brackets = lim["max_bracket_run"]
    blanked = 0
    for m in re.finditer(rf"[\[\](){{}}<>«»\"'“”‘’.,;:!?*_=+#|/\\~^`-]{{{brackets + 1},}}",
                         "".join(chars)):
        _blank(chars, m.start(), m.end())
        blanked += 1
    if blanked:
        notes.append(f"{blanked} run(s) of more than {brackets} brackets or punctuation marks left out")
    current = "".join(chars)
    # 3. sentences too long for the parser (its cost grows with a sentence's length):
    #    a stretch with no sentence end or line break is broken into lines at spaces
    width = lim["max_sentence_chars"]
    cut = 0
    for m in re.finditer(rf"[^.!?…\n]{{{width + 1},}}", current):
        s, end = m.start(), m.end()
        while end - s > width:
            if not current[s:s + width + 1].strip():  # blank already (a blanked run): nothing to parse
                s += width
                continue
            at = current.rfind(" ", s + 1, s + width)
            if at <= s:
                at = s + width - 1  # no space at all: one character gives way to the break
            chars[at] = "\n"
            s = at + 1
            cut += 1
    if cut:
        notes.append(f"{cut} line break(s) added in sentences over {width} characters")
    current = "".join(chars)
    # 4. copies of one sentence after the third, and 5. stop after max_sentences
    copies = lim["max_sentence_copies"]
    most = lim["max_sentences"]
    counts: dict[str, int] = {}
    repeated = 0
    n = 0
    stop = None
    for m in _SENTENCE.finditer(current):
        s = m.group().strip()
        if not s or not any(c.isalnum() for c in s):
            if m.end() >= len(current):
                break
            continue
        key = " ".join(s.split()).casefold()
        counts[key] = counts.get(key, 0) + 1
        if counts[key] > copies:
            _blank(chars, m.start(), m.end())
            repeated += 1
        else:
            n += 1
            if n > most:
                stop = m.start()
                break
        if m.end() >= len(current):
            break
    if repeated:
        notes.append(f"{repeated} copies of a sentence after its first {copies} left out")
    if stop is not None:
        if stop < len(chars) and chars[stop] == " ":
            chars[stop] = "\n"
        _blank(chars, stop + 1, len(chars))
        notes.append(f"analysis stopped after {most} sentences (the rest, {len(chars) - stop} characters, "
                     "left out)")
    out = "".join(chars)
    assert len(out) == len(text)
    return Bounded(out, tuple(notes))


def cut_stored(text: str) -> tuple[str, str | None]:
    """The stored text within its bound (cut at a line or sentence end when there is one
    near the bound), and a note when it was cut."""
    most = text_limits()["max_stored_chars"]
    if len(text) <= most:
        return text, None
    at = max(text.rfind("\n", 0, most), text.rfind(". ", 0, most) + 1)
    if at < most * 0.9:
        at = most
    return text[:at], f"article text cut after {at:,} characters (the limit is {most:,})"
