"""Direct quotations and indirect speech with their reporting verb and speaker surface.

Speakers are given here as surface text and offsets; the quote stage resolves them to
people (names, roles, pronouns and "-nya" forms) using the actor mentions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from warta.data import load_yaml
from warta.model import QuoteKind, Sentence


def _alt(words: list[str] | frozenset[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True, slots=True)
class QuoteLexicon:
    after_verbs: frozenset[str]
    before_verbs: frozenset[str]
    pronouns: frozenset[str]

    @classmethod
    def load(cls, lexicon_dir: Path | None = None) -> QuoteLexicon:
        d = load_yaml("language/quotes.yaml", lexicon_dir)
        return cls(frozenset(d["after_verbs"]), frozenset(d["before_verbs"]), frozenset(d["pronouns"]))


@dataclass(frozen=True, slots=True)
class RawQuote:
    start: int  # offsets of the quoted words, without quotation marks
    end: int
    kind: QuoteKind
    verb: str | None
    speaker_text: str | None
    speaker_start: int
    speaker_end: int
    pronoun: bool  # the speaker is "-nya"/"ia": resolve to the last person named


_NAME = r"(?P<name>(?:[A-Z][\w.'’-]*|bin|binti|al|Al|van|von|de)(?:\s(?:[A-Z][\w.'’-]*|bin|binti|al|Al|al-\w+|van|von|de)){0,6})"


class QuoteFinder:
    def __init__(self, lex: QuoteLexicon) -> None:
        self.lex = lex
        self.spans = re.compile(r"[“\"](?P<q>[^“”\"\n]{3,2000})[”\"]")
        after = _alt(lex.after_verbs)
        before = _alt(lex.before_verbs)
        self.after = re.compile(
            rf"^\s*(?P<verb>{after})(?:\s+(?:oleh\s+)?{_NAME})?", re.UNICODE
        )
        self.before = re.compile(
            rf"{_NAME}(?:,[^,]{{1,80}},)?\s+(?:juga\s+|telah\s+|pun\s+)?(?P<verb>{before})\s*(?:bahwa\s*)?[,:]?\s*$"
        )
        self.indirect = re.compile(
            rf"(?P<who>{_NAME}|(?:[Ss]eorang |[Pp]ara )?(?:pejabat|juru bicara|menteri|pemimpin|tokoh)[^,.]{{0,60}}?)"
            rf"\s+(?:juga\s+|telah\s+|pun\s+)?(?P<verb>{before})\s+(?:kepada\s+[^,]{{1,40}}?\s+)?bahwa\s+(?P<q>[^\n]+?)(?=[.;](?:\s|$)|$)"
        )

    def find(self, text: str, sentences: tuple[Sentence, ...]) -> list[RawQuote]:
        out: list[RawQuote] = []
        covered: list[tuple[int, int]] = []
        for m in self.spans.finditer(text):
            qs, qe = m.start("q"), m.end("q")
            if len(m["q"].split()) < 3:
                continue  # a scare-quoted word ("Israel") is not a quotation
            inner = m["q"].rstrip(" ,")
            qe = qs + len(inner)
            tail = text[m.end() : m.end() + 120]
            am = self.after.match(tail)
            if am:
                verb = am["verb"]
                name = am["name"]
                pron = verb.endswith("nya") and not name
                so = m.end() + am.start("name") if name else -1
                out.append(RawQuote(qs, qe, "direct", verb.removesuffix("nya") if pron else verb,
                                    name, so, so + len(name) if name else -1, pron))
                covered.append((m.start(), m.end()))
                continue
            head_start = max(0, m.start() - 160)
            head = text[head_start : m.start()]
            bm = self.before.search(head)
            if bm:
                so = head_start + bm.start("name")
                name = bm["name"]
                out.append(RawQuote(qs, qe, "direct", bm["verb"], name, so, so + len(name), False))
            else:
                # no cue: attribute to the last speaker (quotes continued over paragraphs)
                pron = bool(out) and m.start() - out[-1].end < 600
                out.append(RawQuote(qs, qe, "direct", None, None, -1, -1, pron))
            covered.append((m.start(), m.end()))
        for sent in sentences:
            for m in self.indirect.finditer(text, sent.start, sent.end):
                qs, qe = m.start("q"), m.end("q")
                if any(a <= qs < b for a, b in covered):
                    continue
                who = m["who"]
                pron = who.strip().lower() in self.lex.pronouns
                out.append(RawQuote(qs, qe, "indirect", m["verb"], who, m.start("who"), m.end("who"), pron))
        out.sort(key=lambda q: q.start)
        return out
