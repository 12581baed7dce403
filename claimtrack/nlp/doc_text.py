"""A Doc's text, joined once.

spaCy rebuilds `Doc.text` from every token at each access (about a millisecond for
an article), and a Doc's text never changes once it is made: the components read it
through `doc_text`, which keeps it in `doc.user_data`.
"""
from __future__ import annotations

from spacy.tokens import Doc

_KEY = "claimtrack.text"


def doc_text(doc: Doc) -> str:
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text
