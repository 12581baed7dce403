"""What extraction knows, loaded once from the data files and passed in.

`Knowledge.load()` reads claimtrack/data/*.yaml (or CLAIMTRACK_DATA_DIR): the
gazetteer, the relation inventory, the cues and the predicate word lists. The
`claimtrack_claims` and `claimtrack_mentions` components receive it at
`initialize`; nothing in extraction reads a data file on its own.
"""
from __future__ import annotations

import functools

import re
from dataclasses import replace, dataclass, field

from claimtrack import lexicon
from claimtrack.extract.relations import Relation, load_relations
from claimtrack.nlp.gazetteer import Gazetteer, load_gazetteer


def _words(table: dict | None, lang: str) -> frozenset[str]:
    if not table:
        return frozenset()
    return frozenset(w.lower() for w in table.get(lang, table.get("en", [])) or [])


def _alternation(table: dict | None, lang: str) -> re.Pattern:
    """The words of a list as one case-blind pattern, whole words only (never matches when empty)."""
    words = sorted(_words(table, lang), key=len, reverse=True)
    if not words:
        return re.compile(r"(?!x)x")
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")(?!\w)", re.I)


@dataclass(frozen=True)
class Words:
    """The predicate and noun word lists of one language (data/predicates.yaml)."""

    lang: str
    speech: frozenset[str]
    speech_hedged: frozenset[str]
    announcing: frozenset[str]  # a conditional after them is a future in the past
    denial: frozenset[str]
    control: dict[str, frozenset[str]]  # modality -> governing verbs
    non_event: frozenset[str]
    negation: frozenset[str]
    not_only: frozenset[str]
    condition: frozenset[str]
    concession: frozenset[str]
    pronouns: dict[str, dict]
    first_person: frozenset[str]
    agent_nouns: frozenset[str]
    actor_nouns: dict[str, frozenset[str]]  # type -> common nouns that stand for someone of it
    kind_nouns: dict[str, frozenset[str]]
    reader_address: frozenset[str]
    advice: frozenset[str]
    impersonal: frozenset[str] = frozenset()
    rhetoric: frozenset[str] = frozenset()
    report_nouns: frozenset[str] = frozenset()
    evaluative: frozenset[str] = frozenset()
    object_control: frozenset[str] = frozenset()
    requests: frozenset[str] = frozenset()
    speech_transitive: frozenset[str] = frozenset()
    judging_verbs: frozenset[str] = frozenset()  # "justifient le coût du capital": a noun of a known fact  # "a soutenu l'offre": saying only over a clause  # "asked Lescure to step down": a request, no resignation
    colon_cues: dict[str, frozenset[str]] = field(default_factory=dict)  # "Hoax:", "Report:" -> kind
    auxiliaries: dict[str, frozenset[str]] = field(default_factory=dict)
    holding_nouns: frozenset[str] = frozenset()
    measure_nouns: frozenset[str] = frozenset()  # "its shares", "revenue": a figure of a company
    background_cases: frozenset[str] = frozenset()  # "après son partenariat", "connue pour"
    instrument_cases: frozenset[str] = frozenset()  # "par un arrêté pris mercredi": the means of the act
    when_relatives: frozenset[str] = frozenset()  # "since 1992, when ...": the clause of that time
    pointing_determiners: frozenset[str] = frozenset()  # "Cet ancien dirigeant": the person just named
    citation_openers: re.Pattern = re.compile(r"(?!x)x")  # "according to a document X filed": a source's phrase
    citation_exceptions: frozenset[str] = frozenset()  # "selon laquelle", "according to plan": no source
    not_before_cases: frozenset[str] = frozenset()  # "pas avant 2026", "not until March": the date itself
    naming_skips: frozenset[str] = frozenset()  # "baptisé en interne Avocado", "calling itself CorvusLock"
    vague_subjects: frozenset[str] = frozenset()  # "cette persévérance", "la situation": no dated event
    phrasal_verbs: frozenset[str] = frozenset()  # "mettre en ligne", "porter plainte": one predicate
    member_nouns: dict[str, frozenset[str]] = field(default_factory=dict)  # "the hackers" of "the gang"
    competition_words: frozenset[str] = frozenset()  # "Premier League": a competition, not the club in it
    team_nouns: frozenset[str] = frozenset()  # "the Premier League club"
    calendar: frozenset[str] = frozenset()  # month and weekday names ("le parquet mardi": no name)
    month_abbreviations: frozenset[str] = frozenset()  # "Sept", "janv": a date's remnant at a phrase's end
    date_prepositions: frozenset[str] = frozenset()  # "on" of "on Sept. 29"
    manner_cases: frozenset[str] = frozenset()  # "sans délai": how, never what
    comitative_cases: frozenset[str] = frozenset()  # "avec": a party if a name follows, else a manner
    demonstratives: frozenset[str] = frozenset()
    situation_pronouns: frozenset[str] = frozenset()  # "it", "c'": a situation judged ("It is an awkward look")
    topic_cases: frozenset[str] = frozenset()
    causing_verbs: frozenset[str] = frozenset()  # "la grève a entraîné l'annulation": not the doer
    overseeing_verbs: frozenset[str] = frozenset()  # "Bercy examine le rachat": someone else's event
    requesting_verbs: frozenset[str] = frozenset()  # "le parquet a requis une amende": asked for, not done
    outside_parties: frozenset[str] = frozenset()  # "Brightwing shareholders": not Brightwing
    new_entity_words: frozenset[str] = frozenset()  # "the combined group": neither party of a merger
    causal_markers: frozenset[str] = frozenset()
    topic_frames: frozenset[str] = frozenset()
    figurative: frozenset[str] = frozenset()  # objects of figures of speech: "gagner la sympathie"
    author_voice: frozenset[str] = frozenset()  # "je", "I" outside quotes: the author's opinion
    naming: frozenset[str] = frozenset()  # "baptisé", "code-named": the name that follows is the noun's
    name_descriptors: frozenset[str] = frozenset()  # "Rival Kestrel Networks": the word says what the name is
    purpose_markers: frozenset[str] = frozenset()  # "afin de", "in order to": an aim, no event
    interrogatives: frozenset[str] = frozenset()  # "quelle version", "whether": an indirect question
    pluperfect_aux: frozenset[str] = frozenset()  # "had campaigned", "avait été": background
    progressive_aux: frozenset[str] = frozenset()  # "were prioritising": background
    ongoing_aux: frozenset[str] = frozenset()  # "is building": now
    citing_words: frozenset[str] = frozenset()  # "selon", "according to": a source's name follows
    measure_compounds: frozenset[str] = frozenset()  # "chiffre d'affaires": its "de" is the measure's own
    regulator_nouns: frozenset[str] = frozenset()  # "the regulator", "le gendarme"
    regulator_heads: frozenset[str] = frozenset()  # "Authority", "Commission": a regulator's name ends so
    person_epithets: frozenset[str] = frozenset()  # "l'élu de 58 ans": the article's person
    title_modifiers: frozenset[str] = frozenset()  # "X, alors ministre de...": still her title
    company_bodies: frozenset[str] = frozenset()  # "le conseil d'administration": the company
    light_verbs: frozenset[str] = frozenset()  # "a finalisé le rachat": the event, no act of its own
    current_state: frozenset[str] = frozenset()  # "déploie déjà", "now employs": dated at publication
    habitual: frozenset[str] = frozenset()  # "Arvelle conçoit des caméras": a description, no event
    org_suffixes: frozenset[str] = frozenset()  # "Zeta Labs", "Kestrel AI": an organisation's name
    legal_forms: frozenset[str] = frozenset()  # "Brightwater Dairy Co" is Brightwater Dairy
    name_particles: frozenset[str] = frozenset()  # "Yannick Le Bihan" ... "Le Bihan"
    foreign_name_articles: frozenset[str] = frozenset()  # "Le Veilleur published" in English: the name's
    common_acronyms: frozenset[str] = frozenset()  # "le PDG", "the CEO": a common noun, no body
    title_articles: frozenset[str] = frozenset()  # "le quotidien Le Veilleur": a title opens
    body_name_joiners: frozenset[str] = frozenset()  # "la Laiterie du Vercors": one body's name
    impersonal_after: frozenset[str] = frozenset()  # "il faut", "il lui est reproché de": "il" is no one
    after_words: frozenset[str] = frozenset()  # "après sa mise en examen": an event already done
    government_nouns: frozenset[str] = frozenset()  # "the government": the country the article is about
    ruling_bodies: frozenset[str] = frozenset()  # "the court found": a ruling; "researchers found": none
    scheduling: frozenset[str] = frozenset()  # "has called for a rally on Saturday": the rally is ahead
    appointing: frozenset[str] = frozenset()  # "named Astrid Lund chief executive": a person, then her title
    institution_heads: frozenset[str] = frozenset()  # "Bank of England", "Food and Drug Administration"
    comparison_cases: frozenset[str] = frozenset()  # "contre 44,7 % au premier tour": another figure
    focus_adverbs: frozenset[str] = frozenset()  # "notamment dans des centres": which, not how
    manner_nouns: frozenset[str] = frozenset()  # "de manière agressive": how, not what
    locative_cases: frozenset[str] = frozenset()  # "in Palu", "à Quimper", "struck Sulawesi": where
    same_subject_markers: frozenset[str] = frozenset()  # "when it grounded": "it" is the main clause's subject
    same_subject_pronouns: frozenset[str] = frozenset()  # "it", "il", "elle"
    control_nouns: frozenset[str] = frozenset()  # "a l'intention de": intending
    control_light_verbs: frozenset[str] = frozenset()  # "avoir", "have"
    talks_nouns: frozenset[str] = frozenset()  # "être en pourparlers pour", "in talks to": considering
    existential: frozenset[str] = frozenset()  # "il n'y a", "there are": no one acts
    writing_verbs: frozenset[str] = frozenset()  # "had written to the authorities": a letter sent
    writing_cases: frozenset[str] = frozenset()  # "written to", "écrit au": whom to
    talks_links: frozenset[str] = frozenset()  # "in talks to buy", "en pourparlers pour reprendre"
    date_lead_words: frozenset[str] = frozenset()  # "a annoncé le 2 mars qu'il", "said on Tuesday it"
    count_fillers: frozenset[str] = frozenset()  # "and ten more injured", "et onze autres blessés"
    public_events: frozenset[str] = frozenset()  # "l'élection a été reportée": no company's act
    none_openers: frozenset[str] = frozenset()  # "Not one more euro will be paid": none
    emphatic_pronouns: frozenset[str] = frozenset()  # "Le port, lui, a rouvert"
    object_pronouns: frozenset[str] = frozenset()  # "dismissed her": an object, not a particle
    place_nouns: frozenset[str] = frozenset()  # "the island of Sulawesi": the name after "of" is a place
    comparative_markers: frozenset[str] = frozenset()  # "than we anticipated": a yardstick, no event
    accused_nouns: frozenset[str] = frozenset()  # "le prévenu", "the defendant": the person the case is about
    buyer_nouns: frozenset[str] = frozenset()  # "le repreneur", "the buyer": the buyer of the deal told

    @functools.cached_property
    def any_actor(self) -> frozenset[str]:
        """The actor nouns of every kind together ("préfecture", "analyst", "union")."""
        return frozenset(w for ws in self.actor_nouns.values() for w in ws)

    @functools.cached_property
    def any_auxiliary(self) -> frozenset[str]:
        """The auxiliaries and modals of every kind together ("has", "would", "will")."""
        return frozenset(w for ws in self.auxiliaries.values() for w in ws)
    alleged_aux: frozenset[str] = frozenset()
    hearsay_cues: frozenset[str] = frozenset()
    schedule_modals: frozenset[str] = frozenset()
    time_spending: frozenset[str] = frozenset()
    duration_words: frozenset[str] = frozenset()
    plan_nouns: frozenset[str] = frozenset()
    example_markers: frozenset[str] = frozenset()
    list_joiners: frozenset[str] = frozenset()  # "dont", "including", "et": between the items of a list
    builder_nouns: frozenset[str] = frozenset()  # "the team drew on Qwen": the article's model is built
    noun_continuations: frozenset[str] = frozenset()
    title_participles: frozenset[str] = frozenset()
    passive_events: frozenset[str] = frozenset()
    incident_verbs: frozenset[str] = frozenset()  # "une vanne a cédé", "ammonia escaped": a thing's accident
    complete_acts: frozenset[str] = frozenset()  # "Philippe Daumier apologised": a whole fact with no object
    handing_verbs: frozenset[str] = frozenset()  # "a remis sa démission": the owner's act, reported
    generic_speakers: frozenset[str] = frozenset()  # "chacun sait que": common wisdom, nobody's claim
    collective_actors: frozenset[str] = frozenset()  # "l'opposition", "residents": a group acting as one
    control_advice: frozenset[str] = frozenset()  # "should consider trimming": the act advised
    claimed_deeds: frozenset[str] = frozenset()  # "claimed responsibility": a deed claimed, nothing said  # "a été visé par une cyberattaque": an event  # "le ministre chargé des Transports": part of a title
    addressee_cases: frozenset[str] = frozenset()  # "auprès de l'AFP": whom it was said to
    public_nouns: frozenset[str] = frozenset()
    commentators: frozenset[str] = frozenset()  # "analyst", "économiste": whose forecasts and views are commentary
    addressee_words: frozenset[str] = frozenset()  # "told", "avec": the commentators are spoken to, not speaking
    spokespeople: frozenset[str] = frozenset()  # "a spokesman said": speaks for the article's company
    none_words: frozenset[str] = frozenset()  # "no decision", "aucune décision": none of it  # "le ministre", "the union": no part of a company  # "modèles open source": part of the noun phrase


def _load_words(data: dict, lang: str) -> Words:
    aux = data.get("auxiliaries", {}).get(lang, {})
    return Words(
        lang=lang,
        speech=_words(data["speech"], lang), speech_hedged=_words(data["speech_hedged"], lang),
        announcing=_words(data["announcing"], lang),
        denial=_words(data["denial"], lang),
        control={mod: _words(table, lang) for mod, table in data["control"].items()},
        non_event=_words(data["non_event"], lang), negation=_words(data["negation"], lang),
        not_only=_words(data["not_only"], lang), condition=_words(data["condition"], lang),
        concession=_words(data["concession"], lang),
        pronouns={k.lower(): v for k, v in (data["pronouns"].get(lang) or data["pronouns"]["en"]).items()},
        first_person=_words(data["first_person"], lang), agent_nouns=_words(data["agent_nouns"], lang),
        actor_nouns={kind: _words(table, lang) for kind, table in data["actor_nouns"].items()},
        kind_nouns={kind: _words(table, lang) for kind, table in data["kind_nouns"].items()},
        reader_address=_words(data["reader_address"], lang), advice=_words(data["advice"], lang),
        impersonal=_words(data.get("impersonal"), lang), rhetoric=_words(data.get("rhetoric"), lang),
        report_nouns=_words(data.get("report_nouns"), lang), evaluative=_words(data.get("evaluative"), lang),
        object_control=_words(data.get("object_control"), lang),
        requests=_words(data.get("requests"), lang),
        speech_transitive=_words(data.get("speech_transitive"), lang),
        judging_verbs=_words(data.get("judging_verbs"), lang),
        colon_cues={kind: _words(table, lang) for kind, table in (data.get("colon_cues") or {}).items()},
        auxiliaries={k: frozenset(w.lower() for w in v) for k, v in aux.items()},
        holding_nouns=_words(data.get("holding_nouns"), lang),
        measure_nouns=_words(data.get("measure_nouns"), lang),
        background_cases=_words(data.get("background_cases"), lang),
        instrument_cases=_words(data.get("instrument_cases"), lang),
        when_relatives=_words(data.get("when_relatives"), lang),
        citation_openers=_alternation(data.get("citation_openers"), lang),
        pointing_determiners=_words(data.get("pointing_determiners"), lang),
        citation_exceptions=_words(data.get("citation_exceptions"), lang),
        not_before_cases=_words(data.get("not_before_cases"), lang),
        naming_skips=_words(data.get("naming_skips"), lang),
        vague_subjects=_words(data.get("vague_subjects"), lang),
        phrasal_verbs=_words(data.get("phrasal_verbs"), lang),
        competition_words=_words(data.get("competition_words"), lang), team_nouns=_words(data.get("team_nouns"), lang),
        member_nouns={kind: _words(table, lang) for kind, table in (data.get("member_nouns") or {}).items()},
        manner_cases=_words(data.get("manner_cases"), lang),
        comitative_cases=_words(data.get("comitative_cases"), lang),
        demonstratives=_words(data.get("demonstratives"), lang),
        situation_pronouns=_words(data.get("situation_pronouns"), lang),
        topic_cases=_words(data.get("topic_cases"), lang),
        causing_verbs=_words(data.get("causing_verbs"), lang),
        overseeing_verbs=_words(data.get("overseeing_verbs"), lang),
        requesting_verbs=_words(data.get("requesting_verbs"), lang),
        outside_parties=_words(data.get("outside_parties"), lang),
        new_entity_words=_words(data.get("new_entity_words"), lang),
        causal_markers=_words(data.get("causal_markers"), lang),
        topic_frames=_words(data.get("topic_frames"), lang),
        figurative=_words(data.get("figurative_objects"), lang),
        author_voice=_words(data.get("author_voice"), lang),
        naming=_words(data.get("naming"), lang), name_descriptors=_words(data.get("name_descriptors"), lang),
        purpose_markers=_words(data.get("purpose_markers"), lang),
        interrogatives=_words(data.get("interrogatives"), lang),
        builder_nouns=_words(data.get("builder_nouns"), lang),
        noun_continuations=_words(data.get("noun_continuations"), lang),
        title_participles=_words(data.get("title_participles"), lang),
        passive_events=_words(data.get("passive_events"), lang),
        incident_verbs=_words(data.get("incident_verbs"), lang),
        complete_acts=_words(data.get("complete_acts"), lang),
        handing_verbs=_words(data.get("handing_verbs"), lang),
        generic_speakers=_words(data.get("generic_speakers"), lang),
        collective_actors=_words(data.get("collective_actors"), lang),
        control_advice=_words(data.get("control_advice"), lang),
        claimed_deeds=_words(data.get("claimed_deeds"), lang),
        addressee_cases=_words(data.get("addressee_cases"), lang),
        public_nouns=_words(data.get("public_nouns"), lang),
        commentators=_words(data.get("commentators"), lang),
        addressee_words=_words(data.get("addressee_words"), lang),
        spokespeople=_words(data.get("spokespeople"), lang),
        none_words=_words(data.get("none_words"), lang),
        list_joiners=_words(data.get("list_joiners"), lang),
        org_suffixes=_words(data.get("org_suffixes"), lang),
        legal_forms=_words(data.get("legal_forms"), lang),
        name_particles=_words(data.get("name_particles"), lang),
        foreign_name_articles=_words(data.get("foreign_name_articles"), lang),
        title_articles=frozenset((data.get("title_articles") or {}).get(lang) or ()),
        common_acronyms=frozenset((data.get("common_acronyms") or {}).get(lang) or ()),
        date_prepositions=_words(data.get("date_prepositions"), lang),
        body_name_joiners=_words(data.get("body_name_joiners"), lang),
        appointing=_words(data.get("appointing"), lang),
        scheduling=_words(data.get("scheduling"), lang),
        ruling_bodies=_words(data.get("ruling_bodies"), lang),
        government_nouns=_words(data.get("government_nouns"), lang),
        after_words=_words(data.get("after_words"), lang),
        impersonal_after=_words(data.get("impersonal_after"), lang),
        institution_heads=_words(data.get("institution_heads"), lang),
        comparison_cases=_words(data.get("comparison_cases"), lang),
        focus_adverbs=_words(data.get("focus_adverbs"), lang),
        manner_nouns=_words(data.get("manner_nouns"), lang),
        locative_cases=_words(data.get("locative_cases"), lang),
        same_subject_markers=_words(data.get("same_subject_markers"), lang),
        same_subject_pronouns=_words(data.get("same_subject_pronouns"), lang),
        control_nouns=_words(data.get("control_nouns"), lang),
        control_light_verbs=_words(data.get("control_light_verbs"), lang),
        talks_nouns=_words(data.get("talks_nouns"), lang),
        existential=_words(data.get("existential"), lang),
        writing_verbs=_words(data.get("writing_verbs"), lang),
        writing_cases=_words(data.get("writing_cases"), lang),
        talks_links=_words(data.get("talks_links"), lang),
        date_lead_words=_words(data.get("date_lead_words"), lang),
        count_fillers=_words(data.get("count_fillers"), lang),
        public_events=_words(data.get("public_events"), lang),
        none_openers=_words(data.get("none_openers"), lang),
        emphatic_pronouns=_words(data.get("emphatic_pronouns"), lang),
        object_pronouns=_words(data.get("object_pronouns"), lang),
        place_nouns=_words(data.get("place_nouns"), lang),
        comparative_markers=_words(data.get("comparative_markers"), lang),
        accused_nouns=_words(data.get("accused_nouns"), lang),
        buyer_nouns=_words(data.get("buyer_nouns"), lang),
        alleged_aux=_words(data.get("alleged_aux"), lang),
        hearsay_cues=_words(data.get("hearsay_cues"), lang),
        schedule_modals=_words(data.get("schedule_modals"), lang),
        time_spending=_words(data.get("time_spending"), lang),
        duration_words=_words(data.get("duration_words"), lang),
        plan_nouns=_words(data.get("plan_nouns"), lang),
        example_markers=_words(data.get("example_markers"), lang),
        habitual=_words(data.get("habitual"), lang),
        current_state=_words(data.get("current_state"), lang),
        light_verbs=_words(data.get("light_verbs"), lang),
        company_bodies=_words(data.get("company_bodies"), lang),
        person_epithets=_words(data.get("person_epithets"), lang),
        title_modifiers=_words(data.get("title_modifiers"), lang),
        pluperfect_aux=_words(data.get("pluperfect_aux"), lang),
        progressive_aux=_words(data.get("progressive_aux"), lang),
        ongoing_aux=_words(data.get("ongoing_aux"), lang),
        citing_words=_words(data.get("citing_words"), lang),
        measure_compounds=_words(data.get("measure_compounds"), lang),
        regulator_nouns=_words((data.get("regulators") or {}).get("nouns"), lang),
        regulator_heads=_words((data.get("regulators") or {}).get("heads"), lang))


@dataclass(frozen=True)
class Genders:
    """The grammatical gender pronouns, first names and titles say (data/people.yaml and
    the pronouns of data/predicates.yaml), so that "elle" or "he" skips the people it
    cannot stand for."""

    pronouns: dict[str, str]  # "elle" -> "fem"
    first_names: dict[str, str]  # "antoine" -> "masc"
    titles: dict[str, str]  # "mme" -> "fem"
    numbers: dict[str, str] = field(default_factory=dict)  # "il" -> "sing"

    @classmethod
    def load(cls, predicates: dict) -> "Genders":
        data = lexicon.load("people")
        pronouns = {w.lower(): spec["gender"] for table in (predicates.get("pronouns") or {}).values()
                    for w, spec in table.items() if spec.get("gender")}
        names = {n.lower(): g for g, ns in (data.get("first_names") or {}).items() for n in ns}
        titles = {t.lower(): g for g, ts in (data.get("titles") or {}).items() for t in ts}
        numbers = {w.lower(): spec["number"] for table in (predicates.get("pronouns") or {}).values()
                   for w, spec in table.items() if spec.get("number")}
        return cls(pronouns=pronouns, first_names=names, titles=titles, numbers=numbers)

    def singular(self, pronoun: str) -> bool:
        return self.numbers.get(pronoun.lower()) == "sing"

    def of_pronoun(self, word: str) -> str | None:
        return self.pronouns.get(word.lower())

    def of_name(self, name: str) -> str | None:
        """The gender a person's first name says ("Isabelle Garnier": fem), if it says one."""
        words = name.split()
        if len(words) < 2:
            return None  # "Garnier" alone: no first name
        first = words[0].lower()
        return self.titles.get(first) or self.first_names.get(first) \
            or self.first_names.get(first.split("-")[0])  # "Mrs Ashdown", "Jean-Baptiste Roux"

    def of_title(self, word: str) -> str | None:
        return self.titles.get(word.lower())


@dataclass
class Knowledge:
    gazetteer: Gazetteer
    relations: dict[str, Relation]
    cues: dict[str, list[re.Pattern]]
    predicates: dict
    _words: dict[str, Words] = field(default_factory=dict)

    @property
    def time_words(self) -> frozenset[str]:
        """Month and weekday names of every language (data/times.yaml)."""
        if "time_words" not in self._words:
            data = lexicon.load("times")
            self._words["time_words"] = frozenset(
                w.lower() for table in ("months", "weekdays", "units", "parts", "seasons") for words in (data.get(table) or {}).values()
                for w in words) | frozenset(  # "last", "prochain": what makes "last year" a time
                w.lower() for table in (data.get("words") or {}).values() for key in ("last", "next", "this")
                for w in table.get(key, ()))
        return self._words["time_words"]

    @classmethod
    def load(cls) -> "Knowledge":
        cues = {k: [re.compile(p, re.I) for p in v] for k, v in lexicon.load("cues").items()}
        return cls(gazetteer=load_gazetteer(), relations=load_relations(), cues=cues,
                   predicates=lexicon.load("predicates"))

    @property
    def genders(self) -> Genders:
        if "genders" not in self._words:
            self._words["genders"] = Genders.load(self.predicates)
        return self._words["genders"]

    def lex(self, lang: str):
        """Word classes for reading without a parser (loaded on first use)."""
        from claimtrack.extract.shallow import lex_for
        key = f"lex:{lang}"
        if key not in self._words:
            self._words[key] = lex_for(self.words(lang), self.predicates)
        return self._words[key]

    def words(self, lang: str) -> Words:
        """The word lists of `lang` (English's for a language without its own)."""
        if lang not in self._words:
            words = _load_words(self.predicates, lang if lang in ("fr", "en") else "en")
            data = lexicon.load("times")
            calendar = frozenset(w.lower() for table in ("months", "weekdays")
                                 for ws in (data.get(table) or {}).values() for w in ws)
            abbreviations = frozenset(w.lower() for ws in (data.get("month_abbreviations") or {}).values() for w in ws)
            self._words[lang] = replace(words, calendar=calendar, month_abbreviations=abbreviations)
        return self._words[lang]
