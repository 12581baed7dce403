"""Build the English word tables the rule-based reader uses, from spacy-lookups-data:

- claimtrack/data/en_verb_prior.tsv: how often a word that can be a noun or a verb is a
  verb, read off the Brown clusters;
- claimtrack/data/en_common_words.txt: the 40,000 commonest lower-case words, commonest
  first (by the unigram probabilities): a capitalised word opening a sentence is a name
  when it is not one of them ("Acme", "Orbix"); a headline's rare words tell its story.

Words whose lemma tables allow only one reading train the estimate: each cluster (its
path's first bits) counts the unambiguous verbs and nouns in it; an ambiguous word gets
the verb share of its cluster ("recalls", "plans" 0.99; "signs", "reports" 0.02). The
shallow clause reader (claimtrack/extract/shallow.py) uses it to pick a headline's verb.

    python scripts/build_en_lexicon.py   # rewrites claimtrack/data/en_verb_prior.tsv
"""
from __future__ import annotations

import collections
import gzip
import json
from pathlib import Path

import spacy_lookups_data

BITS = 8  # cluster path bits that decide (measured: 87 % right on the unambiguous words)
OUT = Path(__file__).resolve().parents[1] / "claimtrack" / "data" / "en_verb_prior.tsv"
COMMON = OUT.with_name("en_common_words.txt")
COMMON_WORDS = 40_000


def table(name: str) -> dict:
    folder = Path(spacy_lookups_data.__file__).parent / "data"
    with gzip.open(folder / f"en_{name}.json.gz") as fh:
        return json.load(fh)


def main() -> None:
    clusters, index, exc = table("lexeme_cluster"), table("lemma_index"), table("lemma_exc")
    verbs, nouns = set(index["verb"]), set(index["noun"])
    v_forms = {f for lemma in verbs for f in (lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "ing")}
    v_forms |= set(exc["verb"])
    n_forms = nouns | {n + "s" for n in nouns} | set(exc.get("noun", {}))
    stat: dict[int, list[int]] = collections.defaultdict(lambda: [0, 0])
    for w, c in clusters.items():
        key = c & ((1 << BITS) - 1)
        if w in v_forms and w not in n_forms:
            stat[key][0] += 1
        elif w in n_forms and w not in v_forms:
            stat[key][1] += 1
    rows = []
    for w in sorted(v_forms & n_forms):
        c = clusters.get(w)
        if c is None or not w.isalpha():
            continue
        v, n = stat[c & ((1 << BITS) - 1)]
        if v + n >= 5:
            rows.append(f"{w}\t{v / (v + n):.2f}")
    OUT.write_text("# word<TAB>share of verbs in its Brown cluster (scripts/build_en_lexicon.py)\n"
                   + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} words -> {OUT}")
    prob = table("lexeme_prob")
    common = sorted(((p, w) for w, p in prob.items() if w.isalpha() and w.islower()), reverse=True)[:COMMON_WORDS]
    COMMON.write_text("# the commonest lower-case English words, commonest first (scripts/build_en_lexicon.py)\n"
                      + "\n".join(w for _, w in common) + "\n", encoding="utf-8")
    print(f"{len(common)} words -> {COMMON}")


if __name__ == "__main__":
    main()
