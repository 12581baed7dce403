"""The pydantic models that flow between stages.

source file -> SourceDocument -> CleanText -> (spaCy Doc) -> Claim -> rows
-> Group / Conflict -> Timeline.  Every stage is a function from one model to
the next; nothing here knows about the database or the CLI.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field

Polarity = Literal["affirmed", "negated"]
Modality = Literal["asserted", "reported", "planned", "hedged"]


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class SourceDocument(Frozen):
    """One article file as read from disk: metadata plus the stored text (the body)."""

    id: str  # file stem: the article's identity for gold files
    source: str  # path as given, with forward slashes
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    published: dt.date | None = None  # the first day of the period when coarser than a day
    published_precision: Literal["day", "month", "year"] = "day"  # "published: 2025-07" -> "month"
    language: str | None = None
    text: str  # stored text: the body after the front matter; offsets point here
    content_hash: str


class Segment(Frozen):
    """A kept stretch of the stored text, copied verbatim into the cleaned text."""

    clean_start: int
    raw_start: int
    length: int
    kind: Literal["title", "body"] = "body"


class CleanText(Frozen):
    """Article text without site chrome, with a map back to stored-text offsets."""

    text: str
    segments: tuple[Segment, ...]
    dropped: tuple[tuple[int, int, str], ...] = ()  # (raw_start, raw_end, why)

    def to_raw(self, offset: int) -> int:
        """Map an offset of the cleaned text to the stored text."""
        for seg in reversed(self.segments):
            if offset >= seg.clean_start:
                return seg.raw_start + min(offset - seg.clean_start, seg.length)
        return 0


class Quantity(Frozen):
    """A Wikidata-style quantity: amount with lower and upper bounds and a unit."""

    amount: float
    lower: float | None = None  # None: unbounded below
    upper: float | None = None  # None: unbounded above ("plus de 100 millions")
    unit: str | None = None
    text: str

    def overlaps(self, other: "Quantity") -> bool:
        if self.unit and other.unit and self.unit != other.unit:
            return False
        lo_a, hi_a = self.lower if self.lower is not None else float("-inf"), self.upper if self.upper is not None else float("inf")
        lo_b, hi_b = other.lower if other.lower is not None else float("-inf"), other.upper if other.upper is not None else float("inf")
        return lo_a <= hi_b * 1.0000001 and lo_b <= hi_a * 1.0000001


TimePrecision = Literal["day", "month", "season", "year", "interval",
                        "time", "week", "decade", "century", "duration"]


class TimeValue(Frozen):
    """A time with precision; `iso` is ISO 8601: a date, a month, a year, a date with a
    time of day ("2025-06-05T19:30", precision "time") or an interval A/B (seasons,
    quarters, weeks, decades "1960/1969", centuries, durations anchored in the text)."""

    iso: str
    precision: TimePrecision
    start: dt.date
    end: dt.date  # inclusive
    text: str
    part: str | None = None  # part of the day: "morning", "afternoon", "evening", "night", "midday"

    def overlaps(self, other: "TimeValue") -> bool:
        return self.start <= other.end and other.start <= self.end


class Claim(Frozen):
    id: str
    article: str
    evidence: str  # the whole sentence, as in the article
    start: int  # offsets of the sentence in the article's stored text
    end: int
    span: tuple[int, int] | None = None  # offsets within `evidence` of the clause stating this claim
    headline: bool = False  # read from the article's title
    subject: str | None
    subject_type: str | None = None
    subject_owner: str | None = None  # for descriptions: "a model of Meta"
    subject_text: str | None = None
    subject_resolved_from: str | None = None  # "pronoun 'Il'", "'l'entreprise'": how the subject was found
    relation: str
    predicate: str  # the trigger as written
    object: str | None = None
    object_type: str | None = None
    value: Quantity | None = None
    polarity: Polarity = "affirmed"
    modality: Modality = "asserted"
    attributed_to: str | None = None
    when: TimeValue | None = None
    outlet: str | None = None
    published: dt.date | None = None
    language: str | None = None  # the article's


class LevelResult(NamedTuple):
    """One comparison level's verdict on a pair, as splink labels it: a machine `code`
    that decisions read ("relation.opposite") and a `label` for people. A plain tuple:
    the reconciler makes millions of them."""

    level: str
    label: str
    agrees: bool | None  # True: supports a link, False: opposes, None: neutral
    code: str = ""

    def text(self) -> str:
        """The label; one still to be written is a format string and its arguments."""
        label = self.label
        return label if type(label) is str else label[0].format(*label[1:])


@dataclass(frozen=True, slots=True)
class PairDecision:
    """The outcome of comparing two claims (a < b by id). Hot path: a slotted dataclass."""

    a: str
    b: str
    kind: Literal["link", "conflict", "update", "none"]
    levels: tuple[LevelResult, ...]

    @property
    def reason(self) -> str:
        """The levels as one sentence a person can check (labels are written on demand:
        most compared pairs are never read)."""
        head = {"link": "same fact", "conflict": "contradiction", "update": "a newer statement of the same source",
                "none": "not linked"}[self.kind]
        return f"{head}: " + "; ".join(r.text() for r in self.levels)


class Group(Frozen):
    id: str
    claims: tuple[str, ...]
    statement: str
    when: str | None = None
    status: str
    reports: int
    origins: tuple[str, ...] = ()
    reason: str
    subject: str | None = None
    relation: str | None = None


class Conflict(Frozen):
    id: str
    groups: tuple[str, str]
    reason: str
    kind: str
    claim_pairs: tuple[tuple[str, str], ...] = Field(default=())


class ArticleRecord(Frozen):
    id: str
    source: str
    title: str | None
    outlet: str | None
    published: dt.date | None
    language: str | None
    content_hash: str
