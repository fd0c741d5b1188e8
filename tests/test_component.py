"""The spaCy-native core: components in a user's own pipeline, spans and extension attributes."""

from __future__ import annotations

import spacy

import flagger


def test_components_work_in_a_users_pipeline() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("flagger_sentences")
    nlp.add_pipe("flagger_indicators")
    doc = nlp("Her employer keeps her passport. She denies owing him money.")
    spans = list(doc.spans["indicators"])
    labels = {(s.label_, s._.flagger_assertion) for s in spans}
    assert ("document_confiscation", "affirmed") in labels
    passport = next(s for s in spans if s.label_ == "document_confiscation")
    assert passport._.flagger_rule.startswith("document_confiscation/")
    assert 0 < passport._.flagger_score <= 1
    assert passport._.flagger_source == "pattern"
    assert isinstance(doc._.flagger_sectors, list)


def test_two_indicators_on_the_same_words_keep_their_own_annotations() -> None:
    """spaCy keys plain span extensions by character offsets only; flagger's are kept per indicator too."""
    from spacy.tokens import Span

    from flagger.component import _annotate, register_extensions

    register_extensions()
    doc = spacy.blank("en")("he says ICE will take her if she talks")
    threat, fear = Span(doc, 0, 9, label="threats"), Span(doc, 0, 9, label="fear_of_authorities")
    _annotate(threat, "affirmed", "threats/if-cond-then", [])
    _annotate(fear, "hypothetical", "fear_of_authorities/told-deported", [])
    assert (threat._.flagger_assertion, threat._.flagger_rule) == ("affirmed", "threats/if-cond-then")
    assert (fear._.flagger_assertion, fear._.flagger_rule) == ("hypothetical", "fear_of_authorities/told-deported")
    assert Span(doc, 0, 9, label="minor")._.flagger_assertion is None


def test_components_are_registered_as_entry_points() -> None:
    from importlib.metadata import entry_points

    names = {ep.name for ep in entry_points(group="spacy_factories")}
    assert {"flagger_indicators", "flagger_sentences"} <= names


def test_custom_spans_key() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("flagger_sentences")
    nlp.add_pipe("flagger_indicators", config={"spans_key": "trafficking"})
    doc = nlp("The boss took her passport.")
    assert [s.label_ for s in doc.spans["trafficking"]] == ["document_confiscation"]


def test_pipe_equals_check(rules) -> None:
    texts = ["The boss took her passport.", "", "She owes the recruiter $2000.", "Nothing to report."] * 3
    piped = [r.to_dict() for r in rules.pipe(texts, batch_size=4)]
    single = [rules.check(t).to_dict() for t in texts]
    assert piped == single
    assert piped[1]["error"] == "empty note"


def test_pipe_as_tuples_passes_context_through(rules) -> None:
    out = list(rules.pipe([("The boss took her passport.", {"row": 7})], as_tuples=True))
    assert out[0][1] == {"row": 7}
    assert out[0][0].present == ["document_confiscation"]


def test_memory_zone_keeps_note_words_out_of_the_vocabulary(rules) -> None:
    word = "Zqxvbnmunique"
    rules.check(f"{word} took her passport.")
    assert word not in rules.nlp.vocab.strings


def test_huge_note_is_processed_in_pieces_with_correct_offsets(rules) -> None:
    filler = "Client attended the appointment and discussed housing.\n" * 4000
    text = filler + "The boss took her passport.\n" + filler
    result = rules.check(text)
    flags = [f for f in result.flags if f.indicator == "document_confiscation"]
    assert len(flags) == 1
    assert text[flags[0].start:flags[0].end] == flags[0].text


def test_non_text_input_is_an_error_result(rules) -> None:
    result = next(rules.pipe([None]))  # type: ignore[list-item]
    assert result.error and "not text" in result.error


def test_alert_minor_commercial_sex(rules) -> None:
    result = rules.check("16yo F. 16 y/o client says she has to see dates every night for her bf.")
    assert {"minor", "commercial_sex"} <= set(result.present)
    assert result.alerts == ["minor_commercial_sex"]
    result = rules.check("The boss took her passport.")
    assert result.alerts == []


def test_load_indicators_matches_the_spec() -> None:
    ids = [i.id for i in flagger.load_indicators()]
    assert len(ids) == 18 and len(set(ids)) == 18
    assert all(i.question for i in flagger.load_indicators())
