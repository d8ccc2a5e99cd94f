"""Indonesian numerals ("40.774", "1,5 juta", "dua", "ratusan") and numeric claims.

Every quantity in a sentence is a count unless it is a date, a time, a year, a duration or
age ("10 hari", "11 tahun"), an ordinal ("ke-59"), a score ("3-0"), an identifier
("Pasal 378", "Lantai 2") or a bare number in parentheses (an age after a name). What is
counted comes from the words beside the number; ``other`` when nothing says more.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from pathlib import Path

from warta.data import load_yaml
from warta.model import Count, DateMention, Sentence


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True, slots=True)
class NumberLexicon:
    words: dict[str, int]
    scales: dict[str, int]
    approximate: dict[str, int]
    currencies: dict[str, str]
    what: dict[str, tuple[str, ...]]
    hedges: tuple[str, ...] = ()
    identifier_before: frozenset[str] = frozenset()
    duration_after: tuple[str, ...] = ()

    @classmethod
    def load(cls, lexicon_dir: Path | None = None) -> NumberLexicon:
        d = load_yaml("language/numbers.yaml", lexicon_dir)
        return cls(
            words={str(k): int(v) for k, v in d["words"].items()},
            scales={str(k): int(v) for k, v in d["scales"].items()},
            approximate={str(k): int(v) for k, v in d["approximate"].items()},
            currencies={str(k): str(v) for k, v in d["currencies"].items()},
            what={str(k): tuple(v) for k, v in d["what"].items()},
            hedges=tuple(str(h) for h in d.get("hedges", [])),
            identifier_before=frozenset(str(w).lower() for w in d.get("identifier_before", [])),
            duration_after=tuple(str(w) for w in d.get("duration_after", [])),
        )


def parse_digits(text: str) -> float | None:
    """'40.774' → 40774, '1,5' → 1.5, '1.410.000,5' → 1410000.5, '2.5' (English) → 2.5."""
    t = text.strip()
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", t):
        return float(t.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d{1,3}(?:,\d{3}){2,}", t):
        return float(t.replace(",", ""))
    if re.fullmatch(r"\d+,\d+", t):
        return float(t.replace(",", "."))
    if re.fullmatch(r"\d+\.\d{1,2}", t):
        return float(t)
    if re.fullmatch(r"\d+", t):
        return float(t)
    return None


_PAREN_ALONE = re.compile(r"\(\s*\d{1,3}\s*\)")
_WORD_BEFORE = re.compile(r"([\w.]+)\W{0,2}$")


class CountFinder:
    def __init__(self, lex: NumberLexicon) -> None:
        self.lex = lex
        scale = _alt(list(lex.scales))
        cur = _alt(list(lex.currencies))
        words = _alt(list(lex.words))
        approx = _alt(list(lex.approximate))
        self.pattern = re.compile(
            rf"(?<![\w/.,\-])(?:(?P<cur>{cur})\s?)?"
            rf"(?:(?P<num>\d{{1,3}}(?:\.\d{{3}})+(?:,\d+)?|\d+(?:,\d+)?|\d+\.\d{{1,2}}(?!\d))"
            rf"|(?P<word>{words})|(?P<approx>{approx}))"
            rf"(?P<an>-an)?(?:\s(?P<scale>{scale})(?:\s(?P<scale2>{scale}))?)?"
            rf"(?:\s(?P<cur2>{cur}))?(?P<pct>\s?(?:%|persen))?(?![\w\-]|/\d|[.,]\d)",
            re.IGNORECASE,
        )
        self.hedge = re.compile(rf"(?<!\w)(?:{_alt(list(lex.hedges))})\s*$", re.IGNORECASE)
        self.duration = re.compile(rf"\s+(?:{_alt(list(lex.duration_after))})(?!\w)", re.IGNORECASE)
        self.cues = [
            (what, re.compile(rf"(?<!\w)(?:{_alt(list(words_))})(?!\w)", re.IGNORECASE))
            for what, words_ in lex.what.items()
        ]
        self.who = re.compile(
            r"\s*(?:(?:orang|warga|masyarakat|penduduk|tentara|pasukan|tahanan|sandera|anak-anak|jiwa|"
            r"personel|prajurit|pengungsi)\s+)(?P<who>(?:[A-Z][\w-]+)(?:\s[A-Z][\w-]+)?)"
        )

    def find(self, text: str, sentences: tuple[Sentence, ...], dates: tuple[DateMention, ...]) -> list[Count]:
        out: list[Count] = []
        date_spans = sorted((d.start, d.end) for d in dates)
        for sent in sentences:
            for m in self.pattern.finditer(text, sent.start, sent.end):
                c = self._count(text, sent, m, date_spans)
                if c is not None:
                    out.append(c)
        return out

    def _count(self, text: str, sent: Sentence, m: re.Match[str], date_spans: list[tuple[int, int]]) -> Count | None:
        s, e = m.start(), m.end()
        i = bisect.bisect_left(date_spans, (e, e))
        if i and date_spans[i - 1][1] > s:
            return None  # overlaps a date (dates never overlap each other)
        value, approx = self._value(m)
        if value is None or not value < 1e18:
            return None  # unparsable, or a digit run too long to be a quantity
        if abs(value - round(value)) < 1e-6 * max(1.0, abs(value)):
            value = float(round(value))  # 16,6 × 10⁹ is 16 600 000 000, not …000.000002
        cur = m["cur"] or m["cur2"]
        quantity = bool(cur or m["pct"] or m["scale"])
        if not quantity:
            if m["num"] and "." not in m["num"] and "," not in m["num"] and 1900 <= value <= 2100:
                return None  # a year
            if self.duration.match(text, e, min(len(text), e + 16)):
                return None
            if text[max(0, s - 1) : s] == "(" and _PAREN_ALONE.match(text, s - 1):
                return None  # an age after a name: "Renita (45)"
            wb = _WORD_BEFORE.search(text, max(0, s - 20), s)
            if wb and wb.group(1).lower() in self.lex.identifier_before:
                return None
            if m["num"] and re.match(r"\s*[-–]\s*\d", text[e : e + 4]):
                return None  # a score or a range start handled as two numbers below
            if "+" in text[max(0, s - 1) : e + 1]:
                return None  # a formula or package name: "8+4+5"
            if wb and wb.group(1)[:1].isupper() and text[wb.end(1) : s] == " " \
                    and text[sent.start : wb.start()].strip(" \"“”'‘’("):
                return None  # after a name, mid-sentence: "Liga 2", "FPU 5", "Kelurahan 35 Ilir"
            if m["word"] and m["word"][:1].isupper() and s > sent.start:
                return None  # a capitalised number word inside a name: "Brigadir Satu Polisi"
        if text[sent.start : s].strip() == "" and text[e : sent.end].strip() in ("", "%"):
            return None  # a number alone on its line: a widget or page counter, not a claim
        unit: str | None = None
        if cur:
            unit = self.lex.currencies.get(cur) or self.lex.currencies.get(cur.rstrip(".")) or \
                self.lex.currencies.get(cur.lower())
        elif m["pct"]:
            unit = "%"
        approx = approx or bool(m["an"]) or bool(self.hedge.search(text, max(sent.start, s - 24), s))
        what = self._what(text, sent, s, e, unit, cur is not None)
        who_m = self.who.match(text, e, min(sent.end, e + 60))
        number = round(value)
        return Count(
            text=text[s:e],
            number=number,
            what=what,
            who=who_m["who"] if who_m else None,
            start=s,
            end=e,
            unit=unit if unit in ("IDR", "USD", "%") else None,
            value=None if float(number) == value else value,
            approx=approx,
        )

    def _value(self, m: re.Match[str]) -> tuple[float | None, bool]:
        scale = 1
        for g in ("scale", "scale2"):
            if m[g]:
                scale *= self.lex.scales.get(m[g].lower(), 1)
        if m["num"]:
            base = parse_digits(m["num"])
            return (base * scale if base is not None else None), False
        if m["word"]:
            return float(self.lex.words[m["word"].lower()] * scale), False
        if m["approx"]:
            return float(self.lex.approximate[m["approx"].lower()] * scale), True
        return None, False

    def _what(self, text: str, sent: Sentence, s: int, e: int, unit: str | None, money: bool) -> str:
        if unit == "%":
            return "percent"
        if money:
            return "money"
        after = text[e : min(sent.end, e + 40)]
        before = text[max(sent.start, s - 40) : s]
        # The noun right after the number decides first ("1.139 masyarakat", "60 truk").
        best: tuple[int, str] | None = None
        for what, rx in self.cues:
            m = rx.search(after)
            if m and (best is None or m.start() < best[0]):
                best = (m.start(), what)
        if best is not None and best[0] <= 3 and best[1] != "people":
            return best[1]
        if best is not None and best[0] <= 3:
            # a people noun: a casualty word in the same clause says more
            comma = text.find(",", e, min(sent.end, e + 80))
            rest = text[e : comma if comma >= 0 else min(sent.end, e + 80)]
            for what, rx in self.cues:
                if what in ("killed", "injured", "detained", "displaced") and (rx.search(rest) or rx.search(before[-20:])):
                    return what
            return "people"
        for what, rx in self.cues:
            if what in ("killed", "injured", "detained", "displaced", "hostages") and rx.search(before[-25:]):
                return what
        return "other"
