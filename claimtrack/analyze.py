"""One article through the extraction stages: SourceDocument -> CleanText -> Doc -> claims."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from claimtrack.extract.component import ArticleContext
from claimtrack.extract.dateline import find_dateline
from claimtrack.models import Claim, CleanText, SourceDocument
from claimtrack.nlp.language import MAX_CHARS, detect
from claimtrack.nlp.pipeline import Pipelines
from claimtrack.text.clean import clean
from claimtrack.text.limits import bound, cut_stored, limits
from claimtrack.sources.reader import fold_invisible


class Rejected(ValueError):
    """An article the analysis refuses (str(): why, for the rejection line)."""


@dataclass(frozen=True)
class Analysis:
    article: SourceDocument
    clean: CleanText
    language: str
    claims: list[Claim]
    unread: bool = False  # no pipeline reads this language: no claims, said so in the summary
    notes: tuple[str, ...] = ()  # limits crossed (claimtrack/text/limits.py): what was left out


def prepare(source: SourceDocument, notes: list[str] | None = None) -> tuple[SourceDocument, CleanText]:
    """Clean the text; settle the language and, failing front matter, the date from the page.
    The stored text is cut at its bound (claimtrack/data/limits.yaml), said in `notes`."""
    stored, note = cut_stored(fold_invisible(source.text))
    if stored != source.text:
        source = source.model_copy(update={"text": stored})
    if note and notes is not None:
        notes.append(note)
    if source.language is None:
        _refuse_unread_script(source.text)
    cleaned = clean(source.text)
    lang = source.language or detect(cleaned.text)
    if source.language is None:
        source = source.model_copy(update={"language": lang})
    if source.published is None:  # the page's own dateline anchors "en avril", "hier"
        source = source.model_copy(update={"published": find_dateline(source.text, lang)})
    return source, cleaned


def _refuse_unread_script(text: str) -> None:
    """An article without a `language` key whose letters are mostly of one non-Latin
    script is refused, naming the script: stored as French it would give 0 claims and
    no word about it. (With a `language` key it is stored, unread, and said so.)"""
    share = limits()["foreign_script_share"]
    scripts: dict[str, int] = {}
    letters = 0
    for ch in text[:MAX_CHARS]:
        if ch.isalpha():
            letters += 1
            name = unicodedata.name(ch, "").split(" ")[0]
            if name != "LATIN":
                scripts[name] = scripts.get(name, 0) + 1
    if not scripts:
        return
    script, n = max(scripts.items(), key=lambda kv: kv[1])
    if n > share * letters:
        label = {"CJK": "Chinese or Japanese (CJK)", "HIRAGANA": "Japanese (hiragana)",
                 "KATAKANA": "Japanese (katakana)", "HANGUL": "Korean (Hangul)"}.get(script, script.title())
        raise Rejected(f"most of its letters are {label}; claimtrack analyses French and English only "
                       "(a `language:` key in its front matter stores it unread)")


def analyze(source: SourceDocument, pipelines: Pipelines) -> Analysis:
    notes: list[str] = []
    source, cleaned = prepare(source, notes)
    lang = source.language or "fr"
    nlp = pipelines.get(lang)
    if nlp is None:
        return Analysis(source, cleaned, lang, [], unread=True, notes=tuple(notes))
    bounded = bound(cleaned.text)  # same length: Doc offsets stay offsets of the cleaned text
    doc = nlp.make_doc(bounded.text)
    doc._.article = ArticleContext.of(source, cleaned).model_dump(mode="json")
    doc = nlp(doc)
    return Analysis(source, cleaned, lang, doc._.claims, notes=tuple(notes) + bounded.notes)
