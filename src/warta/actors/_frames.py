"""People found by grammatical frames: reporting cues and verbs, honorifics, ranks and royal titles, ages,
coordination, appositions, team sheets."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter

from warta.actors._common import (
    _AFTER_PLACE_PREP,
    _CUE,
    _HONORIFICS,
    _LOWER_WORD,
    _NAME_GOES_ON,
    _NAME_LINKS,
    _PLACE_PREP,
    _PLACE_RUN,
    _VERB_FORM,
    _Named,
    _sentence_initial,
    _unknown_key,
)
from warta.actors._shapes import _ShapedNames
from warta.actors.resolve import (
    NAME_STOPS,
    PLACE_HEADS,
    REPORT_AFTER,
    name_after,
    name_before,
    not_a_name,
)
from warta.model import Mention

_VERB = re.compile(REPORT_AFTER.pattern.removeprefix(r"^\s*(?:,\s*)?"))
_APPOSED = re.compile(r"(?<=[a-z)]), (?=[A-Z])")
_HONORIFIC_CUE = re.compile(r"(?<![\w-])(?:Pak|Bu|Bapak|Ibu|Mr\.|Mrs\.|Ms\.|Dr\.?|Prof\.?|Sir|Habib|Syekh|Sheikh|Kiai|KH\.?"
                            r"|Ustaz|Ustadz) +(?=[A-Z])")
# military and police ranks before a name (the ranks themselves are STOP words, so the name starts after them)
_RANK_CUE = re.compile(r"(?<![\w-])(?:(?:Letnan|Mayor|Brigadir) Jenderal|Jenderal|Letjen|Mayjen|Brigjen|Kolonel|Letkol|"
                       r"Laksamana(?: Madya| Muda| Pertama)?|Laksdya|Laksda|Laksma|Marsekal(?: Madya| Muda| Pertama)?|"
                       r"Komjen|Irjen|Kombes|Kapten|Mayor|Sersan|Lieutenant|General|Colonel|Admiral|Gen\.|Col\.) +(?=[A-Z])")
# Indonesian police ranks before a name (session 6): a police officer is often named by one word
_POLICE_RANK_CUE = re.compile(r"(?<![\w-])(?:Kompol|Iptu|Ipda|AKP|AKBP|Aiptu|Aipda|Bripka|Briptu|Bripda|Bharada|"
                              r"Kombes(?: Pol\.?)?|Komisaris Besar(?: Polisi)?|Ajun Komisaris(?: Besar)?(?: Polisi)?) +"
                              r"(?=[A-Z])")
# royal titles before a name ("Pangeran Harry", "Ratu Elizabeth", "Putra Mahkota Mohammed bin Salman"): the name
# after one is a person's, even one word (session 6b); "Emir Qatar" is a title of a country, which is taken first
_ROYAL_CUE = re.compile(r"(?<![\w-])(?:Pangeran(?: Mahkota)?|Putra Mahkota|Ratu|Permaisuri|Sultan|Emir|Prince|Princess|Queen|"
                        r"King) +(?=[A-Z])")
_AGE_AFTER = re.compile(r"(?<![\w-])([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}) \([1-9]\d\)")
_COORD_AFTER = re.compile(r",? +(?:dan|serta) +(?=[A-Z])")  # "Karina Salim dan Elko Kastanya"
_COORD_BEFORE = re.compile(r" +(?:dan|serta) +$")
# "Hermansyah, ahli telematika yang ...", "Agung, salah satu mahasiswa", "Zul (47), warga Desa ...": a name with an
# apposition describing a person (the nouns are `person_nouns` in name_heads.yaml)
_APPOSED_PERSON = re.compile(r"(?<![\w-])([A-Z][a-z'’]+(?: [A-Z][a-z'’]+){0,3})( \([1-9]\d\))?, +"
                             r"(?:salah (?:satu|seorang) +|seorang +|sang +)?([a-z]+)\b")


class _FramedPeople(_ShapedNames):
    """People that grammatical frames introduce."""

    def _frame_people(self, text: str, taken: list[Mention], named: dict[str, _Named]) -> list[Mention]:
        """Names after a reporting cue ("kata Ayman Safadi") or before a reporting verb."""
        spans, lone = self._framed_spans(text)
        out: list[Mention] = []
        place_runs = {m.group(1) for m in _PLACE_RUN.finditer(text)}  # "di kota Khan Sheikhoun": a place
        for found in sorted(set(spans)):
            span = found
            if text[span[0] : span[1]] in place_runs:
                continue
            head = next((m for m in taken if m.start <= span[0] < m.end < span[1]), None)
            rest = text[head.end : span[1]] if head is not None else ""
            if head is not None and len(rest.split()) >= 2:
                span = (span[1] - len(rest.lstrip()), span[1])  # "Kolombia Haendel Rodriguez mengatakan": after a country
            span = self._without_lead(text, span)  # "Hari Tani Agus Ruli mengatakan" beside "Hari Tani Nasional"
            first = text[span[0] : span[1]].split(" ", 1)
            if len(first) == 2 and self._person_noun(first[0]) and _sentence_initial(text, span[0]):
                span = (span[0] + len(first[0]) + 1, span[1])  # "Pengacara Yingluck mengatakan" (session 7)
            if not self._free(span, [*taken, *out]) or self.lexicon.names_a_thing(text, *span):
                continue
            name = text[span[0] : span[1]]
            if " " not in name and (name in self.lexicon.titles or name.lower() in self.lexicon.titles
                                    or name in self.lexicon.office_titles):
                continue  # "ujar Menag": a title, not a name
            key = self._person_key(name, named)
            if key is None:
                if len(name.split()) < 2 and span not in lone:
                    continue  # a lone unknown word after "menurut" may be a document or a body
                key = _unknown_key(name)
                named.setdefault(key, _Named(name))
            out.append(Mention(name, span[0], span[1], "person", key, "ner"))
        return out

    def _framed_spans(self, text: str) -> tuple[list[tuple[int, int]], set[tuple[int, int]]]:
        """The name spans that frames introduce: after a reporting cue, in an apposition, before a reporting verb,
        after an honorific, a royal title or a rank, before an age. ``lone``: those whose frame makes even one
        unknown word a name ("tutur Arrmanatha", "Pak Muhaimin", "Pangeran Harry")."""
        spans: list[tuple[int, int]] = []
        lone: set[tuple[int, int]] = set()
        for m in _CUE.finditer(text):
            span = name_after(text, m.end(), max_tokens=4)
            given = re.match(r"([A-Z][a-z]+)(?=[ ,.;:!?\"”)]|$)(?! [A-Z])", text[m.end() : m.end() + 12])
            if span is None and given is not None and given.group(1) in NAME_STOPS \
                    and not m.group(0).lower().startswith("menurut"):
                span = (m.end(), m.end() + len(given.group(1)))  # "kata Agung": a given name that is a STOP word
            if span is not None and text[span[0] : span[1]] in self.lexicon.role_heads \
                    and _NAME_GOES_ON.match(text, span[1]):
                span = None  # "ujar Hakim Pengadilan Tinggi Shah Alam, Azmi Ariffin": a title opening a role phrase
            if span is not None:
                spans.append(span)
                if not m.group(0).lower().startswith("menurut"):
                    lone.add(span)  # "tutur Arrmanatha": a speech verb is followed by its speaker
        for m in _APPOSED.finditer(text):
            span = name_after(text, m.end(), max_tokens=4)
            if span is not None and text[span[1] : span[1] + 1] == "," and len(text[span[0] : span[1]].split()) >= 2:
                spans.append(span)  # "Anggota parlemen lain, Aida Touma Suleiman, mengatakan"
        for m in _VERB.finditer(text):
            span = name_before(text, m.start())
            if span is not None:
                spans.append(span)
        for m in _HONORIFIC_CUE.finditer(text):
            lead = re.search(r"([A-Z][a-z]*)\.? +(?:(?:Prof|Dr|Ir|H)\.? +)*$", text[max(0, m.start() - 40) : m.start()])
            if lead is not None and (lead.group(1) in PLACE_HEADS or lead.group(1) in self.lexicon.leading_heads
                                     or lead.group(1) in ("Tol", "Jl", "Jln")):
                continue  # "Jalan Tol Prof Dr Sedyatmo", "Rumah Sakit Dr Soetomo": a place named after a person
            span = name_after(text, m.end(), max_tokens=4)
            if span is not None:
                spans.append(span)
                lone.add(span)  # "Pak Muhaimin", "Mr. Baker": an honorific is followed by a name
        for m in _ROYAL_CUE.finditer(text):
            lead = re.search(r"([A-Z][a-z]*) +$", text[max(0, m.start() - 30) : m.start()])
            if lead is not None and (lead.group(1) in PLACE_HEADS or lead.group(1) in self.lexicon.leading_heads):
                continue  # "Candi Ratu Boko", "Jalan Sultan Agung": a place named after a royal
            span = name_after(text, m.end(), max_tokens=4)
            if span is not None:
                spans.append(span)
                lone.add(span)  # "Pangeran Harry": one name word after a royal title is enough
        for m in _RANK_CUE.finditer(text):
            span = name_after(text, m.end(), max_tokens=4)
            if span is not None and " " in text[span[0] : span[1]]:
                spans.append(span)  # "Letnan Jenderal Abdul Ghani al-Assadi", "Kolonel Ahmed Mismari"
        for m in _POLICE_RANK_CUE.finditer(text):
            span = name_after(text, m.end(), max_tokens=4)
            if span is not None:
                spans.append(span)
                lone.add(span)  # "Kapolsek Koja Kompol Supriyanto", "Iptu Apriansyah": one name word is enough
        for m in _AGE_AFTER.finditer(text):
            span = name_after(text, m.start(1), max_tokens=4)
            if span is not None and span[1] == m.end(1) and (" " in text[span[0] : span[1]]
                                                             or not _sentence_initial(text, span[0])):
                spans.append(span)
                lone.add(span)  # "Takeru Kobayashi (38)", "Colleen Hoffman (69)": a name with the age
        return spans, lone

    def _coordinated_people(self, text: str, taken: list[Mention], named: dict[str, _Named]) -> list[Mention]:
        """An unknown name of two to four words joined by "dan"/"serta" to a person found ("Karina Salim dan
        Elko Kastanya", "Sun Wei dan Li Hong Ri") is a person too: coordination joins like with like."""
        out: list[Mention] = []
        counts = Counter(m.key for m in taken if m.kind == "person")
        # an anchor the document confirms: a lexicon person, or one named twice ("Suzuki Karimun, dan Datsun Go"
        # after a car the model once called a person, "Wakil Presiden Senior Peranti Lunak dan Layanan Internet
        # Apple" after a title frame's portfolio, are no pairs of people)
        people = [m for m in taken if m.kind == "person" and (m.key in self.lexicon.entries or counts[m.key] >= 2)]
        runs = {m.group(1) for m in _PLACE_RUN.finditer(text)}
        lowered = set(_LOWER_WORD.findall(text))
        thing_words = {w for m in taken if m.kind != "person" for w in m.text.split()}
        lex = self.lexicon
        for p in people:
            spans: list[tuple[int, int]] = []
            after = _COORD_AFTER.match(text, p.end)
            if after is not None and (span := name_after(text, after.end(), max_tokens=4)) is not None:
                spans.append(span)
            before = _COORD_BEFORE.search(text, max(0, p.start - 12), p.start)
            if before is not None and (span := name_before(text, before.start())) is not None:
                spans.append(span)
            for span in spans:
                name = text[span[0] : span[1]]
                words = name.replace(" - ", "-").split()
                words = [w for w in words if w.lower() not in _NAME_LINKS]
                if not 2 <= len(words) <= 4 or not all(self._name_word(w) for w in words):
                    continue
                if name in runs or not self._free(span, [*taken, *out]) or lex.names_a_thing(text, *span) \
                        or any(w in lex.role_heads or w in lex.titles or w in lex.office_titles or w in thing_words
                               or w.lower() in lowered for w in words):
                    continue  # a place or thing ("Internet Apple"), a title ("Pangdam Brawijaya"), common words
                out.append(Mention(name, span[0], span[1], "person", self._known_or_new(name, named), "ner"))
        return out

    def _roster_people(self, text: str, mentions: list[Mention], named: dict[str, _Named]) -> list[Mention]:
        """A line listing single capitalised words between commas and semicolons (a team sheet: "Lloris; Digne,
        Umtiti, Kimpembe; Rabiot, Kante; Mbappe"), at least three of them and a third of all surnames of people
        the document names, lists people: the other words are people too, under the full name that contains them
        where the document has one. A country or body of the lexicon in the list stays what it is."""
        surnames: dict[str, str] = {}
        for m in mentions:
            if m.kind == "person":
                entry = self.lexicon.entries.get(m.key)
                name = entry.name if entry is not None else named[m.key].name if m.key in named else m.text
                surnames.setdefault(name.replace("-", " ").split()[-1], m.key)
                surnames.setdefault(m.text.split()[-1], m.key)
        if len(surnames) < 3:
            return mentions
        out = list(mentions)
        for line in re.finditer(r"[^\n]+", text):
            items = [(i.start(), i.group(0)) for i in re.finditer(r"[^,;:]+", line.group(0))]
            words = [(line.start() + a + len(w) - len(w.lstrip()), w.strip()) for a, w in items
                     if re.fullmatch(r" ?[A-Z][\w'’-]+ ?", w)]
            known = sum(1 for _s, w in words if w in surnames)
            if len(words) < 4 or known < 3 or 3 * known < len(words) or len(words) < len(items) - 1:
                continue
            for start, word in words:
                end = start + len(word)
                over = [m for m in out if m.start < end and start < m.end]
                if word in surnames or not_a_name(word) or any(m.source == "lexicon" or m.kind == "person" for m in over):
                    continue
                key = surnames.get(word) or self._known_or_new(word, named)
                out = [m for m in out if m not in over]
                out.append(Mention(word, start, end, "person", key, "ner"))
        return out

    def _aged_people(self, text: str, mentions: list[Mention], named: dict[str, _Named]) -> list[Mention]:
        """A one-word place name the text gives an age, in a speech frame or an apposition ("kata Vatikan (27),
        pengendara asal Demak"), is a person's name; so is that word elsewhere in the text, unless a place
        preposition precedes it."""
        aged: set[str] = set()
        for m in mentions:
            if m.kind == "place" and " " not in m.text and re.match(r" \([1-9]\d\)(?:,? +[a-z])", text[m.end : m.end + 8]) \
                    and (_CUE.search(text, max(0, m.start - 12), m.start) or text[m.end : m.end + 8].count(",")):
                aged.add(m.text)
        if not aged:
            return mentions
        out: list[Mention] = []
        for m in mentions:
            if m.text in aged and m.kind == "place" and not _PLACE_PREP.search(text[max(0, m.start - 40) : m.start]):
                key = _unknown_key(m.text)
                named.setdefault(key, _Named(m.text))
                out.append(dataclasses.replace(m, kind="person", key=key, source="ner"))
            else:
                out.append(m)
        return out

    def _apposed_people(self, text: str, mentions: list[Mention], named: dict[str, _Named]) -> list[Mention]:
        """A capitalised name followed by an apposition that describes a person ("Hermansyah, ahli telematika yang
        dikeroyok", "Geong Nurcahyono, salah seorang motivator", "Agung, salah satu mahasiswa yang mengikuti aksi";
        "warga" only with an age: "Zul (47), warga Desa Ujan Mas") is a person. Not when a word of the name is a
        STOP word (a one-word "Agung" or "Muslim" excepted), a title, a region, a head of a thing's name, or used
        in lower case in the text, when a place preposition precedes it, or when a lexicon mention covers it; a
        place or organisation the model made of the name gives way."""
        lex = self.lexicon
        lowered = set(_LOWER_WORD.findall(text))
        out = list(mentions)
        apposed: list[tuple[str, str]] = []
        for m in _APPOSED_PERSON.finditer(text):
            noun = m.group(3)
            if noun not in lex.person_nouns or (noun == "warga" and m.group(2) is None):
                continue
            words = m.group(1).split()
            if any((not_a_name(w) and not (len(words) == 1 and w in NAME_STOPS)) or w in PLACE_HEADS
                   or w in lex.titles or w in lex.office_titles or w in lex.regions or w in lex.leading_heads
                   or w in lex.trailing_heads or w.lower() in lowered or w in _HONORIFICS for w in words):
                continue
            span = m.span(1)
            quantified = m.group(2) is not None or text[m.end(2) if m.group(2) else m.end(1) : m.start(3)].strip(
                " ,") != ""  # "salah satu", "seorang", an age
            if len(words) == 1 and (_AFTER_PLACE_PREP.search(text, max(0, span[0] - 5), span[0]) or _PLACE_PREP.search(
                    text[max(0, span[0] - 12) : span[0]])):
                continue  # "di Bekasi, warga ...": a place ("dari Geong Nurcahyono, salah seorang motivator" stays)
            if len(words) == 1 and _sentence_initial(text, span[0]) and (
                    not quantified or _VERB_FORM.fullmatch(words[0].lower())):
                continue  # "Akibatnya, korban ...", "Dikatakan, korban ...": a connective opens the sentence
            inside = [t for t in out if t.start < span[1] and span[0] < t.end]
            if any(t.kind == "person" or t.source != "ner" or t.start < span[0] or t.end > span[1] for t in inside):
                continue
            name = text[span[0] : span[1]]
            key = self._known_or_new(name, named)
            if key in named and named[key].role is None and noun != "warga":
                named[key].role = noun  # "mahasiswa": what the text says the person is (a domestic story's own)
            out = [t for t in out if t not in inside]
            out.append(Mention(name, span[0], span[1], "person", key, "ner"))
            apposed.append((name, key))
        for name, key in apposed:
            # the name again, alone, anywhere in the text ("Agung juga mengkritik …", "… ucap Agung"): the earlier
            # name passes ran before the apposition introduced it
            for again in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
                if self._free(again.span(), out):
                    out.append(Mention(name, again.start(), again.end(), "person", key, "coref"))
        return out
