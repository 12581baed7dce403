"""One article through the extraction stages: SourceDocument -> CleanText -> Doc -> claims."""
from __future__ import annotations

from dataclasses import dataclass

from claimtrack.extract.claims import extract_claims
from claimtrack.extract.dateline import find_dateline
from claimtrack.models import Claim, CleanText, SourceDocument
from claimtrack.nlp.language import detect
from claimtrack.nlp.pipeline import get_pipeline
from claimtrack.text.clean import clean


@dataclass(frozen=True)
class Analysis:
    article: SourceDocument
    clean: CleanText
    language: str
    claims: list[Claim]


def analyze(source: SourceDocument) -> Analysis:
    cleaned = clean(source.text)
    lang = source.language or detect(cleaned.text)
    if source.language is None:
        source = source.model_copy(update={"language": lang})
    if source.published is None:  # the page's own dateline anchors "en avril", "hier"
        source = source.model_copy(update={"published": find_dateline(source.text, lang)})
    doc = get_pipeline(lang)(cleaned.text)
    return Analysis(source, cleaned, lang, extract_claims(doc, source, cleaned, lang))
