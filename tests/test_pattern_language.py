"""The pattern language of flagger/patterns.py: what a pattern author writes is what matches."""

from __future__ import annotations

import pytest

from flagger.patterns import Pattern, PatternMatcher, parse_pattern
from flagger.tokenizer import make_nlp, make_tokenize

TOKENIZE = make_tokenize()
NLP = make_nlp()


def matches(pattern: str, text: str) -> list[str]:
    """The texts of the pattern's matches in *text*."""
    matcher = PatternMatcher([Pattern("t/1", "t", parse_pattern(pattern, classes={"DOC": ["passport", "id"]},
                                                                 tokenize=TOKENIZE))])
    doc = NLP(text)
    forms = [t.lower_ for t in doc]
    return [doc[m.start:m.end].text for m in matcher(forms, 0, len(forms))]


@pytest.mark.parametrize(("pattern", "text", "expected"), [
    ("take *3 @DOC", "The boss took her passport.", ["took her passport"]),      # inflection, gap, class
    ("take *3 @DOC", "He is taking their ID cards.", ["taking their ID"]),
    ("=take *3 @DOC", "The boss took her passport.", []),                      # '=' is the exact form only
    ("=i'm ?not =16", "I'm 16.", ["I'm 16"]),
    ("=i ='m =16", "I'm 16.", ["I'm 16"]),   # a bare clitic matches the token a note's "I'm" gives
    ("=we ='ve =got", "We've got her papers.", ["We've got"]),
    ("have @DOC", "The boss has passport and ID of every worker.", ["has passport"]),
    ("have @DOC", "The pt's passport is at home.", []),   # a possessive 's is not "has"
])
def test_a_pattern_matches_what_its_author_wrote(pattern: str, text: str, expected: list[str]) -> None:
    assert matches(pattern, text) == expected


# -- typo repair ------------------------------------------------------------------------------------------------

def test_hurried_typos_are_read_as_the_pattern_word_and_english_words_are_left_alone() -> None:
    from flagger.normalize import Normalizer

    n = Normalizer(["passport", "threatened", "take"], ["taking", "passed", "cousin", "nothing"])
    assert n.forms(["pasport", "threatend", "passed", "cousin"]) == ["passport", "threatened", "passed", "cousin"]
    # a dropped final g is put back when the -ing form is an English word
    assert n.forms(["takin", "nothin", "cousin", "kevin"]) == ["taking", "nothing", "cousin", "kevin"]


def test_a_word_a_veto_names_is_not_repaired_into_a_pattern_word() -> None:
    """"Hooper" is one letter from "hooker": the veto that names it must see it, so no flag."""
    from flagger.rules import default_knowledge

    kb = default_knowledge()
    assert kb.normalizer.forms(["hooper", "threatenned"]) == ["hooper", "threatened"]


def test_a_question_mark_after_a_word_is_refused_with_where_it_goes() -> None:
    """'=the?' reads like an optional 'the' but would be a word no note contains: refused at load."""
    from flagger.patterns import PatternSyntaxError

    with pytest.raises(PatternSyntaxError, match=r"'\?=the'"):
        parse_pattern("=transported =to =the? =hospital", classes={}, tokenize=make_tokenize())
    assert parse_pattern("=asked =? ?=the =hospital", classes={}, tokenize=make_tokenize())  # '?' itself is fine


def test_every_rule_file_ends_with_a_newline() -> None:
    """A rule appended to a file without a final newline joins its last line, and the knowledge no longer loads."""
    from flagger.datafiles import data_path

    files = sorted(data_path().rglob("*.jsonl"))
    assert files
    assert [f.name for f in files if not f.read_bytes().endswith(b"\n")] == []
