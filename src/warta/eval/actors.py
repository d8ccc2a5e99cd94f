"""Actor evaluation against the hand-annotated dev gold (``tests/eval/gold/actors.jsonl``).

Each gold article's raw text (``warta.eval.corpora``) goes through the full pipeline. Gold
offsets index the *raw* text and predicted offsets the *clean* text, so every predicted
mention is first placed in the raw text: among the occurrences of its surface string, the one
whose surrounding characters agree best with the clean text around the prediction (ties: the
one nearest the proportional position). A prediction matches a gold mention when their raw
spans overlap.

Figures:

- person recall / precision: a gold person mention is found when an overlapping predicted
  person mention resolves to the same canonical name (names compared without accents, case
  or punctuation; for two names of at least two words, one's words within the other's also
  counts, so "Ali bin Al Habsyi" is "Habib Ali bin Muhammad Al-Habsyi"); a predicted person
  mention is right when it overlaps a gold person mention of the same name. Predicted person
  mentions inside text the annotator left unmarked count as false positives too.
- actor accuracy: of the gold actor mentions (countries, organisations, metonyms, sector
  phrases) that some prediction overlaps, the share whose predicted root agrees (country, and
  organisation where the gold gives one); ``actor_recall`` is the share found at all.
- role accuracy: of found person mentions whose gold gives a role, the share whose entity's
  role is the same office (compared loosely: one contains the other after normalising).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warta.eval.corpora import read_gold, run_gold
from warta.model import Document, Entity, Mention
from warta.settings import Settings

_NON_LETTER = re.compile(r"[^a-z0-9]+")
# standard Indonesian short forms of titles and names in roles (KBBI / press usage), compared expanded: the gold keeps
# the article's words ("Wapres", "Seskab", "Presiden Korsel"), the system may give the full title (session 13)
_ROLE_ALIASES = (("menlu", "menteri luar negeri"), ("menhan", "menteri pertahanan"), ("pm", "perdana menteri"),
                 ("sekjen", "sekretaris jenderal"), (" as", " amerika serikat"), ("wapres", "wakil presiden"),
                 ("seskab", "sekretaris kabinet"), ("ketum", "ketua umum"), ("jubir", "juru bicara"),
                 ("dubes", "duta besar"), ("mendagri", "menteri dalam negeri"), ("menkeu", "menteri keuangan"),
                 ("menkominfo", "menteri komunikasi dan informatika"), ("korsel", "korea selatan"),
                 ("korut", "korea utara"), ("pbb", "perserikatan bangsa bangsa"), ("ri", "indonesia"),
                 ("republik indonesia", "indonesia"))


def norm_name(name: str) -> str:
    """Lower-case ASCII letters and digits, one space: "António Guterres" → "antonio guterres"."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    return _NON_LETTER.sub(" ", folded).strip()


_CONNECTORS = frozenset({"bin", "binti", "al", "el", "ibn", "van", "de"})


def same_person(pred: str | None, gold: str) -> bool:
    """Same canonical name, or (for people the lexicon lacks) one name's words within the other's:
    "Ali bin Al Habsyi" is "Habib Ali bin Muhammad Al-Habsyi"."""
    if not pred:
        return False
    a, b = norm_name(pred), norm_name(gold)
    if a == b:
        return True
    wa, wb = set(a.split()) - _CONNECTORS, set(b.split()) - _CONNECTORS
    return len(wa) >= 2 and len(wb) >= 2 and (wa <= wb or wb <= wa)


def _norm_role(role: str) -> str:
    r = " " + norm_name(role) + " "
    for short, full in _ROLE_ALIASES:
        r = r.replace(f" {short.strip()} ", f" {full.strip()} ")
    return r.strip()


def locate(raw: str, clean: str, start: int, end: int, window: int = 40) -> tuple[int, int] | None:
    """The raw span of ``clean[start:end]``: the occurrence whose context agrees best."""
    surface = clean[start:end]
    if not surface:
        return None
    before, after = clean[max(0, start - window) : start], clean[end : end + window]
    expected = start * len(raw) / max(1, len(clean))
    best: tuple[int, float, int] | None = None
    i = raw.find(surface)
    while i >= 0:
        rb, ra = raw[max(0, i - window) : i], raw[i + len(surface) : i + len(surface) + window]
        agree = _common_suffix(before, rb) + _common_prefix(after, ra)
        key = (agree, -abs(i - expected), i)
        if best is None or key[:2] > best[:2]:
            best = key
        i = raw.find(surface, i + 1)
    return (best[2], best[2] + len(surface)) if best is not None else None


def _common_suffix(a: str, b: str) -> int:
    n = 0
    while n < len(a) and n < len(b) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < len(a) and n < len(b) and a[n] == b[n]:
        n += 1
    return n


@dataclass(frozen=True, slots=True)
class Pred:
    """A predicted mention placed in the raw text, with what it resolved to."""

    start: int
    end: int
    text: str
    kind: str
    name: str | None  # canonical person name
    country: str | None
    org: str | None
    role: str | None


def predictions(doc: Document, raw: str) -> list[Pred]:
    ents: dict[str, Entity] = {e.key: e for e in doc.entities}
    out: list[Pred] = []
    for m in doc.mentions:
        span = locate(raw, doc.text, m.start, m.end)
        if span is None:
            continue
        out.append(_pred(m, ents.get(m.key), span))
    return out


def _pred(m: Mention, ent: Entity | None, span: tuple[int, int]) -> Pred:
    from warta.events.coder import mention_actor

    actor = mention_actor(m, ent)
    return Pred(span[0], span[1], m.text, m.kind, actor.person, actor.country, actor.org,
                ent.role if ent is not None and m.kind == "person" else None)


@dataclass(slots=True)
class Report:
    articles: int = 0
    gold_people: int = 0
    people_found: int = 0
    pred_people: int = 0
    pred_people_right: int = 0
    gold_actors: int = 0
    actors_found: int = 0
    actors_right: int = 0
    roles: int = 0
    roles_right: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def person_recall(self) -> float:
        return self.people_found / self.gold_people if self.gold_people else 0.0

    @property
    def person_precision(self) -> float:
        return self.pred_people_right / self.pred_people if self.pred_people else 0.0

    @property
    def actor_accuracy(self) -> float:
        return self.actors_right / self.actors_found if self.actors_found else 0.0

    @property
    def actor_recall(self) -> float:
        return self.actors_found / self.gold_actors if self.gold_actors else 0.0

    @property
    def role_accuracy(self) -> float:
        return self.roles_right / self.roles if self.roles else 0.0

    def figures(self) -> dict[str, float]:
        """The flat figures the CI gate pins."""
        return {"person_recall": round(self.person_recall, 4), "person_precision": round(self.person_precision, 4),
                "actor_accuracy": round(self.actor_accuracy, 4), "actor_recall": round(self.actor_recall, 4),
                "role_accuracy": round(self.role_accuracy, 4)}

    def as_dict(self) -> dict[str, Any]:
        return {"articles": self.articles, "gold_people": self.gold_people, "pred_people": self.pred_people,
                "gold_actors": self.gold_actors, "roles": self.roles, **self.figures(), "errors": self.errors}


def _overlap(a: Pred, g: dict[str, Any]) -> bool:
    return a.start < int(g["end"]) and int(g["start"]) < a.end


def _actor_ok(p: Pred, g: dict[str, Any]) -> bool:
    if g.get("country") != p.country:
        return False
    return not g.get("org") or norm_name(str(g["org"])) == norm_name(p.org or "")


def _role_ok(gold: str, pred: str | None) -> bool:
    if not pred:
        return False
    a, b = _norm_role(gold), _norm_role(pred)
    return a in b or b in a


def score_article(rec: dict[str, Any], doc: Document, raw: str, report: Report, *, show_errors: bool) -> None:
    where = f"{rec['corpus']}:{rec['id']}"
    preds = predictions(doc, raw)
    people = [g for g in rec["mentions"] if g["type"] == "person"]
    actors = [g for g in rec["mentions"] if g["type"] in ("actor", "place")]
    pred_people = [p for p in preds if p.kind == "person"]
    report.articles += 1
    report.gold_people += len(people)
    for g in people:
        hit = next((p for p in pred_people if _overlap(p, g) and same_person(p.name, g["name"])), None)
        if hit is not None:
            report.people_found += 1
            if g.get("role"):
                report.roles += 1
                ok = _role_ok(str(g["role"]), hit.role)
                report.roles_right += int(ok)
                if show_errors and not ok:
                    report.errors.append(f"{where} ROLE {g['name']}: gold {g['role']!r} pred {hit.role!r}")
        elif show_errors:
            near = [p for p in preds if _overlap(p, g)]
            report.errors.append(f"{where} MISS person {raw[g['start']:g['end']]!r} @{g['start']} = {g['name']}"
                                 f" (pred: {[(p.text, p.name, p.kind) for p in near]})")
    for p in pred_people:
        report.pred_people += 1
        if any(_overlap(p, g) and same_person(p.name, g["name"]) for g in people):
            report.pred_people_right += 1
        elif show_errors:
            report.errors.append(f"{where} FP person {p.text!r} @{p.start} = {p.name}")
    for g in actors:
        report.gold_actors += 1
        cands = [p for p in preds if _overlap(p, g) and p.kind != "person"]
        if not cands:
            if show_errors:
                report.errors.append(f"{where} MISS {g['type']} {raw[g['start']:g['end']]!r} @{g['start']}")
            continue
        report.actors_found += 1
        ok = any(_actor_ok(p, g) for p in cands)
        report.actors_right += int(ok)
        if show_errors and not ok:
            report.errors.append(f"{where} WRONG {raw[g['start']:g['end']]!r} gold {g.get('country')}/"
                                 f"{g.get('org')} pred {[(p.country, p.org) for p in cands]}")


def evaluate(gold_path: Path, data_dir: Path | None = None, *, show_errors: bool = False,
             records: Iterable[dict[str, Any]] | None = None, settings: Settings | None = None) -> Report:
    """Run the full pipeline on every gold article and score its people and actors."""
    report = Report()
    gold = records if records is not None else read_gold(gold_path)
    for rec, raw, doc, failure in run_gold(gold, data_dir, settings):
        if failure is not None:
            report.errors.append(f"{rec['corpus']}:{rec['id']} FAILED {failure}")
        score_article(rec, doc, raw.text, report, show_errors=show_errors)
    return report
