"""The actor lexicon loader: packaged data is consistent; the checks catch what they claim to."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from warta.actors.lexicon import ActorLexicon
from warta.data.loader import LEXICONS
from warta.errors import LexiconError

HEADER = "# source: test\n# licence: MIT\n# version: 1\n"


@pytest.fixture(scope="module")
def lex() -> ActorLexicon:
    return ActorLexicon.load()


def _dir(tmp_path: Path, **files: str) -> Path:
    """An override lexicon dir: the packaged actor files with some replaced."""
    target = tmp_path / "actors"
    target.mkdir()
    for src in (LEXICONS / "actors").glob("*.yaml"):
        shutil.copy(src, target / src.name)
    for name, body in files.items():
        (target / f"{name}.yaml").write_text(HEADER + body, encoding="utf-8")
    return tmp_path


def test_packaged_lexicon_has_no_problems(lex: ActorLexicon) -> None:
    assert lex.problems() == []
    assert {"USA", "org:HAMAS", "person:antony-blinken"} <= set(lex.entries)


def test_envoys_to_an_organisation_belong_to_their_sending_country(lex: ActorLexicon) -> None:
    envoys = [o for o in lex.offices.values() if o.kind == "un-ambassador"]
    assert envoys
    assert all(o.country is not None and o.org is None for o in envoys)  # Haley at the UN acts for the USA
    assert lex.office_at(lex.entries["person:matthew-rycroft"], date(2017, 12, 8)) is not None


def test_offices_resolve_at_a_date(lex: ActorLexicon) -> None:
    fm = "USA.foreign-minister"
    assert lex.holder(fm, date(2024, 8, 20)) is lex.entries["person:antony-blinken"]
    assert lex.holder(fm, date(2025, 3, 1)) is lex.entries["person:marco-rubio"]
    office = lex.office_at(lex.entries["person:antony-blinken"], date(2024, 8, 20))
    assert office is not None and office.country == "USA" and office.kind == "foreign-minister"


PEOPLE = """
- id: a
  name: Ann One
  country: USA
  aliases: [Ann One]
  short: [{short_a}]
  {amb_a}
  tenures:
    - {{office: USA.foreign-minister, start: 2000-01-01, end: 2000-12-31}}
- id: b
  name: Bob One
  country: USA
  aliases: [Bob One]
  short: [One]
  {amb_b}
  tenures:
    - {{office: {office_b}, start: {start_b}, end: null}}
"""


def _people(tmp_path: Path, *, short_a: str = "Ann", amb: bool = False, office_b: str = "USA.foreign-minister",
            start_b: str = "2001-01-01") -> ActorLexicon:
    rule = 'ambiguous: {One: "prefer the one named in full"}'
    body = PEOPLE.format(short_a=short_a, amb_a=rule if amb else "", amb_b=rule if amb else "",
                         office_b=office_b, start_b=start_b)
    return ActorLexicon.load(_dir(tmp_path, people=body))


def test_clean_small_people_file(tmp_path: Path) -> None:
    assert _people(tmp_path).problems() == []


def test_shared_form_without_rule_is_reported(tmp_path: Path) -> None:
    problems = _people(tmp_path, short_a="One").problems()
    assert any("'One'" in p and "no ambiguous rule" in p for p in problems)


def test_shared_form_with_rule_passes(tmp_path: Path) -> None:
    assert _people(tmp_path, short_a="One", amb=True).problems() == []


def test_overlapping_holders_are_reported(tmp_path: Path) -> None:
    problems = _people(tmp_path, start_b="2000-06-01").problems()
    assert any("USA.foreign-minister" in p and "overlaps" in p for p in problems)


def test_unknown_office_is_reported(tmp_path: Path) -> None:
    problems = _people(tmp_path, office_b="USA.no-such-office").problems()
    assert any("unknown office" in p for p in problems)


def test_tenure_ending_before_it_starts_fails_to_load(tmp_path: Path) -> None:
    body = """
- id: c
  name: Cy Two
  aliases: [Cy Two]
  tenures:
    - {office: USA.foreign-minister, start: 2010-01-01, end: 2009-01-01}
"""
    with pytest.raises(LexiconError):
        ActorLexicon.load(_dir(tmp_path, people=body))


def test_duplicate_ids_fail_to_load(tmp_path: Path) -> None:
    body = """
- {id: d, name: Di Three, aliases: [Di Three]}
- {id: d, name: Di Four, aliases: [Di Four]}
"""
    with pytest.raises(LexiconError, match="twice"):
        ActorLexicon.load(_dir(tmp_path, people=body))
