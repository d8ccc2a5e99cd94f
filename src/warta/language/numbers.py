"""Indonesian numerals ("40.774", "1,5 juta", "dua", "ratusan") and numeric claims."""

from __future__ import annotations

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

    @classmethod
    def load(cls, lexicon_dir: Path | None = None) -> NumberLexicon:
        d = load_yaml("language/numbers.yaml", lexicon_dir)
        return cls(
            words={str(k): int(v) for k, v in d["words"].items()},
            scales={str(k): int(v) for k, v in d["scales"].items()},
            approximate={str(k): int(v) for k, v in d["approximate"].items()},
            currencies={str(k): str(v) for k, v in d["currencies"].items()},
            what={str(k): tuple(v) for k, v in d["what"].items()},
        )


def parse_digits(text: str) -> float | None:
    """'40.774' → 40774, '1,5' → 1.5, '2.5' (English decimal, not a 3-digit group) → 2.5."""
    t = text.strip()
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", t):
        return float(t.replace(".", ""))
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", t) and not re.fullmatch(r"\d+,\d{1,2}", t):
        return float(t.replace(",", ""))
    if re.fullmatch(r"\d+,\d+", t):
        return float(t.replace(",", "."))
    if re.fullmatch(r"\d+\.\d{1,2}", t):
        return float(t)
    if re.fullmatch(r"\d+", t):
        return float(t)
    return None


class CountFinder:
    def __init__(self, lex: NumberLexicon) -> None:
        self.lex = lex
        scale = _alt(list(lex.scales))
        cur = _alt(list(lex.currencies))
        words = _alt(list(lex.words))
        approx = _alt(list(lex.approximate))
        self.pattern = re.compile(
            rf"(?<![\w/.,])(?:(?P<cur>{cur})\s?)?"
            rf"(?:(?P<num>\d{{1,3}}(?:\.\d{{3}})+|\d+(?:,\d+)?|\d+\.\d{{1,2}})|(?P<word>{words})|(?P<approx>{approx}))"
            rf"(?:\s(?P<scale>{scale}))?(?P<pct>\s?(?:%|persen))?(?![\w/])",
            re.IGNORECASE,
        )
        self.cues = [
            (what, re.compile(rf"(?<!\w)(?:{_alt(list(words_))})(?!\w)", re.IGNORECASE))
            for what, words_ in lex.what.items()
        ]
        self.who = re.compile(
            r"^\s*(?:(?:orang|warga|masyarakat|penduduk|tentara|pasukan|tahanan|sandera|anak-anak|jiwa|"
            r"personel|prajurit|pengungsi)\s+)(?P<who>(?:[A-Z][\w-]+)(?:\s[A-Z][\w-]+)?)"
        )

    def find(self, text: str, sentences: tuple[Sentence, ...], dates: tuple[DateMention, ...]) -> list[Count]:
        out: list[Count] = []
        date_spans = [(d.start, d.end) for d in dates]
        for sent in sentences:
            for m in self.pattern.finditer(text, sent.start, sent.end):
                s, e = m.start(), m.end()
                if any(a <= s < b or a < e <= b for a, b in date_spans):
                    continue
                value, approx = self._value(m)
                if value is None:
                    continue
                if m["num"] and not m["cur"] and not m["pct"] and not m["scale"]:
                    n = parse_digits(m["num"]) or 0
                    if 1900 <= n <= 2100 and "." not in m["num"]:
                        continue  # a year
                unit = (
                    self.lex.currencies.get(m["cur"]) or self.lex.currencies.get(m["cur"].rstrip("."))
                    if m["cur"]
                    else ("%" if m["pct"] else None)
                )
                if unit is None:
                    tail = text[e : e + 12]
                    cur_after = re.match(r"\s(dolar AS|dolar|rupiah|euro)\b", tail)
                    if cur_after:
                        unit = self.lex.currencies[cur_after.group(1)]
                        e += cur_after.end()
                what = self._what(text, sent, s, e, unit)
                if what is None:
                    continue
                who_m = self.who.match(text[e : min(sent.end, e + 60)])
                out.append(
                    Count(
                        text=text[s:e].strip(),
                        number=int(round(value)),
                        what=what,
                        who=who_m["who"] if who_m else None,
                        start=s,
                        end=e,
                        unit=unit,
                    )
                )
        return out

    def _value(self, m: re.Match[str]) -> tuple[float | None, bool]:
        scale = self.lex.scales.get(m["scale"].lower(), 1) if m["scale"] else 1
        if m["num"]:
            base = parse_digits(m["num"])
            return (base * scale if base is not None else None), False
        if m["word"]:
            return float(self.lex.words[m["word"].lower()] * scale), False
        if m["approx"]:
            return float(self.lex.approximate[m["approx"].lower()] * scale), True
        return None, False

    def _what(self, text: str, sent: Sentence, s: int, e: int, unit: str | None) -> str | None:
        if unit == "%":
            return "percent"
        if unit:
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
        for what, rx in self.cues:
            if what != "people" and rx.search(before[-25:]):
                return what
        if best is not None and best[0] <= 3:
            # a people noun: look for a casualty verb in the rest of the sentence
            rest = text[e : sent.end]
            for what, rx in self.cues:
                if what in ("killed", "injured", "detained", "displaced") and rx.search(rest[:80]):
                    return what
            ctx = text[sent.start : s]
            for what, rx in self.cues:
                if what in ("killed", "injured") and rx.search(ctx):
                    return what
            return "people"
        if best is not None and best[0] <= 20:
            return best[1]
        return None
