"""A denial that names no content of its own denies what the article just reported.

"Reuters reported that Aerlis planned to move 12 of its aircraft to Aerlis Go. The airline
has denied any such plan." and "« Aucun transfert d'avions n'est prévu », a démenti la
porte-parole d'Aerlis" state, besides the denial, the negation of the reported fact: Aerlis
moving its aircraft, negated, in the words of the one who denies. That negated claim is what
meets the report in reconciling (and makes the conflict); the denial itself stays as it is.

Which denials: a `deny` claim whose object is empty or only points back ("any such plan",
"these reports", "ces informations", cues.yaml `denied_reference`), or names an event of the
inventory ("denied any delay", "dément tout report", "denies layoffs": the latest such fact of
the article about the denier, else that event, negated, of the denier itself). A contested decision
("conteste cette décision", cues.yaml `contested_reference`) is not negated: it only names
the sanction it contests. Which fact: the latest
earlier claim of the article, within a few sentences, that is affirmed, not itself a denial,
and is about the denier's organisation (its subject, or the organisation the speaker
speaks for); a denial of a figure ("disputed that figure", cues.yaml `figure_reference`)
denies only a fact that gave one.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable

from claimtrack.models import Claim

LOOKBACK_CHARS = 700
EVENT_LOOKBACK_CHARS = 4000  # a denial that names its event ("any delay") may deny a fact told further back
EVENT_WORDS = 4  # "any delay", "tout report du lancement": an event named in a few words
MAX_WHAT_WORDS = 12  # words of the denied fact a denial's object quotes  # how far before a denial the fact it denies may be stated


def _id(denial: Claim, fact: Claim) -> str:
    key = f"{denial.id}|denies|{fact.id}"
    return "c" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:15]


def _refers_back(denial: Claim, references: list[re.Pattern]) -> bool:
    """Does the denial name no content of its own ("denied the report", "dément ces
    informations"; not "a démenti tout projet de fermeture", which says what it denies)?"""
    if denial.object is None:
        return True
    for rx in references:
        m = rx.search(denial.object)
        if m is not None and len((denial.object[:m.start()] + " " + denial.object[m.end():]).split()) <= 1:
            return True
    return False


def _about(denial: Claim, fact: Claim) -> bool:
    """Is the fact about whom the denial speaks for (the denier, or the organisation of its
    spokesperson)?"""
    speakers = {denial.subject, (denial.attributed_to or "").removesuffix(" spokesperson").split(" via ")[0]}
    speakers.discard(None)
    speakers.discard("")
    if fact.subject in speakers or (fact.subject_owner is not None and fact.subject_owner in speakers):
        return True
    # "Lumora" and "Lumora AI": one organisation, named in full once and by its first word after
    return any(fact.subject and s and (fact.subject.startswith(s + " ") or s.startswith(fact.subject + " "))
               for s in speakers)


def _denied(denial: Claim, earlier: list[Claim], figures: list[re.Pattern] = ()) -> Claim | None:
    of_figure = any(rx.search(denial.evidence) for rx in figures)  # "disputed that figure": a fact with one
    for fact in reversed(earlier):
        if denial.start - fact.start > LOOKBACK_CHARS:
            return None
        if fact.relation == "deny" or fact.polarity != "affirmed" or fact.start == denial.start:
            continue
        if of_figure and fact.value is None:
            continue
        if _about(denial, fact):
            return fact
    return None


def _named_events(denial: Claim, events: Callable[[str], frozenset[str]] | None) -> frozenset[str]:
    """The relations whose event a denial's short object names ("any delay": delay)."""
    if events is None or denial.object is None or len(denial.object.split()) > EVENT_WORDS:
        return frozenset()
    return events(denial.object)


def _event_denied(denial: Claim, earlier: list[Claim], relations: frozenset[str]) -> Claim | None:
    """The latest earlier fact of the article of one of `relations`, about the denier."""
    for fact in reversed(earlier):
        if denial.start - fact.start > EVENT_LOOKBACK_CHARS:
            return None
        if fact.relation in relations and fact.polarity == "affirmed" and fact.start != denial.start \
                and _about(denial, fact):
            return fact
    return None


def _inside_denial(claim: Claim, denial: Claim, relations: frozenset[str]) -> bool:
    """An affirmed claim of a denied event read from the denial's own words."""
    if claim is denial or claim.start != denial.start or claim.relation not in relations \
            or claim.polarity != "affirmed":
        return False
    if claim.span is None or denial.span is None:
        return True
    return denial.span[0] <= claim.span[0] and claim.span[1] <= denial.span[1]


def _done_to(denial: Claim, earlier: list[Claim]) -> Claim | None:
    """The latest fact of the last sentences whose object is the denier (a fine, a ruling)."""
    for fact in reversed(earlier):
        if denial.start - fact.start > LOOKBACK_CHARS:
            return None
        if (fact.object == denial.subject or (denial.subject and denial.subject in fact.evidence)) \
                and fact.subject != denial.subject and fact.start != denial.start and fact.relation != "deny":
            return fact
    return None


def _what(fact: Claim) -> str:
    """What a denial denies, in the words of the fact it points back to."""
    words = fact.evidence[fact.span[0]:fact.span[1]] if fact.span else fact.predicate
    words = words.split()
    return " ".join(words[:MAX_WHAT_WORDS]) + (" …" if len(words) > MAX_WHAT_WORDS else "")


def negations(claims: Iterable[Claim], references: list[re.Pattern],
              contested: list[re.Pattern] = (), figures: list[re.Pattern] = (),
              events: Callable[[str], frozenset[str]] | None = None,
              optional_object: Callable[[str], bool] | None = None) -> list[Claim]:
    """The claims, each content-free denial followed by the negation of the fact it denies;
    `events` names the relations whose event a phrase names, `optional_object` says of a
    relation whether a claim of it may have no object."""
    out: list[Claim] = []
    done: list[Claim] = []
    denials: list[tuple[Claim, frozenset[str]]] = []  # those that name their event
    for c in claims:  # in the article's order
        back = c.relation == "deny" and _refers_back(c, references)
        fact = _denied(c, done, figures) if back else None
        named = _named_events(c, events) if c.relation == "deny" and not back else frozenset()
        if named:  # "Lumora denied any delay": the delay the article told, else a delay of the denier's
            fact = _event_denied(c, done, named)
            if fact is None and len(named) == 1 and optional_object is not None and optional_object(next(iter(named))):
                fact = c.model_copy(update={"relation": next(iter(named)), "object": None, "object_type": None,
                                            "value": None})
        if fact is not None and back:  # the denial says what it denies: the fact's own words
            c = c.model_copy(update={"object": _what(fact)})
        elif c.relation == "deny" and c.object is not None and any(rx.search(c.object) for rx in contested):
            # "Valmora conteste cette décision": the sanction it was the object of, which stands
            against = _done_to(c, done)
            if against is not None:
                c = c.model_copy(update={"object": _what(against)})
        out.append(c)
        if named and fact is not None:
            denials.append((c, named))
            done = [x for x in done if not _inside_denial(x, c, named)]
        if fact is not None:
            out.append(fact.model_copy(update={
                "id": _id(c, fact), "evidence": c.evidence, "start": c.start, "end": c.end, "span": c.span,
                "headline": c.headline, "polarity": "negated", "modality": "reported",
                "attributed_to": c.attributed_to or c.subject, "when": None,
                "subject_resolved_from": f"what '{c.subject_text or c.subject}' denied"}))
        done.append(c)
    # "denied any delay": the delay its object names is no fact of its own
    return [x for x in out if not any(_inside_denial(x, d, named) for d, named in denials)]
