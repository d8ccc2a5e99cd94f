"""LinkStage: an event's own date, its place and who reported it, from its sentence."""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from functools import cached_property

from warta.actors.lexicon import ActorLexicon
from warta.link.gazetteer import Gazetteer
from warta.model import DateMention, Document, Event, Place
from warta.pipeline import BaseStage

_PLACE = re.compile(
    r"\b(?:[Dd]i|[Kk]e)\s+(?:(?:depan|dekat|sekitar|sekitaran|seberang|kawasan|area)\s+)?"
    r"(?:ibu kota\s+\w+,\s+|kota\s+|wilayah\s+)?(?P<name>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,3})"
)
_GENERIC_MEDIA = re.compile(
    r"\b(?P<m>media(?:-media)?\s+(?:[A-Z]\w+|pemerintah\s+\w+))\s+(?:melaporkan|memberitakan|menyebutkan)"
)
# a venue's word before the town's name ("Mapolrestabes Makassar", "Bandara Kualanamu", "Gedung Sate")
_VENUE = re.compile(r"(?:Bandara|Gedung|Jalan|Jl\.|Kantor|Bundaran|Lapas|Rutan|Pengadilan(?:\s+Negeri|\s+Tinggi)?|"
                    r"Mapol(?:res|resta|restabes|sek|da)|Polres(?:ta|tabes)?|Polsek|Polda|Kejaksaan\s+Negeri|Kejari|"
                    r"Istana|Masjid|Kampus|Universitas|Pelabuhan|Terminal|Stasiun|Lapangan|Kawasan|Desa|Kelurahan|"
                    r"Alun-alun|Simpang|Monumen|Taman|Hotel|Rumah\s+Sakit|RS|RSUD)\s+")
# the town a venue stands in, after a comma: "di Jalan Ahmad Yani, Kota Makassar, Sulawesi Selatan"
_TOWN_AFTER = re.compile(r",\s+(?:[Kk]ota\s+|[Kk]abupaten\s+|[Kk]ecamatan\s+)?(?P<name>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2})")
_OPENER = re.compile(r"[\s\"“]*(?:[\w-]+(?:\s+[\w-]+){0,2},\s*)?")
# a place after these belongs to another act or clause
_PLACE_BREAK = re.compile(
    r"[;.]|\b(?:gencatan senjata|perdamaian|krisis|konflik|perang|yang|untuk|agar|bahwa|setelah|sebelum)\b",
    re.IGNORECASE,
)
_SINCE = re.compile(r"\b(?:sejak|semenjak)\s+(?:\w+\s+)?$", re.IGNORECASE)
_NOW = re.compile(r"\b(?:kini|hari ini|pagi ini|malam ini|siang ini)\b", re.IGNORECASE)
_CUE = (
    r"(?:menurut(?:\s+laporan)?|kepada|(?:seperti\s+)?dikutip(?:\s+dari)?|mengutip|dilansir(?:\s+dari)?"
    r"|seperti dilaporkan|laporan|dilaporkan|melansir|menurut sumber|(?:seperti\s+|sebagaimana\s+)?diberitakan)"
)
# an article that opens on its credit, after a dateline: "Dilansir AFP, Minggu (6/7/2025), …"
_LEAD_CREDIT = re.compile(r"[^.]{0,60}?(?P<cue>(?<![\w])(?:[Dd]ilansir|[Dd]ikutip|[Mm]elansir|[Mm]engutip|[Ss]eperti\s+dilansir|"
                          r"[Ss]eperti\s+dikutip)(?:\s*dari)?)")
_FINAL_CREDIT = re.compile(r"\b[Dd]emikian\b[^.]{0,40}$")
_PAREN_CREDIT = re.compile(r"[^()]{0,20}\)\s*\.?\s*$")
_RUNNING_CREDIT = 3
_OUTLET_NOUN = r"(?:kantor berita\s+|media\s+|surat kabar\s+|harian\s+|stasiun televisi\s+)?"
_REPORT_VERB = r"(?:melaporkan|memberitakan|menyebutkan|mengabarkan)"


# acts done at a scene (a rally, a clash, an arrest, a meeting): a later mention of the same act is at the same place;
# statements and legal steps (ACCUSE, REQUEST, AGREE, SANCTION …) are not placed by an earlier mention
_SCENE_TYPES = frozenset({"PROTEST", "ASSAULT", "COERCE", "CONSULT"})


def _credit_article(events: list[Event], credit: str | None) -> list[Event]:
    """Events with no credit of their own take the article's single credit."""
    if credit is None:
        return events
    return [ev if ev.reported_by else dataclasses.replace(ev, reported_by=credit) for ev in events]


def _share_dates(events: list[Event], withheld: list[str | None]) -> list[Event]:
    """The guide: a date given anywhere in the article for the same act applies to every mention of it. The same
    act is the same type between the same roots, asserted; one date among its dated mentions (else none). A date
    withheld from a mention (a quote's speech day, `_of_an_attribution`) still counts among them, so that it does
    not leave another day alone to spread, but is given to no one."""
    dates: dict[tuple[str, str | None, str | None], set[str]] = {}
    given: set[tuple[str, str | None, str | None]] = set()  # keys with a date actually given to a mention
    for ev, kept in zip(events, withheld, strict=True):
        if ev.modality != "asserted":
            continue
        for d in (ev.date, kept):
            if d:
                dates.setdefault(_act_key(ev), set()).add(d)
        if ev.date:
            given.add(_act_key(ev))
    out: list[Event] = []
    for ev, kept in zip(events, withheld, strict=True):
        known = dates.get(_act_key(ev), set())
        shared = ev.date is None and kept is None and ev.modality == "asserted" and len(known) == 1 \
            and _act_key(ev) in given
        out.append(dataclasses.replace(ev, date=next(iter(known))) if shared else ev)
    return out


# acts of speech (demands, denials, criticism, praise, threats): their occasion is the statement itself, so the
# day the statement was made dates them; allegations in a case, arrests and other reported acts are not
_VERBAL_TYPES = frozenset({"REQUEST", "REJECT", "SUPPORT", "THREATEN"})


def _verbal(ev: Event) -> bool:
    return ev.type in _VERBAL_TYPES or (ev.type == "ACCUSE" and ev.mode in (None, "disapprove"))


# a date that dates a quote's attribution, not the acts the quote reports: '"…," kata Muslim kepada wartawan,
# Senin (20/10/2025)'
_ATTRIBUTION = re.compile(
    r"\b(?:kata|ujar|ucap|tutur|jelas|ungkap|terang|tegas|imbuh|tambah|papar|sebut|pungkas|tandas|lanjut)(?:nya)?"
    r"\b[^\"“”.]{0,80}$"
)


_CASE_STEPS = frozenset({"allege", "investigate"})


def _of_an_attribution(text: str, ev: Event, date: DateMention) -> bool:
    """A speech date after a quote that reports a step of a case: '"… Bareskrim yang telah menetapkan LM sebagai
    tersangka," kata Muslim, Senin (20/10/2025)' dates the lawyer's statement, not the naming (dev5: its day is
    not stated). Other acts keep the attribution's day (wire style: "SDF merebut Raqa, kata …, Selasa")."""
    return ev.type == "ACCUSE" and ev.mode in _CASE_STEPS and 0 <= ev.trigger_end <= date.start \
        and bool(_ATTRIBUTION.search(text, max(ev.start, date.start - 100), date.start))


# a sentence that narrates an earlier statement: "Seperti diketahui, Purbaya menyoroti …", "ia pernah meminta …"
# ("tidak pernah meminta" is a denial made now, not an earlier statement)
# ("Isa disebut meminta …": an act an indictment or a report narrates; not "tuntutan yang disebut Asta Cita", named)
_EARLIER = re.compile(r"\b(?:sebelumnya|(?<!tidak )(?<!tak )(?<!belum )pernah|seperti diketahui|sempat|silam|dulu|sejak"
                      r"|selama ini|lalu|(?<!yang )disebut)\b", re.IGNORECASE)
# a trigger in a relative clause names a party by an earlier act ("otoritas BEI yang meminta insentif"); one in the
# perfect tells an earlier statement ("sekolah telah mengimbau", "Kami sudah mengingatkan")
_RELATIVE = re.compile(r"\b(?:yang|telah|sudah)\s+(?:\w+\s+)?$", re.IGNORECASE)
# a passive trigger ("ditolak Banggar", "dikecam") reports another party's act, not the speaker's statement
_PASSIVE = re.compile(r"di[a-z]")
_TODAY = frozenset({"hari ini", "pagi ini", "siang ini", "sore ini", "malam ini"})


def _story_day(doc: Document, published: str | None) -> str | None:
    """The one day an article's statements were made: detik and its peers date the speech or the scene once,
    "kata X, Senin (20/10/2025)", "Pantauan di lokasi, Senin (20/10/2025)", "sidang … sore ini". All such
    weekday-dated or "today" mentions must agree and lie within three days before a known publication day."""
    if not published or published[:10].count("-") != 2:
        return None
    days: set[str] = set()
    for d in doc.dates:
        if d.granularity != "day" or not d.value or d.time is not None:
            continue
        head = d.text.split(maxsplit=1)[0].lower().rstrip(",")
        if ("(" in d.text and head in _WEEKDAYS) or d.text.lower() in _TODAY:
            days.add(d.value[:10])
    if len(days) != 1:
        return None
    day = days.pop()
    lag = (_iso(published[:10]) - _iso(day)).days
    return day if 0 <= lag <= 3 else None


_WEEKDAYS = frozenset({"senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad"})


def _iso(value: str) -> date:
    return date.fromisoformat(value)


def _on_story_day(events: list[Event], undated: list[bool], story: str | None) -> list[Event]:
    """An undated domestic act of speech in an article with one story day was made that day: the article reports
    one occasion, and the guide applies a date given anywhere for it to every mention (dev2-dev5: "day from the
    quote attribution"); a sentence with any date of its own, or that narrates an earlier statement, keeps its
    own."""
    if story is None:
        return events
    return [dataclasses.replace(ev, date=story) if bare and ev.date is None and _domestic(ev) and _spoken_now(ev)
            else ev for ev, bare in zip(events, undated, strict=True)]


def _domestic(ev: Event) -> bool:
    """Indonesian actors on both sides: domestic reports are built around one dated occasion (a doorstop, a
    press conference, a hearing); an international story compiles statements of several days from the wires,
    and its one dated day dates one of them only (the check sets leave the others undated)."""
    return ev.source is not None and ev.source.root == "IDN" and (ev.target is None or ev.target.root == "IDN")


def _spoken_now(ev: Event) -> bool:
    """An asserted act of speech made by the speaker, not narrated as earlier or as another party's act."""
    before = ev.sentence[: max(0, ev.trigger_start - ev.start)]
    return ev.modality == "asserted" and _verbal(ev) and not _EARLIER.search(ev.sentence) \
        and not _PASSIVE.match(ev.trigger) and not _RELATIVE.search(before)


def _act_key(ev: Event) -> tuple[str, str | None, str | None]:
    return (ev.type, ev.source.root if ev.source else None, ev.target.root if ev.target else None)


# "Kota", "Kabupaten" … before a name are the Indonesian administrative words, not a place of their own ("di Kota
# Bandung" was placed in Kota, India)
_ADMIN_WORDS = frozenset({"kota", "kabupaten", "kab.", "kecamatan", "kec.", "provinsi"})


def _prefixes(name: str) -> list[str]:
    """A name's leading word runs, longest first ("Kota Makassar Selatan", "Kota Makassar"; not the bare
    administrative word "Kota")."""
    words = name.split()
    return [" ".join(words[:n]) for n in range(len(words), 0, -1)
            if not (n == 1 < len(words) and words[0].lower() in _ADMIN_WORDS)]


# a date after the act that dates the case it is about, not the act: "menahan dua tersangka perkara dugaan korupsi …
# periode 2008-2022", "memeriksa saksi kasus pengadaan tahun anggaran 2019"
_CASE_NOUN = re.compile(r"\b(?:kasus|perkara|dugaan|korupsi|proyek|pengadaan|periode|anggaran)\b", re.IGNORECASE)


def _of_the_case(text: str, ev: Event, date: DateMention) -> bool:
    return date.start >= ev.trigger_end and bool(_CASE_NOUN.search(text, ev.trigger_end, date.start))


# (fifteenth pass) a birth date describes a person, not the act: "Pria kelahiran 1969 itu menilai …"
_BIRTH = re.compile(r"\b(?:kelahiran|lahir(?:\s+(?:pada|tahun|di\s+\w+\s+pada))?)\s+(?:tahun\s+)?$", re.IGNORECASE)


def _of_a_birth(text: str, date: DateMention) -> bool:
    return bool(_BIRTH.search(text, max(0, date.start - 30), date.start))


def _historical(text: str, dates: list[DateMention], published: str | None) -> bool:
    """Every date in the sentence lies over a year before publication (the guide's cut-off),
    and none opens an ongoing period ("sejak Oktober 2023")."""
    if not dates or not published or not published[:4].isdigit():
        return False
    if any(_SINCE.search(text[max(0, d.start - 12) : d.start]) for d in dates):
        return False
    year = int(published[:4])
    years = [int(d.value[:4]) for d in dates if d.value and d.value[:4].isdigit()]
    return bool(years) and len(years) == len(dates) and max(years) < year - 1


class LinkStage(BaseStage):
    name = "link"
    reads = frozenset({"text", "sentences", "events", "dates", "mentions", "published", "published_inferred",
                       "outlet"})
    writes = frozenset({"events"})

    @cached_property
    def lexicon(self) -> ActorLexicon:
        return ActorLexicon.load(self.settings.lexicon_dir)

    @cached_property
    def gazetteer(self) -> Gazetteer:
        return Gazetteer.build(self.lexicon, self.settings.lexicon_dir)

    @cached_property
    def media(self) -> re.Pattern[str]:
        names: dict[str, str] = {}
        for e in self.lexicon.entries.values():
            if e.kind == "media":
                for a in e.aliases:
                    names[a] = e.name
        self._media_names = names
        alts = "|".join(re.escape(a) for a in sorted(names, key=len, reverse=True))
        # (scraped text glues a cue to its outlet: "DilansirAFP", "korespondenAFP")
        return re.compile(rf"(?i:{_CUE})(?:\s+{_OUTLET_NOUN}|(?=[A-Z]))(?P<m>{alts})\b|(?P<m2>{alts})\s+{_REPORT_VERB}")

    def __call__(self, doc: Document) -> Document:
        if not doc.events:
            return doc
        media = self.media
        linked: list[Event] = []
        undated: list[bool] = []  # no date mention at all in the event's sentence
        withheld: list[str | None] = []  # a day in the sentence that does not date the act
        sent_index = {s.start: i for i, s in enumerate(doc.sentences)}
        published = doc.published or doc.published_inferred  # the story's day when the date is unknown
        for ev in doc.events:
            in_sentence = [d for d in doc.dates if ev.start <= d.start and d.end <= ev.end]
            sdates = [d for d in in_sentence if d.value and not _of_a_birth(doc.text, d)]
            if _historical(doc.text, [d for d in sdates if not _of_the_case(doc.text, ev, d)], published):
                continue  # background ("Pada 2011, Israel melepaskan …"): not a current event
            # the day the act happened: a day-precise date in its sentence; "kini"/"hari ini" on a
            # one-off asserted act is the publication day; vague times (bulan lalu, sejak 2023) give none
            days = [d for d in sdates if d.granularity == "day"]
            day = next((d.value for d in days if not _of_an_attribution(doc.text, ev, d)), None)
            withheld.append(days[0].value if days and day is None else None)
            if day is None and ev.modality == "asserted" and not sdates and _NOW.search(ev.sentence):
                day = published
            place = self._place(doc.text, ev)
            reported = self._reported(doc, ev, media, sent_index)
            linked.append(dataclasses.replace(ev, date=day, location=place, reported_by=reported))
            undated.append(not in_sentence)
        linked = self._carry_places(linked)
        shared = _share_dates(_credit_article(linked, self._article_credit(doc, media)), withheld)
        return dataclasses.replace(doc, events=tuple(_on_story_day(shared, undated, _story_day(doc, published))))

    def _carry_places(self, events: list[Event]) -> list[Event]:
        """A later mention of a scene act (a rally, a clash, an arrest, a meeting: same type between the same roots,
        same modality: a planned meeting is another occurrence than the one held) with no place of its own happened
        where the article last placed that act, as a date is shared between mentions of one act. A whole country
        ("di Peru") places no later mention: the story's town may follow."""
        last: dict[tuple[str, str | None, str | None, str], Place] = {}
        out: list[Event] = []
        for ev in events:
            key = (*_act_key(ev), ev.modality)
            if ev.location is not None:
                if ev.location.country and ev.location.name not in self.country_names:
                    last[key] = ev.location
                out.append(ev)
            elif ev.type in _SCENE_TYPES and ev.source is not None and key in last and ev.mode != "phone":
                out.append(dataclasses.replace(ev, location=last[key]))
            else:
                out.append(ev)
        return out

    @cached_property
    def country_names(self) -> dict[str, str | None]:
        """Countries' names and their codes (the first country entry naming each, in lexicon order), built once:
        `_lookup` places "di Peru" in a country, and a whole country does not place a later mention."""
        names: dict[str, str | None] = {}
        for e in self.lexicon.entries.values():
            if e.kind == "country":
                for a in e.aliases:
                    names.setdefault(a, e.country)
        return names

    def _outlet(self, m: re.Match[str]) -> str:
        """The canonical name of the outlet a media-credit match names."""
        surface = m["m"] or m["m2"]
        return self._media_names.get(surface, surface)

    def _article_credit(self, doc: Document, media: re.Pattern[str]) -> str | None:
        """The one wire or outlet the whole article is credited to, in its lead ("Dilansir AFP, Minggu (6/7) …") or
        its last paragraph ("demikian menurut kantor berita Reuters"): the guide lets such a credit cover every
        event of the article. A credit in a body sentence covers that sentence's events (and the next one's) only,
        unless the article runs on it (see _running_credit); two different outlets credited: none."""
        if not doc.sentences:
            return None
        found: set[str] = set()
        lead = doc.sentences[0]
        opening = _LEAD_CREDIT.match(doc.text, lead.start, lead.end)
        if opening is not None:  # an article that opens on its credit: "Dilansir AFP, Minggu (6/7/2025), …"
            m = media.match(doc.text, opening.start("cue"), lead.end)
            if m is not None and self._outlet(m) != doc.outlet:
                found.add(self._outlet(m))
        last_start, last_end = doc.paragraphs[-1] if doc.paragraphs else (doc.sentences[-1].start, doc.sentences[-1].end)
        for m in media.finditer(doc.text, last_start, last_end):
            # "demikian menurut kantor berita Reuters", "… (Antara / Reuters)": a formula, not one event's source
            if self._outlet(m) != doc.outlet and (
                    _FINAL_CREDIT.search(doc.text, max(last_start, m.start() - 40), m.start() + 1)
                    or _PAREN_CREDIT.match(doc.text, m.end(), last_end)):
                found.add(self._outlet(m))
        if not found:
            found = self._running_credit(doc, media)
        return found.pop() if len(found) == 1 else None

    def _running_credit(self, doc: Document, media: re.Pattern[str]) -> set[str]:
        """An outlet credited in _RUNNING_CREDIT paragraphs or more, and no other outlet: the article is written from
        its report (an AFP story on Peru's protests crediting AFP thrice), so the credit covers every event. Two
        paragraphs are not enough: a story quoting Reuters twice is often built from other sources too."""
        paras: dict[str, set[int]] = {}
        for sent in doc.sentences:
            for m in media.finditer(doc.text, sent.start, sent.end):
                if self._outlet(m) != doc.outlet:
                    paras.setdefault(self._outlet(m), set()).add(sent.paragraph)
        return set(paras) if len(paras) == 1 and len(next(iter(paras.values()))) >= _RUNNING_CREDIT else set()

    def _place(self, text: str, ev: Event) -> Place | None:
        """Where the act happened: "di/ke X" right after its trigger, or a sentence-initial "Di X, …".

        A place further away usually belongs to another act ("membahas gencatan senjata di Gaza"
        places the ceasefire, not the talks); phone calls have no place.
        """
        if ev.mode == "phone":
            return None
        anchor = ev.trigger_end if ev.trigger_end >= 0 else ev.start
        for m in _PLACE.finditer(text, ev.start, ev.end):
            gap = text[anchor : m.start()]
            after = m.start() >= anchor and len(gap) <= 80 and not _PLACE_BREAK.search(gap)
            # (a sentence-initial place may follow a short opener: "Kemudian, di Kaliangkrik Magelang, polisi …")
            initial = bool(_OPENER.fullmatch(text, ev.start, m.start()))
            if not (after or initial):
                continue
            found = self._lookup(m["name"]) or self._venue(text, m, ev.end)
            if found is not None:
                return found
        return None

    def _venue(self, text: str, m: re.Match[str], end: int) -> Place | None:
        """A venue or street named after "di/ke" and the town it stands in: "di Bandara Soekarno-Hatta", "di depan
        Mapolrestabes Makassar", "di Jalan Ahmad Yani, Kota Makassar", "ditangkap di Banguntapan" — the town is a
        city, region or Indonesian regency or district of the gazetteer (its town tier: after "di/ke" a capitalised
        name is a place)."""
        names = [m["name"]]
        venue = _VENUE.match(m["name"])
        if venue is not None:
            names.append(m["name"][venue.end() :])
        pos = m.end()
        for _ in range(2):
            after = _TOWN_AFTER.match(text, pos, end)
            if after is None:
                break
            names.append(after["name"])
            pos = after.end()
        for name in names:
            for cand in _prefixes(name):
                place = self.gazetteer.town(cand)
                if place is not None:
                    return dataclasses.replace(place, name=cand)
        return None

    def _lookup(self, name: str) -> Place | None:
        for cand in _prefixes(name):
            place = self.gazetteer.lookup(cand)
            if place is not None:
                return dataclasses.replace(place, name=cand)
            if cand in self.country_names:
                return Place(cand, self.country_names[cand], None, None)
        return None

    def _reported(self, doc: Document, ev: Event, media: re.Pattern[str], sent_index: dict[int, int]) -> str | None:
        """The outlet credited in the event's sentence or the one before it in its paragraph. The article's own
        outlet or a sister brand of it ("kata X kepada detikcom", "dilansir detikNews" in a detik article) is the
        reporting itself, not a source."""
        idx = sent_index.get(ev.start)
        spans = [(ev.start, ev.end)]
        if idx is not None and idx > 0:
            prev = doc.sentences[idx - 1]
            if prev.paragraph == doc.sentences[idx].paragraph:
                spans.append((prev.start, prev.end))
        for s, e in spans:
            m = next((m for m in media.finditer(doc.text, s, e) if self._outlet(m) != doc.outlet), None)
            if m:
                return self._outlet(m)
            g = _GENERIC_MEDIA.search(doc.text, s, e)
            if g:
                return g["m"]
        return None
