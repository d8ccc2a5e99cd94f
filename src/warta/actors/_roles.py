"""Roles and nationalities of people the lexicon lacks: the title before a name, an apposition after it, the
country stated before it (in the text or the headline)."""

from __future__ import annotations

import dataclasses
import itertools
import re

from warta.actors._bodies import _Bodies
from warta.actors._common import _HONORIFICS, _RANK_WORDS, _Named, _not_a_noun, _sentence_initial, _unknown_key
from warta.model import Mention

# between a country and the name of its national: spaces, a comma, ranks and honorifics ("Letnan Kolonel", "Dr.")
_NAT_GAP = re.compile(r" *,? *(?:[A-Z][a-z]{0,11}\.? +){0,3}")
_NAT_COMMA = re.compile(r", +")
# ", seorang jurnalis asal " between a name and a country: an apposition stating the nationality
_APPOSED_NOUNS = re.compile(r", +(?:(?:seorang|sang) +)?((?:[a-z]+ +){0,3})")
_POSTING = re.compile(r" +untuk +$")  # "Duta Besar Israel untuk Selandia Baru"
_WORD_BEFORE = re.compile(r"(?<![\w-])([A-Za-z][a-z]*) +$")
_NOUN_BEFORE = re.compile(r"(?<![\w-])([A-Za-z][a-z]+) +$")
# ", kepala ekonom di Comerica Bank," after a name: lower-case nouns, optionally a place or body, then a comma/stop
_ROLE_AFTER = re.compile(r", +((?:seorang +|sang +)?[a-z]+(?: [a-z]+){0,3}(?: (?:di|dari|untuk|asal|pada)"
                         r"(?: [A-Z][\w.&-]*){1,4})?)(?=[,.])")
_ROLE_SELAKU = re.compile(r",? +selaku +((?:[\w&.-]+ +){0,7}?[\w&.-]+)(?=[,.;:]| yang\b| terhitung\b|\)|$)")
_ROLE_AFTER_NAMED = re.compile(r", +((?:seorang +|sang +)?[a-z]+(?: [a-z]+){0,2}(?: [A-Z][\w.&-]*){1,4})"
                               r"(?=[,.;]| yang\b)")
_TITLE_AFTER = re.compile(r", +([A-Z][\w&-]*(?: (?:[A-Z(][\w&().-]*|di|untuk|dan|bidang|urusan|-|&)){0,12})"
                          r"(?=[,.;]| yang\b)")
# police and military ranks between a role and the name, after its comma ("Kasat Reskrim Polres Polman, AKP Budi
# Adi"): Polri's officer and NCO ranks (Perkap 3/2016 usage) beside the generals' and colonels' of _RANK_WORDS
_POLICE_RANKS = frozenset("""AKP Iptu Ipda Kompol Aiptu Aipda Bripka Brigpol Briptu Bripda Bharaka Bharatu Bharada
    Irjen Brigjen Komjen Kombes AKBP Letda Lettu Kapten Mayor Letkol Kolonel Serka Serma Sertu Serda Praka""".split())  # noqa: SIM905
# words that make a title a former or future one ("mantan Presiden", "calon presiden"): kept with the role, which
# then names no office held at the date
_NOT_NOW = frozenset({"mantan", "eks", "bekas", "calon", "bakal", "Mantan", "Eks", "Bekas", "Calon", "Bakal"})
# a lawyer or spokesperson of another person ("pengacara RK, Muslim ...", "kuasa hukum Rizieq, Sugito ..."): the
# role names the person represented
_AIDE_OF = re.compile(r"(?<![\w-])((?:[Kk]uasa|[Tt]im [Kk]uasa|[Pp]enasihat) [Hh]ukum|[Pp]engacara|[Aa]dvokat|"
                      r"[Jj]uru [Bb]icara|[Jj]ubir) $")
# lower-case words that open clauses, never part of a role phrase before a name
_SENTENCE_LOWER = frozenset({"kata", "ujar", "tutur", "ungkap", "jelas", "tegas", "imbuh", "papar", "terang", "menurut",
                             "bernama", "oleh", "bagi", "saat", "ketika", "usai", "setelah", "sebelum", "namun"})
_ROLE_LINKS = frozenset({"di", "untuk", "dan", "bidang", "urusan", "&"})
# a country's national team before a country name: "Timnas Indonesia", "Tim Nasional Jepang"
_TEAM_WORDS = frozenset({"Timnas", "Nasional", "Skuad"})


class _Roles(_Bodies):
    """Roles and countries of people the lexicon lacks, from the words around their names."""

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

    def _stated_titles(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """Lexicon people whom the text introduces with a title the title pass did not read ("Ketua Dewan Komisioner
        Lembaga Penjamin Simpanan (LPS) Purbaya Yudhi Sadewa", "Calon presiden (capres) Prabowo Subianto"): the
        first such mention carries the title as its role, which the entity prefers to the lexicon's office."""
        lex = self.lexicon
        people = sorted((m for m in mentions if m.kind == "person"), key=lambda x: x.start)
        titled = {m.key for m in people if m.role}
        seen: set[str] = set()
        out = list(mentions)
        for k, m in enumerate(out):
            entry = lex.entries.get(m.key)
            if m.kind != "person" or m.source != "lexicon" or entry is None or entry.kind != "person" \
                    or m.key in titled or m.key in seen:
                continue
            seen.add(m.key)
            floor = max((p.end for p in people if p.end <= m.start and p.key != m.key), default=0)
            role = self._title_before(text, m.start, floor)
            if role is not None and (len(role.split()) > 1 or role in lex.titles):
                out[k] = dataclasses.replace(m, role=role)
        return out

    @staticmethod
    def _aide_roles(text: str, mentions: list[Mention], named: dict[str, _Named]) -> None:
        """A lawyer or spokesperson introduced by the person they act for: "Pengacara RK, Muslim Jaya Butar-butar",
        "kuasa hukum Rizieq, Sugito Atmo Pawiro" — the role names that person ("Pengacara RK")."""
        people = sorted((m for m in mentions if m.kind == "person"), key=lambda x: x.start)
        for prev, m in itertools.pairwise(people):
            info = named.get(m.key)
            if info is None or info.role is not None or prev.key == m.key \
                    or not re.fullmatch(r" *, *", text[prev.end : m.start]):
                continue
            aide = _AIDE_OF.search(text, max(0, prev.start - 30), prev.start)
            if aide is not None:
                info.role = f"{aide.group(1)} {prev.text}"

    def _title_before(self, text: str, start: int, floor: int = 0) -> str | None:
        """A run of words right before a name (a comma may end it) that opens with a title head word ("Deputi",
        "Direktur", "Komisioner", a title of the office lexicon such as "Menpora"): the person's role as the text
        states it. Capitalised words make the run; lower-case nouns join it when a title head opens it ("wakil
        dubes Korut untuk Inggris, Thae Yong Ho", "Pelatih karate nasional Suriah Fadel Radi"). It starts after
        ``floor`` (the end of the last other person named before)."""
        seg = text[max(0, floor, start - 160) : start].rstrip()
        while (last := seg.rsplit(" ", 1)[-1]) and (last in _POLICE_RANKS or last in _RANK_WORDS or last.rstrip(".")
                                                    in _HONORIFICS) and seg.rstrip(last).rstrip().endswith(","):
            seg = seg[: -len(last)].rstrip()  # "Kasat Reskrim Polres Polman, AKP Budi Adi": the rank after the comma
        seg = seg[:-1].rstrip() if seg.endswith(",") else seg
        seg = re.split(r"\n|[.!?;:\"“”] ", seg)[-1]  # within the sentence
        words = seg.split(" ")
        run: list[str] = []
        for w in reversed(words[-12:]):
            lower_noun = w.isalpha() and w.islower() and not _not_a_noun(w) and w not in _SENTENCE_LOWER
            if not w or w.endswith(",") or not (w[:1].isupper() or w in _ROLE_LINKS or lower_noun or w.isdigit()
                                                or re.fullmatch(r"\([A-Z]{2,}\)|\([a-z]{3,8}\)|-", w)):
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
            while len(role) > 1 and (role[-1] in _RANK_WORDS or role[-1] in _POLICE_RANKS or role[-1] in _HONORIFICS
                                   or role[-1].lower() in ("(purn)", "(purn.)")):
                role.pop()  # "Komandan Wilayah Gabungan Marianas Laksamana Muda": the rank is no office
            if len(role) == 1 and role[0].islower():
                return None  # "dengan wakil X": one lower-case word is too weak a role
            j = k
            while j > 0 and run[j - 1] in _NOT_NOW:
                j -= 1
                role.insert(0, run[j])  # "mantan Presiden", "Calon presiden": no office held now
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
