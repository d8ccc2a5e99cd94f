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
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from difflib import SequenceMatcher
from functools import cached_property
from typing import TYPE_CHECKING

from warta.actors.institutions import Institutions, Reader
from warta.actors.lexicon import ActorEntry, ActorLexicon
from warta.actors.matcher import ActorMatcher, MatchRole
from warta.actors.refer import former_titles, given_names_fit, misspelt_owner, repeated_titles, shared_surnames
from warta.actors.resolve import (
    DOCUMENT_NAME,
    NAME_STOPS,
    PLACE_HEADS,
    REPORT_AFTER,
    STOP,
    name_after,
    name_before,
    name_parts,
    name_stop_inside,
    not_a_name,
    title_link,
)
from warta.data import load_tsv
from warta.language.dates import parse_iso
from warta.model import Document, Entity, EntityKind, Mention
from warta.pipeline import BaseStage

if TYPE_CHECKING:
    from warta.actors.ner import NerSpan

_PLACE_PREP = re.compile(
    r"(?:\b(?i:di|ke|dari|menuju|kota|ibu kota|wilayah|kawasan)\s+(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?,\s+)?)$"
)
_GAP_TITLE = re.compile(r"^\s*(?:,\s*)?$")
_GAP_MOD = re.compile(r"^\s*$")
_PIHAK = re.compile(r"\bpihak\s+$", re.IGNORECASE)
_BARE_BEFORE = re.compile(r"\b(?:sang|Sang|si)\s+$")
_BARE_AFTER = re.compile(r"^\s+(?:itu|tersebut|ini)\b")
_CUE = re.compile(r"\b(?:kata|ujar|ucap|tutur|ungkap|jelas|tegas|imbuh|tambah|papar|terang|menurut|bernama)\s+")
_VERB = re.compile(REPORT_AFTER.pattern.removeprefix(r"^\s*(?:,\s*)?"))
_NAME_GOES_ON = re.compile(r" [A-Z][a-z]")  # "Jean-Pierre Lacroix" is not Karine Jean-Pierre
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


_LOWER_WORD = re.compile(r"\b[a-z]+\b")
_PREV_CAP = re.compile(r"(?<![\w-])([A-Z][a-z]+(?:-[A-Z]?[a-z]+)?) $")  # a capitalised word just before a position
# "Bandara Soekarno", "Jalan Sudirman", "Universitas Gadjah Mada": a person's name inside a place's
_PLACE_HEAD_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(PLACE_HEADS)) + r") $")
_AFTER_PREP = re.compile(r"\b(?:di|ke|dari|kota)\s+([A-Z][a-z]+)\b")
# a capitalised run written after "di" or a place noun ("di kota Khan Sheikhoun", "provinsi Golestan"): a place
_PLACE_RUN = re.compile(r"\b(?:di|kota|provinsi|wilayah|kawasan|desa|distrik|bagian|kegubernuran|pelabuhan)\s+"
                        r"(?:(?:kota|provinsi|wilayah|kawasan|desa|distrik)\s+)?"
                        r"([A-Z][\w'’]+(?: (?:[A-Z][\w'’]+|-|Al|al)){0,3})(?![\w'’-])")


def _sentence_initial(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3) : pos].rstrip(" \"“")
    return not before or before[-1] in ".!?\n"


def _used(hits: Hits, i: int, end: int) -> int:
    """How many hits from ``hits[i]`` on start before ``end`` (consumed by one mention)."""
    n = 0
    while i + n < len(hits) and hits[i + n][0] < end:
        n += 1
    return max(n, 1)


# STOP words (never a person's name) that open names of places and bodies: "New York", "New Jersey", "Times Square"
_PLACE_OPENERS = frozenset({"New", "Times"})


def _trim_ner(text: str, start: int, end: int, kind: EntityKind) -> tuple[int, str]:
    """An NER span without lower-case words at its edges; person names must be capitalised words."""
    words = text[start:end].split(" ")
    while words and (not words[0][:1].isupper() or not_a_name(words[0].strip(",."))
                     or (kind == "person" and len(words) > 2 and len(words[0]) > 1 and words[0].isupper())) and not (
        kind != "person" and words[0] in PLACE_HEADS  # "Partai Pekerja Kurdistan": the head word is the name's
    ) and not (
        kind != "person" and words[0] in _PLACE_OPENERS and len(words) > 1 and words[1][:1].isupper()
    ):  # a person span opening with an acronym ("KPK Firli Bahuri") starts after it
        start += len(words[0]) + 1
        words.pop(0)
    while words and ((not words[-1][:1].isupper() and not (
            len(words) >= 3 and words[-2] == "-" and words[-1].isalpha() and words[-3][:1].isupper()))
                     or (kind == "person" and len(words) > 1 and words[-1].strip(",.") in _PIOUS_SUFFIX)):
        words.pop()  # a lower-case edge word goes, a detokenised hyphen's half stays ("Choi Yong - bae"); so does
        # a blessing after a prophet's name ("Muhammad SAW", session 7)
    surface = " ".join(words).strip(" ,.")
    if kind == "person" and any(w in PLACE_HEADS for w in text[start:end].split()):
        return start, ""  # "Masjidil Aqsa", "Universitas Al Azhar": a place or a body, not a person
    if kind == "person" and surface:
        parts = surface.replace(" - ", "-").split()  # "Hana Mansour al - Khatib": a detokenised hyphen
        if any(not (w[:1].isupper() or w.lower() in ("bin", "binti", "al", "el", "van", "de")) for w in parts):
            return start, ""
        if any(not_a_name(w) and not name_stop_inside(parts, k) for k, w in enumerate(parts)) \
                or (len(parts) == 1 and surface.isupper()):
            return start, ""
        if any(len(p) >= 6 and p.islower() for w in parts for p in w.split("-")[1:]):
            return start, ""  # "Perundang-undangan", "Teman-teman": a reduplicated common noun ("Jong-un" stays)
    return start, surface


# person nouns that are also given names ("Imam Nahrawi", "Putri Tanjung"): they may open a name
_NAME_NOUNS = frozenset({"Imam", "Putra", "Putri", "Haji", "Ustaz", "Kiai", "Habib", "Syekh"})
# blessings written after a prophet's or a companion's name: "Nabi Muhammad SAW", "Ali RA" (no part of the name)
_PIOUS_SUFFIX = frozenset({"SAW", "SWT", "RA"})
# "Nabi Muhammad", "Rasulullah": a prophet is named by one word, which is a person even when written once
_PROPHET_BEFORE = re.compile(r"(?<![\w-])(?:Nabi|Rasul) $")

_NICKNAME = re.compile(r" \(([A-Z][a-z]+)\)")
_APPOSED = re.compile(r"(?<=[a-z)]), (?=[A-Z])")
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
# bodies the lexicon lacks whose name says they are a country's own institutions: "Direktorat Jenderal Pajak",
# "Otoritas Provinsi Kandal", "Polda Sumut", "PT Sritex" (the guide roots every actor at its country)
_LOCAL_BODY = re.compile(
    r"\b(?:Kementerian|Kemen\w+|Badan|Dinas|Direktorat|Ditjen|Komisi|Lembaga|Pemerintah|Pemkot|Pemkab|Pemprov|"
    r"Pemda|Polda|Polres|Polsek|Polrestabes|Kepolisian|Kejaksaan|Kejati|Kejari|Pengadilan|DPRD|Partai|PT|"
    r"Universitas|Institut|Yayasan|Otoritas|Kantor|Satgas|Asosiasi|Himpunan|Ikatan|Perhimpunan|Persatuan|"
    r"Majelis|Dewan|Provinsi|Kabupaten|Kota|Kodam|Korem|Kodim|Lapas|Rutan|Imigrasi)\b")
_ACRONYM = re.compile(r"[A-Z][A-Za-z]{1,6}")


# offices below the state whose holders are of the story's country: "Gubernur Jawa Barat Dedi Mulyadi", "Bupati Pati
# Sudewo", "Kapolda Metro Jaya …"
_LOCAL_TITLE = re.compile(r"^(?:Wakil\s+)?(?:Gubernur|Bupati|Wali\s*[Kk]ota|Walkot|Kapolda|Kapolres|Kapolsek|Pangdam|"
                          r"Danrem|Dandim|Kajati|Kajari|Ketua\s+DPRD|Anggota\s+DPRD|Sekda|Camat|Lurah|Kepala\s+Desa|"
                          r"Kades|Rektor|Dekan)\b")

# the same offices right before a span ("Bupati [Sleman Harda Kiswaya]"), and a name of two capitalised words or more
_LOCAL_TITLE_BEFORE = re.compile(_LOCAL_TITLE.pattern.removeprefix("^") + r"\s+$")
_NAME_REST = re.compile(r"(?: [A-Z][a-z]+){2,4}")

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


_CAMPUS_WORD = re.compile(r"([A-Z][A-Za-z]{1,9}) (?=[A-Z])")


def _campus_people(text: str, mentions: list[Mention], named: dict[str, _Named], org_country: dict[str, str],
                   bodies: dict[str, str], before: re.Pattern[str] | None) -> list[Mention]:
    """Split a person span that opens with the campus of a students' body written just before it ("Ketua BEM
    [Unnes Ahmad Fauzi]") into the body ("BEM Unnes", as the institution reader names it) and the person, who
    keeps two or more name words (session 11). ``bodies``: the bodies' short forms with their full names, from
    institutions.yaml (the heads followed by their campus); ``before``: one of them right before a name."""
    out: list[Mention] = []
    for m in mentions:
        body = before.search(text, max(0, m.start - 8), m.start) if before is not None and m.kind == "person" \
            and m.source != "lexicon" and m.key in named else None
        campus = _CAMPUS_WORD.match(m.text) if body is not None else None
        if body is None or campus is None or len(m.text.split()) < 3:
            out.append(m)
            continue
        head = bodies[body.group(1)]
        cut = m.start + campus.end()
        org_key = f"ner:org:{head}{text[body.end(1) : cut - 1]}"  # "Badan Eksekutif Mahasiswa KM Unissula"
        org_country.setdefault(org_key, "IDN")
        out.append(Mention(text[body.start(1) : cut - 1], body.start(1), cut - 1, "org", org_key, "lexicon",
                           sector="EDU"))
        name = text[cut : m.end]
        key = _unknown_key(name)
        named.setdefault(key, dataclasses.replace(named[m.key], name=name))
        out.append(dataclasses.replace(m, text=name, start=cut, key=key))
    return out


def _body_members(text: str, mentions: list[Mention], named: dict[str, _Named],
                  org_country: dict[str, str]) -> None:
    """A person named right after a body that the institution reader found, within the role phrase that
    introduces them ("Ketua BEM Unnes, Kuat Nursiam", "Kepala Departemen Kajian BEM UI Dialo Hujanbiru"), is a
    member of that body: its name as org, its sector, its country where the person has none (session 11)."""
    for k in range(1, len(mentions)):
        m, prev = mentions[k], mentions[k - 1]
        info = named.get(m.key) if m.kind == "person" else None
        if info is None or info.org is not None or m.sector is not None or prev.kind != "org" \
                or not prev.key.startswith("ner:org:") or prev.key not in org_country or prev.sector is None \
                or text[prev.end : m.start] not in (" ", ", ") or info.role is None \
                or not info.role.endswith(prev.text):
            continue
        info.org = prev.key.split(":", 2)[2]
        info.country = info.country or org_country[prev.key]
        mentions[k] = dataclasses.replace(m, sector=prev.sector)


def _local_bodies(mentions: list[Mention], org_country: dict[str, str], focus: str | None, home: str | None) -> None:
    """Give organisations the lexicon lacks a country when their name is a local institution's (of the story's
    country, else the outlet's), and Indonesian acronyms (DJP, BPKP, OJK) Indonesia in an Indonesian article
    about Indonesia. International bodies the lexicon lacks ("Human Rights Watch") keep no country."""
    for m in mentions:
        if m.kind != "org" or not m.key.startswith("ner:org:") or m.key in org_country:
            continue
        name = m.key.split(":", 2)[2]
        owner = focus or home
        if _LOCAL_BODY.search(name) and owner is not None:
            org_country[m.key] = owner
        elif home is not None and focus in (None, home) and _ACRONYM.fullmatch(name) and name.upper() == name:
            org_country[m.key] = home


# a country's missions abroad, named with the city of their posting ("KBRI Phnom Penh", "KJRI Jeddah")
_MISSIONS_ABROAD = frozenset({"org:KBRI", "org:KJRI"})
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
_FOCUS_MIN = 3
# "Jakarta, CNN Indonesia -- Kepolisian menyebut ...": after a dateline's dash a word opens the text (session 10)
_DASH_BEFORE = re.compile(r"[-–—]\s*$")
# a court named without its country ("pengadilan tersebut memutuskan"): the focus country's judiciary
_LEAD_END = re.compile(r"[.!?](?:\s|$)|\n")
_BARE_COURT = frozenset({"pengadilan", "mahkamah"})
# what follows a court that acts ("pengadilan tersebut menolak", "Mahkamah juga memutuskan"), not a trial
# ("Pengadilan pertama ... digelar") or a place ("di pengadilan")
_COURT_ACTS = re.compile(r"\s+(?:(?:tersebut|itu|ini|setempat|juga|telah|akan|sudah|pun|lalu|kemudian|tidak|belum)\b"
                         r"|(?:me|ber)[a-z]{3,})")
# between a country and the name of its national: spaces, a comma, ranks and honorifics ("Letnan Kolonel", "Dr.")
_NAT_GAP = re.compile(r" *,? *(?:[A-Z][a-z]{0,11}\.? +){0,3}")
_NAT_COMMA = re.compile(r", +")
# ", seorang jurnalis asal " between a name and a country: an apposition stating the nationality
_APPOSED_NOUNS = re.compile(r", +(?:(?:seorang|sang) +)?((?:[a-z]+ +){0,3})")
# "Saudi Gazette", "Korea Times", "China Daily": a newspaper the lexicon lacks, named after a country
_MEDIA_AFTER = re.compile(r" (?:Gazette|Times|Post|News|Daily|Tribune|Herald|Press|Today|Journal|Telegraph|Observer"
                          r"|Monitor|Standard|Guardian|Chronicle)\b")
_POSTING = re.compile(r" +untuk +$")  # "Duta Besar Israel untuk Selandia Baru"
_WORD_BEFORE = re.compile(r"(?<![\w-])([A-Za-z][a-z]*) +$")
# words before a country that make it no nationality: prepositions, conjunctions, verbs (me-, ber-, di-...-kan)
_FUNCTION_WORDS = frozenset(
    """di ke dari untuk dengan oleh kepada pada dan atau serta antara bagi tentang terhadap dalam atas yang
    bahwa seperti sebagai menuju sejak hingga sampai kata ujar tutur ungkap jelas tegas imbuh tambah papar
    terang menurut melawan bersama tanpa para sang si itu ini tersebut juga pun adalah ialah yakni yaitu
    negara pemerintah rakyat of the and for in at tak tidak belum sudah telah akan masih bisa dapat harus""".split()  # noqa: SIM905 - a word list reads better as prose
)
_VERB_FORM = re.compile(r"(?:me|ber|ter)[a-z]+|di[a-z]+(?:kan|i)|[a-z]+(?:kan|nya)")


def _not_a_noun(word: str) -> bool:
    """A word before a country that does not describe a person of that country ("kepada", "menyerang")."""
    return word in _FUNCTION_WORDS or _VERB_FORM.fullmatch(word) is not None


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
# "sang <noun>" for the person the article is about: professions (a closed class of person nouns). Kinship nouns
# ("sang ayah") and roles relative to another person ("sang pelatih", "sang pemain") point at someone else.
_SANG_NOUN = re.compile(
    r"\b[Ss]ang (?:aktor|aktris|penyanyi|musisi|artis|komedian|presenter|penulis|sastrawan|penyair|sutradara|seniman"
    r"|pelukis|pengacara|diplomat|jenderal|politisi|politikus|analis|pengamat|ulama|ustaz|imam|pendeta|hakim|jaksa"
    r"|dokter|wartawan|jurnalis|aktivis|pembangkang|miliarder|taipan|pengusaha|atlet|petinju|petenis"
    r"|pebalap|ilmuwan|profesor|pakar|ekonom|biksu|peraih|pemenang)\b")
# an aide's title: before a person who holds no such office it names that person's aide ("Juru bicara Duterte")
_AIDE_TITLE = re.compile(r"(?i:juru bicara|jubir|penasihat|ajudan|utusan khusus)")
# "X, ... yang dikenal juga sebagai Y", "X alias Y": another name of the person just named
_KNOWN_AS = re.compile(r"(?:,[^.,;\n]{0,50}? yang)? (?:(?:juga )?(?:dikenal|disebut)(?: juga)? (?:sebagai|dengan nama)|alias) "
                       r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3})")
# "Eddy Baskoro Yudhoyono atau Ibas": one capitalised word after "atau" and no capitalised word after it (session 6)
_OR_NICKNAME = re.compile(r" atau ([A-Z][a-z]{2,})(?![\w-])(?! [A-Z])")


def _nickname_of(word: str, full: str) -> bool:
    """``word`` is shorter than the name ``full`` and shares three letters in a row with one of its words ("ibas" /
    "eddy baskoro yudhoyono", "jokowi" / "joko widodo"); "Ganjar" is no nickname of "Anies Baswedan"."""
    return len(word) < len(full) and any(word[i : i + 3] in part for part in full.split() if len(part) >= 3
                                         for i in range(len(word) - 2))


# "sang juru bicara": a role noun names only a person the text introduced with it ("juru bicara maskapai, Mohammad
# Taghi Tabatabai" ... "Sang juru bicara menyebut")
_SANG_ROLE = re.compile(r"\b[Ss]ang (?:juru bicara|jubir|pelatih|juru runding|negosiator|komandan|kuasa hukum)\b")
# generic names of national institutions ("Mahkamah Agung", "Kejaksaan Agung"): without a country, the lexicon's
# Indonesian body, or in an Indonesian outlet's article on another country that never names Indonesia, that country's
_GENERIC_BODY = re.compile(r"(?:Mahkamah|Kementerian|Kejaksaan|Kepolisian|Parlemen|Majelis|Dewan|Komisi|Badan|"
                           r"Angkatan|Kantor|Pengadilan)(?: [A-Z][a-z]+)+")
_NOUN_BEFORE = re.compile(r"(?<![\w-])([A-Za-z][a-z]+) +$")
# ", kepala ekonom di Comerica Bank," after a name: lower-case nouns, optionally a place or body, then a comma/stop
_ROLE_AFTER = re.compile(r", +((?:seorang +|sang +)?[a-z]+(?: [a-z]+){0,3}(?: (?:di|dari|untuk|asal|pada)"
                         r"(?: [A-Z][\w.&-]*){1,4})?)(?=[,.])")
# ", Hakim Distrik di Hawaii," after a name: a capitalised title phrase (its head word checked against
# `role_heads`), with lower-case links, up to a comma or a full stop
# ", direktur eksekutif Sekretariat APEC." after a name: lower-case title words and the body's name (the first word
# checked against `role_heads`, so ", sebagaimana dikutip Reuters" is none)
# "(,) selaku Ketua merangkap anggota KPU" after a name: "selaku" (in the capacity of) always introduces the role
_MISSION_ABROAD = re.compile(r"\b(?:KBRI|KJRI|Kedutaan|Kedubes|Konsulat|Perwakilan|Embassy|Consulate)\b", re.IGNORECASE)
_ROLE_SELAKU = re.compile(r",? +selaku +((?:[\w&.-]+ +){0,7}?[\w&.-]+)(?=[,.;:]| yang\b| terhitung\b|\)|$)")
_ROLE_AFTER_NAMED = re.compile(r", +((?:seorang +|sang +)?[a-z]+(?: [a-z]+){0,2}(?: [A-Z][\w.&-]*){1,4})"
                               r"(?=[,.;]| yang\b)")
_TITLE_AFTER = re.compile(r", +([A-Z][\w&-]*(?: (?:[A-Z(][\w&().-]*|di|untuk|dan|bidang|urusan|-|&)){0,12})"
                          r"(?=[,.;]| yang\b)")
# lower-case words that open clauses, never part of a role phrase before a name
_SENTENCE_LOWER = frozenset({"kata", "ujar", "tutur", "ungkap", "jelas", "tegas", "imbuh", "papar", "terang", "menurut",
                             "bernama", "oleh", "bagi", "saat", "ketika", "usai", "setelah", "sebelum", "namun"})
_RANK_WORDS = frozenset("""Jenderal Letnan Mayor Brigadir Kolonel Letkol Laksamana Madya Muda Pertama Marsekal Kapten
    Sersan Letjen Mayjen Brigjen Komjen Irjen Kombes AKBP""".split())  # noqa: SIM905 - a word list reads better as prose
_NAME_LINKS = frozenset({"bin", "binti", "al", "el", "van", "de", "der", "von", "da"})  # lower-case name particles
_ROLE_LINKS = frozenset({"di", "untuk", "dan", "bidang", "urusan", "&"})
_POSTED_KINDS = frozenset({"ambassador", "un-ambassador", "envoy"})
_POSTING_AFTER = re.compile(r" +(untuk|di) +")  # "Dubes Korut untuk PBB", "Dubes RI di Kairo"
_OFFICE_TITLE = "="  # prefix of a matched title naming one office by itself ("=IDN.police-chief")
_NEXT_WORD = re.compile(r" +(?:\(\w+\) +)?([A-Z][\w'’-]*)")
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
_HONORIFIC_CUE = re.compile(r"(?<![\w-])(?:Pak|Bu|Bapak|Ibu|Mr\.|Mrs\.|Ms\.|Dr\.?|Prof\.?|Sir|Habib|Syekh|Sheikh|Kiai|KH\.?"
                            r"|Ustaz|Ustadz) +(?=[A-Z])")
# military and police ranks before a name (the ranks themselves are STOP words, so the name starts after them)
_RANK_CUE = re.compile(r"(?<![\w-])(?:(?:Letnan|Mayor|Brigadir) Jenderal|Jenderal|Letjen|Mayjen|Brigjen|Kolonel|Letkol|"
                       r"Laksamana(?: Madya| Muda| Pertama)?|Laksdya|Laksda|Laksma|Marsekal(?: Madya| Muda| Pertama)?|"
                       r"Komjen|Irjen|Kombes|Kapten|Mayor|Sersan|Lieutenant|General|Colonel|Admiral|Gen\.|Col\.) +(?=[A-Z])")
# short titles of local police, prosecution and regional officers that stand alone for the one the text introduced
# with them ("kata Kanit", "Menurut Kapolsek", "Pak Kapolres"; session 6)
_LOCAL_SHORT_TITLE = re.compile(r"(?<![\w-])(Kapolres|Kapolresta|Kapolrestabes|Kapolsek|Kapolsekta|Kapolda|Wakapolres|"
                                r"Wakapolda|Kasat|Kanit|Kasi|Kabid|Kasubdit|Kajati|Kajari|Bupati|Kadis)(?![\w-])(?! +[A-Z(])")
_SURNAME_WORD = r"[A-Z][a-z]{2,}(?:-[A-Za-z][a-z]+)?"  # "Shihab", "Butar-butar" (session 6)
_HONORIFIC_BEFORE = re.compile(r"(?<![\w-])(?:Prof|Dr|Pak|Bu|Bapak|Ibu|Mr|Mrs|Ms)\.? $")
# heads of the names of Indonesian police commands and local offices: the word after one is a place (session 6)
_UNIT_BEFORE = re.compile(r"(?<![\w-])(?:Polres|Polresta|Polrestabes|Polsek|Polsekta|Polda|Mapolres|Mapolsek|Mapolda|"
                          r"Kodim|Korem|Kodam|Pemkab|Pemkot|Pemprov|Kabupaten|Kecamatan|Kelurahan|Kejari|Kejati|"
                          r"Lapas|Rutan|Dinas|Disdik) $")
# Indonesian police ranks before a name (session 6): a police officer is often named by one word
_POLICE_RANK_CUE = re.compile(r"(?<![\w-])(?:Kompol|Iptu|Ipda|AKP|AKBP|Aiptu|Aipda|Bripka|Briptu|Bripda|Bharada|"
                              r"Kombes(?: Pol\.?)?|Komisaris Besar(?: Polisi)?|Ajun Komisaris(?: Besar)?(?: Polisi)?) +"
                              r"(?=[A-Z])")
# a surname and an age right after a word: the word is a given name ("Riyad Jaffar (27)"; session 6b)
_AGED_SURNAME_AFTER = re.compile(r" [A-Z][a-z]+(?:[- ][A-Z][a-z]+)? \([1-9]\d\)")
# royal titles before a name ("Pangeran Harry", "Ratu Elizabeth", "Putra Mahkota Mohammed bin Salman"): the name
# after one is a person's, even one word (session 6b); "Emir Qatar" is a title of a country, which is taken first
_ROYAL_CUE = re.compile(r"(?<![\w-])(?:Pangeran(?: Mahkota)?|Putra Mahkota|Ratu|Permaisuri|Sultan|Emir|Prince|Princess|Queen|"
                        r"King) +(?=[A-Z])")
_AGE_AFTER = re.compile(r"(?<![\w-])([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}) \([1-9]\d\)")
# honorifics before a name ("Habib Ali", "Pak Muhaimin"): the word after one is a person's, no region's
_HONORIFICS = frozenset("""Pak Bu Bapak Ibu Mr Mrs Ms Dr Prof Sir Habib Syekh Sheikh Kiai KH Gus Ustaz Ustadz Mbak Mas
    Tuan Nyonya Haji Hj H Cak Bung Sang""".split())  # noqa: SIM905 - a word list reads better as prose
# "Choi Yong - bae", "Kim Jong-un": a (Korean) surname, a given name in two parts joined by a hyphen (detokenised or not)
_KOREAN_NAME = re.compile(r"(?<![\w-])([A-Z][a-z]{1,4}) ([A-Z][a-z]{1,6})(?:(?: - |-)([a-z]{2,6})|"
                          r" ([A-Z][a-z]{1,4})(?! [A-Z]))(?![\w-])")  # session 7: also spaced, "Kim Jong Nam"
# lower-case nouns of things named after people: "kapal induk Ronald Reagan", "stadion", "jalan"
_THING_NOUNS = frozenset({"kapal", "induk", "pesawat", "klub", "tim", "film", "lagu", "album", "novel", "buku", "merek",
                          "produk", "varian", "model", "mobil", "hotel", "jalan", "stadion", "gedung", "bandara",
                          "penghargaan", "trofi", "piala", "yayasan", "perusahaan"})
# English function words inside a capitalised run: a title of a work or an event, not a person's name
_ENGLISH_FUNCTION = frozenset({"Under", "My", "Is", "Are", "Of", "The", "In", "And", "To", "For", "On", "At", "With",
                               "Your", "Our", "Me", "You", "We", "From", "Into", "Over", "Without", "Not"})
_ROYAL_TITLES = frozenset({"Raja", "Ratu", "Sultan", "Pangeran", "Putri", "Permaisuri", "Kaisar"})
_AFTER_PLACE_PREP = re.compile(r"(?<![\w-])(?:di|ke|dari) $")  # "di Albert Hall": a place
_COORD_AFTER = re.compile(r",? +(?:dan|serta) +(?=[A-Z])")  # "Karina Salim dan Elko Kastanya"
_COORD_BEFORE = re.compile(r" +(?:dan|serta) +$")
_CAP_WORD = re.compile(r"\b[A-Z][a-z]+(?:['’-][A-Za-z]+)*\b")

Hits = list[tuple[int, int, tuple[tuple[MatchRole, str], ...]]]


_ACRONYM_AFTER = re.compile(r" \(([A-Z][A-Z0-9-]{1,9})\)")
# session 6: people named by initials ("pelaku berinisial SR", "Inisial RN (30)", "Aldi Atwinda Jauhar alias AAJ")
# (sixteenth pass) and the KPK's and prosecutors' "Saudara AS selaku Komisaris Utama", "Saudari UH" (unseen detik 2025:
# 40 of 40 "Saudara/Saudari" + capitals read are a person's initials)
_INITIAL_CUE = re.compile(r"(?<![\w-])(?:(?:[Bb]er)?[Ii]nisial|[Ss]audar[ai]|[Ss]dri?\.) +([A-Z]{1,4})(?![\w-])")
# a name and the short form the text defines for it: "Ogan Komering Ilir (OKI)", "Rukun Tetangga (RT)"
_DEFINED_ACRONYM = re.compile(r"((?:[A-Z][\w'’-]*\s+){1,5}[A-Z][\w'’-]*)\s+\(([A-Z]{2,6})\)")
# "dolar AS": a currency's country, never a person's initials
_CURRENCY_BEFORE = re.compile(r"(?<![\w-])(?:dolar|dollar) +$", re.IGNORECASE)
_MORE_INITIALS = re.compile(r"(?: +\([1-9]\d\))?(?:,? +(?:dan|serta) +|, +)([A-Z]{1,4})(?![\w-])")
_ALIAS_INITIALS = re.compile(r" +alias +([A-Z]{2,4})(?![\w-])")
_BARE_INITIALS = re.compile(r"(?<![\w-])[A-Z]{2,3}(?![\w-])")
_ONE_LETTER_BEFORE = re.compile(r"\b(?:tersangka|pelaku|korban|saksi|terdakwa|terpidana|inisial|berinisial|saudara|saudari) +$",
                                re.IGNORECASE)
# "Hermansyah, ahli telematika yang ...", "Agung, salah satu mahasiswa", "Zul (47), warga Desa ...": a name with an
# apposition describing a person (the nouns are `person_nouns` in name_heads.yaml)
_APPOSED_PERSON = re.compile(r"(?<![\w-])([A-Z][a-z'’]+(?: [A-Z][a-z'’]+){0,3})( \([1-9]\d\))?, +"
                             r"(?:salah (?:satu|seorang) +|seorang +|sang +)?([a-z]+)\b")
# a name glued to an outlet's credit by a lost space ("Dirangkumdetikcom", "Pantauandetikcomdi"): a cleaning artefact
_GLUED_OUTLET = re.compile(r"[a-z](?:detik|kompas|liputan|tribun|okezone|antaranews|cnn)|[a-z]com\b")


def _acronym_keys(text: str, mentions: list[Mention]) -> list[Mention]:
    """An unknown organisation followed by its acronym ("Partai Pekerja Kurdistan (PKK)") is keyed,
    and so named, by the acronym: the short name is the one the rest of the text uses."""
    renamed: dict[str, str] = {}
    for m in mentions:
        acr = _ACRONYM_AFTER.match(text, m.end) if m.kind == "org" and m.key.startswith("ner:org:") else None
        if acr is not None and " " in m.text:
            renamed[m.key] = f"ner:org:{acr.group(1)}"
    return [dataclasses.replace(m, key=renamed[m.key]) if m.key in renamed else m for m in mentions]


def _kind_of(entry: ActorEntry) -> EntityKind:
    if entry.kind == "person":
        return "person"
    if entry.kind == "country":
        return "place"
    return "org"


@dataclass(slots=True)
class _Named:
    """A person the lexicon lacks, found in this document: canonical name, country, role."""

    name: str
    country: str | None = None
    org: str | None = None
    role: str | None = None
    title_kind: str | None = None


# a capitalised family name and one to three capitalised name words after it ("Liu Xiaobo", "Nguyen Phu Trong")
_EAST_ASIAN = re.compile(r"(?<![\w-])([A-Z][a-z]{1,6}) ((?:[A-Z][a-z]{1,9} ?){1,3})(?<! )(?![\w-])")
# one to three pinyin syllables: an optional initial and a final ("xiao" + "bo", "ze" + "dong", "chun" + "ying")
_PINYIN = re.compile(r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|iao|ian|ing|ang|eng|ong|uai|uan|"
                     r"ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|a|o|e|i|u|v)){1,3}")


# a country's national team before a country name: "Timnas Indonesia", "Tim Nasional Jepang"
_TEAM_WORDS = frozenset({"Timnas", "Nasional", "Skuad"})


def _defined_short(text: str, word: str) -> bool:
    """``word`` is a body's short form the text defines after its full name ("Perhimpunan Olahraga Tunarungu
    Indonesia (Porturin)"): written in parentheses after a lower-case letter, capitalised only at its start."""
    return word[1:].islower() and re.search(rf"[a-z] \({re.escape(word)}\)", text) is not None


def _unknown_key(name: str) -> str:
    return f"ner:person:{name}"


class ActorStage(BaseStage):
    name = "actors"
    reads = frozenset({"text", "published", "sentences", "lang", "title"})
    writes = frozenset({"mentions", "entities"})

    @cached_property
    def lexicon(self) -> ActorLexicon:
        return ActorLexicon.load(self.settings.lexicon_dir)

    @cached_property
    def matcher(self) -> ActorMatcher:
        return ActorMatcher(self.lexicon)

    @cached_property
    def ner(self) -> object | None:
        if not self.settings.use_ner:
            return None
        try:
            from warta.actors.ner import NerModel, default_model_path
        except ImportError:
            return None
        path = self.settings.ner_model or default_model_path()
        return NerModel(path) if (path / "config.cfg").exists() else None

    def __call__(self, doc: Document) -> Document:
        text = doc.text
        on = parse_iso(doc.published)
        lex = self.lexicon
        hits = self._without_redefined(text, self.matcher.hits(text))
        if doc.lang == "id":
            hits = self._lone_english_abbreviations(text, hits)
        full_names_seen: set[str] = set()
        for _s, _e, values in hits:
            for role, ref in values:
                if role == "alias" and ref in lex.entries and lex.entries[ref].kind == "person":
                    full_names_seen.add(ref)
        named: dict[str, _Named] = {}
        mentions: list[Mention] = []
        i = 0
        home = "IDN" if doc.lang == "id" else None  # whose bare "Kementerian Kebudayaan" it is
        ranked = self._country_counts(hits)
        focus = self._focus_country(ranked)
        lead = focus or self._lead_country(text, hits, ranked)
        if home is not None and focus is not None and not self._names_country(hits, home):
            home = focus  # an Indonesian outlet's article on China that never names Indonesia: China's ministries
        org_country: dict[str, str] = {}
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
                if entry.kind == "media" or (entry.kind == "person" and (
                        _PLACE_HEAD_BEFORE.search(text, max(0, s - 14), s) or lex.names_a_thing(text, s, e)
                        or (match_role == "alias" and self._own_first_name(text, hits, i)))) \
                        or (entry.kind == "country" and _MEDIA_AFTER.match(text, e)) or (
                    match_role == "short" and entry.id not in full_names_seen
                    and (self._ambiguous_short(text[s:e]) or _NAME_GOES_ON.match(text, e)
                         or self._first_name_before(text, hits, i))
                ) or (entry.kind == "country" and _HONORIFIC_BEFORE.search(text, max(0, s - 8), s)) \
                        or (entry.kind == "country" and _AGED_SURNAME_AFTER.match(text, e)):
                    # ("Prof Santiago": a person's name after an honorific, not Chile's capital; "Riyad Jaffar (27)":
                    # a given name before a surname and an age, not Riyadh)
                    i += 1
                    continue
                foreign = self._foreign_body(text, hits, i, entry)
                if foreign is None and entry.kind == "org" and home is not None and home != entry.country \
                        and doc.lang == "id" and entry.country == "IDN" and _GENERIC_BODY.fullmatch(text[s:e]):
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

        mentions.extend(self._frame_people(text, mentions, named))
        mentions = self._institutions(text, mentions, org_country, focus, home)
        media = [Mention(text[h[0] : h[1]], h[0], h[1], "org", mref, "lexicon") for h in hits
                 if (mref := self._actor_ref(h[2])) is not None and lex.entries[mref].kind == "media"]
        found = self._ner_mentions(text, [*mentions, *media], named)
        mentions = [m for m in mentions if m.kind == "person" or not any(
            p.kind == "person" and p.start <= m.start and m.end <= p.end for p in found)]  # "Willy Indra Yunani"
        mentions.extend(found)
        mentions = _campus_people(text, mentions, named, org_country, *self._campus_bodies)
        mentions.extend(self._shaped_names(text, mentions, named))
        mentions.extend(self._coordinated_people(text, mentions, named))
        mentions = _acronym_keys(text, mentions)
        mentions = self._organ_short_forms(text, mentions)
        mentions = self._full_forms(text, mentions, named)
        mentions.extend(self._name_parts(text, mentions, named))
        mentions = self._initials(text, mentions, named)
        mentions.extend(self._sang_nouns(text, mentions, named))
        mentions = self._join_adjacent(text, mentions, named)
        mentions = self._merge_single_names(text, mentions, named)
        mentions = self._headline_names(doc.title or "", mentions, named)
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
        mentions = self._aged_people(text, mentions, named)
        mentions = self._nationalities(text, mentions, named)
        self._headline_nationalities(doc.title or "", named)
        self._appositive_roles(text, mentions, named)
        _body_members(text, mentions, named, org_country)
        mentions = self._bare_local_titles(text, mentions, named)
        _local_bodies(mentions, org_country, focus, home)
        outlet = "IDN" if doc.lang == "id" else None  # the outlet's country, whatever the story's
        story = self._story_country(text, hits, ranked)
        self._titled_locals(named, story or focus, home)
        self._story_people(mentions, named, outlet if story == outlet else None,
                           outlet if not any(country != outlet for country, _n in ranked) else None)
        return dataclasses.replace(doc, mentions=tuple(mentions),
                                   entities=self._entities(mentions, doc, named, org_country))

    # ------------------------------------------------------------------ a country's own bodies (sixteenth pass)

    @cached_property
    def _org_forms(self) -> dict[str, tuple[str, ...]]:
        """Each alias of the lexicon's organisations with a country, to the organisations it names."""
        out: dict[str, list[str]] = {}
        for e in self.lexicon.entries.values():
            if e.kind == "org" and e.country is not None:
                for form in e.aliases:
                    out.setdefault(form, []).append(e.id)
        return {form: tuple(ids) for form, ids in out.items()}

    def _own_body(self, name: str, start: int, end: int, country: str, sector: str | None,
                  org_country: dict[str, str] | None) -> Mention:
        """A body named in full without its country ("Kementerian Lingkungan Hidup" in an Indonesian text): an
        organisation of that country, not the country itself, so that its meeting, agreement or request with
        another body of the country keeps both sides (the guide's intra-state events; the root is the country's
        either way). The lexicon's entry where it names the body with the country ("Kementerian Luar Negeri RI" is
        "Kemlu"), else an organisation named by its words, as the institution reader names one."""
        entry = self.lexicon.entries.get(country)
        for suffix in entry.aliases if entry is not None and entry.kind == "country" else ():
            known = {k for k in self._org_forms.get(f"{name} {suffix}", ()) if self.lexicon.entries[k].country == country}
            if len(known) == 1:
                return Mention(name, start, end, "org", known.pop(), "lexicon")
        if org_country is None:
            return Mention(name, start, end, "place", country, "lexicon", sector=sector)
        key = f"ner:org:{name}"
        org_country.setdefault(key, country)
        return Mention(name, start, end, "org", key, "lexicon", sector=sector)

    # ------------------------------------------------------------------ Indonesian institutions (session 9)

    @cached_property
    def institutions(self) -> Institutions:
        """institutions.yaml, read once for the reader and the bare national bodies."""
        return Institutions.load(self.settings.lexicon_dir)

    @cached_property
    def _campus_bodies(self) -> tuple[dict[str, str], re.Pattern[str] | None]:
        """The students' bodies by short form (institutions.yaml) and the pattern of one written right before a name
        the model or a name frame glued to its campus ("Ketua BEM [Unnes Ahmad Fauzi]"), built once."""
        bodies = self.institutions.campus_bodies()
        alts = "|".join(map(re.escape, sorted(bodies, key=len, reverse=True)))
        return bodies, re.compile(rf"\b({alts})(?: KM)? $") if bodies else None

    @cached_property
    def institution_reader(self) -> Reader:
        regions = [place for place, country in self.lexicon.regions.items() if country == "IDN"]
        return Reader.build(self.institutions, regions, STOP)

    def _institutions(self, text: str, mentions: list[Mention], org_country: dict[str, str], focus: str | None,
                      home: str | None) -> list[Mention]:
        """One organisation mention over an Indonesian institution's head, short form, place and owning body
        ("Kejaksaan Negeri (Kejari) Sidoarjo", "Komisi III DPR"), replacing the lexicon's pieces inside it; a
        lexicon body inside keeps its entity ("Polda Metro Jaya"; an organ is its owner's: "Komisi III DPR" is the
        DPR, as the gold marks it), a head alone ("Kejari") is the latest body of that head. Indonesian-language
        texts only: the heads are Indonesian words."""
        if home is None:
            return mentions
        out = list(mentions)
        last: dict[str, str] = {}  # canonical head form -> key of its latest body
        for f in self.institution_reader.find(text):
            # (a name frame's "person" made of the head's own words is none: "Koalisi [Masyarakat Sipil] menilai",
            # nor one that a sector word ending the head introduced: "Serikat Pekerja [Sinar Jaya]"; session 11)
            out = [m for m in out if not (m.kind == "person" and m.source != "lexicon" and f.start < m.start and (
                m.end <= f.head_end or (m.sector is not None and m.start == f.head_end + 1 and m.end <= f.end)))]
            # (nor one that opens with the head itself, a state body's short form: "[Pemprov Jatim] meminta …";
            # sixteenth pass)
            out = [m for m in out if not (m.kind == "person" and m.source != "lexicon" and m.start == f.start
                                          and m.end <= f.end and not f.head.generic and not f.back)]
            inside = [m for m in out if m.start < f.end and f.start < m.end]
            if any(m.kind == "person" or m.start < f.start or m.end > f.end or (m.start, m.end) == (f.start, f.end)
                   or (m.key in self.lexicon.entries and self.lexicon.entries[m.key].kind == "country"
                       and m.key != "IDN") for m in inside):
                continue  # a person's title, a longer lexicon name, a foreign body ("... Rusia")
            known = sorted((m for m in inside if m.kind == "org" and m.key in self.lexicon.entries),
                           key=lambda m: m.start != f.start)
            if known and self.lexicon.entries[known[0].key].country != "IDN":
                continue  # "Badan Investigasi Federal (FBI)", "Badan Bantuan dan Pekerjaan PBB": the lexicon's
            head = f.head.forms[0]
            if known:
                key = known[0].key  # "Polda Metro Jaya"; an organ of a known body is that body's: "Komisi 1 DPR RI"
            elif f.name == head and head in last:
                key = last[head]  # "Kejari" after "Kejaksaan Negeri (Kejari) Sidoarjo"
            elif f.back:
                continue  # "Koalisi" with no coalition named before it (session 11)
            else:
                key = f"ner:org:{f.name}"
                country = "IDN" if f.indonesian else (focus or home)
                org_country[key] = country
            last[head] = key
            out = [m for m in out if m not in inside]
            out.append(Mention(text[f.start:f.end], f.start, f.end, "org", key, "lexicon", sector=f.sector))
        return out

    # ------------------------------------------------------------------ titles and sector words

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
        s, e, values = hits[i]
        roles = dict(values)
        title_kind = roles.get("title")
        sector = roles.get("sector")
        if not title_kind and not sector:
            return 0
        nxt = hits[i + 1] if i + 1 < len(hits) else None
        target = self._actor_ref(nxt[2]) if nxt is not None else None
        gap = text[e : nxt[0]] if nxt is not None else ""
        target_entry = lex.entries.get(target) if target else None
        if title_kind and title_kind.startswith(_OFFICE_TITLE):
            # "Menkopolhukam", "Kapolri": a title naming one office by itself
            if nxt is not None and target_entry is not None and target_entry.kind == "person" and _GAP_TITLE.match(gap):
                mentions.append(Mention(text[s : nxt[1]], s, nxt[1], "person", target_entry.id, "title",
                                        role=text[s:e]))
                return 2
            office = lex.office(title_kind.removeprefix(_OFFICE_TITLE))
            return self._title_of_actor(text, hits, i, on, full_names_seen, named, mentions,
                                        office.kind if office else "", None, title_kind.removeprefix(_OFFICE_TITLE))
        if title_kind:
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

    def _pick_owner(self, values: tuple[tuple[MatchRole, str], ...], focus: str | None, home: str | None) -> str | None:
        """The actor a matched form names; a form two organisations share ("Partai Demokrat": Indonesia's and
        the United States') names the one of the document's focus country, else of the outlet's home country."""
        ref = self._actor_ref(values)
        owners = [r for role, r in values if role == "alias" and r in self.lexicon.entries
                  and self.lexicon.entries[r].kind == "org"]
        if ref is None or len(owners) < 2:
            return ref
        for country in (focus, home):
            pick = next((r for r in owners if country is not None and self.lexicon.entries[r].country == country), None)
            if pick is not None:
                return pick
        return ref

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

    def _first_name_before(self, text: str, hits: Hits, i: int) -> bool:
        """A capitalised word right before a surname that is no title, honorific or sentence start is
        another person's first name: "Takuma Ueda" is not the central banker Kazuo Ueda."""
        s = hits[i][0]
        prev = _PREV_CAP.search(text, max(0, s - 30), s)
        if prev is None:
            return False
        word = prev.group(1)
        if _sentence_initial(text, prev.start(1)) and re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", text):
            return False  # "Namun Powell", "Kemudian Ueda": a common word opening the sentence
        if not_a_name(word) or word in self.lexicon.titles or word.lower() in self.lexicon.titles \
                or word in _HONORIFICS:
            return False
        return not (i > 0 and hits[i - 1][1] == prev.end(1))  # "AS Trump": a lexicon word before

    def _own_first_name(self, text: str, hits: Hits, i: int) -> bool:
        """A full name of the lexicon after another person's given name that the text also uses alone: "Ibu Negara
        Iriana Joko Widodo" ... "Ibu Iriana" is the president's wife, named after him, not the president."""
        if not self._first_name_before(text, hits, i):
            return False
        prev = _PREV_CAP.search(text, max(0, hits[i][0] - 30), hits[i][0])
        word = prev.group(1) if prev is not None else ""
        return any(m.start() != prev.start(1) for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?! [A-Z])(?![\w-])", text)) \
            if prev is not None else False

    def _foreign_body(self, text: str, hits: Hits, i: int, entry: ActorEntry) -> str | None:
        """The country whose body an institution name is when that country follows it: the lexicon's
        "Mahkamah Agung" and "Kemlu" are Indonesia's, "Mahkamah Agung AS" and "Kemlu Jepang" the United
        States' and Japan's. International bodies (no country) and the body's own country are left alone."""
        _s, e, _ = hits[i]
        if entry.kind != "org" or entry.country is None or i + 1 >= len(hits):
            return None
        ns, _ne, values = hits[i + 1]
        ref = self._actor_ref(values)
        nxt = self.lexicon.entries.get(ref) if ref else None
        if nxt is None or nxt.kind != "country" or nxt.id == entry.country or text[e:ns] != " ":
            return None
        if entry.id in _MISSIONS_ABROAD:
            return None  # "KBRI Phnom Penh": Indonesia's embassy in that city, not Cambodia's
        return nxt.id

    def _organ_short_forms(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """A UN organ named without "PBB" ("tujuh anggota Dewan Keamanan", "Majelis Umum") in a
        document that names an organ with it or the UN itself: the short form of its "<X> PBB" alias.
        An unknown NER organisation with that exact surface is replaced."""
        lex = self.lexicon
        keys = {m.key for m in mentions}
        forms: dict[str, str] = {}
        for e in lex.entries.values():
            if e.kind == "org":
                for alias in e.aliases:
                    if alias.endswith(" PBB") and alias.count(" ") >= 2:
                        forms.setdefault(alias.removesuffix(" PBB"), e.id)
        if not forms or not any(k in keys for k in ("org:UN", *forms.values())):
            return mentions
        kept = [m for m in mentions if not (m.key.startswith("ner:org:") and m.text in forms)]
        out = list(kept)
        for form, ref in forms.items():
            for hit in re.finditer(rf"(?<![\w-]){re.escape(form)}(?! [A-Z]|[\w-])", text):
                if self._free((hit.start(), hit.end()), out):
                    out.append(Mention(form, hit.start(), hit.end(), "org", ref, "lexicon"))
        return out

    def _without_redefined(self, text: str, hits: Hits) -> Hits:
        """(sixteenth pass) Hits without a lexicon acronym the text defines as another name's short form: "Bupati Ogan
        Komering Ilir (OKI) … Kejari OKI" is the regency, not the OIC (unseen detik 2025, media 2023, IndoSum: 16 of 22
        "OKI" are the regency, in articles that define it so; 3 the OIC), where the lexicon knows nothing of the name;
        "Amerika Serikat (AS)" names the lexicon's own entry and stays."""
        redefined: set[str] = set()
        for d in _DEFINED_ACRONYM.finditer(text):
            acronym, words = d.group(2), d.group(1).split()
            tail = " ".join(words[-len(acronym):])
            if len(words) < len(acronym) or "".join(w[0] for w in words[-len(acronym):]) != acronym:
                continue  # only a name whose initials spell the acronym exactly
            own = {ref for _s, _e, values in self.matcher.hits(acronym) for _r, ref in values
                   if ref in self.lexicon.entries and self.lexicon.entries[ref].kind != "media"}  # ("Qatari News
            # Agency (QNA)": an outlet's name, written in English or misspelt, is the outlet's)
            named = {ref for _s, _e, values in self.matcher.hits(tail) for _r, ref in values}
            if own and not named:  # (a name the lexicon knows in part, "Mahkamah Kehormatan Mahkamah Konstitusi
                redefined.add(acronym)  # (MKMK)", misspelt or varied, may still be the entry's)
        return [h for h in hits if text[h[0] : h[1]] not in redefined] if redefined else hits

    def _lone_english_abbreviations(self, text: str, hits: Hits) -> Hits:
        """Hits without a country's all-capitals English abbreviation that is its only name in an Indonesian
        text: there "DRC" is a Disaster Recovery Center and "USA" closes a name ("USA Today"); an Indonesian
        outlet writing of the country names it in Indonesian too (session 10)."""
        def english(hit: tuple[int, int, tuple[tuple[MatchRole, str], ...]]) -> str | None:
            ref = self._actor_ref(hit[2])
            entry = self.lexicon.entries[ref] if ref is not None else None
            return ref if entry is not None and text[hit[0] : hit[1]] in entry.english_abbreviations else None

        named = {c for h in hits if english(h) is None and (ref := self._actor_ref(h[2])) is not None
                 for c in (ref, self.lexicon.entries[ref].country)}  # its people too: "Kim Jong-un ... DPRK"
        return [h for h in hits if (ref := english(h)) is None or ref in named]

    def _names_country(self, hits: Hits, country: str) -> bool:
        return any(self._actor_ref(values) == country for _s, _e, values in hits)

    def _country_counts(self, hits: Hits) -> list[tuple[str, int]]:
        """Countries named in the document with how often, most often first."""
        counts: dict[str, int] = {}
        for _s, _e, values in hits:
            ref = self._actor_ref(values)
            if ref is not None and self.lexicon.entries[ref].kind == "country":
                counts[ref] = counts.get(ref, 0) + 1
        return sorted(counts.items(), key=lambda kv: -kv[1])

    @staticmethod
    def _focus_country(ranked: list[tuple[str, int]]) -> str | None:
        """The country the document is about: the one named most often, when clearly so
        (at least three times and at least twice as often as any other)."""
        if not ranked or ranked[0][1] < _FOCUS_MIN or (len(ranked) > 1 and 2 * ranked[1][1] > ranked[0][1]):
            return None
        return ranked[0][0]

    def _lead_country(self, text: str, hits: Hits, ranked: list[tuple[str, int]]) -> str | None:
        """The country named most often (at least three times, more than any other) when the lead
        sentence names it too: the story's subject by news convention, short of a clear focus."""
        if not ranked or ranked[0][1] < _FOCUS_MIN or (len(ranked) > 1 and ranked[1][1] >= ranked[0][1]):
            return None
        first = _LEAD_END.search(text)
        end = first.end() if first else len(text)
        top = ranked[0][0]
        return top if any(s < end and self._actor_ref(v) == top for s, _e, v in hits) else None

    @cached_property
    def _region_re(self) -> re.Pattern[str] | None:
        names = sorted(self.lexicon.regions, key=len, reverse=True)
        return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])") if names else None

    def _place_country(self, phrase: str) -> str | None:
        """The country a phrase places itself in: a region of the lexicon ("Gubernur Jawa Tengah") or a country
        named in it ("Gubernur Guam" names no region; "Menpora RI" names Indonesia)."""
        region = self._region_re.search(phrase) if self._region_re is not None else None
        if region is not None:
            return self.lexicon.regions[region.group(0)]
        for _s, _e, values in self.matcher.hits(phrase):
            ref = self._actor_ref(values)
            if ref is not None and (entry := self.lexicon.entries[ref]).kind == "country":
                return entry.id
        return None

    def _story_country(self, text: str, hits: Hits, ranked: list[tuple[str, int]]) -> str | None:
        """The country the story happens in: the focus rule (three mentions, twice any other) over the countries
        named plus the places inside a country ("Semarang", "Jawa Tengah" count for Indonesia) and its own bodies
        ("KPU", "DKPP"), so an article on Central Java's exports to America, or on an ethics ruling against election
        officials that names no country but a polling station abroad, is Indonesian."""
        counts = dict(ranked)
        for _s, _e, values in hits:
            # a country's own bodies ("KPU", "DKPP", "Polda Metro Jaya") place the story in it too
            ref = self._actor_ref(values)
            entry = self.lexicon.entries.get(ref) if ref is not None else None
            if entry is not None and entry.kind == "org" and entry.country is not None \
                    and not _MISSION_ABROAD.search(entry.name):  # (an embassy works abroad: "KBRI Riyadh")
                counts[entry.country] = counts.get(entry.country, 0) + 1
        if self._region_re is not None:
            covered = [(s, e) for s, e, _v in hits]
            for m in self._region_re.finditer(text):
                if not any(s <= m.start() < e for s, e in covered):
                    country = self.lexicon.regions[m.group(0)]
                    counts[country] = counts.get(country, 0) + 1
        return self._focus_country(sorted(counts.items(), key=lambda kv: -kv[1]))


    def _titled_locals(self, named: dict[str, _Named], story: str | None, home: str | None) -> None:
        """A person the lexicon lacks whose title is a local office (governor, regent, regional police chief) is of
        the country the title places itself in ("Gubernur Jawa Tengah"), else the story's, else the outlet's: the
        guide roots every actor at its country, and such offices name no other."""
        for info in named.values():
            if info.country is None and info.role and _LOCAL_TITLE.match(info.role):
                info.country = self._place_country(info.role) or story or home

    def _story_people(self, mentions: list[Mention], named: dict[str, _Named], domestic: str | None,
                      alone: str | None) -> None:
        """Countries of people the lexicon lacks and the text ties to no country or body (guide: every actor is
        rooted at its country): a role that places itself gives its country ("Kepala Dinas Pendidikan Mataram",
        "Menpora RI"); an official with any role in a story about the outlet's own country (``domestic``: an
        Indonesian article on Central Java's exports to America) is of that country; and in an Indonesian outlet's
        article that names no other country (``alone``) everyone is Indonesian; so is a person named by initials in a
        domestic story. People in a foreign story keep no
        country without a cue: singers, activists and visitors in an article on Palestine or Israel are often of
        neither (the event coder would root their acts wrongly)."""
        surfaces: dict[str, list[str]] = {}
        for m in mentions:
            if m.kind == "person" and m.key not in self.lexicon.entries:
                surfaces.setdefault(m.key, []).append(m.text)
        for key, forms in surfaces.items():
            info = named.setdefault(key, _Named(max(dict.fromkeys(forms), key=len)))
            if info.country is None and info.org is None:
                info.country = (self._place_country(info.role) if info.role else None) or (
                    domestic if info.role or re.fullmatch(r"[A-Z]{1,4}", info.name) else None) or alone
                # (a suspect or victim named by initials, "pelaku berinisial SR", in a domestic story: Indonesian
                # press ethics name the country's own suspects and victims so)

    def _nationalities(self, text: str, mentions: list[Mention], named: dict[str, _Named]) -> list[Mention]:
        """People the lexicon lacks whose country the text states just before the name:
        "remaja Palestina Ahed Tamimi", "juru bicara pertahanan India Letnan Kolonel Manish Mehta",
        "diplomat India, Surjeet Singh", "diplomat asal Ekuador, Vayas", "Duta Besar Israel untuk
        Selandia Baru, Dr. Itzhak Gerberg". A one-word organisation or place the model tagged in the
        "<noun> asal <country>, X," frame is that person."""
        lex = self.lexicon
        out = list(mentions)
        for k, m in enumerate(out):
            person = m.kind == "person" and m.key in named and named[m.key].country is None
            lone = m.kind in ("org", "place") and m.key.startswith("ner:") and " " not in m.text \
                and text[m.end : m.end + 1] == "," and not m.text.isupper()  # "media massa Ukraina, UNN,": an outlet
            if not (person or lone):
                continue
            nxt = out[k + 1] if person and k + 1 < len(out) else None
            after = _APPOSED_NOUNS.fullmatch(text, m.end, nxt.start) if nxt is not None else None
            if nxt is not None and after is not None and nxt.key in lex.entries \
                    and lex.entries[nxt.key].kind == "country" and not any(_not_a_noun(w) for w in after.group(1).split()) \
                    and (after.group(1) or (nxt.sector is not None and nxt.text[:1].islower())):
                named[m.key].country = nxt.key  # "Ahmad Yusuf, seorang jurnalis asal Mesir,", "..., warga Mesir,"
                continue
            if k == 0:
                continue
            prev = out[k - 1]
            gap = text[prev.end : m.start]
            entry = lex.entries.get(prev.key)
            if entry is None or not (_NAT_GAP.fullmatch(gap) if person else _NAT_COMMA.fullmatch(gap)):
                continue
            if entry.kind == "org" and person and "," not in gap and prev.kind == "org":
                # "Ketua Komisi 1 DPR RI Abdul Kharis", "juru bicara UNRWA Adnan Abu Hasna": the body named
                # right before a name is the person's
                named[m.key].country = entry.country
                named[m.key].org = named[m.key].org or entry.org or entry.name
                continue
            if entry.kind != "country":
                continue
            country = prev.key
            before = text[max(0, prev.start - 30) : prev.start]
            if prev.sector is not None and prev.source == "lexicon":
                pass  # "diplomat India", "Perunding Kolombia": a sector phrase names the person's country
            elif (post := _POSTING.search(before)) is not None and k >= 2 and out[k - 2].sector is not None \
                    and out[k - 2].end == prev.start - len(post.group(0)) and out[k - 2].key in lex.entries \
                    and lex.entries[out[k - 2].key].kind == "country":
                country = out[k - 2].key  # "Duta Besar Israel untuk Selandia Baru, Dr. Itzhak Gerberg"
            else:
                word = _WORD_BEFORE.search(before)
                if word is None:
                    continue
                noun = word.group(1)
                if noun[:1].isupper() and _sentence_initial(text, prev.start - len(before) + word.start(1)):
                    noun = noun.lower()  # "Remaja Palestina Ahed Tamimi ..." opening a sentence
                if noun in _TEAM_WORDS:
                    noun = noun.lower()  # "Pemain sayap Timnas Indonesia Osvaldo Haay": the national team's player
                if not noun.islower() or _not_a_noun(noun) or (lone and noun != "asal"):
                    continue
            if lone:
                key = _unknown_key(m.text)
                named.setdefault(key, _Named(m.text, country=country))
                out[k] = dataclasses.replace(m, kind="person", key=key)
            else:
                named[m.key].country = country
        return out

    def _appositive_roles(self, text: str, mentions: list[Mention], named: dict[str, _Named]) -> None:
        """The role of a person the lexicon lacks, from the noun before the name ("analis Ariston Tjendra"),
        an apposition after it ("Bill Adams, kepala ekonom di Comerica Bank, ...", "Derrick Watson, Hakim
        Distrik di Hawaii,"), or a capitalised title before it that the office lexicon lacks ("Deputi Kedaulatan
        Maritim Arief Havas Oegroseno", "Direktur Seksi Bahasa Indonesia CRI, Li Shukun")."""
        people = sorted((m for m in mentions if m.kind == "person"), key=lambda x: x.start)
        for k, m in enumerate(people):
            info = named.get(m.key)
            floor = max((p.end for p in people[:k] if p.key != m.key), default=0)  # no other person's name
            if info is not None and info.role is None and (role := self._title_before(text, m.start, floor)):
                info.role = role
        for m in mentions:
            info = named.get(m.key) if m.kind == "person" else None
            if info is None or info.role is not None:
                continue
            if m.sector is not None and m.source == "ner" and (noun := _NOUN_BEFORE.search(text, max(0, m.start - 30),
                                                                                         m.start)) is not None:
                info.role = noun.group(1)  # "analis Ariston Tjendra": the sector word introduced the name
                continue
            selaku = _ROLE_SELAKU.match(text, m.end)
            if selaku is not None and not any(selaku.start(1) <= p.start < selaku.end(1) for p in people):
                info.role = selaku.group(1)  # "Muhammad Afifuddin, selaku Ketua merangkap anggota KPU"
                continue
            after = _ROLE_AFTER.match(text, m.end) or _ROLE_AFTER_NAMED.match(text, m.end)
            if after is not None and any(after.start(1) <= p.start < after.end(1) for p in people):
                after = None  # "Natalius Pigai, Presiden Joko Widodo": another person, no role
            head = after.group(1).removeprefix("seorang ").removeprefix("sang ").split()[0] if after else ""
            if after is not None and not _not_a_noun(head) and (
                    after.re is _ROLE_AFTER or head.capitalize() in self.lexicon.role_heads):
                info.role = after.group(1).removeprefix("seorang ").removeprefix("sang ")
                continue
            title = _TITLE_AFTER.match(text, m.end)
            if title is not None and title.group(1).split()[0] in self.lexicon.role_heads \
                    and not any(title.start(1) <= p.start < title.end(1) for p in people):
                info.role = title.group(1)  # "John Smith, Direktur Kantor Kontrol Aset LN Kementerian Keuangan AS."

    def _title_before(self, text: str, start: int, floor: int = 0) -> str | None:
        """A run of words right before a name (a comma may end it) that opens with a title head word ("Deputi",
        "Direktur", "Komisioner", a title of the office lexicon such as "Menpora"): the person's role as the text
        states it. Capitalised words make the run; lower-case nouns join it when a title head opens it ("wakil
        dubes Korut untuk Inggris, Thae Yong Ho", "Pelatih karate nasional Suriah Fadel Radi"). It starts after
        ``floor`` (the end of the last other person named before)."""
        seg = text[max(0, floor, start - 160) : start].rstrip()
        seg = seg[:-1].rstrip() if seg.endswith(",") else seg
        seg = re.split(r"\n|[.!?;:\"“”] ", seg)[-1]  # within the sentence
        words = seg.split(" ")
        run: list[str] = []
        for w in reversed(words[-12:]):
            lower_noun = w.isalpha() and w.islower() and not _not_a_noun(w) and w not in _SENTENCE_LOWER
            if not w or w.endswith(",") or not (w[:1].isupper() or w in _ROLE_LINKS or lower_noun
                                                or re.fullmatch(r"\([A-Z]{2,}\)|-", w)):
                break  # "Bupati Solok Candra, Ketua Fraksi ...": a comma closes another clause
            run.insert(0, w)
        while run and run[-1] in ("The", "A", "An"):
            run.pop()  # "Manajer Riset dan Pengetahuan The Prakarsa": the article opens the body's name
        heads = self.lexicon.role_heads
        for k, w in enumerate(run):
            head = w in heads or w.capitalize() in heads or w in self.lexicon.titles
            if not head or len(run) - k > 10 or run[-1] in _ROLE_LINKS:
                continue
            role = run[k:]
            if w[:1].isupper() and any(x.islower() and x not in _ROLE_LINKS for x in role[1:]) \
                    and not w.isupper() and w not in heads:
                continue  # lower-case nouns follow only a title head ("Pelatih karate nasional Suriah")
            while len(role) > 1 and (role[-1] in _RANK_WORDS or role[-1] in _HONORIFICS):
                role.pop()  # "Komandan Wilayah Gabungan Marianas Laksamana Muda": the rank is no office
            if len(role) == 1 and role[0].islower():
                return None  # "dengan wakil X": one lower-case word is too weak a role
            return " ".join(role).rstrip(",.")
        return None

    def _headline_nationalities(self, title: str, named: dict[str, _Named]) -> None:
        """A person the body names without a country, whose country the headline puts before the
        name ("Remaja Palestina Ahed Tamimi Ditahan ...")."""
        if not title:
            return
        hits = self.matcher.hits(title)
        for info in named.values():
            if info.country is not None or len(info.name.split()) < 2:
                continue
            pos = title.find(info.name)
            hit = next((h for h in hits if h[1] + 1 == pos), None) if pos > 0 else None
            ref = self._actor_ref(hit[2]) if hit is not None else None
            if hit is None or ref is None or self.lexicon.entries[ref].kind != "country":
                continue
            word = _WORD_BEFORE.search(title[: hit[0]].lower())
            if word is None or not _not_a_noun(word.group(1)):
                info.country = ref

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

    @staticmethod
    def _hit_inside(hits: Hits, span: tuple[int, int]) -> bool:
        return any(h[0] < span[1] and span[0] < h[1] for h in hits)

    # ------------------------------------------------------------------ lexicon helpers

    def _actor_ref(self, values: tuple[tuple[MatchRole, str], ...]) -> str | None:
        for wanted in ("alias", "demonym", "short", "metonym"):
            for role, ref in values:
                if role == wanted and ref in self.lexicon.entries:
                    return ref
        return None

    @staticmethod
    def _role(values: tuple[tuple[MatchRole, str], ...], ref: str) -> MatchRole | None:
        for role, r in values:
            if r == ref:
                return role
        return None

    def _ambiguous_short(self, form: str) -> bool:
        """A short form several lexicon actors share, or one its owner marks `ambiguous` with someone the lexicon
        lacks ("Cook": Lisa Cook of the Fed, Tim Cook of Apple; "Austin": the city)."""
        owners = self.lexicon.owners(form)
        return len(owners) != 1 or any(form in dict(self.lexicon.entries[o].ambiguous) for o in owners
                                       if o in self.lexicon.entries)

    # ------------------------------------------------------------------ people the lexicon lacks

    @staticmethod
    def _free(span: tuple[int, int], taken: list[Mention]) -> bool:
        return not any(m.start < span[1] and span[0] < m.end for m in taken)

    def _frame_people(self, text: str, taken: list[Mention], named: dict[str, _Named]) -> list[Mention]:
        """Names after a reporting cue ("kata Ayman Safadi") or before a reporting verb."""
        out: list[Mention] = []
        spans: list[tuple[int, int]] = []
        lone: set[tuple[int, int]] = set()
        for m in _CUE.finditer(text):
            span = name_after(text, m.end(), max_tokens=4)
            given = re.match(r"([A-Z][a-z]+)(?=[ ,.;:!?\"”)]|$)(?! [A-Z])", text[m.end() : m.end() + 12])
            if span is None and given is not None and given.group(1) in NAME_STOPS \
                    and not m.group(0).lower().startswith("menurut"):
                span = (m.end(), m.end() + len(given.group(1)))  # "kata Agung": a given name that is a STOP word
            if span is not None and text[span[0] : span[1]] in self.lexicon.role_heads \
                    and _NAME_GOES_ON.match(text, span[1]):
                span = None  # "ujar Hakim Pengadilan Tinggi Shah Alam, Azmi Ariffin": a title opening a role phrase
            if span is not None:
                spans.append(span)
                if not m.group(0).lower().startswith("menurut"):
                    lone.add(span)  # "tutur Arrmanatha": a speech verb is followed by its speaker
        for m in _APPOSED.finditer(text):
            span = name_after(text, m.end(), max_tokens=4)
            if span is not None and text[span[1] : span[1] + 1] == "," and len(text[span[0] : span[1]].split()) >= 2:
                spans.append(span)  # "Anggota parlemen lain, Aida Touma Suleiman, mengatakan"
        for m in _VERB.finditer(text):
            span = name_before(text, m.start())
            if span is not None:
                spans.append(span)
        for m in _HONORIFIC_CUE.finditer(text):
            lead = re.search(r"([A-Z][a-z]*)\.? +(?:(?:Prof|Dr|Ir|H)\.? +)*$", text[max(0, m.start() - 40) : m.start()])
            if lead is not None and (lead.group(1) in PLACE_HEADS or lead.group(1) in self.lexicon.leading_heads
                                     or lead.group(1) in ("Tol", "Jl", "Jln")):
                continue  # "Jalan Tol Prof Dr Sedyatmo", "Rumah Sakit Dr Soetomo": a place named after a person
            span = name_after(text, m.end(), max_tokens=4)
            if span is not None:
                spans.append(span)
                lone.add(span)  # "Pak Muhaimin", "Mr. Baker": an honorific is followed by a name
        for m in _ROYAL_CUE.finditer(text):
            lead = re.search(r"([A-Z][a-z]*) +$", text[max(0, m.start() - 30) : m.start()])
            if lead is not None and (lead.group(1) in PLACE_HEADS or lead.group(1) in self.lexicon.leading_heads):
                continue  # "Candi Ratu Boko", "Jalan Sultan Agung": a place named after a royal
            span = name_after(text, m.end(), max_tokens=4)
            if span is not None:
                spans.append(span)
                lone.add(span)  # "Pangeran Harry": one name word after a royal title is enough
        for m in _RANK_CUE.finditer(text):
            span = name_after(text, m.end(), max_tokens=4)
            if span is not None and " " in text[span[0] : span[1]]:
                spans.append(span)  # "Letnan Jenderal Abdul Ghani al-Assadi", "Kolonel Ahmed Mismari"
        for m in _POLICE_RANK_CUE.finditer(text):
            span = name_after(text, m.end(), max_tokens=4)
            if span is not None:
                spans.append(span)
                lone.add(span)  # "Kapolsek Koja Kompol Supriyanto", "Iptu Apriansyah": one name word is enough
        for m in _AGE_AFTER.finditer(text):
            span = name_after(text, m.start(1), max_tokens=4)
            if span is not None and span[1] == m.end(1) and (" " in text[span[0] : span[1]]
                                                             or not _sentence_initial(text, span[0])):
                spans.append(span)
                lone.add(span)  # "Takeru Kobayashi (38)", "Colleen Hoffman (69)": a name with the age
        place_runs = {m.group(1) for m in _PLACE_RUN.finditer(text)}  # "di kota Khan Sheikhoun": a place
        for found in sorted(set(spans)):
            span = found
            if text[span[0] : span[1]] in place_runs:
                continue
            head = next((m for m in taken if m.start <= span[0] < m.end < span[1]), None)
            rest = text[head.end : span[1]] if head is not None else ""
            if head is not None and len(rest.split()) >= 2:
                span = (span[1] - len(rest.lstrip()), span[1])  # "Kolombia Haendel Rodriguez mengatakan": after a country
            span = self._without_lead(text, span)  # "Hari Tani Agus Ruli mengatakan" beside "Hari Tani Nasional"
            first = text[span[0] : span[1]].split(" ", 1)
            if len(first) == 2 and self._person_noun(first[0]) and _sentence_initial(text, span[0]):
                span = (span[0] + len(first[0]) + 1, span[1])  # "Pengacara Yingluck mengatakan" (session 7)
            if not self._free(span, [*taken, *out]) or self.lexicon.names_a_thing(text, *span):
                continue
            name = text[span[0] : span[1]]
            if " " not in name and (name in self.lexicon.titles or name.lower() in self.lexicon.titles
                                    or name in self.lexicon.office_titles):
                continue  # "ujar Menag": a title, not a name
            key = self._person_key(name, named)
            if key is None:
                if len(name.split()) < 2 and span not in lone:
                    continue  # a lone unknown word after "menurut" may be a document or a body
                key = _unknown_key(name)
                named.setdefault(key, _Named(name))
            out.append(Mention(name, span[0], span[1], "person", key, "ner"))
        return out

    def _person_key(self, surface: str, named: dict[str, _Named]) -> str | None:
        """An already known person this surface names in full or by first/last name."""
        key = _unknown_key(surface)
        if key in named:
            return key
        for k, info in named.items():
            if surface in name_parts(info.name) or (surface in info.name.split() and len(surface) > 3):
                return k
            if " " in surface and (f" {surface}" in info.name or f"{surface} " in info.name):
                return k  # "Abu Hasna" after "Adnan Abu Hasna"
        return None

    def _known_or_new(self, name: str, named: dict[str, _Named]) -> str:
        """The key of the known person ``name`` refers to, else of ``name`` registered as a new unknown person."""
        key = self._person_key(name, named)
        if key is None:
            key = _unknown_key(name)
            named[key] = _Named(name)
        return key

    def _ner_mentions(self, text: str, taken: list[Mention], named: dict[str, _Named]) -> list[Mention]:
        model = self.ner
        if model is None:
            return []
        spans = model.spans(text)  # type: ignore[attr-defined]  # NerModel is imported lazily
        out: list[Mention] = []
        lowered = set(_LOWER_WORD.findall(text))
        person_words = {
            w
            for m in taken
            if m.kind == "person" and m.key in self.lexicon.entries
            for w in self.lexicon.entries[m.key].name.replace("-", " ").split()
            if len(w) > 2 and not not_a_name(w)
        }
        places = {m.group(1) for m in _AFTER_PREP.finditer(text)}  # "di Hebron": not a person
        places |= {m.group(1) for m in _PLACE_RUN.finditer(text)}  # "di kota Khan Sheikhoun"
        spans = self._local_holders(text, spans)
        spans = [*self._split_pairs(text, spans), *self._person_tails(text, spans, taken)]
        for sp in sorted(spans, key=lambda x: x.label != "PER"):  # people first: they relabel the rest
            if not self._free((sp.start, sp.end), [*taken, *out]) and not (
                sp.label == "PER" and self._name_over_country(text, sp.start, sp.end, [*taken, *out])
            ):
                continue
            kind: EntityKind = {"PER": "person", "ORG": "org"}.get(sp.label, "place")  # type: ignore[assignment]
            start, surface = _trim_ner(text, sp.start, sp.end, kind)
            if kind == "person" and " " in surface and _sentence_initial(text, start):
                first, rest = surface.split(" ", 1)
                if first.lower() in lowered or self._person_noun(first) or (
                        self._person_key(rest, named) is not None and not self._first_word_of(first, rest, text)):
                    start, surface = start + len(first) + 1, rest  # "Niat Idan": a capitalised sentence start
            family = _PREV_CAP.search(text, max(0, start - 12), start) if kind == "person" and " " not in surface else None
            if family is not None and family.group(1) in self.lexicon.chinese_surnames \
                    and _PINYIN.fullmatch(surface.lower()):
                start, surface = family.start(1), f"{family.group(1)} {surface}"  # "Li [Bingbing]": the family name
            if kind == "person" and " " in surface:
                cut = self._without_lead(text, (start, start + len(surface)))[0]  # "CEO OnlinePajak Charles Guinot"
                start, surface = cut, surface[cut - start :]
            if not surface or (kind == "person" and surface in places):
                continue
            if kind == "person" and " " in surface and (text[max(0, start - 3) : start] == "di "
                                                        or re.search(r" [A-Z]$", surface)):
                continue  # "analis di Phillip Nova": a firm after "di"; "Pundi X": a brand's letter
            if kind == "person" and _UNIT_BEFORE.search(text, max(0, start - 14), start):
                continue  # "Polres Sekadau", "Pemkab Bogor": the place of a command or an office, no person
            if kind == "person" and " " not in surface and self._defined_abbreviation(text, surface, [*taken, *out]):
                continue  # "bakal calon wakil presiden (Bacawapres)": the short form of a phrase, no name
            if kind == "person" and (surface in self.lexicon.titles or surface in self.lexicon.office_titles):
                continue  # "Menag", "Kapolri": a title the model calls a person
            if kind == "person" and self._names_a_thing(text, start, start + len(surface)):
                continue  # "Oxford Institute", "Hotel JS Luwansa", "Trump Tower": a thing's name
            if kind == "org" and DOCUMENT_NAME.match(surface):
                continue  # an agreement or a law, not an organisation
            if kind == "person" and " " not in surface and len(re.findall(rf"\b{re.escape(surface)}\b", text)) == 1 \
                    and self._person_key(surface, named) is None and surface not in person_words \
                    and not self._titled_one_word(text, start) \
                    and not _ONE_LETTER_BEFORE.search(text, max(0, start - 14), start) \
                    and not text.startswith(" alias ", start + len(surface)) \
                    and not _PROPHET_BEFORE.search(text, max(0, start - 6), start):
                continue  # a lone capitalised word the model calls a person once ("Hatta", "Usmani"): too weak,
                # unless a title phrase introduces it ("dihadiri Rektor UMM Fauzan")
            if kind == "person" and any(w in _ENGLISH_FUNCTION for w in surface.split()[1:]):
                continue  # "Lipstick Under My Burkha", "The Summer Is Gone": a title of a work, no name
            if kind == "person" and re.fullmatch(r"[A-Z][A-Z0-9]+", surface):
                kind = "org"  # "UNN", "KBRI": an acronym names a body or an outlet, not a person
            if kind != "person" and (self._person_key(surface, named) is not None or surface in person_words):
                kind = "person"  # "Nanda" or "Moon" tagged LOC after "Nanda Arsyinta", "Moon Jae-in" were found
            elif kind != "person" and " " in surface and any(
                len(i.name.split()) >= 2 and i.name.split()[0] == surface.split()[0] for i in named.values()
            ):
                kind = "person"  # "Nanda Arsyinta" tagged ORG, another spelling of "Nanda Asyinta"
            if kind == "person":
                key = self._person_key(surface, named)
                if key is None:
                    key = _unknown_key(surface)
                    named[key] = _Named(surface)
            else:
                key = f"ner:{kind}:{surface}"
            out.append(Mention(surface, start, start + len(surface), kind, key, "ner"))
        return out

    @staticmethod
    def _first_word_of(first: str, rest: str, text: str) -> bool:
        """``first`` is a given name of ``rest``: the text writes "first rest" more than once, or the one time
        opens the text ("Stephen Hawking, fisikawan legendaris ..."; a lead names its subject in full)."""
        full = f"{first} {rest}"
        return text.count(full) > 1 or text.lstrip(" -\"“").startswith(full)

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

    def _local_holders(self, text: str, spans: list[NerSpan]) -> list[NerSpan]:
        """A place span the model runs on from a region into a name after a local title ("Bupati [Sleman Harda
        Kiswaya]") is the region and its office holder: two spans, a place and a person (session 10)."""
        out: list[NerSpan] = []
        for sp in spans:
            region = self._region_re.match(text, sp.start) if self._region_re is not None else None
            rest = text[region.end() : sp.end] if region is not None and sp.label != "PER" else ""
            if region is not None and _NAME_REST.fullmatch(rest) \
                    and _LOCAL_TITLE_BEFORE.search(text, max(0, sp.start - 30), sp.start):
                out.append(dataclasses.replace(sp, end=region.end()))
                out.append(dataclasses.replace(sp, start=region.end() + 1, label="PER"))
            else:
                out.append(sp)
        return out

    @staticmethod
    def _split_pairs(text: str, spans: list[NerSpan]) -> list[NerSpan]:
        """Person spans over a pair joined by a dash ("Agus Harimurti Yudhoyono - Sylviana Murni", a ticket of
        candidates) are two people when both sides have two words or more ("Kim Jong - un" stays one)."""
        out: list[NerSpan] = []
        for sp in spans:
            dash = re.search(r" ?- ?(?=[A-Z])", text[sp.start : sp.end]) if sp.label == "PER" else None
            left = text[sp.start : sp.start + dash.start()] if dash is not None else ""
            right = text[sp.start + dash.end() : sp.end] if dash is not None else ""
            if dash is not None and len(left.split()) >= 2 and len(right.split()) >= 2:
                out.append(dataclasses.replace(sp, end=sp.start + dash.start()))
                out.append(dataclasses.replace(sp, start=sp.start + dash.end()))
            else:
                out.append(sp)
        return out

    @staticmethod
    def _defined_abbreviation(text: str, word: str, persons: list[Mention]) -> bool:
        """``word`` is given in parentheses after a phrase that is no person's name ("Keputusan Menteri
        Perhubungan (Kepmenhub)", "bakal calon wakil presiden (Bacawapres)"): it abbreviates that phrase.
        After a person ("Joko Widodo (Jokowi)") it is the person's short name."""
        for m in re.finditer(rf"\w \({re.escape(word)}\)", text):
            if not any(p.kind == "person" and p.start <= m.start() < p.end for p in persons):
                return True
        return False

    def _name_word(self, word: str) -> bool:
        """A capitalised word that can be part of a person's name: no STOP word, derived noun, acronym or a
        thing's head word."""
        return word[:1].isupper() and not not_a_name(word) and word not in PLACE_HEADS and not (
            len(word) > 1 and word.isupper()) and word not in self.lexicon.leading_heads \
            and word not in self.lexicon.trailing_heads

    def _person_tails(self, text: str, spans: list[NerSpan], taken: list[Mention]) -> list[NerSpan]:
        """People the model folds into the organisation named before them: "Direktur Utama Bank Sinarmas Frenky
        Tirtowijoyo", "Dirjen ... Kementerian Keuangan Robert Pakpahan" (an ORG span over body and head). The last
        two or three name words are a person when the body's own name ends right before them (a lexicon
        organisation) or the first of them is a person the model finds elsewhere ("kata Frenky")."""
        first_names = {text[sp.start : sp.end].split(maxsplit=1)[0].strip(".,") for sp in spans if sp.label == "PER"}
        ends = {m.end for m in taken if m.kind != "person"}
        out: list[NerSpan] = []
        for sp in spans:
            if sp.label != "ORG":
                continue
            words = list(re.finditer(r"\S+", text[sp.start : sp.end]))
            for k in range(max(1, len(words) - 3), len(words) - 1):
                tail = [w.group(0) for w in words[k:]]
                start = sp.start + words[k].start()
                if not all(self._name_word(w) for w in tail) or self._hit_inside(
                        [(m.start, m.end, ()) for m in taken], (start, sp.end)):
                    continue
                if start - 1 in ends or tail[0] in first_names or tail[-1] in first_names:
                    out.append(dataclasses.replace(sp, start=start, label="PER"))
                    break
        return out

    def _name_over_country(self, text: str, start: int, end: int, taken: list[Mention]) -> bool:
        """A person span ending in a word the lexicon reads as a country ("Willy Indra Yunani": Yunani is
        Greece): a name when two free name words come before the country and nothing else overlaps."""
        inside = [m for m in taken if m.start < end and start < m.end]
        if len(inside) != 1 or inside[0].end != end or inside[0].kind == "person" \
                or self.lexicon.entries.get(inside[0].key, None) is None \
                or self.lexicon.entries[inside[0].key].kind != "country":
            return False
        before = text[start : inside[0].start].split()
        return len(before) >= 2 and all(self._name_word(w) for w in before)

    def _shaped_names(self, text: str, taken: list[Mention], named: dict[str, _Named]) -> list[Mention]:
        """Names whose shape alone makes them a person's: a Korean surname and a hyphenated given name
        ("Choi Yong - bae", "Choe Myong-nam"), wherever they stand ("Direktur Bucheon International Fantastic
        Festival Choi Yong - bae", where the model and the title frame see one long body)."""
        out: list[Mention] = []
        for m in _KOREAN_NAME.finditer(text):
            if m.group(1) not in self.lexicon.korean_surnames:
                continue
            span = (m.start(), m.end())
            if m.group(4) is not None and (m.group(2) in _ENGLISH_FUNCTION or m.group(4) in _ENGLISH_FUNCTION
                                           or _PREV_CAP.search(text, max(0, span[0] - 30), span[0])):
                continue  # "What Do You Mean": a spaced name is no part of a longer capitalised run
            if not self._free(span, [*taken, *out]) or self.lexicon.names_a_thing(text, *span):
                continue  # "Lapangan Kim Il - sung": a square named after a person
            name = f"{m.group(1)} {m.group(2)}-{(m.group(3) or m.group(4)).lower()}"
            key = self._person_key(text[span[0] : span[1]], named) or self._known_or_new(name, named)
            out.append(Mention(text[span[0] : span[1]], span[0], span[1], "person", key, "ner"))
        out.extend(self._given_name_people(text, [*taken, *out], named))
        out.extend(self._east_asian_names(text, [*taken, *out], named))
        return out

    def _titled_one_word(self, text: str, start: int) -> bool:
        """A title phrase right before a one-word name, no comma between ("dihadiri Rektor UMM Fauzan"); not a
        royal title, which often opens a place's name ("Ratu Boko", "Raja Ampat")."""
        role = self._title_before(text, start) if text[start - 2 : start - 1].isalnum() else None
        return role is not None and role.split()[0] not in _ROYAL_TITLES

    def _names_a_thing(self, text: str, start: int, end: int) -> bool:
        """`ActorLexicon.names_a_thing`, except for a given name and one surname that is also a thing's trailing
        head with no capitalised word before them ("Nathan Hall", "Garrett Camp"; "Royal Albert Hall" stays)."""
        words = text[start:end].split()
        prev = _PREV_CAP.search(text, max(0, start - 30), start)
        if len(words) == 2 and words[0] in self.lexicon.given_names and words[1] in self.lexicon.trailing_heads \
                and (prev is None or _sentence_initial(text, prev.start(1))):
            return False
        return self.lexicon.names_a_thing(text, start, end)

    def _given_name_people(self, text: str, taken: list[Mention], named: dict[str, _Named]) -> list[Mention]:
        """A capitalised run of two to four name words opening with a common given name (`given` in
        `person_names.yaml`) that nothing else marked: "pecatur nomor satu dunia, Magnus Carlsen", "melawan
        Anatoli Karpov", "Sementara Haider Sameer Abdulkhaleq Alshawi ke AS". Not when a word of it is used in
        lower case, names a place or body found elsewhere, or a thing's noun stands before it ("kapal induk
        Ronald Reagan")."""
        lex = self.lexicon
        out: list[Mention] = []
        lowered = set(_LOWER_WORD.findall(text))
        thing_words = {w for m in taken if m.kind != "person" for w in m.text.split()}
        runs = {m.group(1) for m in _PLACE_RUN.finditer(text)}
        things = {w.lower() for w in lex.leading_heads} | _THING_NOUNS
        for m in _CAP_WORD.finditer(text):
            if m.group(0) not in lex.given_names:
                continue
            span = name_after(text, m.start(), max_tokens=4)
            if span is None or span[0] != m.start():
                continue
            name = text[span[0] : span[1]]
            words = [re.sub(r"^(?:al|el|ad|as|ash|an|ar)-(?=[A-Z])", "", w)  # "Jalal al-Labbad" (session 6b)
                     for w in name.replace(" - ", "-").split() if w.lower() not in _NAME_LINKS]
            raw_before = text[max(0, span[0] - 30) : span[0]].split()[-2:]
            # a thing's noun right before the name, or a common noun two words before ("kapal induk Ronald Reagan");
            # a capitalised head earlier in a body's name is no thing's ("Dewan Kota Vancouver Ellen Woodsworth")
            before = [w.lower() for k, w in enumerate(raw_before) if k == len(raw_before) - 1 or w.islower()]
            if len(words) < 2 or not all(self._name_word(w) or name_stop_inside(words, k) for k, w in enumerate(words)) \
                    or name in runs \
                    or any(w.lower() in lowered or w in thing_words for w in words[1:]) or set(before) & things \
                    or not self._free(span, [*taken, *out]) or self._names_a_thing(text, *span) \
                    or _AFTER_PLACE_PREP.search(text, max(0, span[0] - 6), span[0]):
                continue
            out.append(Mention(name, span[0], span[1], "person", self._known_or_new(name, named), "ner"))
        return out

    def _east_asian_names(self, text: str, taken: list[Mention], named: dict[str, _Named]) -> list[Mention]:
        """Names whose shape makes them a person's: a Chinese surname and a given name of one to three pinyin
        syllables ("Liu Xiaobo", "Mao Zedong", "Hua Chunying"), or a Vietnamese family name and two or three short
        name words ("Nguyen Phu Trong"), that nothing else marked, with no capitalised word after them (a firm's or
        place's name goes on), no word used in lower case, and no place preposition or thing's head before them."""
        lex = self.lexicon
        out: list[Mention] = []
        lowered = set(_LOWER_WORD.findall(text))
        things = {w.lower() for w in lex.leading_heads} | _THING_NOUNS
        for w in _CAP_WORD.finditer(text):
            m = _EAST_ASIAN.match(text, w.start())  # at every capitalised word: "Menlu Wang Yi"
            if m is None:
                continue
            family, rest = m.group(1), m.group(2).split()
            chinese = family in lex.chinese_surnames and len(rest) == 1 and _PINYIN.fullmatch(rest[0].lower()) \
                and len(rest[0]) >= 3
            vietnamese = family in lex.vietnamese_surnames and len(rest) in (2, 3) and all(len(w) <= 5 for w in rest)
            span = (m.start(), m.end())
            if not (chinese or vietnamese) or any(w.lower() in lowered or not self._name_word(w) for w in rest) \
                    or re.match(r" [A-Z]", text[span[1] : span[1] + 2]) or not self._free(span, [*taken, *out]) \
                    or self._names_a_thing(text, *span) or _AFTER_PLACE_PREP.search(text, max(0, span[0] - 6), span[0]) \
                    or set(text[max(0, span[0] - 30) : span[0]].lower().split()[-2:]) & things \
                    or any(x in _ENGLISH_FUNCTION or x in lex.regions for x in rest):
                continue  # "film Han Solo", "merek Chang Chong": a thing named like a person
            name = text[span[0] : span[1]]
            out.append(Mention(name, span[0], span[1], "person", self._known_or_new(name, named), "ner"))
        return out

    def _coordinated_people(self, text: str, taken: list[Mention], named: dict[str, _Named]) -> list[Mention]:
        """An unknown name of two to four words joined by "dan"/"serta" to a person found ("Karina Salim dan
        Elko Kastanya", "Sun Wei dan Li Hong Ri") is a person too: coordination joins like with like."""
        out: list[Mention] = []
        counts = Counter(m.key for m in taken if m.kind == "person")
        # an anchor the document confirms: a lexicon person, or one named twice ("Suzuki Karimun, dan Datsun Go"
        # after a car the model once called a person, "Wakil Presiden Senior Peranti Lunak dan Layanan Internet
        # Apple" after a title frame's portfolio, are no pairs of people)
        people = [m for m in taken if m.kind == "person" and (m.key in self.lexicon.entries or counts[m.key] >= 2)]
        runs = {m.group(1) for m in _PLACE_RUN.finditer(text)}
        lowered = set(_LOWER_WORD.findall(text))
        thing_words = {w for m in taken if m.kind != "person" for w in m.text.split()}
        lex = self.lexicon
        for p in people:
            spans: list[tuple[int, int]] = []
            after = _COORD_AFTER.match(text, p.end)
            if after is not None and (span := name_after(text, after.end(), max_tokens=4)) is not None:
                spans.append(span)
            before = _COORD_BEFORE.search(text, max(0, p.start - 12), p.start)
            if before is not None and (span := name_before(text, before.start())) is not None:
                spans.append(span)
            for span in spans:
                name = text[span[0] : span[1]]
                words = name.replace(" - ", "-").split()
                words = [w for w in words if w.lower() not in _NAME_LINKS]
                if not 2 <= len(words) <= 4 or not all(self._name_word(w) for w in words):
                    continue
                if name in runs or not self._free(span, [*taken, *out]) or lex.names_a_thing(text, *span) \
                        or any(w in lex.role_heads or w in lex.titles or w in lex.office_titles or w in thing_words
                               or w.lower() in lowered for w in words):
                    continue  # a place or thing ("Internet Apple"), a title ("Pangdam Brawijaya"), common words
                out.append(Mention(name, span[0], span[1], "person", self._known_or_new(name, named), "ner"))
        return out

    def _full_forms(self, text: str, taken: list[Mention], named: dict[str, _Named]) -> list[Mention]:
        """The full name of a person found only by one word: "Gandelsman" (after "ujar") is the
        "Adar Gandelsman" written elsewhere; capitalised words before it that are free name words. A mention
        of that one word there ("Stephen [Hawking]") becomes the full name's. Returns all mentions."""
        out: list[Mention] = []
        replaced: set[tuple[int, int]] = set()
        lowered = set(_LOWER_WORD.findall(text))
        for key, info in list(named.items()):
            word = info.name
            if " " in word or len(word) < 4 or not_a_name(word):
                continue
            for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text):
                words: list[re.Match[str]] = []
                end = m.start()
                while len(words) < 3:
                    prev = _PREV_CAP.search(text, max(0, end - 30), end)
                    if prev is not None and not words and prev.group(1) in self.lexicon.given_words \
                            and not _sentence_initial(text, prev.start(1)):
                        words.insert(0, prev)  # "CEO Apple Tim Cook" beside "kata Cook": "Tim" is his name
                        break
                    if prev is not None and not words and not_a_name(prev.group(1)) \
                            and self._bound_first(text, prev.group(1), word, lowered):
                        words.insert(0, prev)  # "Timur Kapadze" twice, "Timur" nowhere else: his given name
                        break
                    if prev is None or not_a_name(prev.group(1)) or prev.group(1) in PLACE_HEADS \
                            or prev.group(1) in self.lexicon.leading_heads or prev.group(1) in self.lexicon.titles \
                            or prev.group(1) in self.lexicon.office_titles or prev.group(1) in _HONORIFICS \
                            or self._person_noun(prev.group(1)) \
                            or _defined_short(text, prev.group(1)):  # "Ketua Porturin Alwin": a body's short form;
                        # "Pengacara Yingluck": a noun that introduces a person (session 7)
                        if prev is not None and (prev.group(1) in PLACE_HEADS or prev.group(1) in
                                                 self.lexicon.leading_heads):
                            words = []  # "Bank Sinarmas Frenky": the words after a head name the thing
                        break  # "Piala Emmy", "Hotel Mulia": a thing's head word is no first name
                    words.insert(0, prev)
                    end = prev.start(1)
                    if _sentence_initial(text, end):
                        break
                if words and _sentence_initial(text, words[0].start(1)) and words[0].group(1).lower() in lowered:
                    words.pop(0)  # "Niat Gandelsman": a capitalised sentence start
                if not words:
                    continue
                span = (words[0].start(1), m.end())
                inside = [t for t in taken if t.start < span[1] and span[0] < t.end]
                if not self._free(span, out) or any(t.key != key or t.start < span[0] for t in inside):
                    continue
                if inside and _sentence_initial(text, span[0]) and not self._first_word_of(
                        text[span[0] : inside[0].start].strip(), text[inside[0].start : span[1]], text):
                    continue  # "Ketika Lorde": a capitalised sentence start before a name found alone
                replaced.update((t.start, t.end) for t in inside)
                info.name = text[span[0] : span[1]]
                out.append(Mention(info.name, span[0], span[1], "person", key, "coref"))
                break
        return [t for t in taken if (t.start, t.end) not in replaced] + out

    def _bound_first(self, text: str, first: str, surname: str, lowered: set[str]) -> bool:
        """``first``, a word that usually opens no name ("Timur", east), is a given name here: the text writes it
        at least twice, always right before ``surname``, never in lower case, and it is no title, rank, honorific,
        function word or head of a thing's name."""
        lex = self.lexicon
        if first.lower() in lowered or first in lex.titles or first in lex.office_titles or first in _HONORIFICS \
                or first in _RANK_WORDS or first.lower() in _FUNCTION_WORDS or first in lex.role_heads \
                or first in lex.leading_heads or first in lex.regions or not first.isalpha():
            return False
        spots = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(first)}(?![\w-])", text)]
        return len(spots) >= 2 and all(text.startswith(f"{first} {surname}", p) for p in spots) \
            and not all(_sentence_initial(text, p) for p in spots)

    @staticmethod
    def _misspelt_part(word: str, parts: dict[str, str], lowered: set[str]) -> str | None:
        """The person whose long name part ``word`` misspells ("Kravchova" beside "Vera Kravtsova"): one part of
        seven letters or more with the same first four and last two letters, at least 75 % alike."""
        if len(word) < 7 or word.lower() in lowered or not_a_name(word):
            return None
        close = {key for p, key in parts.items() if len(p) >= 7 and p != word and p[:4] == word[:4]
                 and p[-2:] == word[-2:] and SequenceMatcher(None, p, word).ratio() >= 0.75}
        return close.pop() if len(close) == 1 else None

    def _name_parts(self, text: str, taken: list[Mention], named: dict[str, _Named]) -> list[Mention]:
        """Lone first or last names of people found above ("Safadi" after "Ayman Safadi")."""
        parts: dict[str, str] = {}
        for key, info in named.items():
            for p in name_parts(info.name) or {info.name}:
                if p not in STOP and len(p) > 2:
                    parts.setdefault(p, key)
        lexicon_parts = self._lexicon_name_parts(taken, parts)
        parts.update(lexicon_parts)
        if not parts:
            return []
        out: list[Mention] = []
        lowered = set(_LOWER_WORD.findall(text))
        for m in _CAP_WORD.finditer(text):
            if m.group(0) in lexicon_parts and (_NAME_GOES_ON.match(text, m.end()) or m.group(0).lower() in lowered
                                                or _AFTER_PLACE_PREP.search(text, max(0, m.start() - 6), m.start())):
                continue  # "Sri Lanka" beside "Sri Mulyani", "di Moon": not the person's name part
            found = parts.get(m.group(0)) or self._misspelt_part(m.group(0), parts, lowered)
            if found is not None and self._free((m.start(), m.end()), [*taken, *out]):
                prev = out[-1] if out else None
                if prev is not None and prev.key == found and prev.end + 1 == m.start():
                    out[-1] = dataclasses.replace(prev, text=text[prev.start : m.end()], end=m.end())  # "Abdul Kharis"
                else:
                    out.append(Mention(m.group(0), m.start(), m.end(), "person", found, "coref"))
        return out

    def _person_noun(self, word: str) -> bool:
        """A capitalised noun for a person that introduces a name and is no part of it ("Pengacara Yingluck"), unless
        it is also a given name ("Imam Nahrawi", session 7)."""
        return word.lower() in self.lexicon.person_nouns and word not in _NAME_NOUNS

    def _lexicon_name_parts(self, taken: list[Mention], parts: dict[str, str]) -> dict[str, str]:
        """First and last names of lexicon people the text names in full ("Clinton" after "Hillary Clinton", "Najib"
        after "Perdana Menteri Malaysia Najib Razak", "Kim" after "Kim Jong - un"), as `_name_parts` finds them for
        people the lexicon lacks; a part two people of the text share names neither (session 7)."""
        owners: dict[str, set[str]] = {}
        for m in taken:
            entry = self.lexicon.entries.get(m.key)
            if m.kind != "person" or entry is None or entry.kind != "person":
                continue
            words = entry.name.replace("-", " ").split()
            if len(words) < 2 or len(set(m.text.replace(" - ", " ").replace("-", " ").split()) & set(words)) < 2:
                continue
            for p in {words[0], words[-1]}:
                if p not in STOP and len(p) > 2 and p[:1].isupper() and p.isalpha():
                    owners.setdefault(p, set()).add(m.key)
        return {p: next(iter(keys)) for p, keys in owners.items() if len(keys) == 1 and p not in parts}

    @cached_property
    def _town_names(self) -> frozenset[str]:
        """Names of cities and towns of two words or more from the link gazetteer (GeoNames, "Albu Kamal", "Khan
        Sheikhoun"): read as data here, so the actor stage needs no link code."""
        return frozenset(name for _, _, (name, *_rest) in load_tsv("link/cities.tsv", self.settings.lexicon_dir)
                         if " " in name and name[:1].isupper())

    def _no_places(self, text: str, mentions: list[Mention], named: dict[str, _Named]) -> list[Mention]:
        """A person the lexicon lacks whose name the text also writes as a place ("di Khan Sheikhoun", "kota
        Golestan") is that place, wherever its mentions came from; so is one whose name of two words or more is a
        town's of the gazetteer ("merebut Albu Kamal") when no title or role introduced it."""
        runs = {m.group(1) for m in _PLACE_RUN.finditer(text)}
        towns = self._town_names
        return [m for m in mentions if not (m.kind == "person" and m.key in named and (
            named[m.key].name in runs or (named[m.key].name in towns and named[m.key].role is None)))]

    @staticmethod
    def _join_adjacent(text: str, mentions: list[Mention], named: dict[str, _Named]) -> list[Mention]:
        """Two people the lexicon lacks written one after the other with only a space between ("Willy" found
        after "tutur", "Indra Yunani" by the model) are one person: "Willy Indra Yunani"."""
        ms = sorted(mentions, key=lambda m: (m.start, m.end))
        out: list[Mention] = []
        for m in ms:
            prev = out[-1] if out else None
            if prev is not None and m.kind == "person" and prev.kind == "person" and prev.key in named \
                    and m.key in named and prev.key != m.key and text[prev.end : m.start] == " " \
                    and len(text[prev.start : m.end].split()) <= 4:
                name = text[prev.start : m.end]
                key = _unknown_key(name)
                info = named.setdefault(key, _Named(name))
                for old in (named[prev.key], named[m.key]):
                    info.country = info.country or old.country
                    info.org = info.org or old.org
                    info.role = info.role or old.role
                    info.title_kind = info.title_kind or old.title_kind
                out[-1] = dataclasses.replace(prev, text=name, end=m.end, key=key)
                continue
            out.append(m)
        return out

    def _sang_nouns(self, text: str, mentions: list[Mention], named: dict[str, _Named]) -> list[Mention]:
        """"sang aktor", "sang penulis": the person the article is about so far, described by what they do:
        the person mentioned most often before it (the later one on a tie); among the people introduced by
        that noun ("sutradara Pritagita Arianegara" ... "sang sutradara") when there are any."""
        out: list[Mention] = []
        persons = sorted((m for m in mentions if m.kind == "person"), key=lambda m: m.start)
        hits = [*_SANG_NOUN.finditer(text), *_SANG_ROLE.finditer(text)]
        for hit in sorted(hits, key=lambda h: h.start()):
            if not self._free((hit.start(), hit.end()), [*mentions, *out]) or _NEXT_WORD.match(text, hit.end()):
                continue
            apposed = next((m for m in persons if re.fullmatch(r", *", text[m.end : hit.start()])), None)
            if apposed is not None:  # "kata Mark Doss, sang pengacara": the person just named
                out.append(Mention(hit.group(0), hit.start(), hit.end(), "person", apposed.key, "coref"))
                continue
            counts: dict[str, tuple[int, int]] = {}
            noun = hit.group(0).split(maxsplit=1)[1].lower()
            described = {m.key for m in persons if m.end <= hit.start() and (
                re.search(rf"(?i:\b{noun})(?: [a-z]+){{0,3}},? +$", text[max(0, m.start - 50) : m.start])
                or f" {noun} " in f" {(named[m.key].role or '') if m.key in named else ''} ".lower())}
            if hit.re is _SANG_ROLE and not described:
                continue  # "kata sang juru bicara, yang namanya tidak disebutkan": nobody introduced as such
            for m in persons:
                if m.end <= hit.start() and (not described or m.key in described):
                    counts[m.key] = (counts.get(m.key, (0, 0))[0] + 1, m.start)
            if counts:
                key = max(counts, key=lambda k: counts[k])
                out.append(Mention(hit.group(0), hit.start(), hit.end(), "person", key, "coref"))
        return out

    def _initials(self, text: str, mentions: list[Mention], named: dict[str, _Named]) -> list[Mention]:
        """A person's initials in parentheses after the name ("Agus Harimurti Yudhoyono (AHY)", "Susilo
        Bambang Yudhoyono (SBY)") name that person wherever they occur; an organisation the model made of
        them is dropped."""
        found: dict[str, str] = {}
        for m in mentions:
            acr = _ACRONYM_AFTER.match(text, m.end) if m.kind == "person" else None
            if acr is None:
                continue
            entry = self.lexicon.entries.get(m.key)
            name = entry.name if entry is not None else named[m.key].name if m.key in named else m.text
            initials = "".join(w[0] for w in name.split() if w[:1].isupper())
            if len(acr.group(1)) >= 2 and initials.endswith(acr.group(1)):
                found[acr.group(1)] = m.key
        if not found:
            return mentions
        out = [m for m in mentions if not (m.kind != "person" and m.text in found)]
        for initials_form, key in found.items():
            for hit in re.finditer(rf"(?<![\w-]){initials_form}(?![\w-])", text):
                if self._free((hit.start(), hit.end()), out):
                    out.append(Mention(initials_form, hit.start(), hit.end(), "person", key, "coref"))
        return out

    def _merge_single_names(self, text: str, mentions: list[Mention], named: dict[str, _Named]) -> list[Mention]:
        """A one-word person ("Rycroft", "Antony") found apart from the full name is that person,
        when exactly one multi-word person of the document has that word in their name."""
        full: dict[str, str] = {}
        for m in mentions:
            if m.kind != "person":
                continue
            entry = self.lexicon.entries.get(m.key)
            name = entry.name if entry is not None else (named[m.key].name if m.key in named else "")
            if len(name.split()) >= 2:
                full[m.key] = name
        aliases: dict[str, str] = {}
        long = [k for k, i in named.items() if len(i.name.split()) >= 2]
        for a in long:  # spelling variants of one name ("Nanda Arsyinta" / "Nanda Asyinta"): the commoner wins
            for b in long:
                na, nb = named[a].name, named[b].name
                if a != b and na.split()[0] == nb.split()[0] and len(na.split()) == len(nb.split()) \
                        and SequenceMatcher(None, na, nb).ratio() >= 0.9 and text.count(nb) > text.count(na):
                    aliases[na] = b
        for m in mentions:
            nick = _NICKNAME.match(text, m.end) if m.kind == "person" else None
            if nick is not None:
                aliases[nick.group(1)] = m.key  # "Zulkifli Hasan (Zulhas)"
        out: list[Mention] = []
        for m in mentions:
            info_m = named.get(m.key)
            alias_key = aliases.get(m.text) or (aliases.get(info_m.name) if info_m is not None else None)
            if m.kind == "person" and alias_key is not None and m.key != alias_key:
                out.append(dataclasses.replace(m, key=alias_key, source="coref"))
                continue
            info = named.get(m.key)
            owners = (
                [k for k, n in full.items() if info.name in n.replace("-", " ").split()]
                if m.kind == "person" and info is not None and len(info.name.split()) == 1
                else []
            )
            if m.kind == "person" and info is not None and len(info.name.split()) == 1 and not owners:
                spelt = misspelt_owner(info.name, full, text)  # "kata Hammed" after "Zulfiqar Hameed" (session 7)
                owners = [spelt] if spelt is not None else []
            out.append(dataclasses.replace(m, key=owners[0], source="coref") if len(owners) == 1 else m)
        return self._merge_partial_names(out, named)

    def _known_as(self, text: str, mentions: list[Mention], named: dict[str, _Named]) -> list[Mention]:
        """A name given as another name of a person just named is that person: "Hambali, pria kelahiran Indonesia
        yang dikenal juga sebagai Riduan Isamuddin", "Abu Bakar alias Abu Jibril", a nickname after "atau" ("Eddy
        Baskoro Yudhoyono atau Ibas"); so are its other occurrences."""
        persons = [m for m in mentions if m.kind == "person"]
        aka: dict[str, str] = {}
        for m in persons:
            cue = _KNOWN_AS.match(text, m.end)
            if cue is None:
                cue = _OR_NICKNAME.match(text, m.end)
                full = (self._person_name_of(m.key, named) or "").lower()
                if cue is None or " " not in full or not _nickname_of(cue.group(1).lower(), full) \
                        or self.lexicon.owners(cue.group(1)):
                    continue  # "Eddy Baskoro Yudhoyono atau Ibas", "Joko Widodo atau Jokowi": a nickname of the name
            name = cue.group(1)
            words = name.split()
            if all(self._name_word(w) for w in words) and not any(
                    p.start < cue.end(1) and cue.start(1) < p.end for p in mentions):
                aka[name] = m.key
        if not aka:
            return mentions
        out = list(mentions)
        things = {w.lower() for w in self.lexicon.leading_heads} | _THING_NOUNS
        for name, key in aka.items():
            spots = list(re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text))
            if any(set(text[max(0, h.start() - 30) : h.start()].lower().split()[-1:]) & things for h in spots):
                continue  # "Carol Danvers alias Captain Marvel" ... "film Captain Marvel": a work's title
            for hit in spots:
                if self._free((hit.start(), hit.end()), out):
                    out.append(Mention(name, hit.start(), hit.end(), "person", key, "coref"))
        return out

    def _roster_people(self, text: str, mentions: list[Mention], named: dict[str, _Named]) -> list[Mention]:
        """A line listing single capitalised words between commas and semicolons (a team sheet: "Lloris; Digne,
        Umtiti, Kimpembe; Rabiot, Kante; Mbappe"), at least three of them and a third of all surnames of people
        the document names, lists people: the other words are people too, under the full name that contains them
        where the document has one. A country or body of the lexicon in the list stays what it is."""
        surnames: dict[str, str] = {}
        for m in mentions:
            if m.kind == "person":
                entry = self.lexicon.entries.get(m.key)
                name = entry.name if entry is not None else named[m.key].name if m.key in named else m.text
                surnames.setdefault(name.replace("-", " ").split()[-1], m.key)
                surnames.setdefault(m.text.split()[-1], m.key)
        if len(surnames) < 3:
            return mentions
        out = list(mentions)
        for line in re.finditer(r"[^\n]+", text):
            items = [(i.start(), i.group(0)) for i in re.finditer(r"[^,;:]+", line.group(0))]
            words = [(line.start() + a + len(w) - len(w.lstrip()), w.strip()) for a, w in items
                     if re.fullmatch(r" ?[A-Z][\w'’-]+ ?", w)]
            known = sum(1 for _s, w in words if w in surnames)
            if len(words) < 4 or known < 3 or 3 * known < len(words) or len(words) < len(items) - 1:
                continue
            for start, word in words:
                end = start + len(word)
                over = [m for m in out if m.start < end and start < m.end]
                if word in surnames or not_a_name(word) or any(m.source == "lexicon" or m.kind == "person" for m in over):
                    continue
                key = surnames.get(word) or self._known_or_new(word, named)
                out = [m for m in out if m not in over]
                out.append(Mention(word, start, end, "person", key, "ner"))
        return out

    def _headline_names(self, title: str, mentions: list[Mention], named: dict[str, _Named]) -> list[Mention]:
        """A person the body names by one word only ("kata Luthfi") takes the full name the headline gives
        ("Ahmad Luthfi Sebut Jateng ..."): one or two name words right before that word, none a STOP word,
        title or thing's head. A person of the document already under that full name absorbs the mentions."""
        if not title:
            return mentions
        rename: dict[str, str] = {}
        for key, info in named.items():
            word = info.name
            if " " in word or not word[:1].isupper() or not any(m.key == key for m in mentions):
                continue
            found = re.search(r"(?<![\w-])((?:[A-Z][\w'’-]+ ){1,2})" + re.escape(word) + r"(?![\w-])", title)
            if found is None:
                continue
            words = found.group(1).split()
            while words and not (self._name_word(words[0]) and words[0] not in self.lexicon.titles):
                words.pop(0)  # "Gubernur Ahmad Luthfi": the title is no name
            if words and all(self._name_word(w) and w not in self.lexicon.titles for w in words):
                rename[key] = " ".join([*words, word])
        if not rename:
            return mentions
        by_name = {info.name: k for k, info in named.items()}
        out: list[Mention] = []
        for m in mentions:
            full = rename.get(m.key)
            if full is None:
                out.append(m)
            elif (other := by_name.get(full)) is not None and other != m.key:
                out.append(dataclasses.replace(m, key=other, source="coref"))
            else:
                named[m.key].name = full
                out.append(m)
        return out

    def _aged_people(self, text: str, mentions: list[Mention], named: dict[str, _Named]) -> list[Mention]:
        """A one-word place name the text gives an age, in a speech frame or an apposition ("kata Vatikan (27),
        pengendara asal Demak"), is a person's name; so is that word elsewhere in the text, unless a place
        preposition precedes it."""
        aged: set[str] = set()
        for m in mentions:
            if m.kind == "place" and " " not in m.text and re.match(r" \([1-9]\d\)(?:,? +[a-z])", text[m.end : m.end + 8]) \
                    and (_CUE.search(text, max(0, m.start - 12), m.start) or text[m.end : m.end + 8].count(",")):
                aged.add(m.text)
        if not aged:
            return mentions
        out: list[Mention] = []
        for m in mentions:
            if m.text in aged and m.kind == "place" and not _PLACE_PREP.search(text[max(0, m.start - 40) : m.start]):
                key = _unknown_key(m.text)
                named.setdefault(key, _Named(m.text))
                out.append(dataclasses.replace(m, kind="person", key=key, source="ner"))
            else:
                out.append(m)
        return out

    def _person_name_of(self, key: str, named: dict[str, _Named]) -> str | None:
        entry = self.lexicon.entries.get(key)
        if entry is not None:
            return entry.name if entry.kind == "person" else None
        return named[key].name if key in named else None

    def _initial_people(self, text: str, mentions: list[Mention], named: dict[str, _Named]) -> list[Mention]:
        """People named by their initials, as Indonesian crime reports name suspects and victims: "pelaku berinisial
        SR", "Inisial RN (30)"; "Aldi Atwinda Jauhar alias AAJ" (the person's); and two or three capitals that are
        the initials of exactly one multi-word person of the text ("LM" after "Lisa Mariana"). Every other free
        occurrence of the form is that person; a one-letter form only at the cue or after "tersangka", "pelaku",
        "korban", "saksi", and no form followed by a capitalised word or a digit ("M Nasir", "BK 6308")."""
        forms: dict[str, str] = {}
        for cue in _INITIAL_CUE.finditer(text):
            listed = [cue.group(1)]
            pos = cue.end()
            while (more := _MORE_INITIALS.match(text, pos)) is not None:
                listed.append(more.group(1))  # "berinisial S (38), RA (39) dan RB (45)": each one a person
                pos = more.end()
            for form in listed:
                if form not in forms:
                    key = self._person_key(form, named) or _unknown_key(form)
                    named.setdefault(key, _Named(form))
                    forms[form] = key
        # (sixteenth pass) initials the text declares a person's are that person also where a lexicon acronym spells
        # them: "tersangka, yakni Saudara AS … AS disangkakan melanggar" is no United States
        cued = set(forms)
        people = [m for m in mentions if m.kind == "person"]
        for m in people:
            alias = _ALIAS_INITIALS.match(text, m.end)
            if alias is not None and alias.group(1) not in forms:
                forms[alias.group(1)] = m.key
        initials: dict[str, set[str]] = {}
        for m in people:
            name = self._person_name_of(m.key, named)
            words = [w for w in (name or "").split() if w[:1].isupper()]
            if 2 <= len(words) <= 3:
                initials.setdefault("".join(w[0] for w in words), set()).add(m.key)
        taken_forms = {m.text for m in mentions if m.kind != "person"} | set(self.lexicon.titles)
        for hit in _BARE_INITIALS.finditer(text):
            form = hit.group(0)
            owners = initials.get(form, set())
            if form not in forms and len(owners) == 1 and form not in taken_forms and form not in STOP \
                    and not self.lexicon.owners(form) and f"({form})" not in text:
                forms[form] = next(iter(owners))
        if not forms:
            return mentions
        out = [m for m in mentions if not (m.kind != "person" and m.text in forms and (
            m.source == "ner" or (m.text in cued and not _CURRENCY_BEFORE.search(text, max(0, m.start - 10), m.start))))]
        for form, key in forms.items():
            for hit in re.finditer(rf"(?<![\w-]){form}(?![\w-])", text):
                if re.match(r" +[A-Z0-9]", text[hit.end() : hit.end() + 3]) or not self._free(hit.span(), out) \
                        or _CURRENCY_BEFORE.search(text, max(0, hit.start() - 10), hit.start()):
                    continue
                if len(form) == 1 and not _ONE_LETTER_BEFORE.search(text, max(0, hit.start() - 14), hit.start()):
                    continue
                out.append(Mention(form, hit.start(), hit.end(), "person", key, "coref"))
        return out

    def _apposed_people(self, text: str, mentions: list[Mention], named: dict[str, _Named]) -> list[Mention]:
        """A capitalised name followed by an apposition that describes a person ("Hermansyah, ahli telematika yang
        dikeroyok", "Geong Nurcahyono, salah seorang motivator", "Agung, salah satu mahasiswa yang mengikuti aksi";
        "warga" only with an age: "Zul (47), warga Desa Ujan Mas") is a person. Not when a word of the name is a
        STOP word (a one-word "Agung" or "Muslim" excepted), a title, a region, a head of a thing's name, or used
        in lower case in the text, when a place preposition precedes it, or when a lexicon mention covers it; a
        place or organisation the model made of the name gives way."""
        lex = self.lexicon
        lowered = set(_LOWER_WORD.findall(text))
        out = list(mentions)
        apposed: list[tuple[str, str]] = []
        for m in _APPOSED_PERSON.finditer(text):
            noun = m.group(3)
            if noun not in lex.person_nouns or (noun == "warga" and m.group(2) is None):
                continue
            words = m.group(1).split()
            if any((not_a_name(w) and not (len(words) == 1 and w in NAME_STOPS)) or w in PLACE_HEADS
                   or w in lex.titles or w in lex.office_titles or w in lex.regions or w in lex.leading_heads
                   or w in lex.trailing_heads or w.lower() in lowered or w in _HONORIFICS for w in words):
                continue
            span = m.span(1)
            quantified = m.group(2) is not None or text[m.end(2) if m.group(2) else m.end(1) : m.start(3)].strip(
                " ,") != ""  # "salah satu", "seorang", an age
            if len(words) == 1 and (_AFTER_PLACE_PREP.search(text, max(0, span[0] - 5), span[0]) or _PLACE_PREP.search(
                    text[max(0, span[0] - 12) : span[0]])):
                continue  # "di Bekasi, warga ...": a place ("dari Geong Nurcahyono, salah seorang motivator" stays)
            if len(words) == 1 and _sentence_initial(text, span[0]) and (
                    not quantified or _VERB_FORM.fullmatch(words[0].lower())):
                continue  # "Akibatnya, korban ...", "Dikatakan, korban ...": a connective opens the sentence
            inside = [t for t in out if t.start < span[1] and span[0] < t.end]
            if any(t.kind == "person" or t.source != "ner" or t.start < span[0] or t.end > span[1] for t in inside):
                continue
            name = text[span[0] : span[1]]
            key = self._known_or_new(name, named)
            if key in named and named[key].role is None and noun != "warga":
                named[key].role = noun  # "mahasiswa": what the text says the person is (a domestic story's own)
            out = [t for t in out if t not in inside]
            out.append(Mention(name, span[0], span[1], "person", key, "ner"))
            apposed.append((name, key))
        for name, key in apposed:
            # the name again, alone, anywhere in the text ("Agung juga mengkritik …", "… ucap Agung"): the earlier
            # name passes ran before the apposition introduced it
            for again in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
                if self._free(again.span(), out):
                    out.append(Mention(name, again.start(), again.end(), "person", key, "coref"))
        return out

    def _surname_after(self, text: str, mentions: list[Mention], named: dict[str, _Named]) -> list[Mention]:
        """A person found only by one word whose surname the text writes after it once or twice ("Rizieq" ...
        "tersangka ... Rizieq Shihab setibanya", "ujar Muslim" ... "Muslim Jaya Butar-butar"): one or two
        capitalised words after it that the text never uses apart nor in lower case, no STOP word, title, region or
        head of a thing's name, and no capitalised word after them. The person is named in full, and the mention
        there covers the whole name."""
        lex = self.lexicon
        lowered = set(_LOWER_WORD.findall(text))
        out = list(mentions)
        for key, info in named.items():
            word = info.name
            if " " in word or len(word) < 4 or (not_a_name(word) and word not in NAME_STOPS) \
                    or not word[:1].isupper() or word.isupper():
                continue
            after = {m.group(1) for m in re.finditer(rf"(?<![\w-]){re.escape(word)} ({_SURNAME_WORD}(?: {_SURNAME_WORD})?)"
                                                     r"(?![\w-])", text)}
            if len(after) != 1:
                continue
            surname = next(iter(after))
            if any(not_a_name(w) or w in PLACE_HEADS or w in lex.titles or w in lex.regions or w in lex.leading_heads
                   or w in lex.trailing_heads or w.lower() in lowered or w in _HONORIFICS or lex.owners(w)
                   for w in surname.split()):
                continue
            spots = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text)]
            full = f"{word} {surname}"
            if len(spots) > 2 or len(re.findall(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)) < 2 * len(spots):
                continue  # a person is named in full once or twice, then by one word; "Razer Phone" throughout
            if not all(text[max(0, p - len(word) - 1) : p] == f"{word} " for p in spots) or any(
                    re.match(r" [A-Z]", text[p + len(surname) : p + len(surname) + 2]) for p in spots):
                continue
            new: list[Mention] = []
            for p in spots:
                span = (p - len(word) - 1, p + len(surname))
                inside = [t for t in out if t.start < span[1] and span[0] < t.end]
                if any(t.key != key or t.start < span[0] or t.end > span[1] for t in inside):
                    continue
                out = [t for t in out if t not in inside]
                new.append(Mention(full, span[0], span[1], "person", key, "coref"))
            if new:
                info.name = full
                out.extend(new)
        return out

    @staticmethod
    def _bare_local_titles(text: str, mentions: list[Mention], named: dict[str, _Named]) -> list[Mention]:
        """A local officer's short title standing alone ("kata Kanit", "Menurut Kapolsek", "Pak Kapolres ini") is
        the one person the text introduced with a title opening with that word ("Kanit Reskrim Polsek Sako Iptu
        Apriansyah"); none or several such people: no mention. Not before a capitalised word (a name or a place
        follows: "Kapolres Bogor")."""
        out = list(mentions)
        for m in _LOCAL_SHORT_TITLE.finditer(text):
            word = m.group(1)
            keys = {p.key for p in mentions if p.kind == "person" and p.key in named
                    and (named[p.key].role or "").split()[:1] == [word] and p.start < m.start()}
            if len(keys) != 1 or not ActorStage._free(m.span(), out):
                continue
            out.append(Mention(word, m.start(), m.end(), "person", next(iter(keys)), "title"))
        return out

    @staticmethod
    def _merge_partial_names(mentions: list[Mention], named: dict[str, _Named]) -> list[Mention]:
        """An unknown multi-word name that is part of a longer one in the document ("Akbar Djohan" after
        "Muhammad Akbar Djohan", "Abu Hasna" and "Adnan Abu Hasna") is that person, under the fuller name,
        when exactly one longer name contains it."""
        used = {m.key for m in mentions if m.kind == "person"}
        names = {k: i.name.split() for k, i in named.items() if k in used and len(i.name.split()) >= 2}

        def inside(short: list[str], long: list[str]) -> bool:
            return len(long) > len(short) and any(long[j : j + len(short)] == short for j in range(len(long)))

        fuller: dict[str, str] = {}
        for k, words in names.items():
            longer = [k2 for k2, w2 in names.items() if inside(words, w2)]
            best = [k2 for k2 in longer if not any(inside(names[k2], names[k3]) for k3 in longer)]
            if len(best) == 1:
                fuller[k] = best[0]
        if not fuller:
            return mentions
        return [dataclasses.replace(m, key=fuller[m.key], source="coref") if m.key in fuller else m for m in mentions]

    # ------------------------------------------------------------------ entities

    def _entities(self, mentions: list[Mention], doc: Document, named: dict[str, _Named],
                  org_country: dict[str, str] | None = None) -> tuple[Entity, ...]:
        on = parse_iso(doc.published)
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
            role = (office.role if office else None) or next((m.role for m in ms if m.role), None)
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
