"""Date and time expressions of Indonesian news, resolved against the publication date.

dateparser handles free-form record dates; news-style expressions ("Rabu (21/8)",
"Selasa malam (20/8)", "pekan lalu", "beberapa hari terakhir") are rules here, because
dateparser misses them or flips day and month (see docs/dependencies.md).
"""

from __future__ import annotations

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
        )


def _alt(words: list[str] | tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


class DateFinder:
    """Compiled patterns for one calendar; find() is linear in the text length."""

    def __init__(self, cal: Calendar) -> None:
        self.cal = cal
        month = _alt(list(cal.months))
        wd = _alt([w.capitalize() for w in cal.weekdays] + list(cal.weekdays))
        part = _alt(cal.day_parts)
        b = r"(?<![\w/])"
        e = r"(?![\w/])"
        self.full = re.compile(
            rf"{b}(?:(?P<wd>{wd}),?\s+)?(?P<d>\d{{1,2}})\s+(?P<m>{month})\.?,?\s+(?P<y>\d{{4}}){e}",
            re.IGNORECASE,
        )
        self.paren = re.compile(
            rf"{b}(?P<wd>{wd})(?:\s+(?P<part>{part}))?,?\s*\((?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})(?:/(?P<y>\d{{2,4}}))?\)",
            re.IGNORECASE,
        )
        self.numeric = re.compile(rf"{b}(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})/(?P<y>\d{{4}}){e}")
        self.day_month = re.compile(rf"{b}(?P<d>\d{{1,2}})\s+(?P<m>{month}){e}", re.IGNORECASE)
        self.month_year = re.compile(rf"{b}(?:bulan\s+)?(?P<m>{month})\s+(?P<y>\d{{4}}){e}", re.IGNORECASE)
        self.year = re.compile(
            rf"{b}(?:(?:tahun|pada|sejak|hingga|sampai|awal|akhir|pertengahan)\s+)(?P<y>(?:19|20)\d{{2}}){e}",
            re.IGNORECASE,
        )
        # Weekdays: capitalised only, so "minggu lalu" (week) is not Sunday.
        wd_cap = _alt([w.capitalize() for w in cal.weekdays])
        self.weekday = re.compile(rf"{b}(?P<wd>{wd_cap})(?:\s+(?P<part>{part}))?{e}")
        self.relday = re.compile(rf"{b}(?P<w>{_alt(list(cal.relative_days))}){e}", re.IGNORECASE)
        num = r"(?:\d{1,3}|se|satu|dua|tiga|empat|lima|enam)"
        self.relunit = re.compile(
            rf"{b}(?:(?P<n>{num})\s*)?(?P<u>{_alt(list(cal.relative_units))})\s+(?P<dir>{_alt(list(cal.relative_direction))}){e}",
            re.IGNORECASE,
        )
        self.vague = re.compile(rf"{b}(?:{_alt(cal.vague)}){e}", re.IGNORECASE)
        self.time = re.compile(
            r"(?<![\w.])(?:pukul|jam|pk\.?)\s+(?P<h>\d{1,2})[.:](?P<mi>\d{2})(?:\s*(?P<tz>WIB|WITA|WIT|GMT|UTC|waktu setempat))?",
            re.IGNORECASE,
        )
        self.future = re.compile(rf"\b(?:{_alt(sorted(cal.future_cues))})\b", re.IGNORECASE)

    def _month(self, word: str) -> int | None:
        return self.cal.months.get(word.lower().rstrip("."))

    def find(self, text: str, published: date | None) -> list[DateMention]:
        found: list[DateMention] = []
        taken: list[tuple[int, int]] = []

        def free(s: int, e: int) -> bool:
            return all(e <= a or s >= b for a, b in taken)

        def add(s: int, e: int, value: str | None, gran: Granularity, time: str | None = None) -> None:
            found.append(DateMention(text[s:e], s, e, value, gran, time))
            taken.append((s, e))

        for m in self.full.finditer(text):
            mo = self._month(m["m"])
            v = _safe_date(int(m["y"]), mo, int(m["d"])) if mo else None
            if v and free(m.start(), m.end()):
                add(m.start(), m.end(), v.isoformat(), "day")
        for m in self.paren.finditer(text):
            if not free(m.start(), m.end()):
                continue
            d, mo = int(m["d"]), int(m["m"])
            if m["y"]:
                y = int(m["y"])
                y = y + 2000 if y < 100 else y
                v = _safe_date(y, mo, d)
            else:
                v = self._infer_year(d, mo, published, self._future_context(text, m.start()))
            add(m.start(), m.end(), v.isoformat() if v else None, "day")
        for m in self.numeric.finditer(text):
            v = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
            if v and free(m.start(), m.end()):
                add(m.start(), m.end(), v.isoformat(), "day")
        for m in self.month_year.finditer(text):
            mo = self._month(m["m"])
            if mo and free(m.start(), m.end()):
                add(m.start(), m.end(), f"{int(m['y']):04d}-{mo:02d}", "month")
        for m in self.day_month.finditer(text):
            mo = self._month(m["m"])
            if not mo or not free(m.start(), m.end()):
                continue
            v = self._infer_year(int(m["d"]), mo, published, self._future_context(text, m.start()))
            add(m.start(), m.end(), v.isoformat() if v else None, "day")
        for m in self.year.finditer(text):
            if free(m.start("y"), m.end("y")):
                add(m.start("y"), m.end("y"), m["y"], "year")
        for m in self.vague.finditer(text):
            if free(m.start(), m.end()):
                add(m.start(), m.end(), None, "relative-vague")
        for m in self.relunit.finditer(text):
            if not free(m.start(), m.end()):
                continue
            unit = self.cal.relative_units[m["u"].lower()]
            direction = self.cal.relative_direction[m["dir"].lower()]
            n = _small_number(m["n"]) if m["n"] else 1
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
            wd = self.cal.weekdays[m["wd"].lower()]
            v = _weekday(published, wd, self._future_context(text, m.start()))
            add(m.start(), m.end(), v.isoformat() if v else None, "day")
        for m in self.time.finditer(text):
            if not free(m.start(), m.end()):
                continue
            h, mi = int(m["h"]), int(m["mi"])
            if h > 24 or mi > 59:
                continue
            day = next((d.value for d in reversed(found) if d.end <= m.start() and d.granularity == "day"
                        and d.value and m.start() - d.end < 120), None)
            day = day or (published.isoformat() if published else None)
            add(m.start(), m.end(), day, "day", f"{h:02d}:{mi:02d}")
        found.sort(key=lambda d: d.start)
        return found

    def _future_context(self, text: str, pos: int) -> bool:
        """A future cue in the same sentence, before the expression."""
        start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos), 0)
        return bool(self.future.search(text, start, pos))

    @staticmethod
    def _infer_year(day: int, month: int, published: date | None, future: bool) -> date | None:
        """The most recent such date not after publication, or the next one when future."""
        if published is None:
            return None
        for year in ((published.year, published.year + 1) if future else (published.year, published.year - 1)):
            v = _safe_date(year, month, day)
            if v is None:
                continue
            if (future and v >= published) or (not future and v <= published):
                return v
        return _safe_date(published.year, month, day)


def _safe_date(y: int, m: int | None, d: int) -> date | None:
    if m is None:
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


_SMALL = {"se": 1, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6}


def _small_number(word: str) -> int:
    return int(word) if word.isdigit() else _SMALL.get(word.lower(), 1)


def _shift(published: date | None, unit: str, n: int) -> tuple[str | None, Granularity]:
    if published is None:
        return None, "relative-vague"
    if unit == "week":
        return (published + timedelta(days=7 * n)).isoformat(), "relative-vague"
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
