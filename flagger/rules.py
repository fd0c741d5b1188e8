"""Loads and validates the knowledge files, and compiles them into matchers.

Files (all in ``flagger/data/``, JSON Lines, one record a line):

- ``classes/*.jsonl``        ``{"name": "DOC", "terms": ["passport", "birth certificate", ...]}``
- ``patterns/<id>.jsonl``    ``{"id": "holds-document", "pattern": "take|hold *3 @DOC"}`` with optional
                             ``"exclude": true`` (a veto: drops overlapping matches of this indicator),
                             ``"inverse": true`` (the phrase asserts the opposite, e.g. "has her own ID"),
                             ``"note"`` (why the rule exists)
- ``context/*.jsonl``        ConText triggers: ``{"pattern", "category", "direction", "max_scope"}``
- ``sectors.jsonl``          ``{"id": "agriculture", "label": ..., "patterns": [...]}``

Every problem in every file is collected and raised at once, naming file and line.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from flagger.datafiles import check_keys, data_path, read_jsonl
from flagger.errors import RuleFileError
from flagger.normalize import Normalizer
from flagger.patterns import Pattern, PatternMatcher, PatternSyntaxError, lemma_table, parse_pattern
from flagger.taxonomy import id_list_problem, indicator_ids

CATEGORIES = ("negated", "hypothetical", "historical", "other_person", "pseudo", "terminate",
              "answer_negative", "answer_positive", "question", "retraction")
DIRECTIONS = ("forward", "backward", "bidirectional", "none")
SCOPED = ("negated", "hypothetical", "historical", "other_person", "question")  # categories that reach targets


@dataclass(frozen=True)
class ContextRule:
    category: str
    direction: str
    max_scope: int | None
    inside: bool = False  # also applies to a target that contains the trigger
    # Like medspaCy's ConTextRule: the indicators the rule may modify (None = all) and those it never does.
    allowed_types: frozenset[str] | None = None
    excluded_types: frozenset[str] = frozenset()
    # An other-person trigger naming whom a clause happens *to* ("a guy on the crew got his papers taken"): it
    # does not reach a target that acts on someone ("a man from her town brought her here").
    experiencer: bool = False
    # A terminator that ends only some categories' scopes (None = every scope): "now" ends "used to ..." but not
    # "denies ...".
    ends: frozenset[str] | None = None
    # A trigger whose scope runs past terminators to the sentence's edge (still within max_scope): a claim taken
    # back after the clause that made it ("said they hold her passport, but today said that was wrong").
    crosses_terminators: bool = False

    def applies_to(self, indicator: str | None) -> bool:
        """Does this rule modify a mention of *indicator*? (``None``: a target of no particular indicator.)"""
        if indicator is None:
            return self.allowed_types is None and not self.excluded_types
        if self.allowed_types is not None and indicator not in self.allowed_types:
            return False
        return indicator not in self.excluded_types

    def without(self, other: ContextRule) -> ContextRule | None:
        """This rule, no longer reaching the indicators *other* applies to; None when nothing is left.

        How a pseudo-trigger for some indicators cancels an overlapping trigger: "cousin's boyfriend" (pseudo for
        the control indicators) keeps "cousin's" other-person for a threat, and drops it for a debt."""
        if other.allowed_types is None and not other.excluded_types:
            return None
        if other.allowed_types is not None:
            rule = replace(self, excluded_types=self.excluded_types | (other.allowed_types - other.excluded_types))
        else:  # other applies to every indicator except its excluded ones: only those stay
            keep = other.excluded_types if self.allowed_types is None else self.allowed_types & other.excluded_types
            rule = replace(self, allowed_types=frozenset(keep))
        if rule.allowed_types is not None and not (rule.allowed_types - rule.excluded_types):
            return None
        return rule


@dataclass
class KnowledgeBase:
    """Everything the rule-based half of flagger knows, compiled."""

    indicators: PatternMatcher
    excludes: PatternMatcher
    context: PatternMatcher
    sectors: PatternMatcher
    vocabulary: frozenset[str]
    normalizer: Normalizer
    # One-word terms of the word classes (@DOC, @CONTROLLER, ...) -> the classes naming them: what the classifier
    # knows of the patterns' vocabulary ("pasaporte" and "green card" both read as a document).
    word_classes: dict[str, tuple[str, ...]]


def load_classes(folder: Path, problems: list[str]) -> dict[str, list[str]]:
    classes: dict[str, list[str]] = {}
    for path, lineno, rec in _records(folder, problems):
        where = f"classes/{path.name}:{lineno}"
        if not check_keys(rec, where=where, required={"name", "terms"}, allowed={"name", "terms", "note"},
                          problems=problems):
            continue
        if rec["name"] in classes:
            problems.append(f"{where}: word class {rec['name']!r} defined twice")
        terms = rec["terms"]
        if not isinstance(terms, list) or not all(isinstance(t, str) and t.strip() for t in terms):
            problems.append(f"{where}: 'terms' must be a list of non-empty strings")
            continue
        classes[rec["name"]] = [t.lower() for t in terms]
    return classes


def _compile(source: object, *, rule: str, label: str, where: str, classes: dict[str, list[str]],
             tokenize: Callable[[str], list[str]], problems: list[str], meta: dict | None = None) -> Pattern | None:
    if not isinstance(source, str):
        problems.append(f"{where}: 'pattern' must be a string")
        return None
    try:
        elements = parse_pattern(source, classes=classes, tokenize=tokenize)
    except PatternSyntaxError as e:
        problems.append(f"{where}: rule {rule!r}: {e}")
        return None
    return Pattern(rule=rule, label=label, elements=elements, meta=meta or {})


def load_indicator_patterns(folder: Path, classes: dict[str, list[str]], tokenize: Callable[[str], list[str]],
                            problems: list[str]) -> tuple[list[Pattern], list[Pattern]]:
    known = indicator_ids()
    targets: list[Pattern] = []
    excludes: list[Pattern] = []
    for path in sorted(folder.glob("*.jsonl")):
        indicator = path.stem
        if indicator not in known:
            problems.append(f"{path.name}: file name must be an indicator id (known: {', '.join(known)})")
            continue
        seen: set[str] = set()
        for lineno, rec in read_jsonl(path, problems):
            where = f"patterns/{path.name}:{lineno}"
            if not check_keys(rec, where=where, required={"id", "pattern"},
                              allowed={"id", "pattern", "exclude", "inverse", "note"}, problems=problems):
                continue
            rule = f"{indicator}/{rec['id']}"
            if rule in seen:
                problems.append(f"{where}: rule id {rec['id']!r} used twice in this file")
            seen.add(rule)
            meta = {"inverse": bool(rec.get("inverse", False))}
            pattern = _compile(rec["pattern"], rule=rule, label=indicator, where=where, classes=classes,
                               tokenize=tokenize, problems=problems, meta=meta)
            if pattern is not None:
                (excludes if rec.get("exclude") else targets).append(pattern)
    return targets, excludes


def load_context_rules(folder: Path, classes: dict[str, list[str]], tokenize: Callable[[str], list[str]],
                       problems: list[str]) -> list[Pattern]:
    rules: list[Pattern] = []
    for path, lineno, rec in _records(folder, problems):
        where = f"context/{path.name}:{lineno}"
        if not check_keys(rec, where=where, required={"pattern", "category"},
                          allowed={"pattern", "category", "direction", "max_scope", "inside", "allowed_types",
                                   "excluded_types", "experiencer", "ends", "crosses_terminators", "note"},
                          problems=problems):
            continue
        category, direction = rec["category"], rec.get("direction", "forward")
        reported = len(problems)
        allowed, excluded = (_indicator_list(rec, key, where, problems) for key in ("allowed_types", "excluded_types"))
        if (allowed is not None or excluded) and category not in SCOPED + ("pseudo", "retraction"):
            problems.append(f"{where}: allowed_types / excluded_types apply to scope triggers "
                            f"({', '.join(SCOPED)}), pseudo-triggers and retractions, not to {category!r}")
        ends = rec.get("ends")
        if ends is not None and (category != "terminate" or not isinstance(ends, list) or not ends
                                 or not set(ends) <= set(SCOPED)):
            problems.append(f"{where}: 'ends' belongs to a terminator and lists scope categories "
                            f"({', '.join(SCOPED)})")
        crosses = rec.get("crosses_terminators", False)
        if not isinstance(crosses, bool) or (crosses and category not in SCOPED):
            problems.append(f"{where}: 'crosses_terminators' is true or false, and only for scope triggers "
                            f"({', '.join(SCOPED)})")
        if len(problems) > reported:
            continue
        max_scope = rec.get("max_scope")
        if category not in CATEGORIES:
            problems.append(f"{where}: category {category!r} is not one of {', '.join(CATEGORIES)}")
            continue
        if direction not in DIRECTIONS:
            problems.append(f"{where}: direction {direction!r} is not one of {', '.join(DIRECTIONS)}")
            continue
        if max_scope is not None and (not isinstance(max_scope, int) or max_scope < 1):
            problems.append(f"{where}: max_scope must be a positive whole number or null")
            continue
        meta = {"context": ContextRule(category, direction, max_scope, bool(rec.get("inside", False)),
                                       None if allowed is None else frozenset(allowed), frozenset(excluded or ()),
                                       bool(rec.get("experiencer", False)),
                                       None if ends is None else frozenset(ends), crosses)}
        pattern = _compile(rec["pattern"], rule=f"context/{path.stem}/{lineno}", label=category, where=where,
                           classes=classes, tokenize=tokenize, problems=problems, meta=meta)
        if pattern is not None:
            rules.append(pattern)
    return rules


def _indicator_list(rec: dict, key: str, where: str, problems: list[str]) -> list[str] | None:
    """A context rule's ``allowed_types`` / ``excluded_types``: known indicator ids, or None when absent or wrong."""
    if key not in rec:
        return None
    problem = id_list_problem(rec[key], key, set(indicator_ids()), non_empty=True)
    if problem:
        problems.append(f"{where}: {problem}")
        return None
    return rec[key]


def _records(folder: Path, problems: list[str]) -> Iterator[tuple[Path, int, dict]]:
    """Every record of every ``*.jsonl`` file in *folder*, with its file and line."""
    for path in sorted(folder.glob("*.jsonl")):
        for lineno, rec in read_jsonl(path, problems):
            yield path, lineno, rec


def load_sectors(path: Path, classes: dict[str, list[str]], tokenize: Callable[[str], list[str]],
                 problems: list[str]) -> list[Pattern]:
    patterns: list[Pattern] = []
    for lineno, rec in read_jsonl(path, problems):
        where = f"{path.name}:{lineno}"
        if not check_keys(rec, where=where, required={"id", "label", "patterns"},
                          allowed={"id", "label", "patterns", "note"}, problems=problems):
            continue
        for n, source in enumerate(rec["patterns"]):
            pattern = _compile(source, rule=f"sector/{rec['id']}/{n}", label=rec["id"], where=where,
                               classes=classes, tokenize=tokenize, problems=problems)
            if pattern is not None:
                patterns.append(pattern)
    return patterns


def load_knowledge(tokenize: Callable[[str], list[str]], *, data_dir: Path | None = None) -> KnowledgeBase:
    """Load, validate and compile every knowledge file; raise RuleFileError listing all problems."""
    folder = data_dir or data_path()
    problems: list[str] = []
    classes = load_classes(folder / "classes", problems)
    targets, excludes = load_indicator_patterns(folder / "patterns", classes, tokenize, problems)
    context = load_context_rules(folder / "context", classes, tokenize, problems)
    sectors = load_sectors(folder / "sectors.jsonl", classes, tokenize, problems)
    if problems:
        raise RuleFileError(problems)
    indicators, vetoes, triggers = PatternMatcher(targets), PatternMatcher(excludes), PatternMatcher(context)
    # Every word a rule names, vetoes included: the typo step must not turn a veto's word into a pattern's
    # ("Hooper's Island" read as "hooker").
    vocabulary = indicators.vocabulary | vetoes.vocabulary | triggers.vocabulary
    table = lemma_table()
    normalizer = Normalizer(vocabulary, set(table) | set(table.values()))
    return KnowledgeBase(indicators=indicators, excludes=vetoes, context=triggers,
                         sectors=PatternMatcher(sectors), vocabulary=vocabulary,
                         normalizer=normalizer, word_classes=word_class_index(classes))


# Function words some classes list for the patterns' sake ("he" as a controller, "her" as the client) say nothing
# about a class to the classifier.
CLASS_STOPWORDS = frozenset("a an the he she they him her his them it to of in on at for and or but with is was are "
                            "were be been has had have i you we my your our their this that someone me us not no"
                            .split())


def word_class_index(classes: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    """Each one-word class term (not a function word) -> the names of the classes that list it, sorted."""
    index: dict[str, set[str]] = {}
    for name, terms in classes.items():
        for term in terms:
            word = term.lstrip("=")
            if " " not in word and word not in CLASS_STOPWORDS:
                index.setdefault(word, set()).add(name)
    return {w: tuple(sorted(names)) for w, names in sorted(index.items())}


@lru_cache(maxsize=1)
def default_knowledge() -> KnowledgeBase:
    """The shipped knowledge, compiled with flagger's tokenizer (once per process)."""
    from flagger.tokenizer import make_tokenize

    return load_knowledge(make_tokenize())
