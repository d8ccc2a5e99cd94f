"""The event lexicon: trigger forms → PLOVER type/mode and CAMEO root; modality cues.

Triggers are listed in ``events/triggers.yaml`` as Indonesian *roots* with the affix
patterns they take (``meN``, ``meN-kan``, ``di-i``, ``peN-an``, ``per-an``, ``ke-an``, ``-an``,
``ber``, ``ter`` …); :func:`affix` generates the surface forms by the regular morphophonemic
rules (nasal assimilation and the dropped initial k/p/t/s), so ``tolak`` with ``meN, di, peN-an``
yields *menolak, ditolak, penolakan*. Irregular or multi-word forms are listed verbatim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from warta.data import load_yaml
from warta.errors import LexiconError
from warta.model import PLOVER_TYPES

_VOWELS = "aeiou"


def _nasal(root: str, pe: bool) -> str:
    """meN-/peN- + root with Indonesian nasal assimilation (``serang`` → ``menyerang``)."""
    head = "pe" if pe else "me"
    c = root[0]
    cluster = len(root) > 1 and root[1] not in _VOWELS
    if sum(1 for _ in re.finditer(r"[aeiou]+", root)) == 1:  # monosyllable: bom → mengebom
        return head + "nge" + root
    if c in _VOWELS:
        return head + "ng" + root
    if c in "gh":
        return head + "ng" + root
    if c == "k":
        return head + "ng" + (root if cluster else root[1:])
    if c == "p":
        return head + "m" + (root if cluster else root[1:])
    if c in "bfv":
        return head + "m" + root
    if c == "t":
        return head + "n" + (root if cluster else root[1:])
    if c in "dcjz":
        return head + "n" + root
    if c == "s":
        return head + ("n" + root if cluster else "ny" + root[1:])
    return head + root  # l, m, n, r, w, y


def _ber(root: str, prefix: str) -> str:
    """ber-/per-/ter- drop their r before an r-initial root (runding → berunding)."""
    return (prefix[:-1] if root.startswith("r") else prefix) + root


def affix(root: str, pattern: str) -> str:
    """One affixed form of ``root``; ``pattern`` is e.g. ``meN-kan``, ``di-i``, ``peN-an``, ``-an``."""
    if pattern == "bare":
        return root
    pre, _, suf = pattern.partition("-")
    if pre == "meN":
        stem = _nasal(root, pe=False)
    elif pre == "peN":
        stem = _nasal(root, pe=True)
    elif pre in ("ber", "per", "ter"):
        stem = _ber(root, pre)
    elif pre in ("di", "ke", "se", ""):
        stem = pre + root
    elif pre == "memper":
        stem = "memper" + root
    elif pre == "diper":
        stem = "diper" + root
    else:
        raise LexiconError(f"unknown affix pattern {pattern!r}")
    if suf and suf not in ("kan", "i", "an"):
        raise LexiconError(f"unknown suffix in affix pattern {pattern!r}")
    if suf == "i" and stem.endswith("i"):
        return stem  # root already ends in -i (hubungi)
    return stem + suf


def is_passive_pattern(pattern: str) -> bool:
    return pattern.startswith(("di", "ter"))


def org_roots(lexicon_dir: Path | None = None) -> dict[str, str]:
    """Country-less organisation name or id → its top-level organisation's name ("UN Security Council" → "UN").

    The annotation guide roots every UN body at ``UN`` (EU bodies at ``EU``); the actor lexicon
    records that as ``parent``. Organisations with a country keep their country as root anyway.
    """
    data = load_yaml("actors/organisations.yaml", lexicon_dir) or []
    by_id = {str(e["id"]): e for e in data}
    out: dict[str, str] = {}
    for e in data:
        if e.get("country"):
            continue
        top, seen = e, set()
        while top.get("parent") and str(top["parent"]) in by_id and str(top["parent"]) not in seen:
            seen.add(str(top["parent"]))
            top = by_id[str(top["parent"])]
        # every country-less organisation is listed (by name and id), so that its officials can be
        # rooted at it: the guide roots UN special rapporteurs and the Secretary-General at UN
        out[str(e["name"])] = str(top["name"])
        out.setdefault(str(e["id"]), str(top["name"]))
    return out


GAP = " … "
"""Marks the gap of a gapped form in triggers.yaml: "bertukar … tawanan"."""
GAP_WORDS = 3


def _gap_regex(form: str) -> str:
    """A gapped form as a regex: its parts with up to GAP_WORDS words between (lazy, linear)."""
    # (a part may open a quotation: 'menjadikan Seoul dan Washington "tumpukan debu …"')
    return (r"(?:\s+[\w.,()-]+){0,%s}?\s+[\"“]?".replace("%s", str(GAP_WORDS))).join(re.escape(p) for p in form.split(GAP))


def _words_regex(words: list[str]) -> str:
    """A word list from the lexicon as one alternation: longest first, a space as any whitespace, a final ``*``
    as any ending ("konsumsi*": konsumsi, konsumsinya)."""
    def one(w: str) -> str:
        stem = w[:-1] if w.endswith("*") else w
        return re.escape(stem.lower()).replace(r"\ ", r"\s+") + (r"\w*" if w.endswith("*") else "")
    return "(?:" + "|".join(one(w) for w in sorted({str(w) for w in words}, key=len, reverse=True)) + ")"


@dataclass(frozen=True, slots=True)
class Sense:
    """Trigger forms in a sense that is no event, told by the words around them (triggers.yaml ``senses``):
    "mengamankan barang bukti" secures a thing, "bahaya narkoba mengancam" is no actor's threat."""

    name: str
    forms: frozenset[str]
    after: re.Pattern[str] | None  # matched right after the form
    before: re.Pattern[str] | None  # searched in the ``window`` characters before the form
    window: int

    @classmethod
    def parse(cls, raw: dict[str, object]) -> Sense:
        name = str(raw.get("name", "?"))
        forms = raw.get("forms")
        keys = {k for k in ("next", "next_not", "ahead", "before") if raw.get(k)}
        if not isinstance(forms, list) or not forms or len(keys) != 1:
            raise LexiconError(f"triggers.yaml sense {name!r}: needs forms and one of next, next_not, ahead, before")
        def words(key: str) -> list[str]:
            value = raw.get(key) or []
            if not isinstance(value, list):
                raise LexiconError(f"triggers.yaml sense {name!r}: {key} must be a list")
            return [str(v) for v in value]
        after = before = None
        if "next" in keys:
            skip = words("skip")
            opt = rf"(?:{_words_regex(skip)}\s+)?" if skip else ""
            after = re.compile(rf"\s+{opt}{_words_regex(words('next'))}\b", re.IGNORECASE)
        elif "next_not" in keys:  # a next word that is none of these
            after = re.compile(rf"\s+(?!{_words_regex(words('next_not'))}\b)[a-z][\w-]*")
        elif "ahead" in keys:  # one of these words later in the clause, within ``window`` characters
            reach = int(str(raw.get("window", 50)))
            after = re.compile(rf"[^.;]{{0,{reach}}}?\b{_words_regex(words('ahead'))}\b", re.IGNORECASE)
        else:
            link = words("link")
            opt = rf"(?:{_words_regex(link)}\s+)?" if link else ""
            gap = int(str(raw.get("gap", 0)))
            before = re.compile(rf"\b{_words_regex(words('before'))}(?:\s+[\w-]+){{0,{gap}}}\s+{opt}$", re.IGNORECASE)
        return cls(name, frozenset(str(f).lower() for f in forms), after, before, int(str(raw.get("window", 50))))

    def holds(self, low: str, start: int, end: int) -> bool:
        """The words around the form at ``start:end`` of the lower-cased text tell this sense."""
        if self.after is not None:
            return bool(self.after.match(low, end))
        return self.before is not None and bool(self.before.search(low, max(0, start - self.window), start))


@dataclass(frozen=True, slots=True)
class Trigger:
    id: str
    type: str
    mode: str | None
    cameo: str
    symmetric: bool
    passive: frozenset[str]
    needs_target: bool = False
    # the clause subject is the accused and the speaker the source ("X mengatakan bahwa Hamas berbohong")
    reported: bool = False
    # the counterpart must be named right after the verb ("menjamu Macron", not "menerima bantuan dari Jepang")
    adjacent: bool = False
    # the counterpart is the country of the place the act goes to ("mengekstradisi … ke Indonesia")
    to_place: bool = False
    # an act only of an unnamed crowd ("massa menutup jalan"; not "polisi menutup jalan")
    crowd: bool = False


@dataclass(frozen=True, slots=True)
class CameoRoot:
    name: str
    goldstein: float
    quad: int


@dataclass(frozen=True, slots=True)
class EventLexicon:
    forms: dict[str, Trigger]  # lower-case surface form → trigger
    cameo: dict[str, CameoRoot]
    window: int
    negated: tuple[str, ...]
    planned: tuple[str, ...]
    hypothetical: tuple[str, ...]
    stop: frozenset[str] = frozenset()  # surface forms that are never triggers (e.g. "serangan jantung")
    asserted: tuple[str, ...] = ()  # continuation cues that override an earlier one ("akan terus")
    # judging verbs, negative evaluative terms and the words that void a term ("salah satu"), from
    # evaluation.yaml: "menilai kebijakan Israel berlebihan" is criticism (ACCUSE disapprove)
    judging: tuple[str, ...] = ()
    evaluative: tuple[str, ...] = ()
    not_after: tuple[str, ...] = ()
    act_nouns: tuple[str, ...] = ()  # an act judged ("menilai pengamanan … berlebihan"): its actor is carried over
    scope: int = 12
    # forms with a gap ("bertukar … tawanan", "meluncurkan … rudal"): up to GAP_WORDS words between the parts
    gapped: dict[str, Trigger] = field(default_factory=dict)
    senses: tuple[Sense, ...] = ()  # forms in a sense that is no event, told by their neighbours

    def wrong_sense(self, low: str, form: str, start: int, end: int) -> bool:
        """The form at ``start:end`` of the lower-cased text is used in a sense that is no event."""
        return any(s.holds(low, start, end) for s in self.senses if form in s.forms)  # any sense of the form

    @classmethod
    def load(cls, lexicon_dir: Path | None = None) -> EventLexicon:
        cameo = {
            str(k): CameoRoot(str(v["name"]), float(v["goldstein"]), int(v["quad"]))
            for k, v in load_yaml("events/cameo.yaml", lexicon_dir)["roots"].items()
        }
        data = load_yaml("events/triggers.yaml", lexicon_dir)
        forms: dict[str, Trigger] = {}
        gapped: dict[str, Trigger] = {}
        for t in data["triggers"]:
            if t["type"] not in PLOVER_TYPES:
                raise LexiconError(f"trigger {t['id']}: unknown PLOVER type {t['type']}")
            if str(t["cameo"]) not in cameo:
                raise LexiconError(f"trigger {t['id']}: unknown CAMEO root {t['cameo']}")
            surface: list[str] = [str(f).lower() for f in t.get("forms") or ()]
            passive = {str(p).lower() for p in t.get("passive") or ()}
            for r in t.get("roots") or ():
                root, patterns = (r, "") if isinstance(r, str) else (str(r["root"]), str(r.get("affixes", "")))
                root = root.lower()
                words = root.split()
                head, tail = words[0], " ".join(words[1:])
                for pat in (p.strip() for p in patterns.split(",") if p.strip()):
                    form = affix(head, pat) + (" " + tail if tail else "")
                    surface.append(form)
                    if is_passive_pattern(pat):
                        passive.add(form)
            trig = Trigger(
                id=str(t["id"]),
                type=str(t["type"]),
                mode=t.get("mode"),
                cameo=str(t["cameo"]),
                symmetric=bool(t.get("symmetric", False)),
                passive=frozenset(passive),
                needs_target=bool(t.get("needs_target", False)),
                reported=bool(t.get("reported", False)),
                adjacent=bool(t.get("adjacent", False)),
                to_place=bool(t.get("to_place", False)),
                crowd=bool(t.get("crowd", False)),
            )
            for key in surface:
                if GAP in key:
                    gapped[key] = trig
                    continue
                if key in forms and forms[key].id != trig.id:
                    raise LexiconError(f"trigger form {key!r} in both {forms[key].id} and {trig.id}")
                forms[key] = trig
        mod = load_yaml("events/modality.yaml", lexicon_dir)
        ev = load_yaml("events/evaluation.yaml", lexicon_dir)
        return cls(
            forms=forms,
            cameo=cameo,
            window=int(mod["window"]),
            negated=tuple(mod["negated"]),
            planned=tuple(mod["planned"]),
            hypothetical=tuple(mod["hypothetical"]),
            stop=frozenset(str(s).lower() for s in data.get("stop") or ()),
            asserted=tuple(mod.get("asserted") or ()),
            judging=tuple(str(w).lower() for w in ev.get("judging") or ()),
            evaluative=tuple(str(w).lower() for w in ev.get("evaluative") or ()),
            not_after=tuple(str(w).lower() for w in ev.get("not_after") or ()),
            act_nouns=tuple(str(w).lower() for w in ev.get("act_nouns") or ()),
            scope=int(ev.get("scope", 12)),
            gapped=gapped,
            senses=tuple(Sense.parse(raw) for raw in data.get("senses") or ()),
        )

    def trigger(self, form: str) -> Trigger | None:
        """The trigger of a matched surface form, a gapped one included ("bertukar ratusan tawanan")."""
        found = self.forms.get(form)
        if found is not None or not self.gapped:
            return found
        return next((t for g, t in self.gapped.items() if re.fullmatch(_gap_regex(g), form)), None)

    def pattern(self) -> re.Pattern[str]:
        """One alternation of every form (longest first) plus the stop phrases; clitics allowed."""
        alts = "|".join(_gap_regex(f) if GAP in f else re.escape(f)
                        for f in sorted(set(self.forms) | set(self.gapped) | self.stop, key=len, reverse=True))
        return re.compile(rf"(?<![\w-])(?P<f>{alts})(?:nya|lah|pun)?(?![\w-])")
