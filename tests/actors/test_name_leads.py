"""Names of people cut from the club or body that opens them, and completed from the headline (ActorStage:
`_without_lead`, `_headline_names`, `_defined_short`; packaged lexicon, no NER)."""

from __future__ import annotations

import dataclasses

from warta.actors._common import _defined_short
from warta.actors.stage import ActorStage
from warta.model import Document, RawArticle


def run(stage: ActorStage, text: str, title: str | None = None) -> Document:
    doc = Document.from_raw(RawArticle(doc="t", origin="t", text=text))
    return stage(dataclasses.replace(doc, text=text, published="2025-10-20", lang="id", title=title))


def people(doc: Document) -> dict[str, str]:
    names = {e.key: e.name for e in doc.entities if e.kind == "person"}
    return {m.text: names[m.key] for m in doc.mentions if m.key in names}


def cut(stage: ActorStage, text: str, name: str) -> str:
    start = text.index(name)
    s, e = stage._without_lead(text, (start, start + len(name)))
    return text[s:e]


def test_a_club_used_alone_is_no_first_name(stage: ActorStage) -> None:
    text = "Chelsea menang 4-1. Pemain Chelsea Nicolas Jackson mencetak tiga gol untuk Chelsea."
    assert cut(stage, text, "Chelsea Nicolas Jackson") == "Nicolas Jackson"
    assert "Chelsea Nicolas Jackson" not in people(run(stage, text))


def test_a_first_name_used_alone_in_a_speech_frame_stays(stage: ActorStage) -> None:
    text = "Pemain Chelsea Nicolas Jackson mencetak gol. \"Saya senang,\" kata Chelsea."
    assert cut(stage, text, "Chelsea Nicolas Jackson") == "Chelsea Nicolas Jackson"


def test_a_defined_short_form_is_a_body(stage: ActorStage) -> None:
    text = ("Rombongan Perhimpunan Olahraga Tunarungu Indonesia (Porturin) datang. Ketua Porturin Alwin "
            "menerangkan rencananya. \"Kami siap,\" ujar Alwin.")
    assert _defined_short(text, "Porturin")
    assert not _defined_short(text, "Alwin")
    assert cut(stage, text, "Porturin Alwin") == "Alwin"
    found = people(run(stage, text))
    assert "Porturin" not in " ".join(found.values()), found


def test_the_headline_completes_a_one_word_name(stage: ActorStage) -> None:
    text = "\"Investasi di sini aman,\" kata Luthfi di Semarang. Luthfi menekankan perizinan dipermudah."
    assert set(people(run(stage, text, title="Ahmad Luthfi Sebut Jateng Masih Jadi Magnet Investasi")).values()) \
        == {"Ahmad Luthfi"}
    assert set(people(run(stage, text, title="Gubernur Luthfi Sebut Jateng Aman")).values()) == {"Luthfi"}
    assert set(people(run(stage, text)).values()) == {"Luthfi"}
