"""References back to a person the text has already named, in shapes the name frames miss (session 7,
docs/actors.md): a former office with a demonstrative ("Mantan Kasad itu" for the general just quoted), a
surname misspelt once ("kata Hammed" after "Zulfiqar Hameed") and a surname two relatives share ("Abedi")."""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from difflib import SequenceMatcher

from warta.actors.lexicon import ActorEntry
from warta.model import Mention

# "Mantan Kasad itu", "mantan Pangkostrad ini", "Mantan Presiden AS tersebut": one to three capitalised words
_FORMER_TITLE = re.compile(r"(?<![\w-])[Mm]antan ([A-Z][\w-]*(?: [A-Z][\w-]*){0,2}) (?:itu|ini|tersebut)(?![\w-])")
_NEAR = 400  # characters between the person last named and the former title


def former_titles(text: str, mentions: list[Mention]) -> list[Mention]:
    """"Mantan Kasad itu": a former office with a demonstrative refers back to the person last named, when that
    person is also the one the text has named most so far (its subject); the office itself is not checked, since
    the lexicon rarely knows a person's earlier posts."""
    persons = sorted((m for m in mentions if m.kind == "person"), key=lambda m: m.start)
    out: list[Mention] = []
    for hit in _FORMER_TITLE.finditer(text):
        if any(m.start < hit.end() and hit.start() < m.end for m in mentions):
            continue  # a name inside ("Mantan Presiden Obama itu") or a title frame already took it
        before = [m for m in persons if m.end <= hit.start()]
        if not before or hit.start() - before[-1].end > _NEAR:
            continue
        counts = Counter(m.key for m in before)
        last = before[-1].key
        if counts[last] == max(counts.values()) and sum(n == counts[last] for n in counts.values()) == 1:
            out.append(Mention(hit.group(0), hit.start(), hit.end(), "person", last, "coref"))
    return out


def misspelt_owner(word: str, full: dict[str, str], text: str) -> str | None:
    """The one multi-word person whose name part ``word`` misspells ("Hammed" beside "Zulfiqar Hameed"): a part of
    six letters or more with the same first three and last two letters, at most one letter longer or shorter, 80 %
    alike; the misspelling is written once (a form used repeatedly is a name of its own)."""
    if len(word) < 6 or len(re.findall(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)) > 1:
        return None
    owners = {key for key, name in full.items() for p in name.replace("-", " ").split()
              if len(p) >= 6 and p != word and p[:3] == word[:3] and p[-2:] == word[-2:]
              and abs(len(p) - len(word)) <= 1 and SequenceMatcher(None, p, word).ratio() >= 0.8}
    return owners.pop() if len(owners) == 1 else None


def shared_surnames(mentions: list[Mention], name_of: Callable[[str], str | None],
                    known: Callable[[Mention], bool]) -> list[Mention]:
    """A bare surname that two people of the text share ("Salman Abedi" and his sister "Jomana Abedi", "Zbigniew" and
    "Mika Brzezinski") is the one whose full name the text wrote first, its subject; relatives are named in full or
    by the given name. A lexicon short form (``known``: "Trump") keeps its person unless the text names that person
    nowhere in full and names exactly one other person with this surname in full ("Leigh Griffiths")."""
    first: dict[str, int] = {}
    full: dict[str, str] = {}
    for m in sorted((m for m in mentions if m.kind == "person"), key=lambda m: m.start):
        name = name_of(m.key)
        if name is not None and len(name.split()) >= 2 and len(m.text.split()) >= 2:
            first.setdefault(m.key, m.start)
            full[m.key] = name.replace(" - ", "-")
    if not full:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        owners = [k for k, name in full.items() if name.split()[-1] == m.text] \
            if m.kind == "person" and " " not in m.text else []
        if known(m):
            # a lexicon surname whose person the text never names in full, beside one it does name in full
            # ("Leigh Griffiths" ... "Griffiths" is not the UN envoy Martin Griffiths)
            best = owners[0] if m.key not in full and len(owners) == 1 else m.key
        else:
            best = min(owners, key=lambda k: first[k]) if len(owners) >= 2 else m.key
        out.append(m if best == m.key else dataclasses.replace(m, key=best, source="coref"))
    return out


def _plain(word: str) -> str:
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()


def given_names_fit(before: str, person: ActorEntry) -> bool:
    """Whether the name words written before a lexicon surname (``before``: "Antonio " in "Sekjen PBB Antonio
    Guterres") fit that person: none written, or one of them (accents aside) in the person's name or aliases; "Aurelio
    Sergio" before "Guterres" names another Guterres."""
    words = [_plain(w) for w in re.findall(r"[^\W\d_]+", before) if len(w) > 1]
    if not words:
        return True
    known = {_plain(w) for form in (person.name, *person.aliases) for w in re.findall(r"[^\W\d_]+", form)}
    return any(w in known for w in words)


# words before a title that make it no reference to its holder: a plural, a former or future holder, a predicate
_NOT_THE_HOLDER = re.compile(r"(?i:\b(?:para|kedua|mantan|eks|calon|sebagai|menjadi|jadi|wakil|juru bicara|kantor|"
                             r"istana|pasukan|ajudan|penasihat|utusan|staf|sang)\s+)$")


def repeated_titles(text: str, mentions: list[Mention], name_of: Callable[[str], str | None]) -> list[Mention]:
    """A title of two words or more that the text gives one person ("Pemimpin Catalunya Carles Puigdemont")
    written again without the name ("pemimpin Catalunya akan dipecat", before or after) is that person; not after
    a plural, a former holder, a predicate or an aide ("mantan pemimpin Catalunya", "juru bicara ..."), nor with a
    name after it, nor written without a capitalised word after its head ("calon wakil presiden": generic)."""
    holders: dict[str, set[str]] = {}
    for m in mentions:
        name = name_of(m.key) if m.kind == "person" else None
        if name is None or not m.text.endswith(name) or len(m.text) == len(name):
            continue
        role = m.text[: -len(name)].rstrip(" ,")  # "Pemimpin Catalunya" of "Pemimpin Catalunya Carles Puigdemont"
        if len(role.split()) >= 2:
            holders.setdefault(role.lower(), set()).add(m.key)
    out: list[Mention] = []
    for role, keys in holders.items():
        if len(keys) != 1:
            continue
        for hit in re.finditer(rf"(?<![\w-]){re.escape(role)}(?![\w-])", text, re.IGNORECASE):
            span = (hit.start(), hit.end())
            if not any(w[:1].isupper() for w in hit.group(0).split()[1:]) \
                    or any(m.start < span[1] and span[0] < m.end for m in [*mentions, *out]) \
                    or re.match(r",? *[A-Z]", text[span[1] : span[1] + 3]) \
                    or _NOT_THE_HOLDER.search(text[max(0, span[0] - 20) : span[0]]):
                continue
            out.append(Mention(hit.group(0), span[0], span[1], "person", next(iter(keys)), "coref"))
    return out
