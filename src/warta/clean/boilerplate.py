"""Line classification for pre-scraped text: body, title, heading, caption, boilerplate.

Extraction libraries work on page structure; scraped text has none left, so each line is
judged by rules kept as data (``data/lexicons/clean/boilerplate.yaml``) plus a few
document-level signals: position (title at the top), repetition (teasers that repeat
or truncate a later line), and the neighbourhood of photo credits (captions).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from warta.data import load_yaml
from warta.model import Line, LineLabel

_SENT_END = re.compile(r"[.!?…\"”’)]\s*$")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class BoilerplateRules:
    exact: frozenset[str]
    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    captions: tuple[tuple[str, re.Pattern[str]], ...]
    trailing: tuple[tuple[str, re.Pattern[str]], ...]
    inline: tuple[tuple[str, re.Pattern[str]], ...]
    menu_min_words: int
    menu_max_lower_ratio: float
    list_lead: re.Pattern[str]
    list_item: re.Pattern[str]
    credit_only_max_words: int

    @classmethod
    def load(cls, lexicon_dir: Path | None = None) -> BoilerplateRules:
        data = load_yaml("clean/boilerplate.yaml", lexicon_dir)

        def compiled(section: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
            return tuple((name, re.compile(p)) for name, p in (data.get(section) or {}).items())

        menu = data.get("menu") or {}
        return cls(
            exact=frozenset(str(x).casefold() for x in data.get("exact") or ()),
            patterns=compiled("patterns"),
            captions=compiled("captions"),
            trailing=compiled("trailing_noise"),
            inline=compiled("inline_noise"),
            menu_min_words=int(menu.get("min_words", 6)),
            menu_max_lower_ratio=float(menu.get("max_lower_ratio", 0.1)),
            list_lead=re.compile(str(data.get("list_lead") or r":\s*$")),
            list_item=re.compile(str(data.get("list_item") or r"^(\d{1,2}[.)]|[-•*])\s+\S")),
            credit_only_max_words=int(data.get("credit_only_max_words", 6)),
        )

    def rule_for(self, text: str) -> str | None:
        """The name of the boilerplate rule a stripped line matches, if any."""
        if text.casefold() in self.exact:
            return "exact"
        for name, pattern in self.patterns:
            if pattern.search(text):
                return name
        if self.is_menu(text):
            return "menu"
        return None

    def is_menu(self, text: str) -> bool:
        words = text.split()
        if self.list_item.match(text) or len(words) < self.menu_min_words or _SENT_END.search(text) or "," in text:
            return False
        lower = sum(1 for w in words if w[:1].islower())
        # Section names are words: a line of scores, codes or foreign script is not a menu.
        wordlike = sum(1 for w in words if w.replace("-", "").isalpha() and w.isascii())
        return lower / len(words) <= self.menu_max_lower_ratio and wordlike >= 0.8 * len(words)

    def caption_rule(self, text: str) -> str | None:
        for name, pattern in self.captions:
            if pattern.search(text):
                return name
        return None

    def strip_noise(self, text: str) -> str:
        """The line without its trailing editor codes and credits and without page widgets flattened into it
        ("… massa aksi. SCROLL TO CONTINUE WITH CONTENT Agung, salah satu …" in scraped detik text)."""
        for _, pattern in self.inline:
            # (a pattern takes the spaces around the widget: one space is left at the join)
            text, n = pattern.subn(" ", text)
            if n:
                text = text.strip()
        for _, pattern in self.trailing:
            text = pattern.sub("", text)
        return text


def _is_sentence_like(text: str) -> bool:
    return bool(_SENT_END.search(text)) and len(_WORD.findall(text)) >= 6


def split_lines(raw: str) -> list[tuple[int, int]]:
    """Offsets of the non-blank lines of ``raw``, stripped of surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in raw.splitlines(keepends=True):
        start, end = pos, pos + len(line.rstrip("\r\n"))
        pos += len(line)
        text = raw[start:end]
        stripped = text.strip()
        if not stripped:
            continue
        lead = len(text) - len(text.lstrip())
        spans.append((start + lead, start + lead + len(stripped)))
    return spans


# Rules for promotional lines: a line between two of them at the end is part of the promo.
_PROMO_RULES = frozenset({"programme-promo", "follow-promo", "watch-live", "watch-video", "read-more"})
# Promo rules whose text the trailing-noise rules can cut off a paragraph it is glued to.
_TAIL_PROMO_RULES = frozenset({"follow-promo", "watch-live"})
# Caption rules that name only the photo's source: the caption text may follow on the next line.
_CREDIT_RULES = frozenset({"photo-credit", "wire-photo"})


def _nwords(text: str) -> int:
    return len(_WORD.findall(text))


def _short_run_length(
    pos: int,
    content: list[int],
    labels: list[tuple[LineLabel, str | None]],
    texts: list[str],
    is_short: Callable[[int], bool],
) -> int:
    """Length of the run of consecutive short body lines around ``content[pos]``, counted
    only when some body line follows the run (trailing runs are related-headline lists)."""
    def short_body(p: int) -> bool:  # a lead-in ending in ":" opens a list, it is not an item
        return labels[content[p]][0] == "body" and is_short(content[p]) and not texts[content[p]].endswith(":")

    start = pos
    while start > 0 and short_body(start - 1):
        start -= 1
    end = pos
    while end + 1 < len(content) and short_body(end + 1):
        end += 1
    has_after = any(labels[content[p]][0] == "body" for p in range(end + 1, len(content)))
    return end - start + 1 if has_after else 0


def classify_lines(raw: str, rules: BoilerplateRules, title_hint: str | None = None) -> tuple[Line, ...]:
    """Label every non-blank line of ``raw``; see the module docstring for the signals used."""
    spans = split_lines(raw)
    texts = [raw[s:e] for s, e in spans]
    labels: list[tuple[LineLabel, str | None]] = []
    for text in texts:
        rule = rules.rule_for(text)
        if rule in _TAIL_PROMO_RULES:
            # "<a paragraph>? Ikuti diskusinya dalam …": a promo glued to a real paragraph.
            rest = rules.strip_noise(text)
            if rest != text and _nwords(rest) >= 12:
                rule = None
        labels.append(("boilerplate", rule) if rule else ("body", None))
    n = len(texts)

    # Captions first, so that a caption repeated under several photos stays a caption.
    for i, text in enumerate(texts):
        if labels[i][0] != "body":
            continue
        rule = rules.caption_rule(text)
        if rule:
            labels[i] = ("caption", rule)
        elif (
            i > 0
            and labels[i - 1][0] == "caption"
            and labels[i - 1][1] in _CREDIT_RULES
            and _nwords(texts[i - 1]) <= rules.credit_only_max_words + 1
            and len(text) <= 400
        ):
            labels[i] = ("caption", "after-photo-credit")

    # Repetition: a line that truncates or repeats a later, longer line is a teaser.
    for i, text in enumerate(texts):
        if labels[i][0] != "body" or len(text) < 25:
            continue
        for j in range(n):
            if j == i or len(texts[j]) <= len(text):
                continue
            other = texts[j]
            if other.startswith(text) or (len(text) >= 60 and text in other) or (
                not _SENT_END.search(text) and len(text) >= 40 and text[:-3] in other
            ):
                labels[i] = ("boilerplate", "teaser-repeat")
                break
    # Exact duplicates of an earlier line (repeated widgets, teasers) are boilerplate.
    seen: set[str] = set()
    for i, text in enumerate(texts):
        key = text.casefold()
        if key in seen and labels[i][0] == "body":
            labels[i] = ("boilerplate", "duplicate-line")
        seen.add(key)

    # A line sandwiched between two promotional lines is part of the promotion.
    for i in range(1, n - 1):
        if labels[i][0] == "body" and labels[i - 1][1] in _PROMO_RULES and labels[i + 1][1] in _PROMO_RULES:
            labels[i] = ("boilerplate", "promo-block")

    # Title: the hinted title, else the first substantial non-sentence line at the top.
    first_body = next((i for i, (lab, _) in enumerate(labels) if lab == "body"), None)
    title_idx: int | None = None
    if title_hint:
        hint = " ".join(title_hint.split()).casefold()
        title_idx = next(
            (i for i, t in enumerate(texts[:8]) if " ".join(t.split()).casefold() == hint), None
        )
    # Where the record names the title but no line repeats it, the text has no title line.
    if title_idx is None and first_body is not None and not title_hint:
        for i in range(first_body, min(n, first_body + 6)):
            if labels[i][0] != "body":
                continue
            text = texts[i]
            if _is_sentence_like(text) and not text.rstrip().endswith("?"):
                break
            if 4 <= _nwords(text) <= 25 and len(text) <= 200 and not text.rstrip().endswith("."):
                title_idx = i
                break
    if title_idx is not None:
        labels[title_idx] = ("title", "title")
        # Short labels above the title are category/kicker lines.
        for i in range(title_idx):
            if labels[i][0] == "body":
                labels[i] = ("boilerplate", "kicker")
        # A short non-sentence line right after the title repeats it as a tag.
        nxt = title_idx + 1
        if nxt < n and labels[nxt][0] == "body" and not _is_sentence_like(texts[nxt]) and _nwords(texts[nxt]) <= 6:
            labels[nxt] = ("boilerplate", "kicker")

    # Headings vs. list items: short non-sentence lines between body lines. A short line is a
    # list item (body) when a neighbouring line carries the same list marker, or when it is in
    # a run of short lines opened by a lead-in line ending in ":" ("... gejala berikut:").
    content = [i for i in range(n) if labels[i][0] in ("body", "title", "heading")]

    def is_short(i: int) -> bool:
        text = texts[i]
        return not _SENT_END.search(text) and _nwords(text) <= 14 and not text.endswith(",")

    in_list = False
    for pos, i in enumerate(content):
        if labels[i][0] != "body":
            in_list = False
            continue
        text = texts[i]
        prev_i = content[pos - 1] if pos else None
        next_i = content[pos + 1] if pos + 1 < len(content) else None
        if not is_short(i):
            in_list = bool(rules.list_lead.search(text)) and _nwords(text) > 3
            continue
        if text.endswith(":") and _nwords(text) > 4:
            in_list = True
            continue
        item = bool(rules.list_item.match(text))
        marked_run = item and any(
            j is not None and labels[j][0] == "body" and rules.list_item.match(texts[j]) for j in (prev_i, next_i)
        )
        short_run = in_list and any(
            j is not None and labels[j][0] == "body" and (is_short(j) or rules.list_item.match(texts[j]))
            for j in (prev_i, next_i)
        )
        # A run of 3+ short lines with body after it is a list ("Best Act – Name" × 20), and a
        # long line of mostly lower-case words is a sentence that lost its full stop.
        run = _short_run_length(pos, content, labels, texts, is_short)
        words = text.split()
        lowercase = sum(1 for w in words if w[:1].islower()) / max(len(words), 1)
        if marked_run or short_run or run >= 3:
            labels[i] = ("body", "list-item")
            continue
        if _nwords(text) >= 9 and lowercase > 0.5:
            labels[i] = ("body", "no-full-stop")
            continue
        has_body_after = any(lab == "body" for lab, _ in labels[i + 1 :])
        labels[i] = ("heading", "short-line") if has_body_after else ("boilerplate", "trailing-short")

    return tuple(
        Line(text=t, start=s, end=e, label=lab, rule=rule)
        for (s, e), t, (lab, rule) in zip(spans, texts, labels, strict=True)
    )
