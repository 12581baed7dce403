"""What kind of sentence this is, before any claim is read from it.

Headings (a line of its own, without final punctuation, that is not the article's
title; unless the body is a list of such lines, a briefing of headlines), site chrome, sentences that speak to the reader and fragments without a
verb state no fact. A question is kept, and its claims are hedged.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span

from claimtrack.extract.knowledge import Words
from claimtrack.nlp.doc_text import doc_text
from claimtrack.text.clean import sentence_chrome

HEADING_MAX_WORDS = 18
MIN_WORDS = 3
LIST_MIN_LINES = 4  # a body of at least this many lines without final punctuation...
LIST_SHARE = 0.7  # ...making up this share of its lines is a list of headlines
FINAL = re.compile(r"[.!?…»\"”)]\s*$")


@dataclass(frozen=True)
class SentenceKind:
    skip: str | None  # why no claim is read from it, or None
    title: bool = False
    question: bool = False


def _own_line(sent: Span, text: str | None = None) -> bool:
    text = doc_text(sent.doc) if text is None else text
    words = [t for t in sent if not t.is_space]
    if not words:
        return False
    # a sentence may hold the blank lines around it: what counts is the line its words are on
    before = text[:words[0].idx].rstrip(" \t")
    after = text[words[-1].idx + len(words[-1].text):].lstrip(" \t")
    return (not before or before.endswith("\n")) and (not after or after.startswith("\n"))


def lists_headlines(text: str, body_start: int) -> bool:
    """Is the body a list of headlines (a briefing, a roundup), one per line, rather than
    prose with a few section headings? Most of its lines, and at least LIST_MIN_LINES, have
    no final punctuation."""
    lines = [ln.strip() for ln in text[body_start:].splitlines() if len(ln.split()) >= MIN_WORDS]
    bare = [ln for ln in lines if not FINAL.search(ln) and len(ln.split()) <= HEADING_MAX_WORDS]
    return len(bare) >= LIST_MIN_LINES and len(bare) >= LIST_SHARE * len(lines)


def sentence_kind(sent: Span, words: Words, is_title: bool, doc_text: str | None = None,
                  headlines: bool = False) -> SentenceKind:
    text = sent.text.strip()
    tokens = [t for t in sent if not t.is_punct and not t.is_space]
    if len(tokens) < MIN_WORDS:
        return SentenceKind("fragment")
    if sentence_chrome(text):
        return SentenceKind("site chrome")
    question = text.rstrip(" »\"”").endswith("?")
    label = text.split(":", 1)[0].strip().lower() if ":" in text[:40] else None
    if label and label in words.colon_cues.get("editorial", ()):
        return SentenceKind("opinion piece")  # "Opinion: Why central banks should stop guiding markets"
    if any(t.lower_ in words.reader_address or _imperative(t) for t in tokens) and not _quoted(sent):
        return SentenceKind("speaks to the reader")  # "Nos conseils : privilégiez le covoiturage"
    if not is_title and _own_line(sent, doc_text) and not FINAL.search(text) and len(tokens) <= HEADING_MAX_WORDS:
        if headlines:  # one headline of a list: read as a title is
            return SentenceKind(None, title=True, question=question)
        return SentenceKind("heading")
    return SentenceKind(None, title=is_title, question=question)


def _imperative(tok) -> bool:
    """A French verb of the second person plural ("privilégiez", "consultez", with or
    without "vous"): advice to the reader. (The tagger's mood and person for these are
    unreliable: "privilégiez" comes out as an infinitive.)"""
    return tok.lang_ == "fr" and tok.pos_ in ("VERB", "AUX") and tok.lower_.endswith("ez") and len(tok.text) > 4


def _quoted(sent: Span) -> bool:
    t = sent.text.strip()
    return t[:1] in "«\"“" or t.rstrip(".")[-1:] in "»\"”"
