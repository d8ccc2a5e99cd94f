"""Sentence-level event coding over actor mentions.

For each trigger in a sentence: the source is the actor phrase that governs it (the
nearest actor group before it in the clause; the "oleh" agent for passives, whose
grammatical subject is the target), the target the first actor group after it ("dengan"
partners for symmetric verbs, "antara X dan Y" pairs); coordinated actors ("AS, Qatar,
dan Mesir") expand into one event per source-target pair.

Precision over recall: a trigger without an identifiable source actor is not an event
(GDELT's failure is coding generic and background statements), and countries named as
locations ("di Gaza", "ke Washington") are not actors.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace

from warta.events._arguments import (
    _fellow_bodies,
    _genitive,
    _groups,
    _implicit_subject,
    _implied_actor,
    _is_actor,
    _is_country,
    _listed_with,
    _near_after,
    _official,
    _pair_gap,
    _pairs,
    _passive_roles,
    _received,
    _retargeted,
    _root,
    _sector,
    _sentence_actors,
    _speaker,
    _subject_groups,
    _top,
    _unique,
    _unlisted,
    _untargeted,
    _victims_before,
)
from warta.events._constructions import _accused_by_subject, _hearing, _occurred, _request_addressee
from warta.events._discourse import _agreed, _assent, _counterpart, _domestic_counterpart, _restated, _resumed, _scene
from warta.events._event import CARRY_TARGET, CodedEvent, mention_actor
from warta.events._home import (
    _crowd_act,
    _crowd_protest,
    _home_targets,
    _implied_parties,
    _judged_at_home,
    _said_role,
)
from warta.events._implied import _by_authorities, _crowd, _fronted_arrest, _remedy_refused, _unrest
from warta.events._judgements import _judgements, _quoted_judgements
from warta.events._patterns import (
    _ACT_ANAPHOR,
    _ADJACENT,
    _AGENTIVE_NOUNS,
    _ARREST_ALLEGE,
    _ARREST_CHARGE,
    _ARRESTED,
    _AS_CAPITAL,
    _ASSENT,
    _AT_MISSION,
    _AWAY_FROM,
    _BARE_QUOTE,
    _BETWEEN_BODIES,
    _BETWEEN_STATE_BODIES,
    _CASE_PARTY,
    _CHARGE,
    _CHARGED,
    _COMPLEMENT,
    _CONFLICT,
    _CONSIDERED,
    _COOPERATIVE,
    _COUNTED,
    _CROWD_SECTORS,
    _DECISION_OF,
    _DELIVER,
    _DENGAN,
    _DENGAN_NEAR,
    _DENGAN_VERB,
    _DENIAL_FORMS,
    _DENIAL_THAT,
    _DIRECTED,
    _DUAL_GENITIVE,
    _ETHICS_FINDING,
    _FIRST_PERSON_VERB,
    _FOCUS_OBJECT,
    _FORCE_SECTORS,
    _FOUND_FORMS,
    _FRAME,
    _FRAMED_SUBJECT_LEAD,
    _FROM_ACCORD,
    _FROM_AGENT,
    _FROM_GIVER,
    _FRONTED_ADDRESSEE,
    _FRONTED_AFTER,
    _GENERIC_OBJECT,
    _GOVERNMENT_OF,
    _HAS_VERB,
    _HOME_SANCTIONS,
    _HUMAN_OBJECT,
    _HUMAN_SUBJECT,
    _HUMAN_SUBJECT_APART,
    _IN_ACCORD_NAME,
    _LATER_CLAUSE,
    _LAUNCH,
    _LAW,
    _LEGAL_REMEDY,
    _MATERIAL,
    _MEANS,
    _MISSION,
    _NEGOTIATED,
    _NOBODY,
    _NON_STATE,
    _NOT_PASSIVE,
    _NOT_YET_ARRESTED,
    _NOTE_FORMS,
    _OBJECT_BACK,
    _OFFER,
    _ON_REQUEST,
    _OPENING,
    _ORGANISED_CITIZENS,
    _OWN_ADDRESSEE,
    _OWN_SCOPE,
    _PARTICIPANT_NOUNS,
    _PARTNER_GAP,
    _PARTNER_ONLY,
    _PATIENT_MODES,
    _PREPARED,
    _PROMISED,
    _PROTESTERS,
    _PUBLIC_APPEAL,
    _PURPOSE_WORDS,
    _PURPOSE_WORDS_AID,
    _RECEIPT,
    _REFUSAL,
    _REL_PASSIVE,
    _RELATIVE,
    _SAME_ACT,
    _SAYS_OF,
    _SEARCH_FRAME,
    _SEARCH_TOLD,
    _SEARCH_TOPIC,
    _SEARCHED_GAP,
    _SENTENCE_DEMAND,
    _SENTENCE_END,
    _SITE_VISITED,
    _SPEECH_TAG,
    _STAGED,
    _STATE,
    _SUBJECT_LEAD,
    _SUSPENDED,
    _TAGGED_CROWD,
    _TALKS,
    _TALKS_YIELD,
    _TERRITORIAL,
    _TERRITORY_BACK,
    _THAT,
    _THAT_ACT,
    _TO_ADDRESSEE,
    _TOPIC_OF,
    _ULTIMATUM,
    _UNREST_MODES,
    _UPWARD,
    _VERB_PREFIX,
    _VERBAL,
    _VIA,
    _VIOLENCE,
    _VISIT_DEST,
    _WATERS_OF,
    _WORDS,
    _WORDS_ABOUT,
)
from warta.events._places import _object_city, _territory_back, _territory_of
from warta.events._senses import (
    _administrative,
    _clause_start,
    _dropped,
    _ethics_finding,
    _light_verb,
    _no_act,
    _purpose,
    _reported_person,
    _wrong_sense,
)
from warta.events.lexicon import EventLexicon, Trigger
from warta.model import Actor, Entity, Mention, Modality, Sentence

__all__ = ["CARRY_TARGET", "CodedEvent", "EventCoder", "mention_actor"]


class EventCoder:
    """Codes the events of one sentence (``code``), one trigger at a time (``_code_one``); the code map in
    docs/event-coder.md says where each step's rules live."""

    def __init__(self, lex: EventLexicon, org_roots: Mapping[str, str] | None = None,
                 place_country: Callable[[str], str | None] | None = None,
                 town_country: Callable[[str], str | None] | None = None,
                 carry_types: frozenset[str] = CARRY_TARGET) -> None:
        """``place_country`` maps a place name to its country (the gazetteer): the owner of a
        territory attacked ("serangan Israel ke Gaza") is the target."""
        self.lex = lex
        self.org_roots = dict(org_roots or {})
        self.place_country = place_country
        # towns too ("ke Khan Younis"): only for the territory of an attack, aid or visit named with di/ke or as
        # an attack verb's object, where a capitalised name is a place
        self.town_country = town_country or place_country
        # types whose unnamed target is carried over from the preceding events (see _counterpart)
        self.carry_types = carry_types
        self.pattern = lex.pattern()
        self.aerial = lex.forms.get("serangan udara")  # the trigger a launch at a country becomes (ASSAULT aerial)
        # the trigger a deployment to a UN mission becomes (the guide: troop contributions are COOPERATE)
        self.contribution = lex.forms.get("kerja sama")
        # the trigger a person's "attack" on another person with no force named becomes (criticism)
        self.verbal_attack = lex.forms.get("mengecam")
        self.window = lex.window
        cues: dict[str, Modality] = {}
        for words, label in ((lex.hypothetical, "hypothetical"), (lex.planned, "planned"),
                             (lex.negated, "negated"), (lex.asserted, "asserted")):
            for w in words:
                cues[w.lower()] = label  # type: ignore[assignment]  # label is one of the Modality literals
        self.cues = cues
        alts = "|".join(re.escape(x) for x in sorted(cues, key=len, reverse=True))
        self.cue = re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.IGNORECASE)
        # criticism told as a judgement: "menilai kebijakan Israel berlebihan" (evaluation.yaml)
        self.judge: re.Pattern[str] | None = None
        self.evaluative: re.Pattern[str] | None = None
        if lex.judging and lex.evaluative:
            verbs = "|".join(re.escape(x) for x in sorted(lex.judging, key=len, reverse=True))
            terms = "|".join(re.escape(x) for x in sorted(lex.evaluative, key=len, reverse=True))
            void = "|".join(re.escape(x) for x in lex.not_after) or "(?!)"
            self.judge = re.compile(rf"(?<![\w-])(?:{verbs})(?:nya)?(?![\w-])", re.IGNORECASE)
            self.evaluative = re.compile(rf"(?<![\w-])(?:{terms})(?![\w-])(?!\s+(?:{void})\b)", re.IGNORECASE)
        acts = "|".join(re.escape(x) for x in lex.act_nouns) or "(?!)"
        # ("menilai tindakan tersebut …", and with its complementiser: "menilai bahwa perintah ini …")
        # (fifteenth pass) and any act told before, named back by its noun with a demonstrative ("menilai penundaan
        # ini …", "menilai kenaikan tersebut …")
        self.judged_act = re.compile(rf"\s+(?:bahwa\s+)?(?:(?:{acts})(?:nya)?(?![\w-])"
                                     r"|(?:pe|ke)[a-z]{3,}an\s+(?:ini|itu|tersebut)(?![\w-]))", re.IGNORECASE)
        # (fifteenth pass) the same act (a pe-an noun: a ke-an one is a state, "kemiskinan itu salah") as the
        # subject of a quoted judgement: «MoU tersebut secara nyata telah
        # bertentangan dengan UU TNI," tegasnya»
        self.act_back = re.compile(rf"(?<![\w-])(?:{acts}|kerja\s+sama|mou|pe[a-z]{{3,}}an)\s+(?:ini|itu|tersebut)$",
                                   re.IGNORECASE)

    def modality(self, before: str) -> Modality:
        """The cue nearest the trigger within ``window`` words of its sentence wins: "tidak
        diumumkan apakah X telah bertemu" is hypothetical, "akan terus mendukung" asserted,
        and the longest cue wins at one position ("tidak akan" is negated)."""
        before = _SENTENCE_END.split(before)[-1]
        if _NOBODY.search(before):
            return "negated"  # "tidak ada yang protes", "tak seorang pun yang mengecam": nobody did it
        # a relative clause has its own modality: "akan menginterogasi petugas yang menewaskan …"
        before = _OWN_SCOPE.split(before)[-1]
        last: Modality = "asserted"
        for m in self.cue.finditer(before):
            if len(_WORDS.findall(before, m.end())) <= self.window:
                last = self.cues[m.group().lower()]
        return last

    def subject(self, text: str, sent: Sentence, mentions: list[Mention], entities: dict[str, Entity]) -> tuple[Mention, ...]:
        """The sentence's subject actor group when it opens the sentence ("Israel beberapa waktu lalu …"),
        for the next sentences' anaphora when the sentence itself codes no event."""
        actors = [m for m in mentions if _is_actor(m, entities.get(m.key), text) and _root(m, entities) is not None]
        groups = _groups(actors, text)
        if not groups or not (_SUBJECT_LEAD.match(text[sent.start : groups[0][0].start])
                              or _FRAMED_SUBJECT_LEAD.match(text[sent.start : groups[0][0].start])):
            return ()
        return tuple(groups[0])

    def others(self, text: str, subj: tuple[Mention, ...], mentions: list[Mention],
               entities: dict[str, Entity]) -> tuple[Mention, ...]:
        """The other countries acting in a sentence that codes no event ("Langkah ini diambil India …
        untuk mengucilkan Pakistan"), for a following "kedua negara"."""
        own = {_root(m, entities) for m in subj}
        out: list[Mention] = []
        for m in mentions:
            r = _root(m, entities)
            if m.start >= subj[-1].end and _is_country(m, entities) and _is_actor(m, entities.get(m.key), text) \
                    and r not in own:
                own.add(r)
                out.append(m)
        return tuple(out[:1])

    def listed_targets(self, text: str, ce: CodedEvent, nxt: Sentence, mentions: list[Mention],
                       entities: dict[str, Entity]) -> CodedEvent:
        """A target counted but not named ("AS telah menghubungi lima negara …") is the list of countries
        opening the next sentence ("Negara-negara yang terlibat antara lain Indonesia, Mesir, …")."""
        if ce.targets or not _COUNTED.match(text, ce.trigger_end):
            return ce
        actors = [m for m in mentions if nxt.start <= m.start and m.end <= nxt.end and _is_country(m, entities)]
        group = next((g for g in _groups(actors, text) if len(g) >= 2), [])
        if not group or group[0].start - nxt.start > 80:
            return ce
        own = {a.root for a in ce.sources}
        mentions_ = [m for m in _unique(group, entities, self.org_roots) if self._root_of(m, entities) not in own]
        targets = self._actors(mentions_, entities)
        if not targets:
            return ce
        return _retargeted(ce, targets, tuple(mentions_))

    def _actors(self, mentions: Iterable[Mention], entities: dict[str, Entity]) -> tuple[Actor, ...]:
        return tuple(mention_actor(m, entities.get(m.key), self.org_roots) for m in mentions)

    def _root_of(self, m: Mention, entities: dict[str, Entity]) -> str | None:
        return mention_actor(m, entities.get(m.key), self.org_roots).root

    def _territory(self, text: str, start: int, end: int, entities: dict[str, Entity]) -> list[Mention]:
        return _territory_of(self, text, start, end, entities)

    def code(self, text: str, sent: Sentence, mentions: list[Mention], entities: dict[str, Entity],
             history: tuple[tuple[tuple[Mention, ...], tuple[Mention, ...]], ...] = (),
             acts: tuple[CodedEvent, ...] = (), focus: str | None = None,
             voice: Mention | None = None, domestic: str | None = None,
             lead: tuple[Mention, ...] = ()) -> list[CodedEvent]:
        """Events of one sentence; ``history`` holds the (source, target) groups of recent events, most
        recent first, which an anaphoric subject ("Kedua negara", "Mereka", "negara-negara Teluk itu")
        refers back to: "kedua negara" to the latest pair of two actors, the others to the latest source.
        ``acts`` are the events of the previous sentences, most recent first: a sentence opening
        with a meeting noun and naming no actor ("Pertemuan di Washington akan …") resumes the latest
        meeting or invitation. ``focus`` is the country the article is about (its most-named one): the scene
        of a demonstration that names no place ("Demonstrasi ini berujung kericuhan"). ``voice`` is the speaker of
        the direct quotation the sentence stands in: "kami"/"saya" there ("«Kami sepakat dengan Menteri …»").
        ``domestic`` is the country of a story told within one country, where an unresolved addressee is at home.
        ``lead`` is the subject opening the previous sentence of the paragraph, which a sentence opening on its verb
        continues ("… Juga menyuarakan agar Israel …")."""
        dual = next((h[0] + h[1] for h in history if len({m.key for m in h[0] + h[1]}) == 2), ())
        country_pairs = (tuple(m for m in h[0] + h[1] if _is_country(m, entities)) for h in history)
        dual_countries = next((c for c in country_pairs if len({m.key for m in c}) == 2), ())
        context = history[0] if history else ((), ())
        low = text[sent.start : sent.end].lower()
        actors, places = _sentence_actors(text, sent, mentions, entities)
        if not actors and not context[0] and not acts and not places and focus is None:
            return []
        actors, roles = _implied_parties(text, sent, actors, places, entities, focus, domestic)
        scene = _scene(acts)
        out: list[CodedEvent] = []
        seen: set[tuple[str, tuple[str | None, ...], tuple[str | None, ...]]] = set()
        for tm in self.pattern.finditer(low):
            form = tm.group("f")
            trig = self._trigger_at(low, tm, form)
            if trig is None:
                continue
            ts, te = sent.start + tm.start(), sent.start + tm.end()
            ce = self._coded(text, sent, trig, form, ts, te, actors, places, entities, context, history,
                             (dual, dual_countries), acts, out, scene, focus, voice, lead, roles)
            if ce is None:
                continue
            ce, trig = self._retyped(text, sent, ce, trig, form, ts, te)
            ce, trig = self._addressed(text, sent, ce, trig, form, ts, te, actors, places, entities)
            if _dropped(text, sent, ce, trig, form, ts, te):
                continue
            ce = self._carried(text, sent, ce, trig, form, ts, te, actors, entities, out, history, acts)
            if _administrative(text, ce, trig, te):
                continue
            key = (trig.type, tuple(a.root for a in ce.sources), tuple(a.root for a in ce.targets))
            if not ce.targets and any(k[0] == key[0] and k[1] == key[1] and k[2] for k in seen):
                continue  # "menolak gencatan senjata …, menyatakan mereka tidak berunding": the act told again
            if key in seen:
                continue  # "menyambut baik … pengakuan": one event, not two
            if trig.symmetric and (key[0], key[2], key[1]) in seen:
                continue  # (seventeenth pass) "tiba di Istana … dan disambut oleh PM Lee": one visit, told both ways
            seen.add(key)
            out.append(ce)
            if trig.type == "COOPERATE" and ce.emit and any(t is not None for _, t in ce.pairs) \
                    and "berjanji" in self.lex.forms and _PROMISED.search(text, max(sent.start, ts - 60), ts):
                # "Trump dan Moon … sama-sama menyatakan akan terus bekerja sama": declaring future cooperation is
                # also a promise (the guide: AGREE, and the promising happened), beside the cooperation itself
                promise = replace(ce, trigger=self.lex.forms["berjanji"], modality="asserted")
                pkey = ("AGREE", key[1], key[2])
                if pkey not in seen:
                    seen.add(pkey)
                    out.append(promise)
        out += self._ultimatums(text, sent, actors, places, entities, context, (dual, dual_countries), seen)
        # "Iran membalas serangan Israel dengan meluncurkan drone": the launch is the attack's means, not a show of force
        attackers = {a.root for c in out if c.trigger.type == "ASSAULT" and c.targets for a in c.sources}
        out = [c for c in out if not (c.trigger.type == "MOBILIZE" and not c.targets
                                      and {a.root for a in c.sources} & attackers)]
        judged_acts = self._judged(text, sent, actors, places, entities, context, (dual, dual_countries), acts, voice,
                                   history, domestic, out, seen)
        self._reactions_to_judged(out, judged_acts)
        _home_targets(out, text, sent, actors, places, entities, domestic)
        # "Khariq ditahan penyidik atas dugaan pelanggaran UU ITE", "Ketiganya ditangkap atas dugaan tindak pidana
        # pencucian uang": an arrest told with its charge is also that charge (the guide §12: a named charge is ACCUSE
        # allege), between the same sides
        out += [replace(ce, trigger=_ARREST_ALLEGE) for ce in out
                if ce.trigger.mode == "arrest" and ce.targets and ce.modality != "negated"
                and _ARREST_CHARGE.match(text, ce.trigger_end, sent.end)]
        return out

    def _trigger_at(self, low: str, tm: re.Match[str], form: str) -> Trigger | None:
        """The trigger a lexicon form found in the sentence stands for here, or None: a stop phrase, a cooperation
        suspended, a wrong sense, the protesters' noun before their own act; a prosecutor's sentencing demand is a
        charge."""
        if form in self.lex.stop:
            return None
        found = self.lex.trigger(form)
        if found is None:
            return None
        trig = found
        if trig.type in ("COOPERATE", "AGREE") and _SUSPENDED.search(low, max(0, tm.start() - 40), tm.start()):
            return None  # "TNI menangguhkan kerja sama dengan militer Australia": the cooperation is what ends
        if trig.id == "tuntut" and _SENTENCE_DEMAND.match(low, tm.end()):
            trig = _CHARGE  # "JPU menuntut lima terdakwa … dengan hukuman": a charge (ACCUSE allege), no appeal
        if _wrong_sense(self.lex, low, form, tm.start(), tm.end()):
            return None  # "melakukan aksi kejinya", "mengamankan barang bukti", "didukung oleh data"
        if form in _PROTESTERS:
            nxt = self.pattern.search(low, tm.end(), min(len(low), tm.end() + 60))
            if nxt is not None and not re.search(r"[,;.]", low[tm.end() : nxt.start()]) \
                    and nxt.group("f") not in self.lex.stop:
                return None  # "Para demonstran mengecam …", "… melemparkan batu": the protesters' other act
        return trig

    def _coded(self, text: str, sent: Sentence, trig: Trigger, form: str, ts: int, te: int, actors: list[Mention],
               places: list[Mention], entities: dict[str, Entity],
               context: tuple[tuple[Mention, ...], tuple[Mention, ...]],
               history: tuple[tuple[tuple[Mention, ...], tuple[Mention, ...]], ...],
               duals: tuple[tuple[Mention, ...], tuple[Mention, ...]], acts: tuple[CodedEvent, ...],
               out: list[CodedEvent], scene: str | None, focus: str | None, voice: Mention | None,
               lead: tuple[Mention, ...], roles: tuple[Mention, ...]) -> CodedEvent | None:
        """The trigger's event (``_code_one``), else a meeting resumed by its noun or an agreement reached by the
        parties of the latest act."""
        # (seventeenth pass) the people of the latest act of the same kind (arrests), for people named back
        held = next((c for c in acts if c.trigger.mode == "arrest" and c.sources and c.targets and c.emit), None) \
            if trig.mode == "arrest" else None
        ce = self._code_one(text, sent, trig, form, ts, te, actors, places, entities, context,
                            duals, scene, focus, voice, lead, roles, held)
        if ce is None and not actors and trig.type == "CONSULT" and not _VERBAL.match(form) \
                and _OPENING.match(text[sent.start : ts]):
            ce = _resumed(self, text, sent, trig, ts, te, acts)
        if ce is None and trig.type == "AGREE" and (form in trig.passive or form.startswith("di")):
            ce = _agreed(self, text, sent, trig, ts, te, out, history, entities)
        if ce is None and trig.type == "AGREE" and _TALKS_YIELD.search(text, sent.start, ts) \
                and any(c.trigger.type == "CONSULT" for c in out):
            # "Kunjungan Presiden Jokowi ke Singapura menghasilkan kesepakatan kerja sama …": the agreement a
            # visit or talks produced is the meeting parties' (fifteenth pass)
            ce = _agreed(self, text, sent, trig, ts, te, out, history, entities)
        return ce

    def _retyped(self, text: str, sent: Sentence, ce: CodedEvent, trig: Trigger, form: str, ts: int,
                 te: int) -> tuple[CodedEvent, Trigger]:
        """The act told otherwise by its context: an ethics finding, a request considered, a denial's content, the
        protesters' noun, a launch at a state, a troop contribution, a promise, an offer or refusal to talk, words
        called an attack, leaving an accord, a threat's readiness."""
        if trig.id == "vonis" and form.startswith(_FOUND_FORMS) and _ethics_finding(text, sent, ts, te):
            # "Teradu terbukti melanggar kode etik", "Hakim terlapor terbukti melakukan pelanggaran berat": an
            # ethics council's finding is a criticism (the guide §13: ACCUSE disapprove); its sanction is told apart
            ce = replace(ce, trigger=_ETHICS_FINDING)
            trig = _ETHICS_FINDING
        if trig.type == "REQUEST" and ce.modality == "hypothetical" and _CONSIDERED.search(text, sent.start, ts):
            # "MKMK … tidak mempertimbangkan permintaan pelapor", "Israel masih mempertimbangkan permintaan kami":
            # the request considered was made (the cue is the considering, not the asking)
            ce = replace(ce, modality="asserted")
        if trig.type == "REJECT" and ce.targets and form.startswith(_DENIAL_FORMS) \
                and (that := _DENIAL_THAT.match(text, te)) is not None \
                and all(m.start >= that.end() for m in ce.target_mentions):
            # "pihak berwenang membantah bahwa pasukan keamanan … melakukan pembakaran": the content's actors
            ce = _untargeted(ce)
        if form in _PARTICIPANT_NOUNS and not _TAGGED_CROWD.search(text, max(sent.start, ts - 40), ts):
            ce = replace(ce, emit=False)  # "penindakan terhadap para demonstran": the people, context only
        if trig.mode == "weapons" and ce.targets and _LAUNCH.match(form):
            if any(_WATERS_OF.search(text, max(sent.start, m.start - 40), m.start) for m in ce.target_mentions):
                # "menembakkan empat peluru kendali yang … memasuki zona ekonomi eksklusif Jepang": a test whose
                # missiles fall in a state's waters is no attack on it
                ce = _untargeted(ce)
            elif self.aerial is not None:
                # "Iran meluncurkan ratusan rudal balistik ke Israel": a launch at someone is an air attack
                ce = replace(ce, trigger=self.aerial)
                trig = self.aerial
        if trig.mode == "troops" and self.contribution is not None and ce.targets \
                and all(_top(a.root, self.org_roots) == "UN" for a in ce.targets):
            # "mengirimkan 3.184 personel Polri ke MPP PBB": a contribution to a UN mission
            ce = replace(ce, trigger=self.contribution)
            trig = self.contribution
        if trig.type == "SUPPORT" and ce.modality == "planned" and ce.targets and "berjanji" in self.lex.forms \
                and _COMPLEMENT.search(text, sent.start, ts):
            # "Trump mengatakan kepada Netanyahu bahwa AS akan mengakui …": support told as a plan is a
            # promise (AGREE), and promising happened
            ce = replace(ce, trigger=self.lex.forms["berjanji"], modality="asserted")
        if trig.id in _TALKS and ce.modality in ("hypothetical", "planned") and "bersedia" in self.lex.forms \
                and _OFFER.search(text, max(sent.start, ts - 30), ts):
            # the guide: an offer to talk ("kita bisa duduk dan berdialog", "siap berunding") is AGREE, asserted
            ce = replace(ce, trigger=self.lex.forms["bersedia"], modality="asserted")
            trig = ce.trigger
        if trig.id in _TALKS and ce.modality == "negated" and _REFUSAL.search(text, max(sent.start, ts - 30), ts) \
                and "menolak" in self.lex.forms:
            # the guide: refusing talks is REJECT `meet`, asserted ("tidak akan pernah menegosiasikan")
            ce = replace(ce, trigger=replace(self.lex.forms["menolak"], mode="meet"), modality="asserted")
            trig = ce.trigger
        if trig.id == "serang" and ce.sources and ce.targets and self.verbal_attack is not None \
                and all(a.person is not None or (a.sector not in _FORCE_SECTORS and a.country is not None
                                                  and a.text[1:] == a.text[1:].lower()) for a in ce.sources) \
                and all(a.person is not None or a.org is not None for a in ce.targets) \
                and not _VIOLENCE.search(text, sent.start, sent.end):
            # "Musk … dengan kejam menyerang pendukungnya", "buzzer yang menyerang Prabowo-Gibran": words, not force
            ce = replace(ce, trigger=self.verbal_attack)
            trig = self.verbal_attack
        if trig.type == "RETREAT" and trig.mode == "withdraw" and _FROM_ACCORD.match(text, te):
            # "menarik diri dari kesepakatan iklim Paris", "mundur dari perjanjian nuklir": leaving an accord
            # reduces relations (PLOVER SANCTION `withdraw`); the city an accord is named after is no target
            sanction = replace(trig, type="SANCTION", mode="withdraw", cameo="16", to_place=False)
            kept = tuple(m for m in ce.target_mentions
                         if m.kind != "place" or not _IN_ACCORD_NAME.search(text, te, m.start))
            left = tuple(a for a in ce.targets if any(a.key == m.key for m in kept))
            ce = replace(ce, trigger=sanction, targets=left, target_mentions=kept,
                         pairs=tuple((a, b) for a in ce.sources for b in (left or (None,))))
            trig = sanction
        if trig.type == "THREATEN" and ce.modality == "planned":
            # "menyatakan siap menjadikan Seoul … tumpukan debu": readiness to strike is the threat, and the
            # threatening happened (the guide, section 6: THREATEN is asserted)
            ce = replace(ce, modality="asserted")
        return ce, trig

    def _addressed(self, text: str, sent: Sentence, ce: CodedEvent, trig: Trigger, form: str, ts: int, te: int,
                   actors: list[Mention], places: list[Mention],
                   entities: dict[str, Entity]) -> tuple[CodedEvent, Trigger]:
        """The addressee of a request or protest named other than as an object: fronted ("Kepada X, kami meminta"),
        asked of ("atas permintaan X"), sent to ("menyampaikan protes ke X"), a mission protested at; a state's
        protest note is diplomatic criticism."""
        if trig.type == "REQUEST" and not ce.targets and ce.sources:
            fronted = _FRONTED_ADDRESSEE.search(text, sent.start, ts)
            addressee = next((g for g in _groups([m for m in actors if fronted is not None
                                                  and fronted.end() <= m.start < ts], text)
                              if fronted is not None and g[0].start - fronted.end() <= 12), None)
            if addressee is not None:
                # "Kepada Kampus Udayana, kami juga meminta agar …": the addressee told first
                own_keys = {a.key for a in ce.sources}
                named = [m for m in addressee if _root(m, entities) is not None and m.key not in own_keys]
                if named:
                    targets = self._actors(named, entities)
                    ce = _retargeted(ce, targets, tuple(named))
        if trig.type == "REQUEST" and not ce.targets and ce.sources and _VERBAL.match(form):
            ce = _request_addressee(self, text, sent, ce, ts, te, actors, places, entities)
        if trig.type == "REQUEST" and not ce.targets and ce.sources and not _VERBAL.match(form) \
                and _ON_REQUEST.search(text, max(sent.start, ts - 6), ts):
            # "Kepolisian Prancis menangkap … atas permintaan Serbia": the request was made of the clause's
            # subject, who acted on it (SRB → FRA)
            own = {a.root for a in ce.sources}
            doer = next(iter(_groups([m for m in actors if sent.start <= m.start and m.end <= ts], text)), [])
            named = [m for m in doer if _root(m, entities) is not None and self._root_of(m, entities) not in own]
            if named:
                targets = self._actors(named, entities)
                ce = _retargeted(ce, targets, tuple(named))
        if trig.type == "PROTEST" and trig.mode == "demo" and ce.sources and self.verbal_attack is not None \
                and _NOTE_FORMS.fullmatch(form):
            if _DELIVER.search(text, max(sent.start, ts - 30), ts):
                # "menyampaikan protes ke Australia": the state the protest is sent to ("ke" made it a place)
                to = next((m for m in sorted(places + actors, key=lambda m: m.start) if m.start > te
                           and _TO_ADDRESSEE.fullmatch(text, te, m.start) and _root(m, entities) is not None
                           and len(_root(m, entities) or "") == 3), None)
                if to is not None and _root(to, entities) not in {a.root for a in ce.sources}:
                    sent_to = self._actors([to], entities)
                    ce = _retargeted(ce, sent_to, (to,))
            if ce.targets and all(a.person is not None or a.sector in (None, "GOV") for a in ce.sources) \
                    and all(a.country is not None and a.sector != "CVL" for a in ce.sources):
                # "Pemerintah langsung menyampaikan protes ke Australia", "Kemlu melayangkan nota protes": a
                # state's protest to another is diplomatic criticism (the guide: ACCUSE disapprove), not a
                # demonstration
                ce = replace(ce, trigger=self.verbal_attack)
                trig = self.verbal_attack
        if trig.type == "PROTEST" and ce.sources and not ce.targets:
            # "aksi bela Palestina di depan Kedutaan Besar Amerika Serikat": a protest at a state's mission
            # is aimed at that state
            mission = next((m for m in actors if te <= m.start <= sent.end and _MISSION.match(m.text)
                            and _AT_MISSION.search(text, max(te, m.start - 20), m.start)
                            and _root(m, entities) not in {None, *(a.root for a in ce.sources)}), None)
            if mission is not None:
                at = self._actors([mission], entities)
                ce = _retargeted(ce, at, (mission,))
        return ce, trig

    def _carried(self, text: str, sent: Sentence, ce: CodedEvent, trig: Trigger, form: str, ts: int, te: int,
                 actors: list[Mention], entities: dict[str, Entity], out: list[CodedEvent],
                 history: tuple[tuple[tuple[Mention, ...], tuple[Mention, ...]], ...],
                 acts: tuple[CodedEvent, ...]) -> CodedEvent:
        """A target the sentence does not name, carried over from the story: the counterpart of the latest events,
        the act told again, the territory named last, the question assented to; a directed act with no target is
        kept as context only."""
        if not ce.targets and (trig.type in self.carry_types or (trig.type == "SUPPORT" and _THAT_ACT.match(text, te))) \
                and not _crowd_protest(ce) \
                and not (trig.type == "CONSULT" and text[te - 3 : te].lower() == "nya" and _VERBAL.match(form)) \
                and not (trig.type == "REQUEST" and _PUBLIC_APPEAL.match(text, te)) \
                and not _GENERIC_OBJECT.match(text, te) \
                and not (_VERBAL.match(form) and any(
                    _OWN_ADDRESSEE.fullmatch(text, te, m.start) and _root(m, entities) in {a.root for a in ce.sources}
                    for m in actors if te < m.start)) \
                and not (trig.mode == "visit" and _SITE_VISITED.match(text, te)):
            # (a force's act takes no counterpart from words about it in its own sentence: in "Qatar mengecam
            # serangan Israel yang menewaskan …" the critic is not the one attacked)
            recent = [(c.source_mentions, c.target_mentions) for c in reversed(out)
                      if not (trig.type in _MATERIAL and c.trigger.type in _WORDS_ABOUT
                              and c.trigger.mode != "investigate")] + list(history)
            that_act = bool(_THAT_ACT.match(text, te)) or bool(_ACT_ANAPHOR.match(text, sent.start, ts))
            # (sixteenth pass) a reaction to "that act": an act of the source's own side with nobody on the
            # other side says nothing about whose act it is: "Thailand menuduh Kamboja menembakkan roket.
            # Kamboja membantah tuduhan itu." skips the rocket fire (KHM, no target) for the accusation
            # (THA → KHM), as judgements do
            own_roots = {a.root for a in ce.sources}
            recent = [r for r in recent if r[1] or not that_act
                      or not {self._root_of(m, entities) for m in r[0]} & own_roots]
            ce = _counterpart(self, ce, recent, entities, that_act)
        if not ce.targets and ce.sources and trig.type in self.carry_types and not _crowd_protest(ce) \
                and _SAME_ACT.match(text, te) and not _VERB_PREFIX.match(form):
            ce = _restated(ce, [*reversed(out), *acts])
        if not ce.targets and trig.type == "ASSAULT" and ce.sources and ce.confidence >= 0.8 \
                and not trig.symmetric and trig.mode not in ("primitive", "beat") \
                and self.place_country is not None:
            # "Netanyahu telah melanjutkan serangan militer baru" after a sentence about Gaza: the territory
            # named last (this sentence or the two before), when it is not the attacker's own (not for
            # clashes, which have two sides, nor stones and fists, which are local)
            land = [m for m in _territory_back(self, text, sent.start, ts, entities)
                    if m.key not in {a.root for a in ce.sources}]
            if land:
                targets = self._actors(land, entities)
                ce = _retargeted(ce, targets, tuple(land))
        if trig.type == "AGREE" and not ce.targets and len(ce.source_mentions) == 1 \
                and _ASSENT.match(text, sent.start, sent.end):
            ce = _assent(ce, acts)
        if trig.type in _DIRECTED and trig.id not in _HOME_SANCTIONS and not any(t is not None for _, t in ce.pairs) \
                and not _COUNTED.match(text, te):
            # support, aid, force, concessions and agreements are acts towards someone: not an event,
            # but its actors still anchor the next sentences' anaphora and carried-over targets
            ce = replace(ce, emit=False)
        return ce

    def _ultimatums(self, text: str, sent: Sentence, actors: list[Mention], places: list[Mention],
                    entities: dict[str, Entity], context: tuple[tuple[Mention, ...], tuple[Mention, ...]],
                    duals: tuple[tuple[Mention, ...], tuple[Mention, ...]],
                    seen: set[tuple[str, tuple[str | None, ...], tuple[str | None, ...]]]) -> list[CodedEvent]:
        """Ultimatums ("memberi Israel waktu 24 jam untuk …"): a demand on the actor given the deadline."""
        out: list[CodedEvent] = []
        for um in _ULTIMATUM.finditer(text, sent.start, sent.end):
            # "Hamas memberi Israel waktu 24 jam untuk merespons tuntutan": an ultimatum is a demand (CAMEO 10)
            # on the actor given the deadline
            given = _groups([m for m in actors if um.start("obj") <= m.start and m.end <= um.end("obj")], text)
            trig = Trigger("ultimatum", "REQUEST", "change", "10", False, frozenset())
            ce = self._code_one(text, sent, trig, um.group("verb").lower(), um.start(), um.end("verb"), actors, places,
                                entities, context, duals) if given else None
            if ce is None or not ce.sources:
                continue
            own = {_top(a.root, self.org_roots) for a in ce.sources}
            mentions = [m for m in _unique(given[0], entities, self.org_roots) if _root(m, entities) is not None
                        and _top(self._root_of(m, entities), self.org_roots) not in own]
            key = ("REQUEST", tuple(a.root for a in ce.sources), tuple(self._root_of(m, entities) for m in mentions))
            if not mentions or key in seen:
                continue
            seen.add(key)
            targets = self._actors(mentions, entities)
            out.append(_retargeted(ce, targets, tuple(mentions)))
        return out

    def _judged(self, text: str, sent: Sentence, actors: list[Mention], places: list[Mention],
                entities: dict[str, Entity], context: tuple[tuple[Mention, ...], tuple[Mention, ...]],
                duals: tuple[tuple[Mention, ...], tuple[Mention, ...]], acts: tuple[CodedEvent, ...],
                voice: Mention | None, history: tuple[tuple[tuple[Mention, ...], tuple[Mention, ...]], ...],
                domestic: str | None, out: list[CodedEvent],
                seen: set[tuple[str, tuple[str | None, ...], tuple[str | None, ...]]]) -> list[CodedEvent]:
        """Criticism told as a judgement, added to ``out`` with the judged actor (named, carried over, or the state
        at home) unless already coded: returns the judgements added."""
        judged_acts: list[CodedEvent] = []
        for judged in _judgements(self, text, sent, actors, places, entities, context, duals, acts) \
                + _quoted_judgements(self, text, sent, actors, entities, voice):
            ce = judged
            if not ce.targets:
                own = {a.root for a in ce.sources}
                every = [(c.source_mentions, c.target_mentions) for c in reversed(out)] + list(history)
                # (an act of the judge's own with no counterpart says nothing about whose act is judged)
                recent = [r for r in every if r[1] or not {self._root_of(m, entities) for m in r[0]} & own]
                ce = _counterpart(self, ce, recent, entities, that_act=True)
                if not ce.targets and domestic is not None:
                    ce = _domestic_counterpart(self, ce, every, entities, domestic)
                if not ce.targets and _judged_at_home(ce, domestic):
                    # (fifteenth pass) "Koalisi Masyarakat Sipil menilai bahwa perintah ini bertentangan dengan …"
                    # as a story's first words: a body's judgement of an act with no actor told is of its own state
                    home = _implied_actor(domestic, "GOV", ce.trigger_start, ce.trigger_end)
                    ce = _retargeted(ce, (home,))
                if not ce.targets:
                    continue
            key = (ce.trigger.type, tuple(a.root for a in ce.sources), tuple(a.root for a in ce.targets))
            if any(k[0] == key[0] and k[1] == key[1] for k in seen):
                continue  # "mengecam … dan menilainya berlebihan": the criticism is already coded
            seen.add(key)
            out.append(ce)
            judged_acts.append(ce)
        return judged_acts

    def _reactions_to_judged(self, out: list[CodedEvent], judged_acts: list[CodedEvent]) -> None:
        """The judge's reaction with no target of its own ("menilai … berlebihan, dan memicu protes") targets the
        actor judged."""
        for i, ce in enumerate(out):
            if ce.targets or ce.trigger.type not in self.carry_types or ce.trigger.type in _DIRECTED or not ce.sources:
                continue
            # "Warga Palestina menilai pengamanan … berlebihan, dan memicu protes": the reaction of the
            # judge has the judged actor as its target
            own = {a.root for a in ce.sources}
            judge = next((j for j in judged_acts if j is not ce and {a.root for a in j.sources} == own), None)
            if judge is not None:
                out[i] = _retargeted(ce, judge.targets, judge.target_mentions)

    def _code_one(self, text: str, sent: Sentence, trig: Trigger, form: str, ts: int, te: int,
                  actors: list[Mention], places: list[Mention], entities: dict[str, Entity],
                  context: tuple[tuple[Mention, ...], tuple[Mention, ...]] = ((), ()),
                  duals: tuple[tuple[Mention, ...], tuple[Mention, ...]] = ((), ()),
                  scene: str | None = None, home: str | None = None,
                  voice: Mention | None = None, lead: tuple[Mention, ...] = (),
                  roles: tuple[Mention, ...] = (), held: CodedEvent | None = None) -> CodedEvent | None:
        """The event of one trigger in its sentence, or None: its clause and whether it is an act here, its subject,
        its object, a source left unnamed, the targets kept and the (source, target) pairs; ``context`` and ``duals``
        are the latest events' groups for anaphora, ``home`` the article's country, ``voice`` the speaker of the
        quotation the sentence stands in, ``lead`` the previous sentence's subject, ``roles`` case parties."""
        clause_start = _clause_start(text, sent, ts, actors)
        if trig.mode == "demo" and _TAGGED_CROWD.search(text, max(sent.start, ts - 40), ts):
            # '"Hei hei ho ho, Donald Trump harus pergi!" kata para pengunjuk rasa': the crowd speaks; the actors
            # inside its slogan are not the protesters
            return _crowd(self, text, sent, trig, ts, te, places, entities, clause_start, actors, scene)
        if trig.mode == "arrest" and _FIRST_PERSON_VERB.match(form):
            # "Delapan orang total yang kita tangkap," ujar Kapolres: the speaker's force, i.e. the home authorities
            focus = _FOCUS_OBJECT.search(text, max(sent.start, ts - 60), ts)
            if home is None or focus is None or _RELATIVE.search(text[max(sent.start, focus.start() - 30) : focus.start()]):
                return None  # (not "Golok yang dibawa pelaku juga telah kami amankan": the person is in the relative)
            return _by_authorities(self, text, sent, trig, ts, te, [], places, entities, clause_start, home)
        if trig.id == "rapat-kerja":
            hearing = _hearing(self, text, sent, trig, ts, te, actors, entities, clause_start)
            if hearing is not None:
                return hearing
        vetoed, intended = _purpose(text, sent, trig, ts)
        if vetoed or _no_act(text, sent, trig, form, ts, te, clause_start, actors):
            return None
        if form.startswith("di") and _REL_PASSIVE.search(text[max(sent.start, ts - 30) : ts]) \
                and not (trig.mode == "arrest" and _HUMAN_SUBJECT.search(text, max(clause_start, ts - 50), ts)):
            # (but "dua orang lainnya yang ditangkap di Potorono": people arrested, told in a relative clause, are an
            # arrest by the authorities all the same; the guide codes it, asserted)
            if trig.type == "ACCUSE" and trig.mode == "allege":
                return _accused_by_subject(self, text, sent, trig, ts, te, actors, entities, clause_start)
            return None  # "milisi yang didukung Iran": a participle modifying a noun, background
        # (an actor may begin inside the trigger: "memanggil Duta Besar Australia")
        gapped = form not in self.lex.forms  # "menyatakan warga Malaysia itu bersalah": the object is in the gap
        after = [m for m in actors if m.start >= te
                 or (ts < m.start < te < m.end and _VERBAL.match(form) and m.kind == "place")
                 or (gapped and ts < m.start and m.end <= te)]
        subject = _subject_groups(text, sent, trig, form, ts, te, clause_start, actors)
        if subject is None:
            return None
        groups_before, fallback, spoken = subject
        near_after = _near_after(text, form, te, after)
        verbal = bool(_VERBAL.match(form))
        passive = verbal and (form in trig.passive or (form.startswith("di") and form not in _NOT_PASSIVE))
        src: list[Mention] = groups_before[-1] if groups_before else []
        tgt: list[Mention] = []
        dengan = False
        via_antara = False
        territorial = False  # the target is the owner of the territory attacked, not a named party
        received = _received(text, ts, te, src, near_after, clause_start)
        if received is not None:
            # "panggilan telepon yang diterima X dari Y", "X menerima kunjungan Y": Y acts on X
            return self._received_event(text, trig, ts, te, clause_start, received, entities)
        if verbal and not passive and src and not fallback \
                and _DECISION_OF.search(text, max(clause_start, src[0].start - 40), src[0].start) \
                and not _HAS_VERB.search(text, src[-1].end, ts) and "yang" not in text[src[-1].end : ts].split():
            return None  # "keputusan AS mengakui Yerusalem": the decision's content, told as background
        giver = next(([m] for m in sorted(after + places, key=lambda m: m.start)
                      if m.start >= te and _FROM_GIVER.match(text[te : m.start])
                      and (m in after or _is_country(m, entities))), []) if not verbal else []
        if giver and _RECEIPT.search(text, max(clause_start, ts - 30), ts):
            # "Palestina … mendapat pengeboman dari Israel", "menuai kecaman dari X": the giver (a country
            # after "dari" is no location here) acts on the receiver, the clause subject
            receiver = src
            src, near_after, fallback, verbal = giver, ([receiver] if receiver else []), False, True
        elif (not verbal or form in _NOT_PASSIVE) and not src and _DUAL_GENITIVE.match(text, te) and duals[0]:
            # "Diskusi keduanya juga meliputi …": the two parties of the latest event
            src, near_after, fallback, verbal = list(duals[0][:1]), [list(duals[0][1:])], False, True
        if not verbal:
            gap0 = text[te : near_after[0][0].start] if near_after else ""
            via_phone = trig.mode == "phone" and bool(src) and not fallback \
                and bool(_VIA.search(text, max(clause_start, ts - 12), ts))
            if trig.type == "AGREE" and _AWAY_FROM.search(text, max(clause_start, ts - 20), ts):
                return None  # "menjauhkan Israel dan Hamas dari kesepakatan", "mundur dari perjanjian": not the agreement
            if trig.type == "AGREE" and _NEGOTIATED.search(text, max(clause_start, ts - 50), ts):
                return None  # (sixteenth pass) "merundingkan perjanjian dagang dengan X": an accord under talks
            partners = trig.symmetric and len(near_after) > 1 and not gap0.strip() \
                and bool(_PARTNER_GAP.fullmatch(text, near_after[0][-1].end, near_after[1][0].start))
            if trig.type not in _AGENTIVE_NOUNS and _TOPIC_OF.search(text, max(clause_start, ts - 40), ts) and not (
                    trig.symmetric and near_after and _DENGAN_NEAR.match(gap0)) and not via_phone and not partners:
                return None  # "mencerminkan pengakuan AS terhadap …": the act is another predicate's topic
            if near_after and _MEANS.search(gap0):
                return None  # "memperluas kerja sama melalui penandatanganan MoU dengan X": the means is the act
            genitive = _genitive(text, trig, form, near_after, gap0)
            if genitive is not None:
                src = genitive
                rest = [g for g in near_after[1:] if g[0].start - genitive[-1].end <= 60
                        and not _LATER_CLAUSE.search(text[genitive[-1].end : g[0].start])]
                near_after = rest
                fallback = False
            elif trig.type in _AGENTIVE_NOUNS and near_after and _FROM_AGENT.match(gap0) \
                    and trig.mode not in _PATIENT_MODES:
                # "kecaman dari seluruh negara … termasuk Indonesia", "peringatan dari Presiden AS": the agent
                src, near_after, fallback = near_after[0], [], False
            elif trig.type == "ACCUSE" and near_after and _THAT.match(text[te : near_after[0][0].start]) \
                    and not fallback and groups_before:
                # "(X memutuskan hubungan …) terkait tudingan bahwa Doha mendukung terorisme": X accuses Doha
                src, tgt = groups_before[0], near_after[0]
                near_after = [near_after[0]]
            elif near_after and len(near_after[0]) >= 2 and _pair_gap(text, te, near_after[0][0].start, trig, verbal):
                pass  # "pembicaraan antara X dan Y", "Pertemuan Korsel dan Korut": handled below
            elif trig.symmetric and near_after and _DENGAN_NEAR.match(text[te : near_after[0][0].start]):
                # "penandatanganan MoU dengan India", "Dalam pertemuan dengan Netanyahu …, Trump mengatakan"
                if not src and _FRAME.match(text[sent.start : ts]):
                    # the subject follows the frame's comma
                    src = next((g for g in near_after[1:] if "," in text[near_after[0][-1].end : g[0].start]), [])
                fallback = False
                if not src:
                    return None
            elif trig.mode == "discontinue" and src and near_after and _DENGAN_NEAR.match(gap0):
                # "(Menlu Mesir mengatakan bahwa) pemutusan hubungan diplomatik dengan Qatar …": ties cut by the
                # clause's subject or speaker with the "dengan" partner
                fallback = False
            elif via_phone:
                pass  # "Trump dan Moon lewat panggilan telepon sama-sama menyatakan …": they spoke by phone
            elif trig.mode == "visit" and src and not fallback and near_after \
                    and _VISIT_DEST.match(text[te : near_after[0][0].start]):
                pass  # "(Blinken …) di akhir tur regional yang juga mencakup Israel dan Mesir": the destinations
            elif not (src and not fallback and _light_verb(text, trig, max(clause_start, ts - 40), ts)):
                # "pembicaraan langsung telah berlangsung … antara X dan Y", "serangan 7 Oktober yang
                # menewaskan 1.139 warga Israel": a noun whose own predicate says it took place
                return self._noun_told(text, sent, trig, form, ts, te, clause_start, actors, places, entities,
                                       src, tgt, fallback, scene, home)
        if passive:
            src, tgt = _passive_roles(text, trig, ts, te, src, near_after, places)
        elif near_after and len(near_after[0]) >= 2 and _pair_gap(text, te, near_after[0][0].start, trig, verbal):
            pair = near_after[0]  # "pembicaraan antara AS dan Iran", "Pertemuan Korsel dan Korut akhirnya digelar"
            via_antara = True
            if not src or fallback or not verbal:
                src, tgt = pair[:1], pair[1:]
            else:
                tgt = pair
        else:
            tgt, dengan, territorial = self._verb_object(text, sent, trig, form, ts, te, src, near_after, places,
                                                         entities, verbal)
        if not tgt and src and not passive and _OBJECT_BACK.match(text, te):
            # "Hamas memberi Israel waktu …, dan memperingatkan negara tersebut akan …": that other country
            own = {_root(m, entities) for m in src}
            earlier = [m for m in actors if m.end <= ts and m not in src and _is_country(m, entities)
                       and _root(m, entities) not in own]
            tgt = earlier[-1:]
        capital = _AS_CAPITAL.match(text, te) if trig.type == "SUPPORT" and not tgt else None
        if capital is not None and self.place_country is not None:
            name = capital.group("name")
            country = self.place_country(name)
            if country:
                # "memberikan pengakuan kepada Yerusalem sebagai ibu kota": the recognised capital's country
                entities.setdefault(country, Entity(country, country, "place", country, None, ()))
                tgt = [Mention(name, capital.start("name"), capital.end("name"), "place", country)]
        if tgt:
            tgt = _listed_with(tgt, actors, places, text, entities)
        if trig.reported:
            # "Netanyahu mengatakan bahwa Hamas telah berbohong", "«Hamas berbohong», kata Netanyahu":
            # the speaker accuses the clause subject
            said_role = _said_role(text, ts, roles)
            if said_role is not None and (not src or src[-1].end <= said_role.start):
                # (seventeenth pass) "jaksa menilai para terdakwa telah memperkaya diri sendiri": a case party named
                # by role alone, right after the judging verb, is the clause subject (the judge tells)
                src, fallback = [said_role], False
            reported = self._reported_roles(text, sent, te, clause_start, actors, context, src, fallback)
            if reported is None:
                return None
            src, tgt = reported
        src, anaphoric, ana = _implicit_subject(text, sent, form, ts, te, clause_start, src, passive, context,
                                                     duals, lead, voice, roles)
        if not src and passive and trig.type == "ASSAULT" and tgt and not trig.symmetric \
                and not re.match(r"\s+(?:[\w-]+\s+){0,2}?oleh\b", text[te : te + 40], re.IGNORECASE):
            # (a named but unresolved attacker, "diserang oleh massa", is no unknown perpetrator)
            # "Seorang WNA asal Rusia tewas dibunuh di Bali": the guide's one exception to "no source, no event",
            # an attack whose perpetrator is unknown (source null)
            victims = [m for m in _unique(tgt, entities, self.org_roots) if _root(m, entities) is not None]
            if victims:
                modality = self.modality(text[max(clause_start, ts - 80) : ts])
                tgt_actors = self._actors(victims, entities)
                return CodedEvent(trig, ts, te, (), tgt_actors, modality, 0.55,
                                  tuple((None, b) for b in tgt_actors), (), tuple(victims))
        if not src and _crowd_act(trig, form, scene) and not passive:
            return _crowd(self, text, sent, trig, ts, te, places, entities, clause_start, actors, scene)
        if trig.mode in _UNREST_MODES and not passive:
            unrest = _unrest(self, text, sent, trig, ts, te, src, tgt, places, entities, clause_start, scene, actors)
            if unrest is not None:
                return unrest
        if not src:
            return self._without_source(text, sent, trig, form, ts, te, clause_start, actors, places, entities, tgt,
                                        passive, spoken, home, held)
        if trig.type == "ASSAULT" and not tgt and not passive:
            tgt = _victims_before(text, clause_start, ts, actors, entities, src)
        if trig.needs_target and not tgt and not (trig.mode == "arrest" and _HUMAN_OBJECT.match(text, te)) and not (
                trig.symmetric and trig.type == "CONSULT" and not passive
                and _fellow_bodies(text, clause_start, ts, actors, src[0], entities, self.org_roots)):
            # (a meeting two bodies hold together names its partner before the verb: _fellow_bodies; "Polres Bogor
            # telah mengamankan 20 orang", "pihaknya mengamankan tiga orang tersangka": unnamed people secured are
            # arrested, _implied_people gives them as the target; 19 of 19 unseen hits are arrests)
            return None
        # (sixteenth pass) a passive's patient is its subject, before it: "Ahok diperiksa Bareskrim", where the agent
        # named right after the verb (`_BARE_AGENT`, "oleh") makes it an investigation; not "diterima" (`jamu`:
        # "gugatan X diterima MK" is no visit)
        if trig.adjacent and not (passive and trig.id == "periksa") and (not _ADJACENT.fullmatch(text, te, tgt[0].start)
                              or (trig.type == "CONSULT" and _sector(tgt[0], entities) == "CVL")):
            return None  # "menerima bantuan dari Jepang", "menyambut usulan Mesir", "menerima 20 WNI": no guest
        if trig.id == "lapor-orang" and not _reported_person(text, te, src, tgt, entities):
            return None  # (sixteenth pass) "Wartawan Antara melaporkan Presiden Jokowi berjalan kaki": news, no report
        # an actor without a country or organisation (an unknown person) cannot be coded
        sources = [m for m in _unique(src, entities, self.org_roots) if _root(m, entities) is not None]
        if not sources:
            return None
        targets = self._targets(text, trig, sources, tgt, territorial, entities)
        modality = self.modality(text[max(clause_start, ts - 80) : ts])
        if (intended or trig.id in _PREPARED) and modality == "asserted":
            modality = "planned"
        conf = 0.55 + (0.25 if not fallback and not anaphoric else 0.0) + (0.15 if targets else 0.0)
        src_actors = self._actors(sources, entities)
        tgt_actors = self._actors(targets, entities)
        if trig.symmetric and trig.type in _BETWEEN_STATE_BODIES | {"CONSULT"} and not tgt_actors \
                and len(sources) == 1 and not passive:
            # "Pemerintah dan DPR sepakat …", "DPRD bersama pemerintah kota menyepakati …": one country's bodies
            # acting together (one mention per root above kept only the first)
            targets = _fellow_bodies(text, clause_start, ts, actors, sources[0], entities, self.org_roots)
            if not targets and ana is not None and ana["dual"] and _official(sources[0], entities):
                # "Keduanya sepakat …" after a minister's MoU with another: the two bodies named before
                root = _top(_root(sources[0], entities), self.org_roots)
                targets = [m for m in src if m.key != sources[0].key and _official(m, entities)
                           and _top(_root(m, entities), self.org_roots) == root][:1]
            tgt_actors = self._actors(targets, entities)
        pairs = _pairs(sent, trig, form, src_actors, tgt_actors, places, entities, voice, via_antara, dengan)
        return CodedEvent(trig, ts, te, src_actors, tgt_actors, modality, round(min(conf, 0.95), 2), tuple(pairs),
                          tuple(sources), tuple(targets))

    def _received_event(self, text: str, trig: Trigger, ts: int, te: int, clause_start: int,
                        received: tuple[list[Mention], list[Mention]], entities: dict[str, Entity]) -> CodedEvent | None:
        """The event of a call or visit received (``_received``): the giver is the source, the receiver the target."""
        src, tgt = received
        sources = _unique(src, entities, self.org_roots)
        targets = [m for m in _unique(tgt, entities, self.org_roots) if m.key not in {x.key for x in sources}]
        modality = self.modality(text[max(clause_start, ts - 80) : ts])
        src_actors = self._actors(sources, entities)
        tgt_actors = self._actors(targets, entities)
        if not src_actors or any(a.root is None for a in src_actors):
            return None
        recv_pairs = tuple((a, b) for a in src_actors for b in (tgt_actors or (None,)))
        return CodedEvent(trig, ts, te, src_actors, tgt_actors, modality, 0.8, recv_pairs, tuple(sources),
                          tuple(targets))

    def _noun_told(self, text: str, sent: Sentence, trig: Trigger, form: str, ts: int, te: int, clause_start: int,
                   actors: list[Mention], places: list[Mention], entities: dict[str, Entity], src: list[Mention],
                   tgt: list[Mention], fallback: bool, scene: str | None, home: str | None) -> CodedEvent | None:
        """An act noun with no agent before or after it and no light verb: an event only when its own predicate says
        it took place (``_occurred``), or as a crowd's act, unrest, or an arrest or search by the implied
        authorities."""
        occurred = _occurred(self, text, sent, trig, ts, te, actors, entities, clause_start, places)
        if occurred is None and not src and _crowd_act(trig, form, scene):
            return _crowd(self, text, sent, trig, ts, te, places, entities, clause_start, actors, scene)
        if occurred is None and trig.mode in _UNREST_MODES:
            return _unrest(self, text, sent, trig, ts, te, src, tgt, places, entities, clause_start, scene,
                                actors)
        if occurred is None and not src and trig.mode == "arrest" and home is not None:
            # "Penangkapan tiga tersangka tersebut …", "dilakukan penangkapan di Cimanggis", "penangkapan
            # Khariq Anhar": an arrest told by its noun with no arresting side named, by the implied police
            # of the place, else the detainee's or the article's country
            held = [m for m in actors if te < m.start <= te + 3 and not _is_country(m, entities)
                    and _root(m, entities) is not None]
            if held or _ARRESTED.match(text, te):
                return _by_authorities(self, text, sent, trig, ts, te, held[:1], places, entities,
                                            clause_start, home)
        if occurred is None and trig.id == "geledah" and home is not None \
                and (not src or fallback or _SEARCH_TOPIC.search(text, max(sent.start, ts - 24), ts)) \
                and not _SEARCH_FRAME.search(text, max(sent.start, ts - 30), ts):
            # (fifteenth pass) "soal penggeledahan Kantor Diskominfo Sleman", "Penggeledahan dilakukan pada
            # Kamis", "penggeledahan ini merupakan …": a search told by its noun, by the implied authorities
            # (the guide §16: ACCUSE investigate); not "dari hasil penggeledahan", "Surat Perintah
            # Penggeledahan", "lokasi penggeledahan" (the search told before, or a document)
            searched = [m for m in actors if te < m.start and _SEARCHED_GAP.fullmatch(text, te, m.start)
                        and not _is_country(m, entities) and _root(m, entities) is not None]
            if searched or _SEARCH_TOLD.match(text, te):
                return _by_authorities(self, text, sent, trig, ts, te, searched[:1], places, entities,
                                            clause_start, home)
        return occurred

    def _verb_object(self, text: str, sent: Sentence, trig: Trigger, form: str, ts: int, te: int, src: list[Mention],
                     near_after: list[list[Mention]], places: list[Mention], entities: dict[str, Entity],
                     verbal: bool) -> tuple[list[Mention], bool, bool]:
        """An active trigger's target: its "dengan/bersama" partner or first object group, else the destination, the
        city attacked or the territory's owner: (target, dengan: a partner named with "dengan", territorial: the
        target is the owner of the territory attacked, not a named party)."""
        dengan = False
        territorial = False
        cands = near_after
        if trig.symmetric:
            partner = [g for g in near_after if _DENGAN.search(text[te : g[0].start])
                       and not _DENGAN_VERB.search(text[te : g[0].start])]
            dengan = bool(partner)
            # a meeting held ("menggelar rapat") meets only its "dengan/bersama" partner: not what it discusses
            # ("menggelar rapat membahas dukungan terhadap Ahok") nor its own organ ("melaksanakan Rapat Bamus")
            cands = partner or ([] if trig.id in _PARTNER_ONLY else near_after)
        # an unresolved name ("desa-desa Bedouin" taken for a person) is not the target when a known actor follows
        if trig.type in _TERRITORIAL:
            cands = [g for g in cands if any(_root(m, entities) for m in g)] or cands
        if trig.mode == "troops":
            # "mengirimkan personel sebanyak 3.184 Personel Polri ke …": the sender's own force is no target
            own0 = {_root(m, entities) for m in src}
            cands = [g for g in cands if any(_root(m, entities) not in own0 for m in g)]
        tgt = cands[0] if cands else []
        if trig.mode in ("visit", "troops") or trig.to_place:
            # "mengirimkan menteri luar negerinya ke Qatar", "mengirimkan pasukan perdamaian ke Gaza": the
            # destination, before later actors
            dest = next(([m] for m in places if te <= m.start <= te + 40
                         and re.search(r"\bke\s+$", text[max(te, m.start - 4) : m.start])), [])
            if not dest and trig.mode == "troops" and self.place_country is not None:
                dest = self._territory(text, te, min(sent.end, te + 40), entities)
            own = {_root(m, entities) for m in src}
            if dest and (not tgt or dest[0].start < tgt[0].start or all(_root(m, entities) in own for m in tgt)):
                tgt = dest  # (a force of the sender's own — "2.000 personel TNI ke Gaza" — is not the target)
        if trig.type in _TERRITORIAL and verbal and self.place_country is not None:
            # "Jika Israel menyerang Rafah, AS akan …": the city the verb takes as object, before later actors
            city = _object_city(self, text, te, entities)
            if city and (not tgt or city[0].start < tgt[0].start):
                tgt = city
        own_roots = {_root(m, entities) for m in src}
        # (a state body hosting a guest of its own country — "Presiden menerima pengurus PBNU di Istana" — meets
        # that guest, not the place it receives it in: thirteenth pass)
        if not any(_root(m, entities) not in own_roots | {None} for m in tgt) \
                and not (trig.adjacent and trig.mode == "visit"
                         and all(_sector(m, entities) in _STATE for m in src)) \
                and (trig.type in _TERRITORIAL or trig.mode in ("visit", "withdraw") or trig.type == "AID"
                     or trig.to_place
                     or (trig.mode == "weapons" and bool(_LAUNCH.match(form)))):
            # (a later mention of the source's own country — "…, karena Washington berupaya …" — is no target)
            # "serangan ke Yaman", "serangan Israel di Gaza", "mengirimkan bantuan ke Gaza": the territory's owner
            anchor = max([te] + [m.end for m in src if m.start >= te])
            named = tgt
            # (aid goes "untuk korban gempa di Myanmar": its beneficiaries' place is the recipient)
            purpose_words = _PURPOSE_WORDS_AID if trig.type == "AID" else _PURPOSE_WORDS
            tgt = next(([m] for m in places if anchor <= m.start <= anchor + 80
                        and not purpose_words.search(_unlisted(text[anchor : m.start]))), [])
            if not tgt and self.place_country is not None:
                tgt = self._territory(text, anchor, sent.end, entities)
            if not tgt and self.place_country is not None and trig.type in _TERRITORIAL and verbal:
                # "Rusia menggempur Kharkiv": a city attacked as the verb's object
                tgt = _object_city(self, text, anchor, entities)
            if not tgt and self.place_country is not None:
                back = _TERRITORY_BACK.search(text, anchor, min(sent.end, anchor + 80))
                if back is not None and not re.search(r";|\.\s", text[anchor : back.start()]):
                    # "blokade Israel … ke wilayah tersebut": the territory named last before
                    tgt = _territory_back(self, text, sent.start, back.start(), entities)
            if tgt and trig.type == "COERCE" and all(_root(m, entities) in own_roots for m in tgt):
                # "Polisi menangkap tiga pengedar di Cimanggis, Depok": a place of the source's own country is
                # an arrest's scene, not its target (the people it falls on are implied; a regime's bombing
                # of its own towns keeps them: "serangan oleh rezim di desa-desa di Sweida")
                tgt = []
            territorial = bool(tgt) and trig.type in _TERRITORIAL
            tgt = tgt or named  # no territory found: the named actor stays (an intra-state act may keep it)
        return tgt, dengan, territorial

    def _reported_roles(self, text: str, sent: Sentence, te: int, clause_start: int, actors: list[Mention],
                        context: tuple[tuple[Mention, ...], tuple[Mention, ...]], src: list[Mention],
                        fallback: bool) -> tuple[list[Mention], list[Mention]] | None:
        """A reported trigger ("mengatakan bahwa Hamas berbohong", "menyebut Kusnadi menerima …"): the teller is the
        source and the clause subject the target; None with no teller or no clause subject."""
        teller = _speaker(text, sent, te, clause_start, actors)
        tag = max(_SPEECH_TAG.finditer(text, max(0, sent.start - 300), sent.start), key=lambda t: t.start(),
                  default=None) if not teller and context[0] else None
        if tag is not None and _BARE_QUOTE.fullmatch(text, sent.start, sent.end) \
                and all(0 <= m.start - tag.end() <= 60 for m in context[0]):
            # a quoted paragraph with no tag of its own goes on with the quotation just before it, when the
            # latest act's source is that quotation's speaker ("«Kami memperingatkan …,» kata juru bicara
            # Brigade al-Qassam. «Jika tidak, Israel akan membayar mahal»")
            teller = list(context[0])
        said = _SAYS_OF.search(text, max(sent.start, src[0].start - 40), src[0].start) \
            if not teller and src and not fallback else None
        if said is not None:
            # (fifteenth pass) "KPK menyebut Kusnadi menerima komitmen fee …": the clause is not split at the
            # judging verb; the actor right before the verb tells, the one right after it is said to have acted
            teller = next((g for g in reversed(_groups([m for m in actors if m.end <= said.start()], text))
                           if said.start() - g[-1].end <= 1), [])
        if not teller or fallback or not src:
            return None
        return teller, src

    def _without_source(self, text: str, sent: Sentence, trig: Trigger, form: str, ts: int, te: int, clause_start: int,
                        actors: list[Mention], places: list[Mention], entities: dict[str, Entity], tgt: list[Mention],
                        passive: bool, spoken: bool, home: str | None,
                        latest: CodedEvent | None = None) -> CodedEvent | None:
        """A trigger with no source named: the implied authorities of arrests, charges, refused appeals and
        investigations (the place's, else the article's country), the main clause's subject of a fronted arrest;
        otherwise no event. ``latest`` is the latest arrest before the sentence."""
        charged = trig.type == "ACCUSE" and ("tersangka" in form or form.startswith(_CHARGED))
        unnamed = passive and trig.type in ("COERCE", "SANCTION", "ACCUSE") and (trig.type != "ACCUSE" or charged) \
            and trig.mode != "restrict" and home is not None and (not tgt or spoken)
        if unnamed and _HUMAN_SUBJECT.search(text, max(clause_start, ts - 50), ts):
            # "satu orang lainnya ditangkap di Banguntapan", "kelima pelaku sudah ditetapkan menjadi tersangka":
            # unnamed people arrested or charged by the authorities of the place, else of the article's country
            # (not the officer who tells it: "…, kata Teguh")
            return _by_authorities(self, text, sent, trig, ts, te, [], places, entities, clause_start, home)
        if unnamed and not spoken and _HUMAN_SUBJECT_APART.search(text, max(sent.start, ts - 130), ts):
            # (seventeenth pass) "Para tersangka, yang berusia antara 23 hingga 26 tahun, itu ditangkap", "86 orang
            # di antaranya ditangkap": people named before, set apart from the verb; the latest arrest's people when
            # there are some ("Empat pengungsi Suriah ditangkap di Belanda. … Para tersangka, …, itu ditangkap")
            if latest is not None and trig.mode == "arrest":
                return replace(latest, trigger=trig, trigger_start=ts, trigger_end=te, confidence=0.55,
                               modality=self.modality(text[max(clause_start, ts - 80) : ts]))
            return _by_authorities(self, text, sent, trig, ts, te, [], places, entities, clause_start, home)
        if passive and trig.type == "REJECT" and home is not None \
                and _LEGAL_REMEDY.search(text, max(clause_start, ts - 90), ts):
            # "banding yang dilakukannya di Pengadilan Militer Tinggi I Medan ditolak", "gugatan mereka ditolak":
            # an appeal or suit turned down with no body named is refused by the courts of the place, else of the
            # article's country, to the people who filed it (5 of 5 unseen hits are such refusals)
            return _remedy_refused(self, text, sent, trig, ts, te, places, entities, clause_start, home)
        if trig.id in _STAGED and home is not None:
            # "kasus tersebut sudah naik ke tahap penyidikan": the home authorities' investigation of those reported
            return _by_authorities(self, text, sent, trig, ts, te, [], places, entities, clause_start, home)
        if passive and trig.mode == "arrest" and home is not None \
                and _NOT_YET_ARRESTED.search(text, max(clause_start, ts - 30), ts) \
                and _CASE_PARTY.search(text, sent.start, ts):
            # '"Pelaku sudah jelas terlihat dalam video, tapi kenapa belum ditangkap," kata Mamet': an arrest
            # the home authorities have not made (the guide: a negated COERCE arrest), also in a quote; only of a
            # party to a case ("orang ini tuh penjahat gitu tapi entah kenapa belum ditangkap": criminals at large)
            return _by_authorities(self, text, sent, trig, ts, te, [], places, entities, clause_start, home)
        if not passive and trig.mode == "arrest" and _FRONTED_AFTER.match(text, sent.start, ts):
            fronted = _fronted_arrest(self, text, sent, trig, ts, te, actors, entities)
            if fronted is not None:
                return fronted
        if spoken and passive:
            return None  # "«Sudah jadi tersangka», kata Teguh": the speaker is not the one charged
        if passive and (trig.type in ("COERCE", "SANCTION") or charged) and tgt and trig.mode != "restrict" \
                and not re.match(r"\s+(?:[\w-]+\s+){0,2}?oleh\b", text[te : te + 40], re.IGNORECASE):
            # "Khariq ditahan penyidik", "terdakwa tetap dijatuhi hukuman mati": arrests, detentions and sentences
            # are the state's; the arresting state is the country of the place named, else the detainee's
            return _by_authorities(self, text, sent, trig, ts, te, tgt, places, entities, clause_start)
        return None

    def _targets(self, text: str, trig: Trigger, sources: list[Mention], tgt: list[Mention], territorial: bool,
                 entities: dict[str, Entity]) -> list[Mention]:
        """The target mentions kept: one per root, not the source itself or its own country unless the act is an
        intra-state event (``intra``), nor a state's care for its own people."""
        # same country, different actors (rebels vs regime) is kept; an actor and its own country is not
        src_keys = {s.key for s in sources}
        src_roots = {_top(_root(s, entities), self.org_roots) for s in sources}
        # an armed or state actor's force against its own country's territory or people is an
        # intra-state event (the guide: "Pasukan Suriah … menyerang desa-desa di Suriah" is SYR → SYR)
        forces = bool(sources) and all(s.sector in _FORCE_SECTORS for s in sources)
        src_sectors = {_sector(s, entities) for s in sources}

        def intra(m: Mention) -> bool:
            if trig.type in _TERRITORIAL and forces and (territorial or m.sector is None):
                return True  # the country's own territory or people
            # regime vs rebels: a conflictual act between two sectors of one country
            if trig.type in _CONFLICT and m.sector in _NON_STATE and all(src_sectors) \
                    and m.sector not in src_sectors:
                return True
            # protesters, rebels or civilians against their own state ("para demonstran menuntut pemerintah",
            # "pemberontak menuduh rezim"): the guide's intra-state events, same root on both sides
            target_sector = m.sector or ("GOV" if _is_country(m, entities)
                                         or _GOVERNMENT_OF.search(text, max(0, m.start - 16), m.start) else None)
            # (a private person too: "Mamet mendesak polisi …")
            if trig.type in _UPWARD | {"CONSULT"} and bool(src_sectors) and src_sectors <= _NON_STATE | _CROWD_SECTORS \
                    and target_sector in _STATE and trig.mode != "visit":
                # (but citizens coming to an office is no state visit: "Mahasiswa mendatangi kantor DPRD … untuk
                # menyampaikan tuntutan")
                return True  # ("Mahasiswa melakukan audiensi dengan pimpinan DPRD": citizens meeting their officials)
            if trig.type == "CONSULT" and trig.mode != "visit" and bool(src_sectors) and src_sectors <= _STATE \
                    and m.sector in _ORGANISED_CITIZENS:
                # (sixteenth pass) "Ketua DPRD menemui massa aksi", "Wiranto menerima perwakilan massa aksi": the same
                # meeting told from the officials' side (a crowd, students, workers; not residents met on a tour)
                return True
            if trig.type in _UPWARD and None in src_sectors and src_sectors <= _NON_STATE | {None} \
                    and target_sector in _STATE and not any(_is_country(s, entities) for s in sources):
                return True
            # courts, police and legislatures acting on others of their country ("Jaksa militer AS mendakwa seorang
            # tentara AS"): the law's own acts are intra-state events
            person = entities.get(m.key) is not None and entities[m.key].kind == "person"
            if trig.type in _UPWARD | {"SANCTION"} and bool(src_sectors) and src_sectors <= _LAW \
                    and ((target_sector is not None and target_sector not in src_sectors) or person):
                return True
            # one named person or body against another of the same country ("Trump mengancam akan mendeportasi
            # Musk", "Musk mengkritik Trump", "Bawaslu memberikan sanksi kepada KPU"): a domestic conflict, same root
            # on both sides
            # (attending a body's event is no meeting with it: "menghadiri puncak HUT Partai Golkar")
            if trig.type in _BETWEEN_STATE_BODIES and not (all(_official(s, entities) for s in sources)
                                                           and _official(m, entities)):
                return False
            return trig.type in _UPWARD | _BETWEEN_BODIES and trig.id != "hadiri" and not _is_country(m, entities) \
                and m.key not in src_keys \
                and not any(_is_country(x, entities) for x in sources) \
                and entities.get(m.key) is not None and entities[m.key].kind in ("person", "org") \
                and entities[m.key].country is not None  # (two UN bodies are no domestic conflict)

        def own_people(m: Mention) -> bool:
            # "KBRI … memberikan bantuan kepada para WNI": a state caring for its own citizens is a domestic
            # administrative act (the guide, section 1), not an event
            return trig.type in _COOPERATIVE and _sector(m, entities) in ("CVL", "REF") \
                and _top(_root(m, entities), self.org_roots) in src_roots and src_sectors <= _STATE

        return [m for m in _unique(tgt, entities, self.org_roots) if (m.key not in src_keys or intra(m))
                   and not own_people(m)
                   and _root(m, entities) is not None
                   and not (_top(_root(m, entities), self.org_roots) in src_roots and not intra(m)
                            # (sixteenth pass: a town of the source's own country is no counterpart either, now that
                            # its bodies named in full are organisations: "Kementerian Sosial … di Bekasi")
                            and (_is_country(m, entities) or m.kind in ("org", "place") or any(
                                _is_country(s, entities) or (entities.get(s.key) is not None
                                and entities[s.key].kind == "person") for s in sources)))]
