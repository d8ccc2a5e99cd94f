"""Event dates (session 13): the story day of a domestic report dates its undated acts of speech; a quote's speech
date does not date the case step it reports; a detik weekday/date typo after publication. Sentences written for
the test, with near misses."""

from __future__ import annotations

from datetime import date
from functools import cache

from warta.language.dates import Calendar, DateFinder
from warta.link.stage import LinkStage
from warta.model import Actor, DateMention, Document, Event, RawArticle, Sentence
from warta.pipeline import Pipeline, build_pipeline
from warta.settings import Settings


@cache
def _pipeline() -> Pipeline:
    return build_pipeline(Settings())


def _code(body: str, published: str = "2025-10-21") -> Document:
    return _pipeline().process(RawArticle(doc="t.txt", origin="t", text="Judul\n\n" + body, published_hint=published))


def _dates(body: str, published: str = "2025-10-21") -> dict[str, str | None]:
    return {e.trigger: e.date for e in _code(body, published).events}


_DOORSTOP = (
    "Ketua DPRD Kota Bogor mengkritik kebijakan Wali Kota Bogor soal parkir.\n\n"
    '"Kebijakan ini merugikan pedagang kecil," kata Ketua DPRD Kota Bogor kepada wartawan, Senin (20/10/2025).\n\n'
    "Ia juga meminta Wali Kota Bogor segera mencabut aturan tersebut."
)


def test_story_day_dates_the_domestic_statements_of_the_report() -> None:
    got = _dates(_DOORSTOP)
    assert got["mengkritik"] == "2025-10-20"
    assert got["meminta"] == "2025-10-20"


def test_a_statement_narrated_as_earlier_keeps_no_date() -> None:
    doc = _code(_DOORSTOP + "\n\nSebelumnya, ia pernah meminta Pemkot Bogor menunda aturan itu.")
    assert [e.date for e in doc.events if e.sentence.startswith("Sebelumnya")] == [None]
    assert [e.date for e in doc.events if e.trigger == "mengkritik"] == ["2025-10-20"]


def test_a_denial_with_tidak_pernah_is_made_now() -> None:
    body = _DOORSTOP + "\n\nIa menegaskan dirinya tidak pernah meminta APBD untuk proyek itu."
    assert [e.date for e in _code(body).events if e.sentence.startswith("Ia menegaskan")] == ["2025-10-20"]


def test_no_story_day_when_the_report_gives_two_days_or_an_old_one() -> None:
    two = _DOORSTOP + "\n\nRapat paripurna DPRD Kota Bogor digelar Selasa (21/10/2025)."
    assert _dates(two)["meminta"] is None
    # the only weekday-dated day lies a week before publication: not the story's day
    assert _dates(_DOORSTOP, published="2025-10-28")["meminta"] is None


def test_international_statements_keep_their_own_dates() -> None:
    body = ("Menteri Luar Negeri Sugiono mengecam serangan Israel ke Gaza, Senin (20/10/2025).\n\n"
            "Sugiono juga meminta Israel menghentikan blokade.")
    got = _dates(body)
    assert got["mengecam"] == "2025-10-20"  # its own sentence
    assert got["meminta"] is None  # a wire compilation: the one dated day dates one statement only


def test_speech_date_does_not_date_the_case_step_the_quote_reports() -> None:
    body = '"Polda Metro Jaya telah menetapkan Budi sebagai tersangka," kata kuasa hukum pelapor, Senin (20/10/2025).'
    assert [e.date for e in _code(body).events if e.type == "ACCUSE"] == [None]
    # near miss: the naming narrated with its own day, not after an attribution
    own = "Polda Metro Jaya menetapkan Budi sebagai tersangka pada Senin (20/10/2025)."
    assert [e.date for e in _code(own).events if e.type == "ACCUSE"] == ["2025-10-20"]


def test_detik_weekday_wins_over_a_date_after_publication() -> None:
    f = DateFinder(Calendar.load())
    pub = date(2025, 10, 21)  # a Tuesday
    [typo] = f.find("kata Jaksa, Selasa (22/10/2025).", pub)
    assert typo.value == "2025-10-21"
    # near misses: a date that agrees with its weekday, or that lies before publication, stands as written
    [upcoming] = f.find("sidang akan digelar Rabu (22/10/2025).", pub)
    assert upcoming.value == "2025-10-22"
    [past] = f.find("kata Jaksa, Kamis (21/10/2025).", pub)
    assert past.value == "2025-10-21"



def _synthetic(*sentences: str) -> Document:
    """A report dated once ("Senin (20/10/2025)" in its first sentence) with one REQUEST "meminta" per other
    sentence, IDN -> IDN: the link stage alone, so the guards are tested whatever the coder finds."""
    text = " ".join(sentences)
    pos, sents, events = 0, [], []
    for s in sentences:
        sents.append(Sentence(pos, pos + len(s), s, 0))
        t = s.find("meminta") if "meminta" in s else s.find("mengimbau")
        if t >= 0 and pos > 0:
            events.append(Event(sentence=s, start=pos, end=pos + len(s), trigger_start=pos + t, trigger_end=pos + t + 7,
                                source=Actor("DPRD", "IDN", None, None, "GOV"), target=Actor("Pemkot", "IDN", None, None,
                                                                                            "GOV"),
                                type="REQUEST", mode=None, cameo_root="10", quad_class=1, goldstein=-5.0,
                                modality="asserted", date=None, location=None, reported_by=None, confidence=0.9,
                                trigger=s[t:t + 7]))
        pos += len(s) + 1
    i = text.index("Senin (20/10/2025)")
    return Document(doc="t", origin="t", sha256="0", raw=text, text=text, published="2025-10-21",
                    sentences=tuple(sents), events=tuple(events),
                    dates=(DateMention("Senin (20/10/2025)", i, i + 18, "2025-10-20", "day"),))


def test_story_day_guards_on_the_link_stage() -> None:
    doc = LinkStage(Settings())(_synthetic(
        "Ketua DPRD berbicara kepada wartawan, Senin (20/10/2025).",
        "Ia meminta Pemkot mencabut aturan itu.",
        "Sekolah telah mengimbau Pemkot menunda aturan itu.",
        "Ia menyinggung pedagang yang meminta Pemkot memberi keringanan.",
        "Sebelumnya ia pernah meminta Pemkot menunda aturan itu.",
        "Ia menegaskan tidak pernah meminta Pemkot menunda aturan itu.",
    ))
    assert [e.date for e in doc.events] == ["2025-10-20", None, None, None, "2025-10-20"]
