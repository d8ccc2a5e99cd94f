"""Direct quotations and indirect speech with their reporting verb and speaker surface.

Speakers are given here as surface text and offsets; the quote stage resolves them to
people (names, roles, pronouns and "-nya" forms) using the actor mentions, and
``resolve_surface`` gives a mention-free fallback (the last name seen) for evaluation.
Every pattern is applied to a bounded window, so finding is linear in the text length.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from warta.data import load_yaml
from warta.model import QuoteKind, Sentence


def _alt(words: frozenset[str] | list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True, slots=True)
class QuoteLexicon:
    after_verbs: frozenset[str]
    before_verbs: frozenset[str]
    pronouns: frozenset[str]
    quote_only_verbs: frozenset[str] = frozenset()
    adverbs: frozenset[str] = frozenset()
    role_heads: frozenset[str] = frozenset()
    org_heads: frozenset[str] = frozenset()
    ranks: frozenset[str] = frozenset()
    connectives: frozenset[str] = frozenset()
    ordinary: frozenset[str] = frozenset()
    place_words: frozenset[str] = frozenset()
    office_words: frozenset[str] = frozenset()
    subject_verbs: frozenset[str] = frozenset()
    countries: frozenset[str] = frozenset()  # words of country names: offices in role runs
    group_nouns: frozenset[str] = frozenset()
    source_nouns: frozenset[str] = frozenset()
    bodies: frozenset[str] = frozenset()  # organisations' aliases (actors lexicon): "Hamas", "PBB"
    official_nouns: frozenset[str] = frozenset()

    @classmethod
    def load(cls, lexicon_dir: Path | None = None) -> QuoteLexicon:
        d = load_yaml("language/quotes.yaml", lexicon_dir)
        return cls(
            frozenset(d["after_verbs"]),
            frozenset(d["before_verbs"]),
            frozenset(d["pronouns"]),
            frozenset(d.get("quote_only_verbs", [])),
            frozenset(d.get("adverbs", [])),
            frozenset(d.get("role_heads", [])),
            frozenset(d.get("org_heads", [])),
            frozenset(d.get("ranks", [])),
            frozenset(d.get("connectives", [])),
            frozenset(d.get("ordinary", [])),
            frozenset(d.get("place_words", [])),
            frozenset(d.get("office_words", [])),
            frozenset(d.get("subject_verbs", [])),
            _country_words(lexicon_dir),
            frozenset(d.get("group_nouns", [])),
            frozenset(d.get("source_nouns", [])),
            frozenset(a for o in load_yaml("actors/organisations.yaml", lexicon_dir) for a in o.get("aliases", [])),
            frozenset(d.get("official_nouns", [])),
        )


def _country_words(lexicon_dir: Path | None) -> frozenset[str]:
    """Words of country names (the actors' country lexicon): "Menteri Lingkungan Hidup Prancis Agnes
    Pannier-Runacher" names the person after "Prancis"."""
    out: set[str] = set()
    for c in load_yaml("actors/countries.yaml", lexicon_dir):
        for name in [c.get("name", ""), c.get("name_en", ""), *c.get("aliases", []), *c.get("demonyms", [])]:
            out.update(w.lower() for w in str(name).split() if len(w) >= 3 and w[:1].isupper())
    return frozenset(out)


@dataclass(frozen=True, slots=True)
class RawQuote:
    start: int  # offsets of the quoted words, without quotation marks
    end: int
    kind: QuoteKind
    verb: str | None
    speaker_text: str | None
    speaker_start: int
    speaker_end: int
    pronoun: bool  # the speaker is "-nya"/"ia"/"Menlu itu": resolve to the last person named


_DIRECTIONS = frozenset({"utara", "selatan", "barat", "timur", "tengah", "tenggara", "daya", "laut"})
# Ranks that only continue a rank ("Komisaris Besar", "Marsekal Madya"), never open one.
_RANK_TAILS = frozenset({"besar", "muda", "madya", "pertama", "utama", "tni", "polisi"})
# Two-word roles whose second word alone is no role ("Wali Kota", "Juru Bicara").
_ROLE_PAIRS = frozenset({("wali", "kota"), ("juru", "bicara"), ("perdana", "menteri"), ("duta", "besar"),
                         ("wakil", "presiden"), ("kepala", "desa")})
# Words opening a circumstance clause between a speaker and the verb ("saat dihubungi", "dalam rapat").
_CIRCUMSTANCE = frozenset({"hari", "saat", "ketika", "seusai", "usai", "dalam", "di", "kepada", "melalui", "lewat",
                           "sebelum", "setelah", "sesudah", "pada"})
_CONNECT = frozenset({"bin", "binti", "al", "van", "von", "de", "da", "di", "el", "dan"})
# (an acronym in brackets may sit inside a role run: "Ketua Komite … ( KNKT ) Soerjanto Tjahjono")
# A name word: an abbreviation ("M.", "Dr.", "Hj.") or a word with inner periods ("Kompas.id"), never a
# sentence-final period ("kata Budi. Sopir …"); words are joined by spaces, never across a line.
_NAME_WORD = r"(?:[A-Z][\w'’-]{0,2}\.|[A-Z][\w'’-]*(?:\.[\w'’-]+)*)"
_NAME_BODY = (rf"{_NAME_WORD}(?:[ \t](?:{_NAME_WORD}|(?:bin|binti|al|van|von|de)(?![\w-])|al-\w+|(?:at|of)(?=[ \t][A-Z])"
              r"|\([ \t]?[A-Z][\w.-]{0,15}[ \t]?\)(?=[ \t][A-Z]))){0,12}")
_NAME = rf"(?P<name>{_NAME_BODY})"
_NOT_NAMES = frozenset({"senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "jakarta", "dalam",
                        "saat", "ketika", "di", "pada"})
# A role continued over lower-case connectors: "Kepala Bidang Humas dan Protokol Polda X Nama".
_ROLE_RUN = re.compile(r"(?:\s(?:dan|dari|untuk|of|dr|/|-|\d{1,3}|\([^()\n]{1,20}\)|[A-Z][\w.'’/-]*)){1,20}")
_PURPOSE = re.compile(r"(?<!\w)(?:untuk|guna|agar|demi|supaya|akan|ingin|harus|perlu|dapat|bisa)\s+$")
# Words after a reporting verb that start a topic or object, not reported content.
_NOT_CONTENT = frozenset({"soal", "tentang", "mengenai", "terkait", "dukungan", "keprihatinan", "belasungkawa",
                          "apresiasi", "terima", "hal", "sikap", "komitmen", "pendapat", "pernyataan", "kesiapan",
                          "keberatan", "penolakan", "kekecewaan", "rasa", "duka", "harapan", "kepada", "bahwa"})
# The source after "menurut": a name or role run, a pronoun, or an organisation acronym.
_MENURUT_WHO = re.compile(
    r"\s+(?P<who>dia|ia|beliau|(?:[a-z]+\s){0,3}[A-Z][\w.'’()-]*(?:\s(?:[A-Z][\w.'’()-]*|dan|dari|of|at)){0,10})"
)
_ROLE_THEN_NAME = re.compile(
    rf"(?:\s(?:dan|dari|untuk|of|dr|/|-|\d{{1,3}}|[A-Z][\w.'’/-]*|\([^()\n]{{1,20}}\))){{0,20}}\s*,\s*{_NAME}"
)
# A token that closes a sentence: ".", "positif.", "”" (not "Dr." or an initial "H.").
_ENDS_SENTENCE = re.compile(r"(?:^[.!?”\"]+|\w{4,}[.!?]+[”\"]?)$")
_WITH_AGE = re.compile(r"(?<![\w-])(?P<run>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,3})\s?\(\s?\d{1,3}\s?\)")
_COMMA_NAME = re.compile(rf"\s*,\s*(?:dan\s+)?{_NAME}")
# A capitalised word used as a place: after "di"/"ke"/"dari" or a region word.
_PLACE_USE = re.compile(r"(?<![\w-])(?:[Dd]i|[Kk]e|[Dd]ari|pihak|PT|Kota|Kabupaten|Provinsi|Kecamatan|Desa|Pulau)"
                        r"\s(?P<w>[A-Z][\w'’.-]*)")
# A noun derived with pe-/ke-/per-…-an: office words ("Perdagangan", "Kesehatan", "Pertanian").
_DERIVED_NOUN = re.compile(r"(?:Pe|Ke)[a-z]{3,}(?:an|nya)")
# "Menurut Wali Kota Surabaya dua periode ini": a description that refers back to a person named earlier.
# "menurut laporan Axios": the outlet that reported is the source.
_REPORT_OF = re.compile(r"(?:laporan|pernyataan|keterangan|rilis|siaran pers)\s+(?P<src>[A-Z].*)")
_REFERS_BACK = re.compile(r"(?:\s+[a-z][\w-]*){0,3}\s+(?:ini|itu|tersebut)(?![\w-])")
_CAPS = re.compile(r"(?<![\w.])[A-Z][a-z][\w'’-]*(?:\s[A-Z][\w'’-]*){1,3}")
# Quotation marks: “…”, "…", and Kompas-style ”…” (the same mark opens and closes).
_QUOTED = re.compile(r"[“”\"](?P<q>[^“”\"\n]{2,3000})[”\"]")
# An unclosed quotation running to the end of its paragraph (continued in the next one).
_OPEN_TO_EOL = re.compile(r"(?:^|(?<=\n))\s*[“\"](?P<q>[^“”\"\n]{20,3000})$", re.MULTILINE)


class QuoteFinder:
    def __init__(self, lex: QuoteLexicon) -> None:
        self.lex = lex
        after = _alt(lex.after_verbs | {v + "nya" for v in lex.after_verbs})
        self.after = re.compile(
            rf"\s*[,.]?\s*(?P<verb>{after})(?![\w-])(?:\s+(?:oleh\s+)?(?:(?P<pron>dia|ia|beliau)(?!\w)|{_NAME}"
            rf"|(?P<role>[a-z][\w-]*(?:\s[\w-]+){{0,5}}?\s(?:itu|tersebut|ini))(?!\w)"
            rf"|(?P<anon>(?:salah\s(?:satu|seorang)\s|seorang\s|para\s|sejumlah\s|beberapa\s)?"
            rf"(?!(?:dalam|di|saat|ketika|kepada|sambil|pada|usai|seusai|dengan)\b)[a-z][\w-]+(?:\s(?!yang\b)[a-z][\w-]+){{0,3}}))?)?",
        )
        self._after_name = re.compile(rf"[”\"]\s*[,.]?\s*(?:{after})\s+(?:oleh\s+)?{_NAME}")
        verbs = lex.before_verbs | lex.quote_only_verbs
        self.verb = re.compile(rf"(?<![\w-])(?P<verb>{_alt(verbs)}|[Mm]enurut(?:nya)?)(?![\w-])")
        # verbs whose subject is the person a later "-nya"/"ia" refers to ("Rohani melanjutkan, …")
        # (used for speech: followed by a comma or "bahwa", not "melanjutkan serangan")
        self._subject_verb = re.compile(
            rf"(?<![\w-])(?P<verb>{_alt(verbs)}|[Mm]enurut(?:nya)?|(?:{_alt(lex.subject_verbs)})(?=\s?,|\s(?:bahwa|agar|supaya)\b))(?![\w-])")
        self.tail_cue = re.compile(
            rf",\s*(?P<verb>[Mm]enurut|{_alt(lex.after_verbs)})\s+(?P<who>[^,.]{{2,80}}?)\s*[.]?\s*$"
        )
        # a name used alone as a speaker: "kata Syafrin", "ujar Syafrin,", "Menurut Syafrin"
        self._alone = re.compile(rf"(?<![\w-])(?:{after}|[Mm]enurut)\s+(?P<w>[A-Z][\w'’-]+)(?=\s*[,.]|\s+[a-z(])")
        # "ayah korban, Budi Santoso" / "Budi Santoso, sopir angkot": an ordinary person
        ordinary = _alt(lex.ordinary | {w[:1].upper() + w[1:] for w in lex.ordinary}) if lex.ordinary else r"(?!)"
        self._ordinary_before = re.compile(
            rf"(?<![\w-])(?:{ordinary})(?:\s[a-z][\w-]*){{0,2}}\s?,?\s(?P<run>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){{0,3}})"
            r"(?=\s?[,(])")
        self._ordinary_after = re.compile(
            rf"(?<![\w-])(?P<run>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){{0,3}})\s?,\s(?:yang\s(?:juga\s)?(?:merupakan\s)?)?"
            rf"(?:salah\s(?:satu|seorang)\s)?(?:seorang\s)?(?:{ordinary})(?![\w-])(?!\s(?:tersebut|itu|ini)\b)")
        self.inserted = re.compile(rf",\s*(?P<verb>kata|ujar|menurut)\s+(?P<who>{_NAME_BODY}|dia|ia)\s*,")

    # ------------------------------------------------------------ speakers

    def _subject(self, text: str, lo: int, end: int) -> tuple[str | None, int, int, bool]:
        """The speaker before a verb at ``end``: (surface, start, end, is-pronoun).

        "Abdian Saputra, Koordinator Ekajaya, juga menyampaikan": with an appositive role
        between commas, the name is the one before the role.
        """
        window_start = max(lo, end - 200, text.rfind("\n", lo, end) + 1)  # the subject is in the verb's paragraph
        words = [(m.start() + window_start, m.end() + window_start, m.group())
                 for m in re.finditer(r"[^\s,]+|,", text[window_start:end])]
        # the subject is in the verb's own sentence: drop words before the last sentence end
        for k in range(len(words) - 1, -1, -1):
            if _ENDS_SENTENCE.search(words[k][2]):
                words = words[k + 1 :]
                break
        popped: list[str] = []
        while words and words[-1][2].lower() in self.lex.adverbs:
            popped.append(words.pop()[2].lower())
        if popped and popped[-1] in ("itu", "tersebut") and words and words[-1][2][:1].isupper():
            # "Mantan Gubernur DKI Jakarta itu pun menyampaikan": a description that refers back
            k = len(words)
            while k > 0 and (words[k - 1][2][:1].isupper() or words[k - 1][2].lower() in _CONNECT):
                k -= 1
            if k < len(words) and words[k][2].lower() in self.lex.role_heads:
                return " ".join(w[2] for w in words[k:]), words[k][0], words[-1][1], True
        # "Nama, Jumat (5/6), dalam rapat koordinasi meminta": a circumstance clause before the
        # verb without its closing comma is dropped like one with it
        last_comma = max((k for k, w in enumerate(words) if w[2] == ","), default=-1)
        if 0 < last_comma < len(words) - 1 and words[last_comma + 1][2].lower() in _CIRCUMSTANCE \
                and not any(w[2][:1].isupper() for w in words[last_comma + 1 :]):
            words = words[: last_comma + 1]
        else:
            # "Ketua X Nama dalam waktu yang berbeda mengatakan": the same without any comma
            j = next((j for j in range(len(words) - 1, 0, -1) if words[j][2].lower() in _CIRCUMSTANCE
                      and words[j - 1][2][:1].isupper()), 0)
            if j and not any(w[2][:1].isupper() or w[2] == "," for w in words[j:]):
                words = words[:j]
        if words and words[-1][2] == ",":
            words.pop()
            clauses: list[list[tuple[int, int, str]]] = [[]]
            for w in words:
                if w[2] == ",":
                    clauses.append([])
                else:
                    clauses[-1].append(w)
            # walk back over appositive roles and circumstance clauses ("Rabu (16/3/2022)",
            # "saat ditemui di Jakarta", "hari ini") to the clause that names the speaker
            pick: list[tuple[int, int, str]] | None = None
            role_clause: list[tuple[int, int, str]] | None = None
            for clause in reversed(clauses):
                if not clause:
                    break
                head = clause[0][2]
                circumstance = head.lower() in _NOT_NAMES or head.lower() in _CIRCUMSTANCE
                if head.lower() in self.lex.role_heads and clause[-1][2][:1].isupper() and role_clause is None \
                        and not any(c.isdigit() for c in clause[-1][2]):
                    # "Kepala Dinas X Nama, yang juga …, mengatakan" / "Ketua Satgas Covid-19 Nama, saat
                    # dihubungi, Senin (30/11), mengatakan": role and name
                    role_clause = clause
                if circumstance or head.lower() in self.lex.role_heads or not head[:1].isupper() \
                        or any(c.isdigit() for w in clause for c in w[2]):
                    continue
                if role_clause is not None and any(not w[2][:1].isupper() and w[2].lower() not in _CONNECT
                                                   for w in clause):
                    continue  # "Senada dengan Demokrat, Juru Bicara PKS Nama mengatakan": not a name
                pick = clause
                break
            words = pick or role_clause or clauses[-1]
        words = [w for w in words if w[2] != ","]
        if not words:
            return None, -1, -1, False
        last = words[-1][2]
        if last.lower() in self.lex.pronouns or last.lower() in ("mereka", "pihaknya", "seraya", "sambil"):
            # ("…," ujarnya, seraya menambahkan bahwa …: the same speaker goes on)
            return last, words[-1][0], words[-1][1], True
        # "Menlu AS itu" / "pria tersebut": a role that refers back
        if last.lower() in ("itu", "tersebut"):
            return " ".join(w[2] for w in words[-3:]), words[-3 if len(words) >= 3 else 0][0], words[-1][1], True
        i = len(words)
        while i > 0 and (words[i - 1][2][:1].isupper() or words[i - 1][2].lower() in _CONNECT):
            i -= 1
        while i < len(words) and not words[i][2][:1].isupper():
            i += 1
        # "umat Muslim menilai", "warga Grogol Petamburan menyayangkan": the capitalised run
        # qualifies a group noun; the subject is the group, not a person
        grouped = 0 < i < len(words) and words[i - 1][2].lower() in self.lex.group_nouns
        unnamed = self._unnamed_source(words, i)
        if unnamed is not None:
            return text[words[unnamed][0] : words[-1][1]], words[unnamed][0], words[-1][1], False
        if i < len(words) and words[-1][2][:1].isupper() and not grouped:
            # a run across commas: "media Amerika, Trump" → "Trump"; an appositive role
            # "M. Ryano Panjaitan, Ketua Umum DPP KNPI menyambut" → the name before the role
            segs: list[list[tuple[int, int, str]]] = [[words[i]]]
            for a, b in zip(words[i:], words[i + 1 :], strict=False):
                if "," in text[a[1] : b[0]]:
                    segs.append([])
                segs[-1].append(b)
            pick_seg = segs[-1]
            if len(segs) > 1 and pick_seg[0][2].lower() in self.lex.role_heads:
                prev = segs[-2]
                # "M. Ryano Panjaitan, Ketua Umum DPP KNPI menyambut": the name before the role, unless
                # the role run ends in a name ("Senada dengan Demokrat, Juru Bicara PKS Nama")
                role_run = text[pick_seg[0][0] : pick_seg[-1][1]]
                if prev[0][2].lower() not in self.lex.role_heads and self.person_like(" ".join(w[2] for w in prev)) \
                        and not (i > 0 and self._role_cut(role_run, frozenset())):
                    pick_seg = prev
            return text[pick_seg[0][0] : pick_seg[-1][1]], pick_seg[0][0], pick_seg[-1][1], False
        # an unnamed source: the noun phrase after the last comma ("seorang pejabat Hamas")
        comma = text.rfind(",", window_start, end)
        s = comma + 1 if comma >= 0 else words[0][0]
        while s < end and text[s].isspace():
            s += 1
        # "Perkembangan ini terjadi … setelah utusan AS untuk Israel mengumumkan": the source noun on
        src = next((w for w in words if w[0] >= s and w[2].lower() in self.lex.source_nouns and w[2].islower()), None)
        if src is not None:
            s = src[0]
        return (text[s : words[-1][1]] or None), s, words[-1][1], False

    # ------------------------------------------------------------ finding

    def find(self, text: str, sentences: tuple[Sentence, ...]) -> list[RawQuote]:
        out: list[RawQuote] = []
        covered: list[tuple[int, int]] = []
        starts = [s.start for s in sentences]
        for ms, qs, qe, me in self._pairs(text):
            q = self._direct(text, qs, qe, ms, me, sentences, out, starts)
            if q is not None:
                out.append(q)
                covered.append((ms, me))
        for m in _OPEN_TO_EOL.finditer(text):
            if _inside(covered, m.start("q")):
                continue
            nxt = text[m.end() : m.end() + 4].lstrip()
            if nxt[:1] in "“\"":
                q = self._direct(text, m.start("q"), m.end("q"), m.start("q") - 1, m.end(), sentences, out, starts)
                if q is not None:
                    out.append(replace(q, verb=None, speaker_text=None, speaker_start=-1, speaker_end=-1, pronoun=True))
                    bisect.insort(covered, (m.start(), m.end()))
        out.sort(key=lambda r: r.start)
        out = self._names_out_of_roles(out, text)
        out = self._continuations(out, text)
        for sent in sentences:
            iq = self._indirect(text, sent)
            if iq is None or _inside(covered, iq.start):
                continue
            k = bisect.bisect_right(covered, (iq.start, len(text) + 1))
            cut = covered[k][0] if k < len(covered) and covered[k][0] < iq.end else iq.end
            if cut < iq.end:
                iq = replace(iq, end=iq.start + len(text[iq.start : cut].rstrip(" .,“”\"")))
            if iq.end - iq.start >= 10 and len(text[iq.start : iq.end].split()) >= 3:
                out.append(iq)
        out.sort(key=lambda r: r.start)
        return out

    def resolve(self, text: str, quotes: list[RawQuote]) -> list[str | None]:
        """Mention-free speaker names (see ``resolve_sources``)."""
        return [name for name, _ in self.resolve_sources(text, quotes)]

    def resolve_sources(self, text: str, quotes: list[RawQuote]) -> list[tuple[str | None, bool]]:
        """(speaker name, unnamed source) per quote: a named speaker, else (pronoun, "-nya", no
        cue) the latest of the last attributed speaker and the last subject of a reporting verb.
        An unnamed source ("seorang pejabat Hamas") is a speaker too: "Pejabat tersebut
        menyatakan …" or "ujarnya" right after it is that source again, no earlier named person."""
        out: list[tuple[str | None, bool]] = []
        last: tuple[int, str | None] | None = None
        evidence: tuple[set[str], Counter[str]] | None = None
        places: frozenset[str] | None = None
        for raw_q in quotes:
            q = raw_q
            name: str | None = None
            unnamed = False
            named = bool(q.speaker_text) and not q.pronoun and _looks_named(q.speaker_text or "")
            report = _REPORT_OF.match(q.speaker_text or "") if not q.pronoun else None
            if report and _looks_named(report["src"]):
                named, q = True, replace(q, speaker_text=report["src"], speaker_start=q.speaker_start + report.start("src"))
            if named:
                name = q.speaker_text
            elif q.speaker_text and not q.pronoun:
                # an unnamed source ("seorang pejabat Hamas", "kata salah satu petugas")
                unnamed = True
                if self._source_words(q.speaker_text):
                    last = (q.speaker_start, None)
            elif q.pronoun or q.speaker_text is None:
                if places is None:
                    places = self._places(text)
                cand = self._last_subject(text, q.start, places)
                if last and (cand is None or last[0] >= cand[0]):
                    name = last[1]
                    unnamed = name is None
                elif cand is not None:
                    name = cand[1]
                else:
                    name = self._last_name(text, q.start)
                if name and self._roled(name):
                    evidence = evidence or self._name_evidence(text)
                    name = name[self._name_in_run(name, *evidence) :]
            out.append((name, unnamed))
            if name and named:
                if places is None:
                    places = self._places(text)
                if all(w in places for w in name.split()):
                    continue  # "Pertamina menambahkan, …": a firm, not the person a "-nya" refers to
            if name and q.speaker_start >= 0 and not q.pronoun:
                last = (q.speaker_start, name)
            elif name and (last is None or last[1] != name):
                last = (q.start, name)
        return out

    def _last_name(self, text: str, pos: int) -> str | None:
        """Last resort: the last run of two or more capitalised words before ``pos``."""
        best: str | None = None
        for m in _CAPS.finditer(text, max(0, pos - 400), pos):
            first = m.group().split(maxsplit=1)[0].lower()
            if first not in self.lex.role_heads and first not in _NOT_NAMES and self.person_like(m.group()):
                best = m.group()
        return best

    def ordinary_people(self, text: str) -> frozenset[str]:
        """Name words of people introduced with their age ("Rina (42), warga Cilincing"): Indonesian
        news gives the age of residents, victims and witnesses, not of officials or experts."""
        runs = [m["run"] for rx in (_WITH_AGE, self._ordinary_before) for m in rx.finditer(text)]
        # "Budi, sopir angkot" / "kata Eep, seorang pengemudi ojek" but not "kata Dedie, ayah
        # tersebut sakit" (a cue, then the topic)
        runs += [m["run"] for m in self._ordinary_after.finditer(text)]
        places = self._places(text)
        return frozenset(w for run in runs for w in run.split() if len(w) >= 3
                         and w.lower() not in self.lex.ranks and not self._office(w, places))

    def public_figure(self, speaker: str | None, ordinary: frozenset[str]) -> bool:
        """A named speaker not introduced as an ordinary person (PFSA-ID labels only public
        figures' statements); an unnamed source ("kata seorang warga") is not one."""
        if not speaker or not _looks_named(speaker) or self.place_like(speaker) \
                or (len(speaker.split()) <= 2 and not self.person_like(speaker)):
            return False
        name = speaker[self._role_cut(speaker, frozenset()):] if self._roled(speaker) else speaker
        return not any(w in ordinary for w in name.split())

    def person_like(self, surface: str) -> bool:
        """Not an organisation or a region ("Pemprov Maluku", "Kota Cilegon", "HIMKI"): a "-nya"
        or "ia" speaker refers back to a person, so these are skipped when resolving one."""
        words = surface.split()
        if not words or words[0].lower() in self.lex.org_heads \
                or words[0].lower() in self.lex.connectives:
            return False
        if words[0].lower() not in self.lex.role_heads and any(w.lower() in self.lex.org_heads for w in words):
            return False  # "Percepatan Penanganan Covid", "Stasiun …" (a role run may name its office)
        if self.place_like(surface):
            return False
        return not (len(words) == 1 and len(words[0]) > 1 and words[0].isupper())

    def place_like(self, surface: str) -> bool:
        """"Gunung Ungaran", "Jawa Barat", "Jakarta" (not "Kota Palembang Saim Marhadan")."""
        low = surface.lower().split()
        return bool(low) and ((len(low) <= 2 and low[0] in self.lex.place_words)
                              or all(w in self.lex.place_words or w in _DIRECTIONS for w in low)
                              or all(w in self.lex.countries for w in low))

    def _last_subject(self, text: str, pos: int, places: frozenset[str] = frozenset()) -> tuple[int, str] | None:
        """The named subject of the last reporting verb before ``pos`` (within 700 characters);
        not a name the article uses as a place or firm ("Pertamina menyiapkan …", "di Pertamina")."""
        best: tuple[int, str] | None = None
        lo = max(0, pos - 700)
        for vm in self._subject_verb.finditer(text, lo, pos):
            if vm["verb"].lower().startswith("menurut"):
                sm = re.match(rf"\s+{_NAME}", text[vm.end() : vm.end() + 80])
                if sm and not self._bare_office(sm["name"]) and not _REFERS_BACK.match(text, vm.end() + sm.end()):
                    best = (vm.end() + sm.start("name"), sm["name"])
                continue
            who, ss, _, pron = self._subject(text, max(lo, vm.start() - 200), vm.start())
            if who and not pron and who[:1].isupper() and who.split()[-1][:1].isupper() \
                    and not self._bare_office(who) \
                    and who.split()[0].lower() not in _NOT_NAMES and self.person_like(who) \
                    and not all(w in places for w in who.split()):
                best = (ss, who)
        for am in self._after_name.finditer(text, lo, pos):
            if best is None or am.start("name") > best[0]:
                ns, ne = self._person_after_role(text, am.start("name"), am.end("name"))
                if self.person_like(text[ns:ne]):
                    best = (ns, text[ns:ne])
        return best

    def _direct(self, text: str, qs: int, qe: int, ms: int, me: int, sentences: tuple[Sentence, ...],
                prev: list[RawQuote], starts: list[int]) -> RawQuote | None:
        inner = text[qs:qe]
        if len(inner.split()) < 3:
            return None  # a scare-quoted word ("Israel") or a title is not a quotation
        stripped = inner.strip().rstrip(" ,")
        lead = len(inner) - len(inner.lstrip())
        qs += lead
        qe = qs + len(stripped.strip())
        am = self.after.match(text, me, min(len(text), me + 160))
        if am:
            verb = am["verb"]
            pron = verb.endswith("nya") or bool(am["pron"]) or bool(am["role"])
            if am["name"]:
                ns, ne = self._person_after_role(text, am.start("name"), _trim(text, am.start("name"), am.end("name")))
                if re.match(r"\s+(?:itu|tersebut)(?!\w)", text[ne : ne + 10]):
                    return RawQuote(qs, qe, "direct", verb, text[ns:ne], ns, ne, True)  # "Menlu AS itu"
                return RawQuote(qs, qe, "direct", verb, text[ns:ne], ns, ne, False)
            if am["anon"] and not verb.endswith("nya"):
                # "kata juru bicara Gugus Tugas X, Alamsyah": a lower-case role, then the name
                rn = _ROLE_THEN_NAME.match(text, am.end("anon"), min(len(text), am.end("anon") + 200))
                if rn and rn["name"].split(maxsplit=1)[0].lower() not in _NOT_NAMES:
                    ne = _trim(text, rn.start("name"), rn.end("name"))
                    return RawQuote(qs, qe, "direct", verb, text[rn.start("name") : ne], rn.start("name"), ne, False)
                # an unnamed source: "kata salah satu petugas", "tutur siswa yang …"
                return RawQuote(qs, qe, "direct", verb, am["anon"], am.start("anon"), am.end("anon"), False)
            who = am["pron"] or am["role"]
            if who:
                g = "pron" if am["pron"] else "role"
                return RawQuote(qs, qe, "direct", verb, who, am.start(g), am.end(g), True)
            return RawQuote(qs, qe, "direct", verb, None, -1, -1, pron)
        # a cue before the quotation, in the same sentence: X mengatakan, “…” / Menurut X, “…”
        si = bisect.bisect_right(starts, ms) - 1
        sent_start = sentences[si].start if si >= 0 and ms < sentences[si].end else max(0, ms - 200)
        head_lo = max(sent_start, ms - 200)
        vm = None
        for vm_ in self.verb.finditer(text, head_lo, ms):
            vm = vm_
        if vm is not None:
            verb = vm["verb"]
            if verb.lower().startswith("menurut"):
                if verb.lower() == "menurutnya":
                    return RawQuote(qs, qe, "direct", verb, None, -1, -1, True)
                sm = re.match(rf"\s+{_NAME}", text[vm.end() : ms])
                if sm and not _REFERS_BACK.match(text, vm.end() + sm.end()):
                    ns = vm.end() + sm.start("name")
                    return RawQuote(qs, qe, "direct", verb, sm["name"], ns, ns + len(sm["name"]), False)
                return RawQuote(qs, qe, "direct", verb, None, -1, -1, True)
            who, ss, se, pron = self._subject(text, head_lo, vm.start())
            return RawQuote(qs, qe, "direct", verb, who, ss, se, pron)
        colon = text[max(head_lo, ms - 3) : ms].strip()
        if colon.endswith(":"):
            who, ss, se, pron = self._subject(text, head_lo, text.rfind(":", head_lo, ms))
            return RawQuote(qs, qe, "direct", None, who, ss, se, pron)
        # no cue: a quotation that continues the previous speaker, or a cue after the next one
        words = inner.split()
        headline = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit()) >= 0.6 * len(words)
        if prev and qs - prev[-1].end < 400 and not headline:
            return RawQuote(qs, qe, "direct", None, None, -1, -1, True)
        nxt = _QUOTED.search(text, me, min(len(text), me + 400))
        if nxt is not None and self.after.match(text, nxt.end(), min(len(text), nxt.end() + 160)):
            return RawQuote(qs, qe, "direct", None, None, -1, -1, True)
        if len(words) >= 6 and not headline:
            return RawQuote(qs, qe, "direct", None, None, -1, -1, True)
        return None

    def _source_words(self, surface: str) -> bool:
        """A description of a source a later "-nya"/"pejabat tersebut" may refer back to."""
        low = surface.lower().split()
        return bool(low) and (low[0] in ("seorang", "salah", "para", "sejumlah", "beberapa")
                              or any(w in self.lex.source_nouns for w in low))

    def _unnamed_source(self, words: list[tuple[int, int, str]], i: int) -> int | None:
        """Where an unnamed source starts: "Seorang pejabat senior Palestina", "media Israel",
        "pemimpin Perlawanan" — a source noun (and lower-case modifiers) qualified by a country or
        a body, not followed by a person's name ("pemimpin Hamas Yahya Sinwar" is named)."""
        if not 0 < i < len(words) or not words[-1][2][:1].isupper():
            return None
        run = [w[2] for w in words[i:]]
        body = " ".join(run) in self.lex.bodies \
            or all(w.lower() in self.lex.countries or w.isupper() or w in self.lex.bodies for w in run)
        for j in range(i - 1, max(-1, i - 4), -1):
            low = words[j][2].lower()
            if not low.isalpha() or not words[j][2].islower():
                return None
            if low in self.lex.source_nouns:
                # "pejabat Hamas"; "tokoh senior Perlawanan Palestina", "pemimpin Perlawanan" too
                # (an official is named with the body first: "pemimpin Hamas Yahya Sinwar")
                loose = low in self.lex.official_nouns and (len(run) == 1 or run[-1].lower() in self.lex.countries)
                return j if body or loose else None
        return None

    def _pairs(self, text: str) -> Iterator[tuple[int, int, int, int]]:
        """Quotation mark pairs (mark start, inner start, inner end, mark end) as ``_QUOTED`` pairs
        them, but re-synchronised: Kompas-style ” both opens and closes, so one missing mark
        turns every later gap between quotations into a "quotation" and every quotation into a
        gap. A span that begins with a reporting cue and its speaker (``, ujar Windhu . Untuk
        itu …``) is such a gap; its first mark is taken as a closing one and pairing resumes at
        the next mark."""
        pos = 0
        while True:
            m = _QUOTED.search(text, pos)
            if m is None:
                return
            am = self.after.match(text, m.start("q"), min(m.end("q"), m.start("q") + 160))
            if am and text[m.start()] in "”\"" and (am["name"] or am["pron"]) \
                    and not text[am.start("verb"):am.start("verb") + 1].isupper():
                pos = m.end("q")  # the closing mark of this gap may open the next quotation
                continue
            yield m.start(), m.start("q"), m.end("q"), m.end()
            pos = m.end()

    def _person_after_role(self, text: str, s: int, e: int) -> tuple[int, int]:
        """"kata Kepala Bidang X dan Y, Komisaris Besar Sumi Hastry": the name after the role's
        comma; without a comma the whole run (role and name) is kept."""
        if text[s:e].split(maxsplit=1)[0].lower() not in self.lex.role_heads:
            return s, e
        m = _ROLE_THEN_NAME.match(text, e, min(len(text), e + 160))
        if m and m["name"].split()[0].lower() not in _NOT_NAMES:
            ns, ne = m.start("name"), m.end("name")
            # "Camat X, Kabupaten Y, Nama" / "Kepala Puskesmas X, Jakarta Utara, Nama": the role's
            # place and unit come first in a comma chain; the person is its last name-like part
            for _ in range(3):
                nxt = _COMMA_NAME.match(text, ne, min(len(text), ne + 80))
                if nxt is None or nxt["name"].split()[0].lower() in _NOT_NAMES:
                    break
                ns, ne = nxt.start("name"), _trim(text, nxt.start("name"), nxt.end("name"))
            while not self.person_like(text[ns:ne]):
                nxt = _COMMA_NAME.match(text, ne, min(len(text), ne + 80))
                if nxt is None:
                    break
                ns, ne = nxt.start("name"), nxt.end("name")
            return ns, ne
        run = _ROLE_RUN.match(text, e, min(len(text), e + 160))
        return s, (run.end() if run else e)

    def _names_out_of_roles(self, quotes: list[RawQuote], text: str) -> list[RawQuote]:
        """"kata Kepala Dinas Perhubungan DKI Jakarta Syafrin Liputo": the person is the part of
        the run that the article also uses alone as a speaker ("kata Syafrin"); without such a
        later mention the role and name stay together."""
        alone, seen = self._name_evidence(text)
        places = self._places(text)
        out: list[RawQuote] = []
        for q in quotes:
            cut = 0
            if q.speaker_text and not q.pronoun and self._roled(q.speaker_text):
                cut = self._name_in_run(q.speaker_text, alone, seen) or self._role_cut(q.speaker_text, places)
            out.append(replace(q, speaker_text=(q.speaker_text or "")[cut:], speaker_start=q.speaker_start + cut)
                       if cut else q)
        return out

    def _places(self, text: str) -> frozenset[str]:
        """Capitalised words the article uses as places or firms ("di Lampung", "Kota Jambi", "PT X")."""
        return frozenset(m["w"] for m in _PLACE_USE.finditer(text))

    def _office(self, word: str, places: frozenset[str]) -> bool:
        """A word of a role's office, not of a name: an acronym ("KAI", "( BI )"), an office or
        place word, a connector, or a derived noun ("Perdagangan", "Kesehatan")."""
        low = word.lower()
        core = word.strip("()")
        return (len(core) >= 2 and core.isupper()) or any(c.isdigit() for c in word) or word[:1] in "(/-" \
            or not word[:1].isupper() or low in self.lex.role_heads or low in self.lex.org_heads \
            or low in self.lex.place_words or low in _DIRECTIONS or low in self.lex.office_words or low in self.lex.countries \
            or word in places or bool(_DERIVED_NOUN.fullmatch(word))

    def _role_cut(self, surface: str, places: frozenset[str]) -> int:
        """Offset of the name in a role run without a later mention of the name: after the last
        office word ("Direktur Utama KAI Didiek Hartantyo"), with the ranks before it ("… Polres
        Metro Bekasi Ajun Komisaris Besar Hery Purnomo"); 0 when no name of 1-5 words is left."""
        words = [(m.start(), m.group()) for m in re.finditer(r"\S+", surface)]
        # a closing initialism belongs to the name ("Mahfud MD", "Eddy MS")
        tail = len(words) - 1 if len(words) > 2 and len(words[-1][1]) <= 3 and words[-1][1].isupper() else len(words)
        last = max((k for k, (_, w) in enumerate(words[:tail]) if self._office(w, places)
                    and not (w.lower() in self.lex.ranks and w.lower() not in self.lex.office_words
                             and not w.isupper())), default=0)
        k = last + 1
        # a rank opening the name after an unknown office word ("… Polres Metro Bekasi Ajun
        # Komisaris Besar Hery Purnomo"): the name starts at the rank
        rank_at = next((i for i in range(max(k, 1), len(words) - 1) if words[i][1].lower() in self.lex.ranks
                        and words[i][1].lower() not in _RANK_TAILS and not words[i][1].isupper()), None)
        if rank_at is not None:
            k = rank_at
        n = k
        while n < len(words) and words[n][1].lower() in self.lex.ranks:
            n += 1
        if n >= len(words) or len(words) - n > 5 or not all(w[:1].isupper() for _, w in words[k:]):
            return 0
        if len(words) - n == 1 and self._bare_role(words[:k]):
            return 0  # "Presiden Jokowi", "Wali Kota Risma": a role and a short name stay together
        r = k
        while r > 1 and words[r - 1][1].lower() in self.lex.ranks and not words[r - 1][1].isupper() \
                and words[r - 1][1].lower() not in self.lex.office_words:
            r -= 1  # "Ajun Komisaris Besar Hery Purnomo", not "Direktur Utama X"
        return words[r][0]

    def _bare_office(self, surface: str) -> bool:
        """A role without a name ("Mensos", "Kepala Negara", "Wali Kota"): no person to resolve to."""
        return all(w.lower() in self.lex.role_heads or w.lower() in self.lex.office_words for w in surface.split())

    def _bare_role(self, words: list[tuple[int, str]]) -> bool:
        """Role words only ("Presiden", "Wali Kota", "Juru Bicara"), no office named."""
        low = [w.lower() for _, w in words]
        return all(w in self.lex.role_heads or (i and (low[i - 1], w) in _ROLE_PAIRS) for i, w in enumerate(low))

    def _roled(self, surface: str) -> bool:
        return surface.split(maxsplit=1)[0].lower() in self.lex.role_heads

    def _name_evidence(self, text: str) -> tuple[set[str], Counter[str]]:
        """Words used alone as a speaker ("kata Syafrin") and the count of every capitalised word."""
        alone = {m["w"] for m in self._alone.finditer(text)}
        return alone, Counter(m.group() for m in re.finditer(r"(?<![\w-])[A-Z][\w'’-]+", text))

    def _name_in_run(self, surface: str, alone: set[str], seen: Counter[str]) -> int:
        """Offset in ``surface`` (a role run) where the person's name starts; 0 when unknown."""
        words = [(m.start(), m.group()) for m in re.finditer(r"\S+", surface)]
        k = next((k for k in range(max(1, len(words) - 4), len(words)) if words[k][1] in alone
                  and words[k][1].lower() not in self.lex.role_heads
                  and words[k][1].lower() not in self.lex.org_heads), 0)
        if not k:
            return 0
        # "Nashrudin Azis" when the article says "kata Azis": before a surname, a word used only
        # in this run belongs to the name, as does a rank before it ("Komisaris Besar")
        if k == len(words) - 1 and k > 1 and seen[words[k - 1][1]] == 1 and not self._office(words[k - 1][1], frozenset()):
            k -= 1
        while k > 1 and words[k - 1][1].lower() in self.lex.ranks and not words[k - 1][1].isupper():
            k -= 1
        if k == len(words) - 1 and self._bare_role(words[:k]):
            return 0  # "Wali Kota Risma", "Mensos Risma": a role and a short name stay together
        return words[k][0]

    def _continuations(self, quotes: list[RawQuote], text: str) -> list[RawQuote]:
        """A quotation without a cue takes the speaker of the next attributed one in reach."""
        out = list(quotes)
        for i in range(len(out) - 2, -1, -1):
            q, n = out[i], out[i + 1]
            if q.verb is None and q.speaker_text is None and n.speaker_text and n.start - q.end < 300 \
                    and "\n" not in text[q.end : n.start].strip() and (i == 0 or q.start - out[i - 1].end > 300):
                out[i] = replace(q, speaker_text=n.speaker_text, speaker_start=n.speaker_start,
                                 speaker_end=n.speaker_end, pronoun=n.pronoun)
        return out

    def _indirect(self, text: str, sent: Sentence) -> RawQuote | None:
        s, e = sent.start, sent.end
        end = e - 1 if text[e - 1 : e] in ".!?" else e
        for vm in self.verb.finditer(text, s, e):
            verb = vm["verb"]
            low = verb.lower()
            if low in self.lex.quote_only_verbs:
                continue
            if _PURPOSE.search(text, max(s, vm.start() - 12), vm.start()):
                continue  # "untuk memastikan bahwa …": a purpose, not reported speech
            if low.startswith("menurut"):
                q = self._menurut(text, s, e, end, vm)
                if q is not None:
                    return q
                continue
            after = text[vm.end() : min(e, vm.end() + 100)]
            bm = re.match(r"[^.,;\n]{0,80}?(?<!\w)bahwa\s+", after) or re.match(r"\s*[,:]\s*", after)
            if bm is None:
                # "Fadli mengatakan Indonesia merupakan …": content straight after the verb
                bm = re.match(r"\s+", after)
                nxt = after.lstrip().split(" ", 1)[0].lower().strip(",.")
                if bm is None or nxt in _NOT_CONTENT or len(text[vm.end() : end].split()) < 5:
                    continue
            qs = vm.end() + bm.end()
            if end - qs < 10:
                continue
            who, ws, we, pron = self._subject(text, s, vm.start())
            if who is None:
                continue
            return RawQuote(qs, end, "indirect", verb, who, ws, we, pron)
        im = self.inserted.search(text, s, min(e, s + 160))
        if im and im.start() > s:
            who = im["who"]
            return RawQuote(s, end, "indirect", im["verb"], who, im.start("who"), im.end("who"),
                            who.lower() in self.lex.pronouns)
        tm = self.tail_cue.search(text, max(s, e - 100), e)
        if tm and tm.start() - s > 20:
            who = tm["who"]
            return RawQuote(s, tm.start(), "indirect", tm["verb"], who, tm.start("who"), tm.end("who"),
                            who.lower() in self.lex.pronouns)
        return None

    def _menurut(self, text: str, s: int, e: int, end: int, vm: re.Match[str]) -> RawQuote | None:
        """"Menurut X, …" / "…, menurut X …" (content after the source) / "…, menurut X." (before)."""
        verb = vm["verb"]
        if verb.lower() == "menurutnya":
            ws, we, who, pron = -1, -1, None, True
            pos = vm.end()
        else:
            nm = _MENURUT_WHO.match(text, vm.end(), min(e, vm.end() + 120))
            if nm is None:
                return None
            ws, we, who = nm.start("who"), nm.end("who"), nm["who"]
            pron = who.lower() in self.lex.pronouns or (who.split()[0].lower() in self.lex.role_heads
                                                        and _REFERS_BACK.match(text, nm.end()) is not None)
            pos = nm.end()
        rest = text[pos:end]
        lead = len(rest) - len(rest.lstrip(" ,:"))
        if len(rest.split()) >= 3:
            return RawQuote(pos + lead, end, "indirect", verb, who, ws, we, pron)
        comma = text.rfind(",", s, vm.start())
        if comma > s + 10 and not text[comma:vm.start()].strip(" ,"):
            return RawQuote(s, comma, "indirect", verb, who, ws, we, pron)
        return None

def _looks_named(surface: str) -> bool:
    """A capitalised first and last word, no digits: "Antony Blinken", "Kepala Dinas X Nama"."""
    words = surface.split()
    return bool(words) and words[0][:1].isupper() and words[-1][:1].isupper() and not any(c.isdigit() for c in surface)


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """``pos`` lies in one of the sorted, non-overlapping ``spans``."""
    i = bisect.bisect_right(spans, (pos, len(spans) + 1 << 62))
    return bool(i) and spans[i - 1][0] <= pos < spans[i - 1][1]


def _trim(text: str, s: int, e: int) -> int:
    """End of a name without a sentence-final period ("Santoso." → "Santoso"; "J." stays)."""
    if e - s > 2 and text[e - 1] == "." and text[e - 3 : e - 1].isalpha():
        return e - 1
    return e


def _skip(text: str, i: int) -> int:
    while i < len(text) and text[i].isspace():
        i += 1
    return i


def resolve_surface(finder: QuoteFinder, quotes: list[RawQuote], text: str) -> list[str | None]:
    """Speaker names for ``quotes`` without actor mentions (see ``QuoteFinder.resolve``)."""
    return finder.resolve(text, quotes)
