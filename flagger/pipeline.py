"""``Flagger``: the library entry point that every interface (CLI, batch, web) calls.

It owns one spaCy pipeline (blank English + ``flagger_sentences`` +
``flagger_indicators``) and, when the shipped model loads, the sentence classifier
whose evidence is fused with the patterns. Everything is built before the first
note is seen, and notes are processed inside ``nlp.memory_zone()`` so that no
note text stays in the vocabulary and long runs do not grow.
"""

from __future__ import annotations

import logging
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any, overload

from spacy.tokens import Doc, Span

from flagger.component import SPANS_KEY, IndicatorComponent, register_extensions
from flagger.patterns import word_shares
from flagger.results import Cue, Flag, NoteResult
from flagger.sentences import sentence_bounds
from flagger.summary import alerts, amp_summary, follow_up, present_indicators
from flagger.taxonomy import load_indicators
from flagger.tokenizer import make_nlp, warm_cache

logger = logging.getLogger(__name__)

MODES = ("recall", "balanced", "precision")  # thresholds tuned for F2, F1, F0.5; recall is the default
CHUNK_CHARS = 100_000  # longer notes are processed in pieces split at line breaks


class Flagger:
    """Checks case notes for trafficking indicators. Build once, call many times."""

    def __init__(self, *, model: Any = None, mode: str = "recall", warnings: Iterable[str] = ()) -> None:
        if mode not in MODES:
            raise ValueError(f"mode must be one of {', '.join(MODES)}, got {mode!r}")
        register_extensions()
        self.nlp = make_nlp()
        self.nlp.add_pipe("flagger_sentences")
        self.component: IndicatorComponent = self.nlp.add_pipe("flagger_indicators")
        self.nlp.max_length = CHUNK_CHARS * 2
        # The words case notes use most, and those the patterns name: shipped data, never note text.
        warm_cache(self.nlp, word_shares(), self.component.kb.vocabulary)
        self.indicators = {i.id: i for i in load_indicators()}
        self.model = model
        if model is not None:
            model.bind(self.component)
        self.mode = mode
        self.warnings = list(warnings)

    @property
    def model_name(self) -> str | None:
        return getattr(self.model, "name", None)

    def check(self, text: str, *, id: str | None = None, meta: dict[str, Any] | None = None,
              mode: str | None = None) -> NoteResult:
        """Check one note."""
        result = next(self.pipe([text], mode=mode))
        result.id, result.meta = id, dict(meta or {})
        return result

    @overload
    def pipe(self, texts: Iterable[str], *, batch_size: int = ..., as_tuples: bool = ...,
             mode: str | None = ...) -> Iterator[NoteResult]: ...

    @overload
    def pipe(self, texts: Iterable[tuple[str, Any]], *, batch_size: int = ..., as_tuples: bool = ...,
             mode: str | None = ...) -> Iterator[tuple[NoteResult, Any]]: ...

    def pipe(self, texts: Iterable[Any], *, batch_size: int = 256, as_tuples: bool = False,
             mode: str | None = None) -> Iterator[Any]:
        """Check a stream of notes, in order; results equal ``check()``'s. ``as_tuples``: (text, context) pairs."""
        mode = mode or self.mode
        if mode not in MODES:
            raise ValueError(f"mode must be one of {', '.join(MODES)}, got {mode!r}")
        items = iter(texts)
        while batch := list(islice(items, batch_size)):
            pairs = batch if as_tuples else [(t, None) for t in batch]
            results = self._check_batch([t for t, _ in pairs], mode)
            if as_tuples:
                yield from zip(results, (c for _, c in pairs))
            else:
                yield from results

    def _check_batch(self, texts: list[Any], mode: str) -> list[NoteResult]:
        results: list[NoteResult | None] = [None] * len(texts)
        short: list[int] = []
        for i, text in enumerate(texts):
            problem = _input_problem(text)
            if problem:
                results[i] = self._failed(problem)
            elif len(text) > CHUNK_CHARS:
                results[i] = self._check_long(text, mode)
            else:
                short.append(i)
        with self.nlp.memory_zone():
            docs = list(self.nlp.pipe(texts[i] for i in short))
            flag_lists = self._flags(docs, mode, [texts[i] for i in short])
            for i, doc, flags in zip(short, docs, flag_lists):
                results[i] = self._result(texts[i], flags, doc._.flagger_sectors or [])
        return results  # type: ignore[return-value]

    def _check_long(self, text: str, mode: str) -> NoteResult:
        """A huge note: process line-aligned pieces and shift offsets back into the whole text."""
        flags: list[Flag] = []
        sectors: set[str] = set()
        for offset, piece in _pieces(text, CHUNK_CHARS):
            with self.nlp.memory_zone():
                doc = self.nlp(piece)
                for f in self._flags([doc], mode, [piece])[0]:
                    flags.append(_shifted(f, offset))
                sectors.update(doc._.flagger_sectors or [])
        return self._result(text, flags, sorted(sectors))

    def _flags(self, docs: list[Doc], mode: str, texts: list[str]) -> list[list[Flag]]:
        pattern_flags = []
        for doc in docs:
            spans = doc.spans[SPANS_KEY]
            bounds = _sentence_bounds(doc) if len(spans) else []
            pattern_flags.append([self._flag(span, bounds) for span in spans])
        if self.model is None:
            return pattern_flags
        return self.model.fuse(docs, pattern_flags, mode=mode, labels=self.indicators, texts=texts)

    def _flag(self, span: Span, bounds: list[tuple[int, int, int]]) -> Flag:
        _, sent_start, sent_end = bounds[bisect_right(bounds, (span.start, 1 << 62, 0)) - 1]
        ext = span._  # each ``span._`` makes a new object: one for the five
        return Flag(
            indicator=span.label_, label=self.indicators[span.label_].label,
            start=span.start_char, end=span.end_char, text=span.text,
            sentence_start=sent_start, sentence_end=sent_end,
            assertion=ext.flagger_assertion, source=ext.flagger_source, score=ext.flagger_score,
            rule=ext.flagger_rule,
            cues=[Cue(c.text, c.start_char, c.end_char, _cue_status(c.label_)) for c in ext.flagger_cues],
        )

    def _result(self, text: str, flags: list[Flag], sectors: list[str]) -> NoteResult:
        flags.sort(key=lambda f: (f.start, f.end, f.indicator))
        present = present_indicators(flags)
        return NoteResult(
            id=None, text=text, flags=flags, present=present, amp=amp_summary(present, self.indicators),
            alerts=alerts(present), follow_up=follow_up(present, self.indicators), sectors=sectors,
            warnings=list(self.warnings), model=self.model_name,
        )

    def _failed(self, problem: str) -> NoteResult:
        result = NoteResult.failed(problem)
        result.warnings = list(self.warnings)
        result.model = self.model_name
        return result


def _sentence_bounds(doc: Doc) -> list[tuple[int, int, int]]:
    """(first token, start char, end char) of each sentence, for bisecting (``Span.sent`` per flag is slow)."""
    return [(s, doc[s].idx, doc[e - 1].idx + len(doc[e - 1])) for s, e in sentence_bounds(doc)]


def _cue_status(category: str) -> str:
    return {"answer_negative": "negated", "answer_positive": "affirmed", "question": "hypothetical"}.get(
        category, category)


def _input_problem(text: Any) -> str | None:
    if not isinstance(text, str):
        return f"note is {type(text).__name__}, not text"
    if not text.strip():
        return "empty note"
    return None


def _pieces(text: str, size: int) -> Iterator[tuple[int, str]]:
    start = 0
    while start < len(text):
        end = min(start + size, len(text))
        if end < len(text):
            cut = text.rfind("\n", start + size // 2, end)
            end = cut + 1 if cut > 0 else end
        yield start, text[start:end]
        start = end


def _shifted(flag: Flag, offset: int) -> Flag:
    flag.start += offset
    flag.end += offset
    flag.sentence_start += offset
    flag.sentence_end += offset
    flag.cues = [Cue(c.text, c.start + offset, c.end + offset, c.assertion) for c in flag.cues]
    return flag


def load(*, mode: str = "recall", model: str | None = "default", rules_only: bool = False) -> Flagger:
    """The shipped default: rules plus the trained model when it is present and verified.

    A missing or unverifiable model falls back to rules only, with a warning in every result.
    """
    if rules_only or model is None:
        return Flagger(mode=mode)
    from flagger.model.persistence import load_model_or_warn

    fused, warnings = load_model_or_warn(model)
    for w in warnings:
        logger.warning(w)
    return Flagger(model=fused, mode=mode, warnings=warnings)
