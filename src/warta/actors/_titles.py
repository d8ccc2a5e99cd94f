"""Titles and sector words: a title with a country names the apposed person or the office holder, a bare
title the last holder, a sector word the actor it modifies; and where the name after a title starts."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from warta.actors._common import (
    _CUE,
    _FUNCTION_WORDS,
    _HONORIFICS,
    _LOCAL_TITLE,
    _NEXT_WORD,
    _ONE_LETTER_BEFORE,
    _PINYIN,
    _PLACE_HEAD_BEFORE,
    _PLACE_PREP,
    _PREV_CAP,
    _ROYAL_TITLES,
    Hits,
    _defined_short,
    _kind_of,
    _Named,
    _sentence_initial,
    _unknown_key,
    _used,
)
from warta.actors._roles import _Roles
from warta.actors.lexicon import ActorEntry, ActorLexicon
from warta.actors.matcher import MatchRole
from warta.actors.refer import given_names_fit
from warta.actors.resolve import (
    REPORT_AFTER,
    STOP,
    name_after,
    not_a_name,
    title_link,
)
from warta.model import Mention

_GAP_TITLE = re.compile(r"^\s*(?:,\s*)?$")
_GAP_MOD = re.compile(r"^\s*$")
_BARE_BEFORE = re.compile(r"\b(?:sang|Sang|si)\s+$")
_BARE_AFTER = re.compile(r"^\s+(?:itu|tersebut|ini)\b")
_PORTFOLIO = re.compile(r"(?: (?:[A-Z][A-Za-z]+|dan))+")  # "Hukum dan HAM", "Energi dan Sumber Daya Mineral"
# (sixteenth pass) a word after "dan" that opens another body or office: "Kementerian Kebudayaan dan Kementerian
# Pariwisata" are two ministries, not one portfolio
_NEXT_BODY = re.compile(r"Kementerian|Kemen[a-z]\w*|Menteri|Menko|Wamen\w*|Wakil|Kepala|Badan|Dinas|Direktorat|Ditjen|"
                        r"Komisi|Lembaga|Pemerintah|Otoritas|Otorita|Mahkamah|Kejaksaan|Kepolisian")


def _skip_portfolio(text: str, pos: int) -> int:
    """After a bare "Menteri"/"Minister": past a portfolio ("Pendidikan", "Luar Negeri") to the name."""
    m = _PORTFOLIO.match(text, pos)
    if m is None:
        return pos
    words = m.group(0).split()
    k = 0
    while k < len(words) and (not_a_name(words[k]) or words[k] == "dan") and words[k] not in _ORDINAL \
            and not (words[k] == "dan" and k + 1 < len(words) and _NEXT_BODY.fullmatch(words[k + 1])):
        k += 1
    while k and words[k - 1] == "dan":
        k -= 1  # "Kementerian Hukum dan HAM" ends at "HAM", not at a "dan" before a name
    return pos + len(" ".join(["", *words[:k]])) if k else pos


_AUTHORITIES = frozenset({"pihak berwenang", "pihak berwenang setempat", "otoritas setempat", "polisi setempat",
                          "kepolisian setempat", "aparat setempat"})
_PREDICATE = re.compile(r"\b(?:sebagai|menjadi|jadi|merupakan|adalah|ialah|selaku)\s+$", re.IGNORECASE)
# collective nouns for a country's authorities, forces or insurgents, used without naming the country
_BARE_COLLECTIVE = frozenset({"pihak berwenang", "otoritas", "rezim", "pasukan keamanan", "aparat keamanan",
                              "pemberontak", "militan", "gerilyawan", "kelompok militan", "kelompok bersenjata",
                              "kelompok pemberontak", "separatis"})
# police and crowds named alone ("polisi menahan …", "ribuan demonstran menuntut …"): of the country the
# document is about, else of the outlet's; a crowd is an actor even when counted ("ribuan demonstran")
_BARE_PUBLIC = frozenset({"polisi", "kepolisian", "aparat", "aparat kepolisian", "demonstran", "pengunjuk rasa",
                          "massa aksi", "massa demonstran", "massa pengunjuk rasa", "aktivis", "mahasiswa", "buruh",
                          "petani", "nelayan", "pengemudi ojol", "pengemudi ojek online", "ojol", "massa"})
# every bare word the document's countries own ("pemerintah": see _title_or_sector)
_BARE_OWNED = _BARE_COLLECTIVE | _BARE_PUBLIC | {"pemerintah"}
# a legislature's members named alone: Indonesian news's "anggota dewan" are the members of the parliament or
# regional council the story has named (_last_legislature)
_BARE_LEGISLATORS = frozenset({"anggota dewan"})


def _last_legislature(lex: ActorLexicon, mentions: list[Mention], s: int) -> Mention | None:
    """The latest legislature (an organisation of sector LEG: "DPRD Kota Palembang", "Baleg DPR RI") named before
    ``s``: who a bare "anggota dewan" are."""
    return next((m for m in reversed(mentions) if m.end <= s and m.kind == "org" and (
        m.sector == "LEG" or ((entry := lex.entries.get(m.key)) is not None and entry.sector == "LEG"))), None)


def _last_country(lex: ActorLexicon, text: str, s: int, mentions: list[Mention], kinds: tuple[str, ...]) -> str | None:
    """The country of the latest lexicon actor of ``kinds`` named before ``s`` in its paragraph."""
    para = text.rfind("\n", 0, s)
    return next((entry.country for m in reversed(mentions) if m.end <= s and m.start > para
                 and (entry := lex.entries.get(m.key)) is not None and entry.kind in kinds and entry.country), None)


_CROWDS = frozenset({"demonstran", "pengunjuk rasa", "massa aksi", "massa demonstran", "massa pengunjuk rasa",
                     "aktivis", "mahasiswa", "buruh", "petani", "nelayan", "pengemudi ojol", "pengemudi ojek online",
                     "ojol", "massa"})
# "pemberontak Houthi", "militan yang didukung Iran": the noun is determined by what follows
# "sejumlah militan", "seorang pemberontak": an indefinite group is no identified actor
_INDEFINITE = re.compile(r"\b(?:sejumlah|beberapa|seorang|sekelompok|banyak|puluhan|ratusan|ribuan|segelintir)\s+$",
                         re.IGNORECASE)
# ("mahasiswa dari berbagai perguruan tinggi", "massa dari pelaku seni" are still bare crowds: only a name after
# "dari" can say whose they are)
_DETERMINED = re.compile(r"\s*(?:[A-Z(]|(?:asal|dari(?=\s+[A-Z])|pro|"
                         r"yang\s+didukung|dukungan)\b)")
# "Jakarta, CNN Indonesia -- Kepolisian menyebut ...": after a dateline's dash a word opens the text (session 10)
_DASH_BEFORE = re.compile(r"[-–—]\s*$")
_BARE_COURT = frozenset({"pengadilan", "mahkamah"})
# what follows a court that acts ("pengadilan tersebut menolak", "Mahkamah juga memutuskan"), not a trial
# ("Pengadilan pertama ... digelar") or a place ("di pengadilan")
_COURT_ACTS = re.compile(r"\s+(?:(?:tersebut|itu|ini|setempat|juga|telah|akan|sudah|pun|lalu|kemudian|tidak|belum)\b"
                         r"|(?:me|ber)[a-z]{3,})")
# title kinds that, standing alone, name the one holder of a national office ("Presiden", "Menlu")
_BARE_KINDS = frozenset({"head-of-state", "head-of-government", "vice-president", "foreign-minister",
                         "defence-minister", "finance-minister", "interior-minister", "coordinating-minister-polkam",
                         "crown-prince", "supreme-leader"})
# title kinds that, standing alone, name only a holder the document itself has named: a bare "Panglima" after
# "Panglima TNI Jenderal Gatot Nurmantyo" is Gatot, but with no commander named it is no one in particular
_DOC_BARE_KINDS = frozenset({"army-chief"})
# ministerial title kinds: "Menteri <portfolio> <name>" without a country is a minister of the document's country
_CABINET_KINDS = frozenset({"minister", "foreign-minister", "defence-minister", "finance-minister", "interior-minister",
                            "coordinating-minister-polkam", "vice-minister", "head-of-government", "vice-president"})
_PLURAL_BEFORE = re.compile(r"\b(?i:kedua|ketiga|para|dua|tiga|empat|lima|semua|seluruh|sejumlah|beberapa|banyak|"
                            r"setiap|tiap|sesama|antar|jajaran|deretan|sederet)\s+$")
# an aide's title: before a person who holds no such office it names that person's aide ("Juru bicara Duterte")
_AIDE_TITLE = re.compile(r"(?i:juru bicara|jubir|penasihat|ajudan|utusan khusus)")
_POSTED_KINDS = frozenset({"ambassador", "un-ambassador", "envoy"})
_POSTING_AFTER = re.compile(r" +(untuk|di) +")  # "Dubes Korut untuk PBB", "Dubes RI di Kairo"
_OFFICE_TITLE = "="  # prefix of a matched title naming one office by itself ("=IDN.police-chief")
# a body or aide of an office, written before its title: "Sekretariat Presiden", "Kantor Staf Presiden"
_OFFICE_OF_BEFORE = re.compile(r"\b(?i:sekretariat|istana|kantor|staf|bicara|jubir|utusan|khusus|penasihat|pengawal"
                               r"|deputi|ajudan|protokol)\s+$")
# an aide of an office before its title with the country: "Juru bicara Menteri Luar Negeri Korea Utara", "Perwakilan
# Khusus Sekjen PBB" (the office itself, "kantor PM Singapura", still stands for its holder)
_AIDE_BEFORE = re.compile(r"\b(?i:bicara|jubir|utusan|khusus|penasihat|ajudan|pengawal|deputi|staf)\s+$")
# before a bare title: not its holder ("mantan Presiden"), or a body or person of the office's ("Sekretariat
# Presiden", "Kantor Staf Presiden", "juru bicara Presiden", "Istana Wapres")
_NOT_HOLDER_BEFORE = re.compile(
    r"\b(?i:mantan|eks|bekas|calon|para|setiap|seorang|sebagai|sekretariat|istana|kantor|staf|bicara|jubir|utusan"
    r"|khusus|penasihat|pengawal|keputusan|peraturan|instruksi|dekrit|kepala|sekretaris|rumah|kediaman|pesawat|"
    r"kursi|jabatan|posisi|pelantikan|masa|era|zaman|rezim|kabinet|dewan|pertimbangan|pemilihan|pencalonan|kandidat|pergantian|penggantian|pengganti|perombakan)\s+$"
)
_BODY_BEFORE = re.compile(r"\b(?:Badan|Lembaga|Kantor|Komite|Dewan) $")
_ORDINAL_AFTER = re.compile(r" *(?:ke ?- ?\w+|ke ?\d+|(?:pertama|kedua|ketiga|keempat|kelima|terpilih)\b)", re.IGNORECASE)
_ORDINAL = frozenset({"Pertama", "Kedua", "Ketiga", "Keempat", "Kelima"})  # "Presiden Pertama RI" is history


class _Titles(_Roles):
    """Titles and sector words at a hit, and the names after titles."""

    def _title_or_sector(
        self,
        text: str,
        hits: Hits,
        i: int,
        on: date | None,
        full_names_seen: set[str],
        named: dict[str, _Named],
        mentions: list[Mention],
        home: str | None = None,
        *,
        focus: str | None = None,
        org_country: dict[str, str] | None = None,
        lead: str | None = None,
    ) -> int:
        """Handle a title or sector word at ``hits[i]``; return how many hits it consumed (0: none).

        ``home`` is the country of a bare ministry ("Kementerian Kebudayaan" in an Indonesian text);
        ``focus`` the country the document is about (bare "pemberontak", "pihak berwenang");
        ``org_country`` collects the countries of armed groups the lexicon lacks; ``lead`` is the focus
        country, else the most-named country when the lead sentence names it (whose bare "rezim" it is)."""
        lex = self.lexicon
        _s, e, values = hits[i]
        roles = dict(values)
        title_kind = roles.get("title")
        sector = roles.get("sector")
        if not title_kind and not sector:
            return 0
        nxt = hits[i + 1] if i + 1 < len(hits) else None
        target = self._actor_ref(nxt[2]) if nxt is not None else None
        gap = text[e : nxt[0]] if nxt is not None else ""
        target_entry = lex.entries.get(target) if target else None
        if title_kind:
            return self._title_word(text, hits, i, on, full_names_seen, named, mentions, title_kind, nxt, gap,
                                    target_entry, focus=focus, home=home)
        return self._sector_word(text, hits, i, named, mentions, sector, nxt, gap, target_entry, home=home,
                                 focus=focus, org_country=org_country, lead=lead)

    def _title_word(self, text: str, hits: Hits, i: int, on: date | None, full_names_seen: set[str],
                    named: dict[str, _Named], mentions: list[Mention], title_kind: str,
                    nxt: tuple[int, int, tuple[tuple[MatchRole, str], ...]] | None, gap: str,
                    target_entry: ActorEntry | None, *, focus: str | None, home: str | None) -> int:
        """A title at ``hits[i]`` (``nxt``: the hit after it, ``gap`` the text between, ``target_entry`` its actor):
        one office by itself ("Kapolri"), an aide's title before a person, a title before a person of the lexicon,
        a title with its actor (`_title_of_actor`), a name the lexicon lacks after it, or a bare title standing for
        a holder. Returns the hits used."""
        lex = self.lexicon
        s, e, _ = hits[i]
        if title_kind.startswith(_OFFICE_TITLE):
            # "Menkopolhukam", "Kapolri": a title naming one office by itself
            if nxt is not None and target_entry is not None and target_entry.kind == "person" and _GAP_TITLE.match(gap):
                mentions.append(Mention(text[s : nxt[1]], s, nxt[1], "person", target_entry.id, "title",
                                        role=text[s:e]))
                return 2
            office = lex.office(title_kind.removeprefix(_OFFICE_TITLE))
            return self._title_of_actor(text, hits, i, on, full_names_seen, named, mentions,
                                        office.kind if office else "", None, title_kind.removeprefix(_OFFICE_TITLE))
        if nxt is not None and target_entry is not None and target_entry.kind == "person" and _GAP_MOD.match(gap) \
                and _AIDE_TITLE.fullmatch(text[s:e]) and lex.office_kind_held(target_entry, title_kind, on) is None \
                and (used := self._aide_of(text, hits, i, target_entry, named, mentions)):
            return used
        if nxt is not None and target_entry is not None and target_entry.kind == "person" and _GAP_TITLE.match(gap):
            # "Presiden Donald Trump", "Menlu, Sugiono": the title names the person who follows
            office = lex.office_kind_held(target_entry, title_kind, on)
            mentions.append(Mention(text[s : nxt[1]], s, nxt[1], "person", target_entry.id, "title",
                                    sector=office.sector if office else "GOV", role=text[s:e]))
            return 2
        if nxt is not None and target_entry is not None and (
            _GAP_MOD.match(gap) or _skip_portfolio(text, e) + 1 == nxt[0]  # "Menteri Lingkungan Kenya"
        ):
            return self._title_of_actor(text, hits, i, on, full_names_seen, named, mentions, title_kind,
                                        target_entry)
        link = title_link(text, _skip_portfolio(text, e))
        span = self._title_name(text, link)
        if _OFFICE_OF_BEFORE.search(text, max(0, s - 14), s):
            return 1  # "Sekretariat Presiden Bey Machmudin": a body of the office, then a person of that body
        if span is not None and lex.names_a_thing(text, *span):
            return 1  # "Kepala Balai Karantina Hewan": the head of a body, named after its title
        if span is not None and (len(text[span[0] : span[1]].split()) >= 2 or self._after_region(text, span[0])) \
                and not self._hit_inside([h for h in hits if not self._other_surname(text, h, span)], span):
            name = text[span[0] : span[1]]
            info = named.setdefault(_unknown_key(name), _Named(name))
            info.role = info.role or text[s:span[0]].rstrip(" ,")
            info.title_kind = info.title_kind or title_kind
            if title_kind in _CABINET_KINDS and text[s].isupper():
                # "Menteri Pertanian Amran Sulaiman": a minister named without a country is of the country
                # the document is about, else of the outlet's (an Indonesian outlet's own cabinet)
                info.country = info.country or focus or home
            mentions.append(Mention(text[s : span[1]], s, span[1], "person", _unknown_key(name), "title",
                                    role=text[s:e]))
            return 1 + sum(1 for h in hits[i + 1 :] if h[0] < span[1])  # hits inside the title are used
        before = _BARE_BEFORE.search(text[max(0, s - 5) : s])
        after = _BARE_AFTER.match(text[e : e + 10])
        if _PLURAL_BEFORE.search(text, max(0, s - 12), s):
            return 1  # "kedua menlu itu", "para menteri": several people, no one holder
        if before is not None or after is not None:
            word = text[s:e].split(maxsplit=1)[0]
            key = self._last_holder(mentions, title_kind, on, named, fits=lambda k: self._title_fits(
                word, title_kind, self._role_of(k, on, named)))
            if key is not None:
                start = s - len(before.group(0)) if before is not None else s
                end = e + after.end() if after else e
                mentions.append(Mention(text[start:end], start, end, "person", key, "coref", role=text[s:e]))
        elif (key := self._bare_title_holder(text, s, e, title_kind, on, mentions, named, focus, home)) is not None:
            mentions.append(Mention(text[s:e], s, e, "person", key, "title", role=text[s:e]))
        return 1

    def _sector_word(self, text: str, hits: Hits, i: int, named: dict[str, _Named], mentions: list[Mention],
                     sector: str | None, nxt: tuple[int, int, tuple[tuple[MatchRole, str], ...]] | None, gap: str,
                     target_entry: ActorEntry | None, *, home: str | None, focus: str | None,
                     org_country: dict[str, str] | None, lead: str | None) -> int:
        """A sector word at ``hits[i]``: the actor after it ("pasukan Israel"), a country's body ("Kementerian
        Kebudayaan Mesir", a bare "Kementerian ..." of ``home``), bare authorities, courts, police, crowds and
        governments of the story's country, an armed group or a person named after it. Returns the hits used."""
        lex = self.lexicon
        s, e, _ = hits[i]
        # sector word: "pasukan Israel", "pejabat Hamas"; "pejabat Kemlu Jepang" is Japan's
        if nxt is not None and target_entry is not None and target_entry.kind != "person" and _GAP_MOD.match(gap) \
                and (foreign := self._foreign_body(text, hits, i + 1, target_entry)) is not None:
            end = hits[i + 2][1]
            mentions.append(Mention(text[s:end], s, end, "place", foreign, "lexicon", sector=sector))
            return 3
        if nxt is not None and target_entry is not None and target_entry.kind != "person" and _GAP_MOD.match(gap):
            mentions.append(Mention(text[s : nxt[1]], s, nxt[1], _kind_of(target_entry), target_entry.id, "lexicon",
                                    sector=sector))
            if target_entry.kind in ("country", "org", "media") and (text[s].islower() or _sentence_initial(text, s)):
                return 2 + self._national_after(text, hits, i + 2, nxt[1], target_entry, named, mentions)
            return 2
        portfolio_end = _skip_portfolio(text, e) if text[s].isupper() else e
        if nxt is not None and portfolio_end > nxt[0]:
            portfolio_end = max(e, nxt[0] - 1)  # "Kementerian Pendidikan Palestina": the country ends the portfolio
        if nxt is not None and target_entry is not None and target_entry.kind == "country" \
                and portfolio_end > e and portfolio_end + 1 == nxt[0]:
            # "Kementerian Kebudayaan Mesir", "Kedutaan Besar Inggris": an institution of the country
            mentions.append(Mention(text[s : nxt[1]], s, nxt[1], "place", target_entry.id, "lexicon", sector=sector))
            return 2
        if text[s:e] == "Kementerian" and portfolio_end > e and home in self.lexicon.entries:
            # a ministry named without its country: in an Indonesian text, Indonesia's (documented default); one
            # body of that country, not the country itself (sixteenth pass: _own_body)
            mentions.append(self._own_body(text[s:portfolio_end], s, portfolio_end, home, sector, org_country))
            return _used(hits, i, portfolio_end)
        if text[s:e].lower() in _AUTHORITIES and not (nxt is not None and _GAP_MOD.match(gap)):
            # "pihak berwenang" alone: the authorities of the country last named in the paragraph
            country = _last_country(lex, text, s, mentions, ("country",))
            if country is None and text[s:e].lower().endswith("setempat") and text[s:e].lower() not in (
                    "pihak berwenang setempat", "otoritas setempat"):
                country = focus  # "polisi setempat" with no country in the paragraph: the story's country
            if country is not None:
                mentions.append(Mention(text[s:e], s, e, "place", country, "lexicon", sector=sector))
                return 1
        span = name_after(text, e) if text[s].islower() or _sentence_initial(text, s) else None
        if span is not None and sector == "REB" and len(text[span[0] : span[1]].split()) >= 2 \
                and not self._hit_inside(hits, span) and focus is not None and org_country is not None \
                and text[span[0] : span[1]].split(maxsplit=1)[0] not in lex.given_names:  # "pemberontak Luis Jalandoni"
            # "kelompok gerilyawan Arakan Rohingya Salvation Army": an armed group, of the country it
            # operates in (the document's focus country; guide §5)
            name = text[span[0] : span[1]]
            org_country[f"ner:org:{name}"] = focus
            mentions.append(Mention(name, span[0], span[1], "org", f"ner:org:{name}", "ner", sector=sector))
            return 1
        word = text[s:e]
        proper = word[0].isupper() and not _sentence_initial(text, s) and not _DASH_BEFORE.search(text, max(0, s - 4), s)
        if home is not None and word.capitalize() in self.institutions.bare_bodies and (
                proper or word.lower() not in _BARE_OWNED) \
                and not _DETERMINED.match(text, e) and not _PLACE_HEAD_BEFORE.search(text, max(0, s - 14), s):
            # "Bea Cukai dan Kejaksaan tengah memburu ...": Indonesia's prosecution even in a story set in Japan;
            # "dilakukan oleh kejaksaan": the story's country's, else the outlet's (a bare lower-case "kepolisian"
            # keeps the rule of _BARE_PUBLIC below) (session 10)
            # (capitalised, Indonesia's own prosecution or police as a body: _own_body, sixteenth pass)
            mentions.append(self._own_body(word, s, e, "IDN", sector, org_country) if proper else
                            Mention(word, s, e, "place", focus or home, "lexicon", sector=sector))
            return 1
        if word.lower() in _BARE_LEGISLATORS and span is None:
            # "jawab anggota dewan", "mengapresiasi dedikasi anggota dewan": the council named before (thirteenth pass)
            council = _last_legislature(lex, mentions, s)
            if council is not None:
                mentions.append(Mention(word, s, e, council.kind, council.key, "coref", sector="LEG"))
            return 1
        owner = lead if word.lower() == "rezim" else focus
        if word.lower() in _BARE_COURT and (word.islower() or _sentence_initial(text, s)) \
                and focus not in (None, "IDN") and not (nxt is not None and _GAP_MOD.match(gap)) \
                and _COURT_ACTS.match(text, e) and not _PLACE_PREP.search(text[max(0, s - 40) : s]):
            # "pengadilan tersebut menolak" in an article on Israel: Israel's judiciary (an Indonesian
            # article's bare "pengadilan" is left alone: it may be any Indonesian court)
            mentions.append(Mention(word, s, e, "place", focus, "lexicon", sector=sector))
            return 1
        if word.lower() in _BARE_PUBLIC:
            # the story's country, else the country last named in the paragraph ("Junta Myanmar menangkap puluhan
            # aktivis"), else the outlet's
            owner = focus or _last_country(lex, text, s, mentions, ("country", "org")) or home
        elif word.lower() == "pemerintah":
            # "Pemerintah langsung menyampaikan protes ke Australia": the story's country, else the outlet's (a
            # government replies to what the country named before it did: that country is not its owner)
            owner = focus or home
        if span is None and owner is not None and word.lower() in _BARE_OWNED \
                and not (nxt is not None and _GAP_MOD.match(gap)) and not _DETERMINED.match(text, e) \
                and (word.lower() in _CROWDS or not _INDEFINITE.search(text, max(0, s - 12), s)):
            # "pihak berwenang membantah", "menyalahkan para pemberontak": the document's country's
            mentions.append(Mention(text[s:e], s, e, "place", owner, "lexicon", sector=sector))
            return 1
        if span is not None and len(text[span[0] : span[1]].split()) >= 2 and not self._hit_inside(hits, span) \
                and not lex.names_a_thing(text, *span):
            # "analis Ariston Tjendra", "penyanyi Melly Goeslaw": a person described by a sector word
            span = self._without_lead(text, span)  # "pemain Chelsea Nicolas Jackson": the club is no name
            name = text[span[0] : span[1]]
            named.setdefault(_unknown_key(name), _Named(name))
            mentions.append(Mention(name, span[0], span[1], "person", _unknown_key(name), "ner", sector=sector))
        return 1

    def _national_after(self, text: str, hits: Hits, k: int, pos: int, actor: ActorEntry, named: dict[str, _Named],
                        mentions: list[Mention]) -> int:
        """"penyanyi Kanada Shawn Mendes", "warga Palestina Ahmad Yusuf", "Wartawan BBC, Sanjoy Majumder": an
        unknown name right after a sector noun and a country, body or outlet (a comma may sit between) is a person
        of it (one word only after a country, when the text uses it again: "rapper Kanada Drake ... Drake
        berkata"). Returns the hits used."""
        link = title_link(text, pos)
        span = name_after(text, link)
        if span is None or span[0] != max(link, pos + 1) or self._hit_inside(hits, span) \
                or self.lexicon.names_a_thing(text, *span):
            return 0
        name = text[span[0] : span[1]]
        if " " not in name and (actor.kind != "country" or link != pos
                                or len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)) < 2):
            return 0
        info = named.setdefault(_unknown_key(name), _Named(name))
        info.country = info.country or actor.country or (actor.id if actor.kind == "country" else None)
        info.org = info.org or (actor.org or actor.name if actor.kind == "org" else None)
        mentions.append(Mention(name, span[0], span[1], "person", _unknown_key(name), "ner"))
        return sum(1 for h in hits[k:] if h[0] < span[1])

    def _title_of_actor(
        self,
        text: str,
        hits: Hits,
        i: int,
        on: date | None,
        full_names_seen: set[str],
        named: dict[str, _Named],
        mentions: list[Mention],
        title_kind: str,
        entry: ActorEntry | None,
        office_id: str | None = None,
    ) -> int:
        """"Menlu AS [, Antony Blinken]": the apposed name, else the office holder.

        With ``entry`` None the title at ``hits[i]`` names one office by itself (``office_id``:
        "Menkopolhukam", "Kapolri"); otherwise the title and the actor after it name it."""
        lex = self.lexicon
        s, e, _ = hits[i]
        n_title = 1 if entry is None else 2
        t_end = hits[i + n_title - 1][1]
        office_id = office_id or (lex.office_of(entry, title_kind) if entry is not None else "")
        office = lex.office(office_id)
        office_id = office.id if office is not None else office_id
        title_text = text[s:t_end]
        sector = office.sector if office else "GOV"
        ordinal = _ORDINAL_AFTER.match(text, t_end)  # "Presiden RI ke-7 Joko Widodo": one holder of many
        link = title_link(text, ordinal.end() if ordinal else t_end)
        k = i + n_title
        posting = _POSTING_AFTER.match(text, t_end) if title_kind in _POSTED_KINDS and entry is not None else None
        if posting is not None and entry is not None and k < len(hits) and hits[k][0] == posting.end():
            used = self._posted_envoy(text, hits, i, k, entry, named, mentions, title_kind)
            if used:
                return used
        while k < len(hits) and hits[k][0] < link:
            k += 1  # "(AS)" between title and name
        after = hits[k] if k < len(hits) else None
        if after is not None and after[0] == link:
            ref = self._actor_ref(after[2])
            person = lex.entries.get(ref) if ref else None
            if person is not None and person.kind == "person":
                mentions.append(Mention(text[s : after[1]], s, after[1], "person", person.id, "title",
                                        sector=sector, role=title_text))
                return _used(hits, i, after[1])
        span = self._title_name(text, link)
        if span is not None and len(text[span[0] : span[1]].split()) < 2 and not self._after_region(text, span[0]):
            span = None  # one unknown capitalised word after a title is too often not a name ("Gubernur Jatim
            # Soekarwo": one word after the title's region is his)
        inner = [h for h in hits[k : k + 4] if span is not None and span[0] <= h[0] and h[1] <= span[1] + 1]
        ref = self._actor_ref(inner[-1][2]) if inner and span is not None else None
        if ref is not None and self._role(inner[-1][2], ref) == "short" \
                and self._ambiguous_short(text[inner[-1][0] : inner[-1][1]]):
            ref = None  # "juru bicara Pentagon, Peter Cook": not Lisa Cook of the Fed
            hits = [h for h in hits if h is not inner[-1]]  # the name is someone the lexicon lacks
        elif ref is not None and span is not None and self._role(inner[-1][2], ref) == "short" \
                and not given_names_fit(text[span[0] : inner[-1][0]], lex.entries[ref]):
            ref = None  # "Menlu Timor-Leste Aurelio Sergio Guterres": another Guterres than the UN's (session 7)
            hits = [h for h in hits if h is not inner[-1]]
        person = lex.entries.get(ref) if ref else None
        if span is not None and person is not None and person.kind == "person":
            end = max(span[1], inner[-1][1])  # "Sekjen PBB Antonio Guterres": lexicon knows "Guterres"
            mentions.append(Mention(text[s:end], s, end, "person", person.id, "title", sector=sector,
                                    role=title_text))
            return _used(hits, i, end)
        current = lex.holder(office_id, on) if office is not None else None
        if span is not None and current is not None and set(text[span[0] : span[1]].split()) & set(
            current.name.split()
        ):  # "Presiden Korsel Moon Jae - in": the holder, spelt differently
            mentions.append(Mention(text[s : span[1]], s, span[1], "person", current.id, "title", sector=sector,
                                    role=title_text))
            return _used(hits, i, span[1])
        if span is not None and not self._hit_inside(hits, span) and not lex.names_a_thing(text, *span):
            name = text[span[0] : span[1]]
            info = named.setdefault(_unknown_key(name), _Named(name))
            info.country = info.country or (entry.country if entry is not None else office.country if office else None)
            info.org = info.org or (entry.org if entry is not None and entry.kind == "org" else None)
            info.role = info.role or title_text
            info.title_kind = info.title_kind or title_kind
            mentions.append(Mention(text[s : span[1]], s, span[1], "person", _unknown_key(name), "title",
                                    sector=sector, role=title_text))
            return _used(hits, i, span[1])
        holder = None
        blocked = True
        if _PREDICATE.search(text[max(0, s - 12) : s]) or ordinal is not None:
            office = None  # "terpilih sebagai Presiden AS", "Presiden RI ke-5": names an office, not its holder
        elif _AIDE_BEFORE.search(text, max(0, s - 14), s):
            office = None  # "Juru bicara Menteri Luar Negeri Korea Utara": the minister's aide, not the minister
        elif _BODY_BEFORE.search(text, max(0, s - 10), s):
            office = None  # "ke Badan Pelapor Khusus PBB": a body named after the office (session 6b)
        else:
            blocked = False
        if office is not None:
            # sorted: a set's order depends on the hash seed, and the pick must not
            in_doc = sorted(
                (p for p in full_names_seen if any(t.office == office_id for t in lex.entries[p].tenures)),
                key=lambda p: (max((t.start or date.min) for t in lex.entries[p].tenures if t.office == office_id), p),
                reverse=True,
            )
            dated = [p for p in in_doc if any(t.office == office_id and t.covers(on) for t in lex.entries[p].tenures)] \
                if on else []
            picks = dated or in_doc
            holder = lex.entries[picks[0]] if picks else lex.holder(office_id, on)
        introduced = None if blocked or _PLURAL_BEFORE.search(text, max(0, s - 12), s) \
            else self._introduced(mentions, named, title_kind, entry)
        if holder is None and introduced is not None:
            # "Duta Besar India" after "Duta Besar ... India untuk Indonesia, Pradeep Kumar Rawat": the official the
            # text introduced with that title, though the lexicon lacks the office's holders
            mentions.append(Mention(title_text, s, t_end, "person", introduced, "title", sector=sector))
        elif holder is not None:
            mentions.append(Mention(title_text, s, t_end, "person", holder.id, "title", sector=sector,
                                    role=office.role if office else title_text))
        elif entry is not None:
            mentions.append(Mention(title_text, s, t_end, _kind_of(entry), entry.id, "lexicon", sector=sector,
                                    role=text[s:e]))
        return n_title

    @staticmethod
    def _introduced(mentions: list[Mention], named: dict[str, _Named], title_kind: str, entry: ActorEntry | None
                    ) -> str | None:
        """The one person the lexicon lacks whom the text has introduced so far with a title of ``title_kind`` of
        the country of ``entry``."""
        country = entry.country or (entry.id if entry.kind == "country" else None) if entry is not None else None
        keys = {m.key for m in mentions if m.kind == "person" and (info := named.get(m.key)) is not None
                and info.title_kind == title_kind and country is not None and info.country == country}
        return next(iter(keys)) if len(keys) == 1 else None

    def _aide_of(self, text: str, hits: Hits, i: int, principal: ActorEntry, named: dict[str, _Named],
                 mentions: list[Mention]) -> int:
        """"Juru bicara Duterte Harry Roque": an aide's title before a person who holds no such office, and a name
        the lexicon lacks after him, name the principal (a mention of his own) and the aide: of the principal's
        country, with the whole phrase as role. Returns the hits used (0: no aide named)."""
        s = hits[i][0]
        ps, pe, _ = hits[i + 1]
        span = name_after(text, title_link(text, pe))
        loose = [h for h in hits if not ((ref := self._actor_ref(h[2])) is not None and self._role(h[2], ref) == "short"
                                         and self._ambiguous_short(text[h[0] : h[1]]))]  # "Harry" (6b)
        if span is None or len(text[span[0] : span[1]].split()) < 2 or self._hit_inside(loose, span) \
                or self.lexicon.names_a_thing(text, *span):
            return 0
        mentions.append(Mention(text[ps:pe], ps, pe, "person", principal.id, "lexicon"))
        name = text[span[0] : span[1]]
        info = named.setdefault(_unknown_key(name), _Named(name))
        info.country = info.country or principal.country
        info.role = info.role or text[s:pe]
        mentions.append(Mention(name, span[0], span[1], "person", _unknown_key(name), "title", sector="GOV",
                                role=info.role))
        return _used(hits, i, span[1])

    def _posted_envoy(self, text: str, hits: Hits, i: int, k: int, entry: ActorEntry, named: dict[str, _Named],
                      mentions: list[Mention], title_kind: str | None = None) -> int:
        """"Dubes Korut untuk PBB, Ja Song Nam", "Duta Besar Indonesia untuk Jerman Fauzi Bowo": a name the
        lexicon lacks after a posting is the envoy of the title's country, with the whole title as role. The
        title's actor and the posting stay mentions of their own. Returns the hits used (0: not this frame)."""
        posted = self.lexicon.entries.get(self._actor_ref(hits[k][2]) or "")
        link = title_link(text, hits[k][1])
        span = name_after(text, link)
        if posted is None or posted.kind == "person" or span is None or len(text[span[0] : span[1]].split()) < 2 \
                or self._hit_inside(hits, span) or self.lexicon.names_a_thing(text, *span):
            return 0
        s, e, _ = hits[i]
        t_end = hits[i + 1][1]
        name = text[span[0] : span[1]]
        info = named.setdefault(_unknown_key(name), _Named(name))
        info.country = info.country or entry.country
        info.role = info.role or text[s : hits[k][1]]
        info.title_kind = info.title_kind or title_kind
        mentions.append(Mention(text[s:t_end], s, t_end, _kind_of(entry), entry.id, "lexicon", sector="GOV",
                                role=text[s:e]))
        at = text[hits[k][0] - 4 : hits[k][0]] == " di "  # "Dubes RI di Kairo": the posting is a place
        mentions.append(Mention(text[hits[k][0] : hits[k][1]], hits[k][0], hits[k][1],
                                "place" if at else _kind_of(posted), posted.id, "lexicon"))
        mentions.append(Mention(name, span[0], span[1], "person", _unknown_key(name), "title", sector="GOV",
                                role=info.role))
        return _used(hits, i, span[1])

    def _bare_title_holder(
        self, text: str, s: int, e: int, kind: str, on: date | None, mentions: list[Mention],
        named: dict[str, _Named], focus: str | None, home: str | None,
    ) -> str | None:
        """A capitalised national title standing alone ("Presiden mengatakan", "kata Menlu"): the last
        person mentioned who holds an office of that kind, else the holder on the publication date of
        that office in the document's focus country, else in the outlet's home country (an Indonesian
        outlet's bare "Presiden" is Indonesia's president)."""
        if (kind not in _BARE_KINDS and kind not in _DOC_BARE_KINDS) or not text[s].isupper():
            return None  # undated: only a holder the document itself names (below), never one from the calendar
        nxt = _NEXT_WORD.match(text, e)
        if nxt is not None and not not_a_name(nxt.group(1)):
            return None  # "Presiden Moon": a name the lexicon lacks follows
        prev = _PREV_CAP.search(text, max(0, s - 30), s)
        if prev is not None and not _sentence_initial(text, prev.start(1)) and prev.group(1) not in STOP:
            return None  # "China Open Superseries Premier", "Pasukan Pengaman Presiden": the title inside a name
        if _PREDICATE.search(text[max(0, s - 12) : s]) or _NOT_HOLDER_BEFORE.search(text[max(0, s - 12) : s]):
            return None  # "terpilih sebagai Presiden", "mantan Presiden"
        if _ORDINAL_AFTER.match(text, e):
            return None  # "Presiden ke-5", "Presiden pertama": history, not the holder
        word = text[s:e].split(maxsplit=1)[0]
        holders: dict[str, tuple[int, int]] = {}  # the document's holders so far: (mentions, last position)
        introduced = {m.key for m in mentions if m.role is not None and m.role.startswith(text[s:e])}
        royal: dict[str, set[str]] = {}  # the royal titles the text gives each person ("Ratu Elizabeth")
        for m in mentions:
            if m.kind == "person" and m.text.split(maxsplit=1)[0] in _ROYAL_TITLES:
                royal.setdefault(m.key, set()).add(m.text.split(maxsplit=1)[0])
        for m in mentions:
            if kind in _DOC_BARE_KINDS and m.key not in introduced:
                continue  # "Panglima" after "Panglima TNI Gatot Nurmantyo"; no "Kepala Staf" after "Marsekal Hadi"
            if word in _ROYAL_TITLES and m.key in royal and word not in royal[m.key]:
                continue  # a bare "Raja" is no queen the text calls "Ratu Elizabeth" (session 7)
            if m.kind == "person" and (m.key in holders or self._holds(m.key, kind, on, named)) \
                    and self._title_fits(word, kind, self._role_of(m.key, on, named)):
                holders[m.key] = (holders.get(m.key, (0, 0))[0] + 1, m.start)
        if holders:
            # the holder the document is about ("Presiden" after "Jokowi disambut Presiden Ashraf Ghani" in an
            # article on Jokowi's visit): the most mentioned, the latest on a tie
            return max(holders, key=lambda k: holders[k])
        for country in (focus, home) if on is not None and kind in _BARE_KINDS else ():
            office = self.lexicon.office(f"{country}.{kind}") if country else None
            holder = self.lexicon.holder(office.id, on) if office is not None else None
            if holder is not None and office is not None and self._title_fits(word, kind, office.role):
                return holder.id
        return None

    @staticmethod
    def _title_fits(word: str, kind: str, role: str | None) -> bool:
        """A head of state's title word is the office's own: a bare "Raja" or "Sultan" in an Indonesian text
        is no president, a bare "Presiden" no king. Other kinds have one title per office ("Menlu")."""
        if kind != "head-of-state":
            return True
        return role is not None and role.split()[0].lower() == word.lower()

    def _role_of(self, key: str, on: date | None, named: dict[str, _Named]) -> str | None:
        entry = self.lexicon.entries.get(key)
        if entry is not None:
            office = self.lexicon.office_at(entry, on)
            return office.role if office is not None else None
        info = named.get(key)
        return info.role if info is not None else None

    def _holds(self, key: str, kind: str, on: date | None, named: dict[str, _Named]) -> bool:
        entry = self.lexicon.entries.get(key)
        if entry is not None:
            return self.lexicon.office_kind_held(entry, kind, on) is not None
        info = named.get(key)
        return info is not None and info.title_kind == kind

    def _last_holder(
        self, mentions: list[Mention], kind: str, on: date | None, named: dict[str, _Named],
        fits: Callable[[str], bool] | None = None,
    ) -> str | None:
        """The last person mentioned so far who holds an office of this kind ("sang emir"), and whose
        office the title word fits (a bare "Raja" after "Raja Salman ... Presiden Putin" is Salman)."""
        for m in reversed(mentions):
            if m.kind != "person" or (fits is not None and not fits(m.key)):
                continue
            entry = self.lexicon.entries.get(m.key)
            if entry is not None and self.lexicon.office_kind_held(entry, kind, on) is not None:
                return m.key
            info = named.get(m.key)
            if info is not None and info.title_kind == kind:
                return m.key
        return None

    def _other_surname(self, text: str, hit: tuple[int, int, tuple[tuple[MatchRole, str], ...]],
                       span: tuple[int, int]) -> bool:
        """A known person's surname ending a name whose first word is not theirs: "Menteri Luar Negeri Cyrus
        Vance" is no JD Vance (session 6b)."""
        ref = self._actor_ref(hit[2])
        if ref is None or self._role(hit[2], ref) != "short" or hit[1] != span[1] or hit[0] <= span[0]:
            return False
        entry = self.lexicon.entries[ref]
        first = text[span[0] : hit[0]].split(maxsplit=1)[0]
        return entry.kind == "person" and first not in entry.name.split() and first[:1].isupper()

    def _title_name(self, text: str, pos: int) -> tuple[int, int] | None:
        """The name after a title at ``pos``, without the name of a body or region that opens it.

        - a run of capitalised words that goes on past five words, or ends at an acronym in parentheses,
          names a body ("Ketua Pengurus Besar Ikatan Pencak Silat Indonesia (PB IPSI)"), not a person;
        - a first word that the text also uses apart, after another capitalised word or a comma ("Gubernur
          Jateng Ahmad Luthfi" beside "Pemprov Jateng", "Wakil Gubernur Bali I Ketut Sudikerta" beside
          "Denpasar, Bali", "Hari Tani Agus Ruli" beside "Hari Tani Nasional"), or written in CamelCase
          ("CEO OnlinePajak Charles Guinot"), is the region or body of the title, not the person's name."""
        span = name_after(text, pos, skip_leading=True)
        if span is None:
            return None
        words = text[span[0] : span[1]].split()
        if len(words) >= 5 and re.match(r" [A-Z]", text[span[1] : span[1] + 2]):
            return None
        acr = re.match(r" \(([A-Z][A-Z ]+)\)", text[span[1] : span[1] + 14])
        if acr is not None and not "".join(w[0] for w in words).endswith(acr.group(1).replace(" ", "")):
            return None
        return self._without_lead(text, span)

    def _after_region(self, text: str, start: int) -> bool:
        """A region of the lexicon stands right before ``start`` ("Gubernur Jatim [Soekarwo]")."""
        prev = _PREV_CAP.search(text, max(0, start - 30), start)
        return prev is not None and prev.group(1) in self.lexicon.regions

    def _without_lead(self, text: str, span: tuple[int, int]) -> tuple[int, int]:
        """``span`` after a first word that names a region or body (see ``_title_name``), if two words remain;
        after a body's short form the text defines ("Perhimpunan Olahraga Tunarungu Indonesia (Porturin)" ...
        "Ketua Porturin Alwin"), if one remains; and after a word the text uses alone before a given name ("Pemain
        Chelsea Nicolas Jackson" beside "Chelsea menang"): a club or body, not the first of the person's names."""
        words = text[span[0] : span[1]].replace(" - ", "-").split()  # "Kyung Dae - soo" is two words
        first = words[0] if words else ""
        if len(words) >= 2 and _defined_short(text, first):
            return span[0] + len(first) + 1, span[1]
        if len(words) == 2 and first in self.lexicon.regions and (
                prev := _PREV_CAP.search(text, max(0, span[0] - 30), span[0])) is not None and (
                prev.group(1) in self.lexicon.titles or prev.group(1) in self.lexicon.role_heads
                or _LOCAL_TITLE.match(prev.group(1))):
            return span[0] + len(first) + 1, span[1]  # "Gubernur Jatim Soekarwo": the title's region, not his name
        if len(words) < 3:
            return span
        if len(words) == 3 and words[1] in self.lexicon.chinese_surnames and words[0] not in self.lexicon.chinese_surnames \
                and _PINYIN.fullmatch(words[2].lower()):
            return span[0] + len(first) + 1, span[1]  # "peraih Nobel Liu Xiaobo": a Chinese name is two words
        alone = [m for m in re.finditer(rf"(?<![\w-]){re.escape(first)}(?![\w-])", text)
                 if not text.startswith(words[1], m.end() + 1)]
        if words[1] in self.lexicon.given_names and alone and not any(
                _CUE.search(text, max(0, m.start() - 12), m.start()) or REPORT_AFTER.match(text[m.end() : m.end() + 40])
                for m in alone):
            return span[0] + len(first) + 1, span[1]  # (never "kata Willy" or "Willy mengatakan": a first name)
        camel = any(c.isupper() for c in first[1:]) and any(c.islower() for c in first)
        apart = False
        for m in re.finditer(rf"(?<![\w-]){re.escape(first)}(?![\w-])", text):
            before = re.search(r"(?:([A-Z][\w-]*)|,|\b(?:di|ke|dari|warga|wilayah|kawasan|provinsi|kota|otonomi|krisis|rakyat|"
                               r"parlemen|pemerintah|pemerintahan|negara|negeri)) $",
                               text[max(0, m.start() - 30) : m.start()])
            if m.start() != span[0] and before is not None and before.group(1) not in _HONORIFICS \
                    and not (before.group(1) and before.group(1).lower() in _FUNCTION_WORDS) \
                    and not re.match(r" [A-Z]", text[m.end() : m.end() + 2]):
                apart = True  # "Pemprov Jateng dengan", "Denpasar, Bali,", "di Hawaii": a region or body
                break
        if apart and first not in self.lexicon.regions and not self.lexicon.owners(first) and any(
                _ONE_LETTER_BEFORE.search(text, max(0, m.start() - 14), m.start())
                or _CUE.search(text, max(0, m.start() - 12), m.start())
                for m in re.finditer(rf"(?<![\w-]){re.escape(first)}(?![\w-])", text)
                if not text.startswith(words[1], m.end() + 1)):
            apart = False  # "korban Aldi", "kata Aldi": a given name the text uses alone for a person, no region
        if camel or apart:
            return span[0] + len(first) + 1, span[1]
        return span
