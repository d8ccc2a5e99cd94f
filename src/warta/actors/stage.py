"""ActorStage: mentions of countries, organisations, people and places, and the entities.

Lexicon matches come first (they carry country, organisation, sector and dated offices);
grammatical frames and the trained NER model add people and organisations the lexicon
lacks. Then, within the document:

- a title with a country names a person: "Menteri Luar Negeri AS, Antony Blinken" is the
  named person (apposition); "Menlu AS itu" alone is the person of the document who held
  that office, else the office holder at the publication date (Blinken in 2024, Rubio in
  2025); a bare title ("sang emir", "Presiden tersebut") is the last person mentioned who
  holds an office of that kind;
- sector words attach to the actor they modify ("pasukan Israel" → ISR, MIL), and
  "pihak Israel" is Israel;
- place names after di/ke/dari stay places while the same names as subjects act for their
  governments ("Washington berharap");
- surnames and first names link back to the full name used in the document.

The passes live in private modules, one concern each, layered so that a pass calls only those below it (docs/actors.md,
"Code map"); this module keeps the order they run in and the entities.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date

from warta.actors._acronyms import _acronym_keys
from warta.actors._bodies import _body_members, _campus_people, _local_bodies
from warta.actors._common import _MISSIONS_ABROAD, _NAME_GOES_ON, _PLACE_HEAD_BEFORE, _PLACE_PREP, Hits, _kind_of, _Named
from warta.actors._coref import _LaterMentions
from warta.actors.lexicon import ActorEntry
from warta.actors.matcher import MatchRole
from warta.actors.refer import former_titles, repeated_titles, shared_surnames
from warta.language.dates import parse_iso
from warta.model import Document, Entity, Mention

# a weekday with a full numeric date, how Indonesian outlets date the story: "Senin (6/11/2023)", "Kamis, (2/11/2023)"
_WEEKDAY_DATE = re.compile(r"\b(Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu),? *\((\d{1,2})/(\d{1,2})/(20\d\d)\)")
_WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


def _article_date(doc: Document) -> date | None:
    """The date the entities' roles are read at: the publication date, else the story's day the date stage inferred,
    else the latest weekday-dated day the text writes in full ("Senin (6/11/2023)", the weekday agreeing), so an
    undated 2023 article gives Joko Widodo his presidency and Prabowo Subianto his ministry, not the offices they
    hold now. (Bare titles are still resolved at the publication date only: an undated text's "Menlu" names no
    holder from the calendar, as before.)"""
    on = parse_iso(doc.published) or parse_iso(doc.published_inferred)
    if on is not None:
        return on
    days = []
    for m in _WEEKDAY_DATE.finditer(doc.text):
        try:
            day = date(int(m.group(4)), int(m.group(3)), int(m.group(2)))
        except ValueError:
            continue
        if _WEEKDAYS[day.weekday()] == m.group(1).replace("'", ""):
            days.append(day)
    return max(days, default=None)


# a stated title that names whoever leads a country ("pemimpin Israel"): the head of government or state it is
_LEADER_WORDS = frozenset({"pemimpin", "leader"})
# title kinds too generic to tell which of a person's offices a title names ("Kepala ...", "Menteri ...", "Ketua ..."):
# the stated words stay the role
_GENERIC_KINDS = frozenset({"head", "minister", "leader", "deputy"})
# the offices a stated title must fit to win over the lexicon: a person the lexicon does not give one of these at the
# date keeps the lexicon's office
_TOP_KINDS = frozenset({"head-of-state", "head-of-government", "vice-president"})
_PIHAK = re.compile(r"\bpihak\s+$", re.IGNORECASE)
# "Saudi Gazette", "Korea Times", "China Daily": a newspaper the lexicon lacks, named after a country
_MEDIA_AFTER = re.compile(r" (?:Gazette|Times|Post|News|Daily|Tribune|Herald|Press|Today|Journal|Telegraph|Observer"
                          r"|Monitor|Standard|Guardian|Chronicle)\b")
# generic names of national institutions ("Mahkamah Agung", "Kejaksaan Agung"): without a country, the lexicon's
# Indonesian body, or in an Indonesian outlet's article on another country that never names Indonesia, that country's
_GENERIC_BODY = re.compile(r"(?:Mahkamah|Kementerian|Kejaksaan|Kepolisian|Parlemen|Majelis|Dewan|Komisi|Badan|"
                           r"Angkatan|Kantor|Pengadilan)(?: [A-Z][a-z]+)+")
_HONORIFIC_BEFORE = re.compile(r"(?<![\w-])(?:Prof|Dr|Pak|Bu|Bapak|Ibu|Mr|Mrs|Ms)\.? $")
# a surname and an age right after a word: the word is a given name ("Riyad Jaffar (27)"; session 6b)
_AGED_SURNAME_AFTER = re.compile(r" [A-Z][a-z]+(?:[- ][A-Z][a-z]+)? \([1-9]\d\)")
# a name glued to an outlet's credit by a lost space ("Dirangkumdetikcom", "Pantauandetikcomdi"): a cleaning artefact
_GLUED_OUTLET = re.compile(r"[a-z](?:detik|kompas|liputan|tribun|okezone|antaranews|cnn)|[a-z]com\b")


class ActorStage(_LaterMentions):
    name = "actors"
    reads = frozenset({"text", "published", "published_inferred", "sentences", "lang", "title"})
    writes = frozenset({"mentions", "entities"})

    def __call__(self, doc: Document) -> Document:
        text = doc.text
        on = parse_iso(doc.published)  # mentions: an undated text's bare titles name only holders it names itself
        hits = self._without_redefined(text, self.matcher.hits(text))
        if doc.lang == "id":
            hits = self._lone_english_abbreviations(text, hits)
        full_names_seen = self._full_names_seen(hits)
        named: dict[str, _Named] = {}
        home = "IDN" if doc.lang == "id" else None  # whose bare "Kementerian Kebudayaan" it is
        ranked = self._country_counts(hits)
        focus = self._focus_country(ranked)
        lead = focus or self._lead_country(text, hits, ranked)
        if home is not None and focus is not None and not self._names_country(hits, home):
            home = focus  # an Indonesian outlet's article on China that never names Indonesia: China's ministries
        org_country: dict[str, str] = {}
        mentions = self._lexicon_mentions(text, hits, doc.lang, on, full_names_seen, named, org_country,
                                          home=home, focus=focus, lead=lead)
        mentions.extend(self._frame_people(text, mentions, named))
        mentions = self._institutions(text, mentions, org_country, focus, home)
        media = self._media_mentions(text, hits)
        mentions = self._with_new_people(text, mentions, media, named, org_country)
        mentions = self._with_later_mentions(text, doc.title or "", mentions, media, named)
        mentions = self._describe_people(text, doc.title or "", mentions, named, org_country)
        mentions = self._bare_local_titles(text, mentions, named)
        _local_bodies(mentions, org_country, focus, home)
        self._root_people(text, doc.lang, hits, ranked, mentions, named, focus, home)
        return dataclasses.replace(doc, mentions=tuple(mentions),
                                   entities=self._entities(mentions, doc, named, org_country))

    def _full_names_seen(self, hits: Hits) -> set[str]:
        """Lexicon people the text names in full (an alias, not a short form): a bare surname or title may then
        name them."""
        lex = self.lexicon
        full_names_seen: set[str] = set()
        for _s, _e, values in hits:
            for role, ref in values:
                if role == "alias" and ref in lex.entries and lex.entries[ref].kind == "person":
                    full_names_seen.add(ref)
        return full_names_seen

    def _lexicon_mentions(self, text: str, hits: Hits, lang: str, on: date | None, full_names_seen: set[str],
                          named: dict[str, _Named], org_country: dict[str, str], *, home: str | None,
                          focus: str | None, lead: str | None) -> list[Mention]:
        """The mentions the lexicon's hits make, left to right: titles and sector words first (they may use several
        hits), then each actor, unless its context says the hit names something else, with a foreign country's
        body, a generic body's owner, a metonym's place or government, and "pihak" before it."""
        lex = self.lexicon
        mentions: list[Mention] = []
        i = 0
        while i < len(hits):
            used = self._title_or_sector(text, hits, i, on, full_names_seen, named, mentions, home,
                                         focus=focus, org_country=org_country, lead=lead)
            if used:
                i += used
                continue
            s, e, values = hits[i]
            actor_ref = self._pick_owner(values, focus, home)
            if actor_ref is not None:
                entry = lex.entries[actor_ref]
                match_role = self._role(values, actor_ref)
                if self._names_another(text, hits, i, entry, match_role, full_names_seen):
                    i += 1
                    continue
                foreign = self._foreign_body(text, hits, i, entry)
                if foreign is None and entry.kind == "org" and home is not None and home != entry.country \
                        and lang == "id" and entry.country == "IDN" and _GENERIC_BODY.fullmatch(text[s:e]):
                    # "Mahkamah Agung" in an article on the US that never names Indonesia: the focus country's
                    mentions.append(Mention(text[s:e], s, e, "place", home, "lexicon", sector=entry.sector))
                    i += 1
                    continue
                if foreign is not None:
                    # "Mahkamah Agung AS", "Kementerian Luar Negeri Rusia": the body of the country named after it
                    mentions.append(Mention(text[s : hits[i + 1][1]], s, hits[i + 1][1], "place", foreign, "lexicon",
                                            sector=entry.sector))
                    i += 2
                    continue
                metonymic = False
                kind = _kind_of(entry)
                if match_role == "metonym":
                    if _PLACE_PREP.search(text[max(0, s - 40) : s]) or (
                            mentions and mentions[-1].key in _MISSIONS_ABROAD and text[mentions[-1].end : s] == " "):
                        # (also the posting of a mission: "KBRI Phnom Penh")
                        kind = "place"
                    else:
                        metonymic = True
                pihak = _PIHAK.search(text[max(0, s - 8) : s])
                start = s - len(pihak.group(0)) if pihak and kind != "person" else s
                mentions.append(Mention(text[start:e], start, e, kind, entry.id, "lexicon", metonymic=metonymic))
            i += 1
        return mentions

    def _names_another(self, text: str, hits: Hits, i: int, entry: ActorEntry, match_role: MatchRole | None,
                       full_names_seen: set[str]) -> bool:
        """The hit at ``hits[i]`` is no mention of ``entry``: an outlet (kept apart as media), a person's name inside a
        place's or a thing's, another person's first name before a full name or a short form the text does not tie to
        the lexicon's person, a country's name opening a newspaper's, or a given name ("Prof Santiago", "Riyad Jaffar
        (27)")."""
        lex = self.lexicon
        s, e, _values = hits[i]
        return bool(entry.kind == "media" or (entry.kind == "person" and (
                _PLACE_HEAD_BEFORE.search(text, max(0, s - 14), s) or lex.names_a_thing(text, s, e)
                or (match_role == "alias" and self._own_first_name(text, hits, i)))) \
                or (entry.kind == "country" and _MEDIA_AFTER.match(text, e)) or (
            match_role == "short" and entry.id not in full_names_seen
            and (self._ambiguous_short(text[s:e]) or _NAME_GOES_ON.match(text, e)
                 or self._first_name_before(text, hits, i))
        ) or (entry.kind == "country" and _HONORIFIC_BEFORE.search(text, max(0, s - 8), s)) \
                or (entry.kind == "country" and _AGED_SURNAME_AFTER.match(text, e)))

    def _media_mentions(self, text: str, hits: Hits) -> list[Mention]:
        """The outlets the lexicon finds: never a person's name, and no actor mention of their own (session 6b)."""
        lex = self.lexicon
        return [Mention(text[h[0] : h[1]], h[0], h[1], "org", mref, "lexicon") for h in hits
                if (mref := self._actor_ref(h[2])) is not None and lex.entries[mref].kind == "media"]

    def _with_new_people(self, text: str, mentions: list[Mention], media: list[Mention], named: dict[str, _Named],
                         org_country: dict[str, str]) -> list[Mention]:
        """People and bodies the lexicon lacks: the NER model's (a person's span replaces the non-person mentions
        inside it), a students' body's campus split off a name, names by shape and by coordination; then keys by
        a defined acronym and the UN's organs named without "PBB"."""
        found = self._ner_mentions(text, [*mentions, *media], named)
        mentions = [m for m in mentions if m.kind == "person" or not any(
            p.kind == "person" and p.start <= m.start and m.end <= p.end for p in found)]  # "Willy Indra Yunani"
        mentions.extend(found)
        mentions = _campus_people(text, mentions, named, org_country, *self._campus_bodies)
        mentions.extend(self._shaped_names(text, mentions, named))
        mentions.extend(self._coordinated_people(text, mentions, named))
        mentions = _acronym_keys(text, mentions)
        return self._organ_short_forms(text, mentions)

    def _with_later_mentions(self, text: str, title: str, mentions: list[Mention], media: list[Mention],
                             named: dict[str, _Named]) -> list[Mention]:
        """Later and partial mentions of the people found joined to them, and the people that initials, a roster,
        an apposition or an age introduce; without persons glued to an outlet's credit or inside an outlet's name;
        sorted, with places that were taken for people given back."""
        mentions = self._full_forms(text, mentions, named)
        mentions.extend(self._name_parts(text, mentions, named))
        mentions = self._initials(text, mentions, named)
        mentions.extend(self._sang_nouns(text, mentions, named))
        mentions = self._join_adjacent(text, mentions, named)
        mentions = self._merge_single_names(text, mentions, named)
        mentions = self._headline_names(title, mentions, named)
        mentions = self._roster_people(text, mentions, named)
        mentions = self._known_as(text, mentions, named)
        mentions = self._initial_people(text, mentions, named)
        mentions = self._apposed_people(text, mentions, named)
        mentions = self._surname_after(text, mentions, named)
        mentions.extend(former_titles(text, mentions))  # "Mantan Kasad itu" (session 7)
        mentions.extend(repeated_titles(text, mentions, lambda key: self._person_name_of(key, named)))  # session 7
        mentions = shared_surnames(mentions, lambda key: self._person_name_of(key, named),
                                   lambda m: m.source == "lexicon")  # "Abedi" of two Abedis (session 7)
        mentions = [m for m in mentions if not (m.kind == "person" and (_GLUED_OUTLET.search(m.text) or any(
            d.start < m.end and m.start < d.end for d in media)))]  # "kantor berita Qatar, Al - Jazeera" (6b)
        mentions.sort(key=lambda m: (m.start, m.end))
        mentions = self._no_places(text, mentions, named)
        return self._aged_people(text, mentions, named)

    def _describe_people(self, text: str, title: str, mentions: list[Mention], named: dict[str, _Named],
                         org_country: dict[str, str]) -> list[Mention]:
        """Countries, roles and bodies of the people the lexicon lacks, from the words around their names (in the
        text and the headline) and the body named right before them; a one-word body or place the model tagged in a
        nationality frame becomes the person."""
        mentions = self._nationalities(text, mentions, named)
        self._headline_nationalities(title, named)
        self._aide_roles(text, mentions, named)
        self._appositive_roles(text, mentions, named)
        mentions = self._stated_titles(text, mentions)
        _body_members(text, mentions, named, org_country)
        return mentions

    def _root_people(self, text: str, lang: str, hits: Hits, ranked: list[tuple[str, int]],
                     mentions: list[Mention], named: dict[str, _Named], focus: str | None, home: str | None) -> None:
        """Countries of the people still without one: a local title's place, the story's country, the outlet's (the
        guide roots every actor at its country)."""
        outlet = "IDN" if lang == "id" else None  # the outlet's country, whatever the story's
        story = self._story_country(text, hits, ranked)
        self._titled_locals(named, story or focus, home)
        self._story_people(mentions, named, outlet if story == outlet else None,
                           outlet if not any(country != outlet for country, _n in ranked) else None)

    def _stated_role(self, person: ActorEntry, ms: list[Mention], on: date | None) -> str | None:
        """The role the text gives a lexicon person with the name, which wins over the lexicon's office at the date
        (the guide marks the role the mention states): "Ketua Umum Partai Golkar Airlangga Hartarto" in 2023 is the
        party's chair, not the minister the lexicon knows. The first title written with the name counts; when it
        names an office of a specific kind the person held at the date ("Perdana Menteri Benjamin Netanyahu", "pemimpin
        Israel, Benjamin Netanyahu") the lexicon's full title of that office is the role; words that the office's
        title contains ("Menteri", "Gubernur The Fed" of "Anggota Dewan Gubernur The Fed"), a lower-case title word
        alone ("pimpinan") or a head of state's, government's or vice-president's title the person did not
        hold then gives way to the lexicon's office. Otherwise the stated words stay ("Menkominfo", "Sekjen Gerindra").
        A title standing alone ("kata Menlu") states none."""
        if person.kind != "person":
            return None
        stated = next((m.role for m in sorted(ms, key=lambda x: x.start)
                       if m.role and (m.source == "lexicon" or (m.source == "title" and len(m.text) > len(m.role) + 2))),
                      None)
        if stated is None:
            return None
        words = stated.split()
        titles = self.lexicon.titles
        found = next(((k, n) for n in range(len(words), 0, -1) for head in dict.fromkeys((words[0], words[0].capitalize()))
                      if (k := titles.get(" ".join((head, *words[1:n]))))), None)
        kind, n_title = found if found is not None else (None, 0)
        kinds = ("head-of-government", "head-of-state") if words[0].lower() in _LEADER_WORDS else (kind,)
        held = next((o for k in kinds if k and k not in _GENERIC_KINDS
                     and (o := self.lexicon.office_kind_held(person, k, on)) is not None), None)
        if held is not None:
            return held.role
        office = self.lexicon.office_at(person, on)
        if office is not None and {w.lower() for w in words} <= {w.lower() for w in office.role.split()}:
            return office.role  # "Gubernur The Fed Christopher Waller": the stated words are the office's, shortened
        if kind is not None and ((n_title == len(words) and stated[:1].islower()) or kind in _TOP_KINDS):
            return None  # a lower-case title word alone ("pimpinan"), or a top office not held then ("Wakil Presiden
            # Prabowo" in 2025, a title read onto the wrong name): the lexicon's office at the date
        return stated

    def _entities(self, mentions: list[Mention], doc: Document, named: dict[str, _Named],
                  org_country: dict[str, str] | None = None) -> tuple[Entity, ...]:
        on = _article_date(doc)
        by_key: dict[str, list[Mention]] = {}
        for m in mentions:
            by_key.setdefault(m.key, []).append(m)
        out: list[Entity] = []
        for key, ms in by_key.items():
            surfaces = tuple(dict.fromkeys(m.text for m in ms))
            entry = self.lexicon.entries.get(key)
            if entry is None:
                info = named.get(key)
                name = info.name if info else key.split(":", 2)[2] if key.startswith("ner:org:") else max(surfaces, key=len)
                kind = ms[0].kind
                role = (info.role if info else None) or next((m.role for m in ms if m.role), None)
                country = info.country if info else (org_country or {}).get(key)
                out.append(Entity(key, name, kind, country, role, surfaces,
                                  org=info.org if info else None,
                                  sector=next((m.sector for m in ms if m.sector), None)))
                continue
            office = self.lexicon.office_at(entry, on) if entry.kind == "person" else None
            role = self._stated_role(entry, ms, on) or (office.role if office else None) \
                or next((m.role for m in ms if m.role), None)
            out.append(
                Entity(
                    key=key,
                    name=entry.name,
                    kind=_kind_of(entry) if not all(m.kind == "place" for m in ms) else "place",
                    country=entry.country or (office.country if office else None),
                    role=role,
                    mentions=surfaces,
                    org=entry.org or (office.org if office else None),
                    # undated, the office may be unknown: the title the text gives still says GOV
                    sector=entry.sector or (office.sector if office else None)
                    or next((m.sector for m in ms if m.sector and m.role), None),
                    wikidata=entry.wikidata,
                )
            )
        return tuple(out)
