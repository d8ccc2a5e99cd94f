"""Evaluation of the Indonesian language layer on real data in ``../shared/data``.

Four tasks (``warta eval language --task ...``):

``sentences``
    UD Indonesian CSUI (news) and GSD dev/test. UD has no document ids, so the raw text is
    rebuilt from the ``# text`` lines in consecutive groups of 20 sentences: a sentence ending in
    terminal punctuation is followed by one space, one without (a headline) by a newline, as
    headlines stand on their own line in real articles. Sentence boundary F1 scores the set of
    interior boundary offsets; token F1 scores exact (start, end) spans of the UD surface
    tokens (multi-word ranges as one token, so "rumahnya" is one token). spaCy
    ``blank("id")`` + sentencizer runs on the same text for comparison.
``quotes``
    PFSA-ID (Kompas; CC BY-NC-SA, read at evaluation time only) test + dev-40: the tokens are
    joined with spaces into articles (an article starts at a ``CITY , KOMPAS —`` line), the
    quote finder runs on that text, and STATEMENT spans are scored against the quotes found.
    Speaker F1 scores the PERSON spans against the speaker surface spans the finder names
    (pronouns and "-nya" have no surface name and are not predicted as spans). Also the dev
    gold ``tests/eval/gold/language.jsonl``.
``dates`` / ``counts``
    the dev gold: date span F1 and value accuracy; count recall, precision and number accuracy.

Span matching (all tasks except sentences/tokens): a prediction matches a gold span when they
overlap by at least half of the shorter of the two (character overlap); each gold and each
prediction is matched at most once, greedily by overlap. Values are compared only on matches.
The finders run on the article's raw text (the gold's offsets), with paragraphs at line breaks;
gold annotates the body only, so precision on raw text (menus, captions) is reported but the
targets are recall-like (date value accuracy, count recall) or quote F1.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from warta.eval.corpora import read_gold, require_data_dir

GOLD = Path(__file__).resolve().parents[3] / "tests" / "eval" / "gold" / "language.jsonl"
TASKS = ("sentences", "quotes", "dates", "counts")


# ---------------------------------------------------------------- span matching


def match_spans(gold: Sequence[tuple[int, int]], pred: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """(gold index, pred index) pairs overlapping by ≥ half the shorter span, one-to-one."""
    cands: list[tuple[int, int, int]] = []
    for gi, (gs, ge) in enumerate(gold):
        for pi, (ps, pe) in enumerate(pred):
            ov = min(ge, pe) - max(gs, ps)
            if ov > 0 and 2 * ov >= min(ge - gs, pe - ps):
                cands.append((-ov, gi, pi))
    cands.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    out: list[tuple[int, int]] = []
    for _, gi, pi in cands:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


def prf(tp: int, n_gold: int, n_pred: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "gold": n_gold, "pred": n_pred, "tp": tp}


# ---------------------------------------------------------------- sentences (UD)


@dataclass(frozen=True, slots=True)
class UdDoc:
    text: str
    paragraphs: tuple[tuple[int, int], ...]
    boundaries: frozenset[int]  # interior sentence starts
    tokens: frozenset[tuple[int, int]]


def _ud_sentences(path: Path) -> Iterator[tuple[str, list[str]]]:
    text = ""
    forms: list[str] = []
    skip_until = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# text ="):
            text = line.split("=", 1)[1].strip()
        elif not line.strip():
            if forms:
                yield text, forms
            text, forms, skip_until = "", [], 0
        elif not line.startswith("#"):
            cols = line.split("\t")
            tid = cols[0]
            if "-" in tid:
                skip_until = int(tid.split("-")[1])
                forms.append(cols[1])
            elif "." in tid:
                continue
            elif int(tid) > skip_until:
                forms.append(cols[1])
    if forms:
        yield text, forms


def ud_docs(path: Path, group: int = 20) -> list[UdDoc]:
    sents = list(_ud_sentences(path))
    docs: list[UdDoc] = []
    for i in range(0, len(sents), group):
        text = ""
        bounds: set[int] = set()
        toks: set[tuple[int, int]] = set()
        for j, (stext, forms) in enumerate(sents[i : i + group]):
            if j:
                text += " " if re.search(r"[.!?…][\"”’')\]]*$", text) else "\n"
                bounds.add(len(text))
            base = len(text)
            pos = 0
            for f in forms:
                k = stext.find(f, pos)
                if k < 0:
                    continue
                toks.add((base + k, base + k + len(f)))
                pos = k + len(f)
            text += stext
        paras: list[tuple[int, int]] = []
        start = 0
        for m in re.finditer(r"\n", text):
            paras.append((start, m.start()))
            start = m.end()
        paras.append((start, len(text)))
        docs.append(UdDoc(text, tuple(paras), frozenset(bounds), frozenset(toks)))
    return docs


def _score_sets(gold: Sequence[frozenset[Any]], pred: Sequence[set[Any]]) -> dict[str, float]:
    tp = sum(len(g & p) for g, p in zip(gold, pred, strict=True))
    return prf(tp, sum(len(g) for g in gold), sum(len(p) for p in pred))


def eval_sentences(data_dir: Path | None = None, spacy_compare: bool = True) -> dict[str, Any]:
    from warta.language.segment import Segmenter

    base = require_data_dir(data_dir) / "ud-indonesian"
    seg = Segmenter.load()
    nlp = None
    if spacy_compare:
        try:
            import spacy

            nlp = spacy.blank("id")
            nlp.add_pipe("sentencizer")
        except Exception:
            nlp = None
    sets = {
        "csui-test": base / "CSUI-id_csui-ud-test.conllu",
        "csui-train": base / "CSUI-id_csui-ud-train.conllu",
        "gsd-dev": base / "GSD-id_gsd-ud-dev.conllu",
        "gsd-test": base / "GSD-id_gsd-ud-test.conllu",
    }
    out: dict[str, Any] = {}
    for name, path in sets.items():
        if not path.exists():
            continue
        docs = ud_docs(path)
        t0 = time.perf_counter()
        pb: list[set[int]] = []
        pt: list[set[tuple[int, int]]] = []
        for d in docs:
            sents = seg.sentences(d.text, d.paragraphs)
            pb.append({s.start for s in sents} - {0})
            pt.append({(t.start, t.end) for s in sents for t in s.tokens})
        row: dict[str, Any] = {
            "docs": len(docs),
            "sentences": sum(len(d.boundaries) + 1 for d in docs),
            "boundary": _score_sets([d.boundaries for d in docs], pb),
            "token": _score_sets([d.tokens for d in docs], pt),
            "seconds": round(time.perf_counter() - t0, 2),
        }
        if nlp is not None:
            sb: list[set[int]] = []
            st: list[set[tuple[int, int]]] = []
            for d in docs:
                sd = nlp(d.text)
                sb.append({s.start_char for s in sd.sents if d.text[s.start_char :].strip()} - {0})
                st.append({(t.idx, t.idx + len(t.text)) for t in sd if not t.is_space})
            # spaCy starts a sentence at the newline token: normalise to the first non-space char
            sb = [{_skip_ws(d.text, b) for b in s} - {0} for d, s in zip(docs, sb, strict=True)]
            row["spacy_boundary"] = _score_sets([d.boundaries for d in docs], sb)
            row["spacy_token"] = _score_sets([d.tokens for d in docs], st)
        out[name] = row
    return out


def _skip_ws(text: str, i: int) -> int:
    while i < len(text) and text[i].isspace():
        i += 1
    return i


# ---------------------------------------------------------------- PFSA-ID


@dataclass(frozen=True, slots=True)
class PfsaDoc:
    text: str
    paragraphs: tuple[tuple[int, int], ...]
    spans: tuple[tuple[int, int, str], ...]  # (start, end, label)


def pfsa_docs(path: Path) -> list[PfsaDoc]:
    """Articles of a PFSA-ID CoNLL file: tokens joined by spaces, lines by newlines."""
    lines: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            if cur:
                lines.append(cur)
            cur = []
            continue
        parts = raw.split("\t")
        cur.append((parts[0], parts[-1] if len(parts) > 1 else "O"))
    if cur:
        lines.append(cur)
    articles: list[list[list[tuple[str, str]]]] = []
    for ln in lines:
        starts = len(ln) > 3 and ln[1][0] == "," and ln[2][0].isupper() and ln[3][0] in ("—", "-", "–")
        if starts or not articles:
            articles.append([])
        articles[-1].append(ln)
    docs: list[PfsaDoc] = []
    for art in articles:
        text = ""
        paras: list[tuple[int, int]] = []
        spans: list[tuple[int, int, str]] = []
        open_: dict[str, int] = {}
        for ln in art:
            if text:
                text += " "  # lines are sentences, not paragraphs
            ps = len(text)
            for i, (tok, lab) in enumerate(ln):
                if i:
                    text += " "
                s = len(text)
                text += tok
                e = len(text)
                if lab == "O" or "-" not in lab:
                    continue
                tag, name = lab.split("-", 1)
                if tag == "U":
                    spans.append((s, e, name))
                elif tag == "B":
                    open_[name] = s
                elif tag == "L" and name in open_:
                    spans.append((open_.pop(name), e, name))
                elif tag == "I" and name not in open_:
                    open_[name] = s
            paras.append((ps, len(text)))
        docs.append(PfsaDoc(text, ((0, len(text)),), tuple(spans)))
    return docs


def _strip_marks(text: str, s: int, e: int) -> tuple[int, int]:
    """Gold STATEMENT spans include quotation marks and final punctuation; compare the words."""
    while s < e and text[s] in " \"“”'‘’,.":
        s += 1
    while e > s and text[e - 1] in " \"“”'‘’,.":
        e -= 1
    return s, e


PFSA_FILES = ("pfsa-id-test_test-data.txt", "pfsa-id_dev-40.txt")


def eval_pfsa(data_dir: Path | None = None, files: Sequence[str] = PFSA_FILES) -> dict[str, Any]:
    """Direct quotes against STATEMENT spans, speakers against the statement's PERSON span.

    Two predictions: every direct quote (``all_quotes``), and the quotes whose speaker is a named
    public figure (``QuoteFinder.public_figure``; PFSA-ID labels only public figures' statements),
    which is the PFSA task and the headline ``statement``/``speaker``. ``speaker`` is attribution:
    the statement's person, named or resolved from "-nya", right when it shares a word with the
    gold person ("Menteri Keuangan Sri Mulyani" = "Sri Mulyani"). The published protocol
    (seqeval: exact entity spans, PERSON without its ROLE) scores mentions, not links:
    ``speaker_mention_exact`` compares the speaker spans named beside a cue (PERSON/PERSONCOREF
    within 80 characters of a CUE) with the predicted explicit speaker spans by exact offsets,
    ``speaker_mention_overlap`` the same sets by the half-overlap rule.
    """
    from warta.language.quotes import QuoteFinder, QuoteLexicon, resolve_surface
    from warta.language.segment import Segmenter

    base = require_data_dir(data_dir) / "pfsa-id"
    qf = QuoteFinder(QuoteLexicon.load())
    seg = Segmenter.load()
    out: dict[str, Any] = {}
    for fname in files:
        path = base / fname
        if not path.exists():
            continue
        # statement tp/gold/pred, speaker tp/gold/pred, speaker-mention exact tp/gold/pred, overlap tp
        agg = {k: [0] * 10 for k in ("all", "public")}
        matched = {k: [0, 0] for k in agg}  # speaker right, matched statements with a gold speaker
        for d in pfsa_docs(path):
            sents = seg.sentences(d.text, d.paragraphs, with_tokens=False)
            every = qf.find(d.text, sents)
            resolved = resolve_surface(qf, every, d.text)
            ordinary = qf.ordinary_people(d.text)
            gold = [_strip_marks(d.text, s, e) for s, e, lab in d.spans if lab == "STATEMENT"]
            gold_sp = [_pfsa_speaker(d, s, e) for s, e in gold]
            cues = [(s, e) for s, e, lab in d.spans if lab == "CUE"]
            gold_mentions = {(s, e) for s, e, lab in d.spans if lab in ("PERSON", "PERSONCOREF")
                             and any(ce <= s < ce + 80 or e <= cs < e + 80 for cs, ce in cues)}
            direct = [(q, n) for q, n in zip(every, resolved, strict=True) if q.kind == "direct"]
            for key, pairs in (("all", direct), ("public", [(q, n) for q, n in direct
                                                            if qf.public_figure(n, ordinary)])):
                a = agg[key]
                m = match_spans(gold, [(q.start, q.end) for q, _ in pairs])
                right = [(gi, pi) for gi, pi in m if gold_sp[gi] and pairs[pi][1]
                         and _same_person(gold_sp[gi] or "", pairs[pi][1] or "")]
                a[0] += len(m)
                a[1] += len(gold)
                a[2] += len(pairs)
                a[3] += len(right)
                a[4] += sum(1 for g in gold_sp if g)
                a[5] += sum(1 for _, n in pairs if n)
                spans = {(q.speaker_start, q.speaker_end) for q, _ in pairs if q.speaker_start >= 0 and not q.pronoun}
                a[6] += len(spans & gold_mentions)
                a[7] += len(gold_mentions)
                a[8] += len(spans)
                a[9] += sum(1 for g in match_spans(sorted(gold_mentions), sorted(spans)))
                matched[key][0] += len(right)
                matched[key][1] += sum(1 for gi, _ in m if gold_sp[gi])
        row: dict[str, Any] = {}
        for key, a in agg.items():
            row[key] = {"statement": prf(a[0], a[1], a[2]), "speaker": prf(a[3], a[4], a[5]),
                        "speaker_mention_exact": prf(a[6], a[7], a[8]),
                        "speaker_mention_overlap": prf(a[9], a[7], a[8]),
                        "speaker_accuracy_on_matched": round(matched[key][0] / matched[key][1], 4)
                        if matched[key][1] else 0.0}
        out[fname] = {**row.pop("public"), "all_quotes": row["all"]}
    return out


def _pfsa_speaker(d: PfsaDoc, s: int, e: int) -> str | None:
    """Gold speaker of a statement: the PERSON/PERSONCOREF after its cue, else (a "-nya" cue or
    a cue before the statement) the nearest PERSON/PERSONCOREF before it."""
    people = [(ps, pe) for ps, pe, lab in d.spans if lab in ("PERSON", "PERSONCOREF")]
    cue = next(((cs, ce, lab) for cs, ce, lab in d.spans if lab in ("CUE", "CUECOREF") and e <= cs < e + 15), None)
    if cue and cue[2] == "CUE":
        # the person named after the cue in the same sentence ("ucapnya . Simanjuntak melanjutkan"
        # names the next sentence's subject, not this statement's speaker)
        after = [p for p in people if cue[1] <= p[0] < cue[1] + 60 and " . " not in d.text[cue[1] : p[0]]]
        if after and d.text[after[0][0] : after[0][1]].lower() not in ("dia", "ia", "beliau"):
            return d.text[after[0][0] : after[0][1]]
    before = [p for p in people if p[1] <= s and d.text[p[0] : p[1]].lower() not in ("dia", "ia", "beliau")]
    return d.text[before[-1][0] : before[-1][1]] if before else None


def _same_person(gold: str, pred: str) -> bool:
    """Names sharing a word of three letters or more; apostrophes are part of a word ("Mu’ti")."""
    def words(name: str) -> set[str]:
        return {w.lower() for w in re.findall(r"\w{3,}", re.sub(r"['’]", "", name))}

    return bool(words(gold) & words(pred))


# ---------------------------------------------------------------- dev gold


def load_gold(path: Path = GOLD) -> list[dict[str, Any]]:
    return read_gold(path)


def _paragraphs(text: str) -> tuple[tuple[int, int], ...]:
    out: list[tuple[int, int]] = []
    for m in re.finditer(r"[^\n]+", text):
        if m.group().strip():
            out.append((m.start(), m.end()))
    return tuple(out)


def _published(value: str | None) -> date | None:
    if value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return date.fromisoformat(value)
    return None


def eval_gold(data_dir: Path | None = None, gold_path: Path = GOLD, verbose: bool = False) -> dict[str, Any]:
    from warta.eval.corpora import load_article
    from warta.language.dates import Calendar, DateFinder
    from warta.language.numbers import CountFinder, NumberLexicon
    from warta.language.quotes import QuoteFinder, QuoteLexicon
    from warta.language.segment import Segmenter

    ddir = require_data_dir(data_dir)
    seg = Segmenter.load()
    df = DateFinder(Calendar.load())
    cf = CountFinder(NumberLexicon.load())
    qf = QuoteFinder(QuoteLexicon.load())
    keys = ("d_gold", "d_pred", "d_tp", "d_val", "c_gold", "c_pred", "c_tp", "c_num", "c_what",
            "q_gold", "q_pred", "q_tp", "q_kind", "q_spk", "q_spk_n")
    agg = dict.fromkeys(keys, 0)
    misses: list[str] = []
    for rec in load_gold(gold_path):
        art = load_article(rec["corpus"], rec["id"], ddir)
        text = art.raw.text
        pub = _published(rec.get("published"))
        sents = seg.sentences(text, _paragraphs(text), with_tokens=False)
        dates = df.find(text, pub)
        counts = cf.find(text, sents, tuple(dates))
        quotes = qf.find(text, sents)
        names = qf.resolve(text, quotes)
        tag = f"{rec['corpus']}:{rec['id']}"

        gd = rec["dates"]
        m = match_spans([(g["start"], g["end"]) for g in gd], [(d.start, d.end) for d in dates])
        agg["d_gold"] += len(gd)
        agg["d_pred"] += len(dates)
        agg["d_tp"] += len(m)
        for gi, pi in m:
            ok = gd[gi]["value"] == dates[pi].value
            agg["d_val"] += ok
            if not ok and verbose:
                misses.append(f"{tag} date {text[gd[gi]['start']:gd[gi]['end']]!r} gold={gd[gi]['value']} got={dates[pi].value}")
        if verbose:
            hit = {gi for gi, _ in m}
            misses += [f"{tag} date MISS {text[g['start']:g['end']]!r}" for i, g in enumerate(gd) if i not in hit]

        gc = rec["counts"]
        m = match_spans([(g["start"], g["end"]) for g in gc], [(c.start, c.end) for c in counts])
        agg["c_gold"] += len(gc)
        agg["c_pred"] += len(counts)
        agg["c_tp"] += len(m)
        for gi, pi in m:
            got = counts[pi].value if counts[pi].value is not None else counts[pi].number
            agg["c_num"] += abs(gc[gi]["number"] - got) < 1e-9
            agg["c_what"] += gc[gi]["what"] == counts[pi].what
            if verbose and abs(gc[gi]["number"] - got) >= 1e-9:
                misses.append(f"{tag} count {text[gc[gi]['start']:gc[gi]['end']]!r} gold={gc[gi]['number']} got={got}")
        if verbose:
            hit = {gi for gi, _ in m}
            misses += [f"{tag} count MISS {text[max(0, g['start'] - 20):g['end'] + 20]!r} ({g['what']})"
                       for i, g in enumerate(gc) if i not in hit]

        gq = rec["quotes"]
        m = match_spans([(g["start"], g["end"]) for g in gq], [(q.start, q.end) for q in quotes])
        agg["q_gold"] += len(gq)
        agg["q_pred"] += len(quotes)
        agg["q_tp"] += len(m)
        agg["q_kind"] += sum(gq[gi]["kind"] == quotes[pi].kind for gi, pi in m)
        named = [(gi, pi) for gi, pi in m if gq[gi].get("speaker")]
        agg["q_spk_n"] += len(named)
        agg["q_spk"] += sum(1 for gi, pi in named if names[pi] and _same_person(gq[gi]["speaker"], names[pi] or ""))
        if verbose:
            hit = {gi for gi, _ in m}
            hp = {pi for _, pi in m}
            misses += [f"{tag} quote MISS {g['kind']} {text[max(0, g['start'] - 60):g['start']]!r}"
                       f"|{text[g['start']:g['end']][:80]!r}"
                       for i, g in enumerate(gq) if i not in hit]
            misses += [f"{tag} quote EXTRA {q.kind} {text[q.start:q.end][:80]!r}" for i, q in enumerate(quotes) if i not in hp]
    res: dict[str, Any] = {
        "dates": {**prf(agg["d_tp"], agg["d_gold"], agg["d_pred"]),
                  "value_accuracy": round(agg["d_val"] / agg["d_tp"], 4) if agg["d_tp"] else 0.0,
                  "value_recall": round(agg["d_val"] / agg["d_gold"], 4) if agg["d_gold"] else 0.0},
        "counts": {**prf(agg["c_tp"], agg["c_gold"], agg["c_pred"]),
                   "number_accuracy": round(agg["c_num"] / agg["c_tp"], 4) if agg["c_tp"] else 0.0,
                   "what_accuracy": round(agg["c_what"] / agg["c_tp"], 4) if agg["c_tp"] else 0.0},
        "quotes": {**prf(agg["q_tp"], agg["q_gold"], agg["q_pred"]),
                   "kind_accuracy": round(agg["q_kind"] / agg["q_tp"], 4) if agg["q_tp"] else 0.0,
                   "speaker_accuracy": round(agg["q_spk"] / agg["q_spk_n"], 4) if agg["q_spk_n"] else 0.0},
    }
    if verbose:
        res["misses"] = misses
    return res


def eval_langid(data_dir: Path | None = None, gold_path: Path = GOLD) -> dict[str, Any]:
    """Paragraph language id on the dev gold articles (all Indonesian): paragraphs of ≥ 8 words."""
    from collections import Counter

    from warta.eval.corpora import load_article
    from warta.language.langid import LanguageIdentifier

    ddir = require_data_dir(data_dir)
    ident = LanguageIdentifier(("id", "ms", "en"))
    docs: Counter[str] = Counter()
    paras: Counter[str] = Counter()
    for rec in load_gold(gold_path):
        text = load_article(rec["corpus"], rec["id"], ddir).raw.text
        docs[ident.identify(text[:5000])] += 1
        for p in text.split("\n"):
            if len(p.split()) >= 8:
                paras[ident.identify(p)] += 1
    n = sum(paras.values())
    return {"documents": dict(docs), "paragraphs": dict(paras),
            "paragraph_id_rate": round(paras["id"] / n, 4) if n else 0.0}


def eval_anchor(data_dir: Path | None = None, corpus: str = "detik2025") -> dict[str, Any]:
    """The story day inferred for undated articles (``DateFinder.anchor``), checked on articles whose
    publication date is known by removing it: how many anchor, and how far before publication."""
    from warta.eval.corpora import iter_corpus
    from warta.language.dates import Calendar, DateFinder

    finder = DateFinder(Calendar.load())
    buckets = dict.fromkeys(("same_or_previous_day", "2_to_7_days_before", "over_7_days_before", "after"), 0)
    articles = 0
    for art in iter_corpus(corpus, require_data_dir(data_dir), full=True):
        published = _published(art.raw.published_hint)
        if published is None:
            continue
        articles += 1
        day = finder.anchor(art.raw.text)
        if day is None:
            continue
        gap = (published - day).days
        key = ("after" if gap < 0 else "same_or_previous_day" if gap <= 1 else "2_to_7_days_before" if gap <= 7
               else "over_7_days_before")
        buckets[key] += 1
    return {"corpus": corpus, "articles": articles, "anchored": sum(buckets.values()), **buckets}


def evaluate(task: str = "all", data_dir: Path | None = None, verbose: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if task == "all":
        out["langid"] = eval_langid(data_dir)
    if task in ("sentences", "all"):
        out["sentences"] = eval_sentences(data_dir)
    if task in ("quotes", "dates", "counts", "all"):
        gold = eval_gold(data_dir, verbose=verbose)
        for k in ("dates", "counts", "quotes"):
            if task in (k, "all"):
                out[f"gold_{k}"] = gold[k]
        if verbose:
            out["misses"] = [m for m in gold["misses"] if task == "all" or f" {task[:-1]} " in m]
    if task in ("quotes", "all"):
        out["pfsa"] = eval_pfsa(data_dir)
    if task in ("dates", "all"):
        out["anchor"] = eval_anchor(data_dir)
    return out


def format_report(result: dict[str, Any]) -> str:
    lines: list[str] = []
    if "langid" in result:
        li = result["langid"]
        lines.append(f"langid dev-gold articles: documents {li['documents']}  paragraphs {li['paragraphs']}  "
                     f"paragraph id rate {li['paragraph_id_rate']:.4f}")
    for name, row in result.get("sentences", {}).items():
        b, t = row["boundary"], row["token"]
        s = (f"sentences {name:10s} docs={row['docs']:4d} sents={row['sentences']:5d}  boundary F1 {b['f1']:.4f} "
             f"(P {b['precision']:.4f} R {b['recall']:.4f})  token F1 {t['f1']:.4f}")
        if "spacy_boundary" in row:
            s += f"  | spaCy boundary F1 {row['spacy_boundary']['f1']:.4f} token F1 {row['spacy_token']['f1']:.4f}"
        lines.append(s)
    for name, res in result.get("pfsa", {}).items():
        for label, row in (("public figures", res), ("all quotes", res["all_quotes"])):
            st, sp, ex = row["statement"], row["speaker"], row["speaker_mention_exact"]
            lines.append(f"pfsa {name:28s} {label:14s} statement F1 {st['f1']:.4f} (P {st['precision']:.4f} "
                         f"R {st['recall']:.4f}, gold {st['gold']})  speaker F1 {sp['f1']:.4f} "
                         f"(P {sp['precision']:.4f} R {sp['recall']:.4f}, gold {sp['gold']})  speaker mention F1 exact "
                         f"{ex['f1']:.4f} / overlap {row['speaker_mention_overlap']['f1']:.4f}  "
                         f"speaker accuracy on matched {row['speaker_accuracy_on_matched']:.4f}")
    for k in ("dates", "counts", "quotes"):
        row = result.get(f"gold_{k}")
        if row:
            extra = "  ".join(f"{x} {row[x]:.4f}" for x in row if x.endswith(("accuracy", "value_recall")))
            lines.append(f"gold {k:7s} F1 {row['f1']:.4f} P {row['precision']:.4f} R {row['recall']:.4f} "
                         f"(gold {row['gold']}, pred {row['pred']})  {extra}")
    if "anchor" in result:
        a = result["anchor"]
        lines.append(f"undated-article anchor, {a['corpus']} ({a['articles']} articles, dates removed): anchored "
                     f"{a['anchored']}; same or previous day {a['same_or_previous_day']}, 2-7 days before "
                     f"{a['2_to_7_days_before']}, over 7 days before {a['over_7_days_before']}, after {a['after']}")
    for m in result.get("misses", []):
        lines.append("  " + m)
    return "\n".join(lines)
