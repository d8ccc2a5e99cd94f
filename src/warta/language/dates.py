"""Date and time expressions of Indonesian news, resolved against the publication date.

dateparser handles free-form record dates; news-style expressions ("Rabu (21/8)",
"Selasa malam (20/8)", "pekan lalu", "beberapa hari terakhir") are rules here, because
dateparser misses them or flips day and month (see docs/dependencies.md).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from warta.data import load_yaml
from warta.model import DateMention, Granularity


@dataclass(frozen=True, slots=True)
class Calendar:
    months: dict[str, int]
    weekdays: dict[str, int]
    day_parts: tuple[str, ...]
    relative_days: dict[str, int]
    relative_units: dict[str, str]
    relative_direction: dict[str, int]
    vague: tuple[str, ...]
    future_cues: frozenset[str]
    year_identifiers: frozenset[str] = frozenset()
    weekday_openers: frozenset[str] = frozenset()

    @classmethod
    def load(cls, lexicon_dir: Path | None = None) -> Calendar:
        d = load_yaml("language/calendar.yaml", lexicon_dir)
        return cls(
            months={str(k): int(v) for k, v in d["months"].items()},
            weekdays={str(k): int(v) for k, v in d["weekdays"].items()},
            day_parts=tuple(d["day_parts"]),
            relative_days={str(k): int(v) for k, v in d["relative_days"].items()},
            relative_units={str(k): str(v) for k, v in d["relative_units"].items()},
            relative_direction={str(k): int(v) for k, v in d["relative_direction"].items()},
            vague=tuple(sorted(d["vague"], key=len, reverse=True)),
            future_cues=frozenset(d["future_cues"]),
            year_identifiers=frozenset(str(w).lower() for w in d.get("year_identifiers", [])),
            weekday_openers=frozenset(str(w).lower() for w in d.get("weekday_openers", [])),
        )


def _alt(words: list[str] | tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_FULL_MONTHS = ("januari", "februari", "pebruari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
                "oktober", "november", "nopember", "desember")
_HEDGED = re.compile(r"(?:lebih dari|hampir|sekitar|kurang dari|sejak)\s+$", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([\w.]+)\s+$")


class DateFinder:
    """Compiled patterns for one calendar; find() is linear in the text length."""

    def __init__(self, cal: Calendar) -> None:
        self.cal = cal
        month = _alt(list(cal.months))
        full_month = _alt([m.capitalize() for m in _FULL_MONTHS])
        wd = _alt([w.capitalize() for w in cal.weekdays] + list(cal.weekdays))
        part = _alt(cal.day_parts)
        b = r"(?<![\w/])"
        bd = r"(?<![\d/.,])"  # a day number may follow letters ("Retconomynow.com19 Desember 2025")
        e = r"(?![\w/])"
        self.full = re.compile(
            rf"{bd}(?:(?P<wd>{wd}),?\s+)?(?P<d>\d{{1,2}})\s+(?P<m>{month})\.?,?\s+(?P<y>\d{{4}}){e}",
            re.IGNORECASE,
        )
        # What every ``full`` match contains; its optional weekday prefix makes ``full`` try an
        # alternation at every position, so texts without this (most of them) skip it.
        self.full_cue = re.compile(rf"\d\s+(?:{month})", re.IGNORECASE)
        self.range_day = re.compile(
            rf"{b}(?P<d>\d{{1,2}})\s*(?:-|–|hingga|sampai|dan|s\.d\.?)\s*(?P<d2>\d{{1,2}})\s+(?P<m>{month}){e}",
            re.IGNORECASE,
        )
        self.paren = re.compile(
            rf"{b}(?P<wd>{wd})(?:\s+(?P<part>{part}))?,?\s*\((?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})(?:/(?P<y>\d{{2,4}}))?\)",
            re.IGNORECASE,
        )
        self.bare_paren = re.compile(r"\((?P<d>\d{1,2})/(?P<m>\d{1,2})(?:/(?P<y>\d{4}|\d{2}))?\)")
        self.numeric = re.compile(rf"{b}(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})/(?P<y>\d{{4}}){e}")
        self.day_month = re.compile(rf"{b}(?P<d>\d{{1,2}})\s+(?P<m>{month}){e}", re.IGNORECASE)
        self.month_year = re.compile(rf"{b}(?:bulan\s+)?(?P<m>{month})\s+(?P<y>\d{{4}}){e}", re.IGNORECASE)
        self.month_only = re.compile(rf"{b}(?:[Bb]ulan\s+)?(?P<m>{full_month}){e}")
        self.year = re.compile(
            rf"{b}(?:(?:[Tt]ahun|[Aa]wal|[Aa]khir|[Pp]ertengahan)\s+(?:tahun\s+)?)(?P<y>1[5-9]\d{{2}}|20\d{{2}}){e}",
        )
        self.bare_year = re.compile(r"(?<![\w/.,])(?<![A-Za-z]-)(?P<y>(?:19|20)\d{2})(?![\w/]|[.,]\d|-\d{2}\b(?!\d))")
        self.quarter = re.compile(
            r"(?<!\w)(?:kuartal|kwartal|triwulan|semester|caturwulan)\s+(?:IV|I{1,3}|pertama|kedua|ketiga|keempat|[1-4])"
            r"(?:\s*/\s*\d{4}|\s+(?:tahun\s+)?\d{4})?(?!\w)",
            re.IGNORECASE,
        )
        # Weekdays: capitalised only, so "minggu lalu" (week) is not Sunday.
        wd_cap = _alt([w.capitalize() for w in cal.weekdays])
        self.weekday = re.compile(rf"{b}(?P<wd>{wd_cap})(?:\s+(?P<part>{part}))?{e}")
        self.relday = re.compile(rf"{b}(?P<w>{_alt(list(cal.relative_days))}){e}", re.IGNORECASE)
        num = r"(?:\d{1,3}|se|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)"
        self.relunit = re.compile(
            rf"{b}(?:(?P<n>{num})\s*)?(?P<u>{_alt(list(cal.relative_units))})\s+(?P<dir>{_alt(list(cal.relative_direction))}){e}",
            re.IGNORECASE,
        )
        self.vague = re.compile(rf"{b}(?:{_alt(cal.vague)}){e}", re.IGNORECASE)
        tz = r"(?:\s*(?P<tz>WIB|WITA|WIT|GMT|UTC|waktu setempat))?"
        self.time = re.compile(
            rf"(?<![\w.])(?:pukul|jam|pk\.?)\s+(?P<h>\d{{1,2}})[.:](?P<mi>\d{{2}}){tz}",
            re.IGNORECASE,
        )
        self.time_end = re.compile(
            rf"\s*(?:WIB|WITA|WIT)?\s*(?:-|–|sampai|hingga|s\.d\.?|s/d)\s*(?:pukul\s+)?(?P<h>\d{{1,2}})[.:](?P<mi>\d{{2}}){tz}",
            re.IGNORECASE,
        )
        self.future = re.compile(rf"\b(?:{_alt(sorted(cal.future_cues))})\b", re.IGNORECASE)
        self.future_after = re.compile(rf"\s+(?:{_alt(sorted(cal.future_cues))})\b", re.IGNORECASE)

    def _month(self, word: str) -> int | None:
        return self.cal.months.get(word.lower().rstrip("."))

    def find(self, text: str, published: date | None) -> list[DateMention]:
        found: list[DateMention] = []
        taken: list[tuple[int, int]] = []  # sorted, non-overlapping

        def free(s: int, e: int) -> bool:
            i = bisect.bisect_left(taken, (s, s))
            if i and taken[i - 1][1] > s:
                return False
            return not (i < len(taken) and taken[i][0] < e)

        def add(s: int, e: int, value: str | None, gran: Granularity, time: str | None = None) -> None:
            found.append(DateMention(text[s:e], s, e, value, gran, time))
            bisect.insort(taken, (s, e))

        for m in self.full.finditer(text) if self.full_cue.search(text) else ():
            mo = self._month(m["m"])
            v = _safe_date(int(m["y"]), mo, int(m["d"])) if mo else None
            if v and free(m.start(), m.end()):
                add(m.start(), m.end(), v.isoformat(), "day")
        for m in self.paren.finditer(text):
            if not free(m.start(), m.end()):
                continue
            v = self._paren_value(text, m, published)
            add(m.start(), m.end(), v.isoformat() if v else None, "day")
        for m in self.bare_paren.finditer(text):
            if not free(m.start(), m.end()) or int(m["m"]) > 12:
                continue
            v = self._paren_value(text, m, published)
            if v:
                add(m.start() + 1, m.end() - 1, v.isoformat(), "day")
        for m in self.numeric.finditer(text):
            v = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
            if v and free(m.start(), m.end()):
                add(m.start(), m.end(), v.isoformat(), "day")
        for m in self.range_day.finditer(text):
            # "3 - 5 September 2025": the first day takes the month (and year) of the second
            nxt = next((d for d in found if d.start == m.start("d2")), None)
            mo = self._month(m["m"])
            if not mo or not free(m.start("d"), m.end("d")):
                continue
            if nxt is not None and nxt.value:
                v = _safe_date(int(nxt.value[:4]), mo, int(m["d"]))
            else:
                v = self._infer_year(int(m["d"]), mo, published, self._future_context(text, m.start(), m.end()))
            if v:
                add(m.start("d"), m.end("d"), v.isoformat(), "day")
        for m in self.month_year.finditer(text):
            mo = self._month(m["m"])
            if mo and free(m.start(), m.end()):
                add(m.start(), m.end(), f"{int(m['y']):04d}-{mo:02d}", "month")
        for m in self.day_month.finditer(text):
            mo = self._month(m["m"])
            if not mo or not free(m.start(), m.end()):
                continue
            v = self._infer_year(int(m["d"]), mo, published, self._future_context(text, m.start(), m.end()))
            add(m.start(), m.end(), v.isoformat() if v else None, "day")
        for m in self.quarter.finditer(text):
            if free(m.start(), m.end()):
                add(m.start(), m.end(), None, "relative-vague")
        for m in self.year.finditer(text):
            if free(m.start(), m.end()) and not _LAW.search(text, max(0, m.start() - 20), m.start()) \
                    and not (m.group()[:1] == "T" and _CAP_BEFORE.search(text, max(0, m.start() - 30), m.start())):
                add(m.start(), m.end("y"), m["y"], "year")  # "tahun 2024", "akhir 2024" whole
        for m in self.vague.finditer(text):
            if free(m.start(), m.end()):
                add(m.start(), m.end(), None, "relative-vague")
        for m in self.month_only.finditer(text):
            mo = self._month(m["m"])
            if not mo or not free(m.start(), m.end()) or published is None:
                continue
            future = self._future_context(text, m.start(), m.end())
            y = published.year
            if future and mo < published.month:
                y += 1
            elif not future and mo > published.month:
                y -= 1
            add(m.start(), m.end(), f"{y:04d}-{mo:02d}", "month")
        for m in self.relunit.finditer(text):
            if not free(m.start(), m.end()):
                continue
            unit = self.cal.relative_units[m["u"].lower()]
            word = m["dir"].lower()
            direction = self.cal.relative_direction[word]
            n = _small_number(m["n"]) if m["n"] else 1
            if m["n"] and word == "ini":
                continue  # "satu tahun ini" is a duration
            if m["n"] is None and unit == "day":
                continue  # "hari ini" is a relative day, "hari lalu" alone is not a date
            hedge = _HEDGED.search(text, max(0, m.start() - 12), m.start())
            if hedge:
                add(hedge.start(), m.end(), None, "relative-vague")
                continue
            if word == "sebelumnya" and unit == "month":
                prev = max((d for d in found if d.end <= m.start() and d.granularity == "month" and d.value
                            and m.start() - d.end < 2000), key=lambda d: d.start, default=None)
                if prev is not None and prev.value is not None:
                    total = int(prev.value[:4]) * 12 + int(prev.value[5:7]) - 2
                    add(m.start(), m.end(), f"{total // 12:04d}-{total % 12 + 1:02d}", "month")
                    continue
            value, gran = _shift(published, unit, direction * n)
            add(m.start(), m.end(), value, gran)
        for m in self.relday.finditer(text):
            if free(m.start(), m.end()):
                off = self.cal.relative_days[m["w"].lower()]
                v = published + timedelta(days=off) if published else None
                add(m.start(), m.end(), v.isoformat() if v else None, "day")
        for m in self.weekday.finditer(text):
            if not free(m.start(), m.end()):
                continue
            after = text[m.end() : m.end() + 12].lower()
            if after.startswith((" lalu", " depan", " ini", " kemarin")) and m["wd"] == "Minggu":
                continue
            wb = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
            if wb and wb.group(1)[:1].isupper() and wb.group(1).lower() not in self.cal.weekday_openers \
                    and not re.search(r"[.!?]\s*$|\n\s*$", text[max(0, wb.start() - 3) : wb.start()]) and wb.start() > 0:
                continue  # part of a name: "Polsek Pasar Minggu"
            wd = self.cal.weekdays[m["wd"].lower()]
            v = _weekday(published, wd, self._future_context(text, m.start(), m.end()))
            add(m.start(), m.end(), v.isoformat() if v else None, "day")
        for m in self.bare_year.finditer(text):
            if free(m.start(), m.end()) and self._is_year(text, m.start()):
                add(m.start(), m.end(), m["y"], "year")
        days = sorted((d for d in found if d.granularity == "day" and d.value and d.time is None),
                      key=lambda d: d.start)
        story = [d for d in days if d.text.split(maxsplit=1)[0].lower() in self.cal.weekdays]
        for m in self.time.finditer(text):
            if not free(m.start(), m.end()):
                continue
            h, mi = int(m["h"]), int(m["mi"])
            if h > 24 or mi > 59:
                continue
            day = self._day_of(text, days, story, m.start(), published)
            tm = self.time_end.match(text, m.end(), min(len(text), m.end() + 40))
            end_first = m.end()
            if tm and not m["tz"] and tm.group().lstrip()[:1].isalpha():
                end_first = m.end()  # "pukul 16.00 sampai 21.00 WIB": two items
            add(m.start(), end_first, day, "day", f"{h:02d}:{mi:02d}")
            if tm and int(tm["h"]) <= 24 and int(tm["mi"]) <= 59 and free(tm.start("h"), tm.end()):
                add(tm.start("h"), tm.end(), day, "day", f"{int(tm['h']):02d}:{int(tm['mi']):02d}")
        found.sort(key=lambda d: d.start)
        return found

    def _paren_value(self, text: str, m: re.Match[str], published: date | None) -> date | None:
        d, mo = int(m["d"]), int(m["m"])
        future = self._future_context(text, m.start(), m.end())
        if m["y"]:
            y = int(m["y"])
            v = _safe_date(y + 2000 if y < 100 else y, mo, d)
        else:
            v = self._infer_year(d, mo, published, future)
        wd = self.cal.weekdays.get((m.groupdict().get("wd") or "").lower())
        if v is not None and wd is not None and published is not None and v > published and not future \
                and v.weekday() != wd:
            # the guide (dev5): a detik "Selasa (22/10/2025)" that disagrees with its weekday and would follow
            # publication is a typo of the day; the weekday (the last one before publication) wins
            return _weekday(published, wd, False)
        return v

    def _is_year(self, text: str, pos: int) -> bool:
        """A bare 4-digit year, not part of a name ("CHANDI 2025") or a law ("Nomor 5 Tahun 2019")."""
        if text[max(0, pos - 2) : pos].strip() == ")":
            return False  # "Konferensi Musik Indonesia (KMI) 2025"
        wb = _WORD_BEFORE.search(text, max(0, pos - 30), pos)
        if wb is None:
            return True
        w = wb.group(1)
        if w.lower() in self.cal.year_identifiers:
            return False
        if text[max(0, pos - 1) : pos] == "-" and re.match(r"(?:19|20)\d{2}", text[max(0, pos - 5) : pos - 1]):
            return True  # the second year of a range "2016-2019"
        head = text[max(0, pos - 30) : pos].lower()
        if _LAW.search(head + " ") or re.search(r"(?:nomor|no\.?|uu|pp)\s*\d+\s+tahun\s*$", head):
            return False
        tenure = bool(re.match(r"\d{4}\s?[-–]\s?(?:19|20)\d{2}", text[pos : pos + 11]))
        if w[:1].isupper() and w.lower() not in self.cal.months and w.lower() not in _YEAR_PREPS and not tenure:
            return False  # a name or title: "Festival Film Indonesia 2025"; not "PT PGN 2016-2019"
        return not w[:1].isdigit()

    def _day_of(self, text: str, days: list[DateMention], story: list[DateMention], pos: int,
                published: date | None) -> str | None:
        """The day of a clock time: a day-granular date in its sentence, else the story's day
        (the last weekday-named date before, "Selasa (21/10)"), else publication.
        ``days`` and ``story`` are sorted by start."""
        s, e = _sentence_around(text, pos)
        starts = [d.start for d in days]
        lo, hi = bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)
        near = days[lo:hi][:50]
        if near:
            return min(near, key=lambda d: abs(d.start - pos)).value
        j = bisect.bisect_left([d.start for d in story], pos) if story else 0
        if j:
            return story[j - 1].value
        return published.isoformat() if published else None

    def _future_context(self, text: str, pos: int, end: int | None = None) -> bool:
        """A future cue in the same sentence before the expression, or right after it
        ("November mendatang", "April tahun depan")."""
        lo = max(0, pos - 300)
        start = max(text.rfind(". ", lo, pos), text.rfind("\n", lo, pos), lo)
        if self.future.search(text, start, pos):
            return True
        return end is not None and bool(self.future_after.match(text, end, min(len(text), end + 24)))

    def anchor(self, text: str) -> date | None:
        """A reference day for an article without a publication date, from its own evidence.

        Indonesian news dates the story with a weekday and day/month ("Rabu (21/8)"), which fixes
        the year once a lower bound is known: the latest year the text writes in full ("7 Oktober
        2023", "(4/2/2025)"). The day is the latest weekday-dated mention whose weekday falls on
        that day in the bound year or the next, whichever agrees with more mentions, or a weekday-dated
        day written in full ("Senin (6/11/2023)", detik's habit) whose weekday agrees, if later; None
        when the text has neither. (On 995 detik 2025 articles with their dates removed: 804 anchored,
        791 within a week before publication, 6 after it; 160 / 130 / 4 with day/month mentions only.)
        """
        years = [int(m["y"]) for m in self.full.finditer(text)] if self.full_cue.search(text) else []
        years += [int(m["y"]) for m in self.numeric.finditer(text)]
        parens = list(self.paren.finditer(text))
        years += [int(m["y"]) + (2000 if len(m["y"]) == 2 else 0) for m in parens if m["y"]]
        years = [y for y in years if 1990 <= y <= 2100]
        dated = [(self.cal.weekdays[m["wd"].lower()], int(m["d"]), int(m["m"]))
                 for m in parens if not m["y"] and m["wd"].lower() in self.cal.weekdays]
        # a weekday-dated day written in full ("Senin (6/11/2023)") is the story's day when its weekday agrees
        full = [v for m in parens if m["y"] and m["wd"].lower() in self.cal.weekdays
                and (v := _safe_date(int(m["y"]) + (2000 if len(m["y"]) == 2 else 0), int(m["m"]), int(m["d"])))
                is not None and v.weekday() == self.cal.weekdays[m["wd"].lower()]]
        if not years or not dated:
            return max(full, default=None)
        best: tuple[int, int] | None = None  # (agreeing mentions, year)
        for y in range(max(years), max(years) + 2):
            agree = sum(1 for wd, d, mo in dated if (v := _safe_date(y, mo, d)) is not None and v.weekday() == wd)
            if agree and (best is None or agree > best[0]):
                best = (agree, y)
        if best is None:
            return max(full, default=None)
        days = [v for wd, d, mo in dated if (v := _safe_date(best[1], mo, d)) is not None and v.weekday() == wd]
        return max(days + full)

    @staticmethod
    def _infer_year(day: int, month: int, published: date | None, future: bool) -> date | None:
        """The most recent such date not after publication, or the next one when future.

        Without a future cue, a date that would lie more than eleven months back but is within
        six weeks ahead is taken as upcoming (news rarely omits the year of an old date).
        """
        if published is None:
            return None
        past = next((v for y in (published.year, published.year - 1)
                     if (v := _safe_date(y, month, day)) is not None and v <= published), None)
        ahead = next((v for y in (published.year, published.year + 1)
                      if (v := _safe_date(y, month, day)) is not None and v >= published), None)
        if future and ahead:
            return ahead
        if past and ahead and (published - past).days > 330 and (ahead - published).days < 45:
            return ahead
        return past or ahead


# "UU Nomor 31 Tahun 1999": the year of a law's identifier, not a date.
_LAW = re.compile(r"(?i)(?:nomor|no\.?|uu|pp|perpres|perda|pergub)\s*\d+\s+$")
_CAP_BEFORE = re.compile(r"[a-z]\s+[A-Z][\w-]*\s+$")  # "… Republik Indonesia Tahun 1945": a name
_YEAR_PREPS = frozenset({"pada", "sejak", "hingga", "sampai", "tahun", "awal", "akhir", "pertengahan", "di", "dalam",
                         "periode", "selama", "jelang", "menjelang", "medio", "sepanjang", "dan", "atau",
                         "Pada", "Sejak", "Hingga", "Sampai", "Tahun", "Awal", "Akhir", "Pertengahan"})


def _sentence_around(text: str, pos: int) -> tuple[int, int]:
    lo = max(0, pos - 400)
    s = max(text.rfind(". ", lo, pos) + 1, text.rfind("\n", lo, pos) + 1, lo)
    ends = [i for i in (text.find(". ", pos, pos + 400), text.find("\n", pos, pos + 400)) if i >= 0]
    return s, (min(ends) if ends else min(len(text), pos + 400))


def _safe_date(y: int, m: int | None, d: int) -> date | None:
    if m is None:
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


_SMALL = {"se": 1, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
          "sembilan": 9, "sepuluh": 10}


def _small_number(word: str) -> int:
    return int(word) if word.isdigit() else _SMALL.get(word.lower(), 1)


def _shift(published: date | None, unit: str, n: int) -> tuple[str | None, Granularity]:
    if published is None:
        return None, "relative-vague"
    if unit == "week":
        return None, "relative-vague"  # "pekan lalu": a week, not a day
    if unit == "day":
        return (published + timedelta(days=n)).isoformat(), "day"
    if unit == "month":
        total = published.year * 12 + published.month - 1 + n
        return f"{total // 12:04d}-{total % 12 + 1:02d}", "month"
    return f"{published.year + n:04d}", "year"


def _weekday(published: date | None, weekday: int, future: bool) -> date | None:
    if published is None:
        return None
    delta = (published.weekday() - weekday) % 7
    if future:
        return published + timedelta(days=(weekday - published.weekday()) % 7)
    return published - timedelta(days=delta)


def parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


_MDY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})")


def parse_record_date(value: str) -> str | None:
    """A record's date field (ISO, "7/22/2025 10:16", "19 Desember 2025", RFC 822) → ISO date."""
    value = value.strip()
    iso = parse_iso(value)
    if iso and re.match(r"^\d{4}-\d{2}-\d{2}", value):
        return iso.isoformat()
    m = _MDY.match(value)
    if m:
        a, b_, y = int(m[1]), int(m[2]), int(m[3])
        # Unambiguous when one part exceeds 12; otherwise day first (Indonesian usage).
        v = _safe_date(y, a, b_) if b_ > 12 else _safe_date(y, b_, a)
        return v.isoformat() if v else None
    import dateparser  # imported late: its import costs ~0.5 s and most records are ISO

    parsed = dateparser.parse(
        value, languages=["id", "en"], settings={"DATE_ORDER": "DMY", "PREFER_DATES_FROM": "past"}
    )
    return parsed.date().isoformat() if parsed else None
