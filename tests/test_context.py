"""Assertion status: every case the core issue lists, as a table (text, indicator, expected status)."""

from __future__ import annotations

import pytest

from tests.conftest import statuses

CASES = [
    # affirmed by default
    ("Her employer keeps her passport.", "document_confiscation", "affirmed"),
    ("Her passport was taken by the boss.", "document_confiscation", "affirmed"),
    # negation
    ("Client denies that anyone holds her ID.", "document_confiscation", "negated"),
    ("She does not owe her employer any money.", "debt_bondage", "negated"),
    ("Cl never owed the boss anything.", "debt_bondage", "negated"),
    ("No one took her passport.", "document_confiscation", "negated"),
    ("She came without any debt to the recruiter.", "debt_bondage", "negated"),
    ("Her boss no longer keeps her passport.", "document_confiscation", "negated"),
    # the client holds her own documents: the inverse phrase is negated
    ("Cl has her own passport.", "document_confiscation", "negated"),
    # hypotheticals and fears
    ("She worries he might take her passport.", "document_confiscation", "hypothetical"),
    ("If she leaves, he will take her passport.", "document_confiscation", "hypothetical"),
    ("CW asked whether she owes money to the employer.", "debt_bondage", "hypothetical"),
    ("Did anyone take your passport?", "document_confiscation", "hypothetical"),
    # a threat is affirmed; what is threatened is hypothetical
    ("He threatened to take her passport.", "document_confiscation", "hypothetical"),
    # screening answers
    ("Q: Do you owe your employer money? A: no", "debt_bondage", "negated"),
    ("Q: Do you owe your employer money?\nA: yes, about $3,000", "debt_bondage", "affirmed"),
    ("Q: Are you in possession of your legal ID? A: yes", "document_confiscation", "negated"),
    # other people
    ("Her cousin's passport was taken by the same boss.", "document_confiscation", "other_person"),
    ("The other workers owe the crew leader for the trip.", "debt_bondage", "other_person"),
    # history
    ("In 2019 her employer took her passport.", "document_confiscation", "historical"),
    ("She used to owe the recruiter money for the visa.", "debt_bondage", "historical"),
    ("Previously, the boss kept her passport.", "document_confiscation", "historical"),
    # pseudo-triggers and scope limits
    ("Not only did he take her passport, he also hit her.", "document_confiscation", "affirmed"),
    ("She was not paid, and her boss keeps her passport.", "document_confiscation", "affirmed"),
    ("She denies drug use but her boss keeps her passport.", "document_confiscation", "affirmed"),
]


@pytest.mark.parametrize(("text", "indicator", "expected"), CASES)
def test_assertion_status(rules, text: str, indicator: str, expected: str) -> None:
    result = rules.check(text)
    assert statuses(result, indicator) == [expected], [f.to_dict() for f in result.flags]


def test_present_only_for_affirmed_and_historical(rules) -> None:
    for text, indicator, expected in CASES:
        result = rules.check(text)
        assert (indicator in result.present) == (expected in ("affirmed", "historical")), text


def test_cues_name_the_trigger(rules) -> None:
    text = "Client denies that anyone holds her ID."
    flag = rules.check(text).flags[0]
    assert [c.text for c in flag.cues] == ["denies"]
    assert all(text[c.start:c.end] == c.text for c in flag.cues)


MORE_CASES = [
    # a relative who acts on the client is not "someone else's experience"
    ("Her father hit her with a belt.", "physical_violence", "affirmed"),
    ("Her sister was beaten by the same man.", "physical_violence", "other_person"),
    # an inverse phrase is not flipped by a negation that belongs to another clause
    ("Denies owing money, has her own passport.", "document_confiscation", "negated"),
    ("She does not have her own passport.", "document_confiscation", "affirmed"),
    # a question's scope ends where the answer begins
    ("Asked if anyone hurt her, she said he choked her last week.", "physical_violence", "affirmed"),
    # curly apostrophes, as word processors write them
    ("She can’t leave the house without him.", "movement_control", "affirmed"),
    # checklists and form fields answered after their label
    ("Q3 Owe employer money? - N", "debt_bondage", "negated"),
    ("Q3. Do you owe your employer money? N", "debt_bondage", "negated"),
    ("Q4 Does anyone hold your ID? - Y (boss has it)", "document_confiscation", "affirmed"),
    ("Owes employer money: N", "debt_bondage", "negated"),
    ("Owes employer money: Y", "debt_bondage", "affirmed"),
    ("Screen: ID held by other - no; locked in - yes", "document_confiscation", "negated"),
    ("Screen: ID held by other - no; locked in - yes", "movement_control", "affirmed"),
    ("Locked in: neg. Passport: employer has it.", "movement_control", "negated"),
    ("Locked in: neg. Passport: employer has it.", "document_confiscation", "affirmed"),
    # someone else as the subject things happen to, without a possessive
    ("Mentioned a guy on another crew got his papers taken by the contractor.", "document_confiscation",
     "other_person"),
    ("One girl on the crew was 16, pt worried about her.", "minor", "other_person"),
    ("Brother was burned with cigarettes for coming back short.", "physical_violence", "other_person"),
    ("Cousin gets sold online by a guy named Pharaoh.", "commercial_sex", "other_person"),
    # ... but not someone who acts on the client
    ("A man on the bus took her passport.", "document_confiscation", "affirmed"),
    # what someone wants or pushes the client to do has not happened; a rule-out is a question
    ("He wants her to go on dates with his friends for money.", "commercial_sex", "hypothetical"),
    ("Boyfriend is pressuring her to hand over all the money she makes.", "earnings_control", "hypothetical"),
    ("r/o labor trafficking: passport held by employer", "document_confiscation", "hypothetical"),
    ("He wants to know where she is, and he took her passport.", "document_confiscation", "affirmed"),
    # a group named apart from the client
    ("They give the night guys pills to stay up, not us.", "substance_coercion", "other_person"),
    ("A group of Hondurans had their passports taken by the owner.", "document_confiscation", "other_person"),
    ("The older guy she stays with keeps her passport.", "document_confiscation", "affirmed"),
    # doubt and concern, before or after the statement
    ("Concern that cl is being coached by someone from the spa.", "scripted_account", "hypothetical"),
    ("Pt states an older guy gave her the pills, unclear if ongoing.", "substance_coercion", "hypothetical"),
    ("Grandma is afraid from how she talked that he's hitting her too.", "physical_violence", "hypothetical"),
    ("FEMALES POSS UNDERAGE IN AND OUT OF RM 305.", "minor", "hypothetical"),
    ("Screen neg for anyone holding her passport.", "document_confiscation", "negated"),
    # a hyphen inside a word ends no clause; a parent's ex- or then-partner acts on the client
    ("A girl at the walk-in was beaten by the manager.", "physical_violence", "other_person"),
    ("Her mother's ex-boyfriend took her to motels in two cities.", "recruitment_or_transport", "affirmed"),
    ("Mom's then-boyfriend cashed her checks and kept the money.", "earnings_control", "affirmed"),
    # a negation inside a longer trigger of another category is part of it
    ("Not sure whether the boss keeps her passport.", "document_confiscation", "hypothetical"),
    # a field answer and a trigger facing the other way are both kept
    ("Asked screening Qs: denies ever trading sex for money.", "commercial_sex", "negated"),
    # a first account the note corrects: "at first said ...", "initially reported ..."
    ("At first said the manager keeps her passport; later clarified she has it.", "document_confiscation",
     "negated"),
    ("Client initially reported that her employer would not let her quit.", "forced_labor", "negated"),
    ("Said initially \"they lock us in at night\", then explained the gate code.", "movement_control", "negated"),
    # a person the note introduced as someone else, named again later
    ("Asked about her friend Kiki. Kiki's boyfriend posts her online.", "commercial_sex", "other_person"),
    ("Talked about sis-in-law Cely, caregiver: amo keep Cely's passport.", "document_confiscation", "other_person"),
    ("Her coworker, Efraín, says the boss took Efraín's passport.", "document_confiscation", "other_person"),
    ("Worried about her sister Karla. Karla is 16.", "minor", "other_person"),
    ("Asked about her coworker Dante; Dante, maybe 15, works nights.", "minor", "other_person"),
    ("Asked about coworker Marisol. Marisol had to give her passport to the manager.", "document_confiscation",
     "other_person"),
    ("Her roommate Jenna works there too. Jenna has to sign her checks over to him.", "earnings_control",
     "other_person"),
    ("Her sister Kamala lives w/ them. Kamala isn't allowed to go out alone.", "movement_control", "other_person"),
    ("Concern is for housemate Linh. Linh still owes £18k for the journey.", "debt_bondage", "other_person"),
    ("Her flatmate Sari only gets $250 a month.", "earnings_control", "other_person"),
    # a name after the note's first, as the one things happen to, need not be introduced
    ("Maribel says she is paid. Agus was never paid the last 3 months.", "earnings_control", "other_person"),
    ("Dana came in today. Tomasz has been told his debt is £3,000 and it keeps going up.", "debt_bondage",
     "other_person"),
    # ... with "nt" for "n't", a quote or an aside between commas before the words, or what they lack
    ("Cl Ana (29). Rosa hasnt been allowed out at all since.", "movement_control", "other_person"),
    ("Cl Ana came in. A dishwasher named Beto \"never gets his check\".", "earnings_control", "other_person"),
    ("Cl Melvin came in. Doña Rebeca, the cook for the crew, doesnt have a phone at all.", "communication_control",
     "other_person"),
    ("Cl Ana (29). Rosa, who shares her room, isn't allowed out at all.", "movement_control", "other_person"),
    ("Cl Ana (29). Rosa, her cousin, keeps Ana's passport.", "document_confiscation", "affirmed"),
    # ... but the note's first name is the client's, and a later one who does the act is the controller
    ("Agus was never paid the last 3 months.", "earnings_control", "affirmed"),
    ("Maribel came in today. Dez keeps half of what she makes.", "earnings_control", "affirmed"),
    # ... but not a name the note never introduced as someone else, nor the child a parent reports about
    ("Maria's boss keeps her passport.", "document_confiscation", "affirmed"),
    ("Mom came in about her daughter Kaylee. Kaylee's boyfriend takes all her money.", "earnings_control",
     "affirmed"),
    ("Her cousin Dez drives her to the camps. Dez keeps half of what she makes.", "earnings_control", "affirmed"),
    # the client's own papers, kept by the client: "I keep my passport", "he keeps his ID in his locker"
    ("I keep my passport in my room.", "document_confiscation", "negated"),
    ("We have our IDs with us.", "document_confiscation", "negated"),
    ("Cl keeps her passport w/ her at all times.", "document_confiscation", "negated"),
    ("He keeps his passport in his locker.", "document_confiscation", "negated"),
    ("He keeps her passport in his safe.", "document_confiscation", "affirmed"),
    ("The boss keeps my passport.", "document_confiscation", "affirmed"),
    ("Her cousin Lyle moved in. Lyle took her phone and read her texts.", "communication_control", "affirmed"),
    # a religious community's title is not a sibling; an age after "at" is the clause subject's
    ("She's Brother Silas's wife now and has to do what a wife does.", "sexual_violence", "affirmed"),
    ("She was given to Brother Kael at sixteen.", "minor", "affirmed"),
    ("Worried about cl's Brother Tito. Tito's boss took his passport.", "document_confiscation", "other_person"),
    ("Mom came in about her daughter Kaylee. Kaylee is 15.", "minor", "affirmed"),
    # witnessing is the client's own experience, whoever the victim was (witnessed_abuse ignores other_person)
    ("Asked about her friend Daniela. Pt saw him pull Daniela by the hair.", "witnessed_abuse", "affirmed"),
    # ... and a script is someone else's words by nature
    ("Came in with her aunt Reina. Her statement matched Reina's account sentence for sentence.",
     "scripted_account", "affirmed"),
    # checklists: the ticked box answers, an empty box does not
    ("Anyone threatened you? [ ] Y [x] N", "threats", "negated"),
    ("Anyone threatened you? [x] Y [ ] N", "threats", "affirmed"),
    ("Anyone threatened you? [ ] Y [ ] N - pt shrugged.", "threats", "hypothetical"),
    ("Owes money to employer? ☐ Y ☒ N", "debt_bondage", "negated"),
    ("Debt to employer: [ ] Y [x] N", "debt_bondage", "negated"),
    ("Locked in - [ ] Y [x] N", "movement_control", "negated"),
    ("Locked in - [x] Y [ ] N", "movement_control", "affirmed"),
    # a denial heading a list does not negate the list's own denials back into present
    ("Cl denies extras, no debt, has own ID.", "debt_bondage", "negated"),
    ("Denies: no debt to anyone.", "debt_bondage", "negated"),
    # notes in capitals: "DOESN'T" negates as "doesn't" does
    ("V1 DOESN'T OWE ANYONE MONEY.", "debt_bondage", "negated"),
    # ... but not what happened at first
    ("At first the boss took her passport, then her phone.", "document_confiscation", "affirmed"),
    ("The recruiter initially said the job paid $15/hr.", "deceptive_recruitment", "affirmed"),
    # a question left unanswered, for every indicator but the ones silence speaks for
    ("Asked if anyone hits her: changed the subject.", "physical_violence", "hypothetical"),
    ("Asked whether anyone watches where she goes: no answer.", "movement_control", "hypothetical"),
    ("She did all the talking, boy did not answer when asked his name.", "third_party_control", "affirmed"),
    # "once" as frequency or as "as soon as" is not the past; "once" alone still is
    ("She is only allowed out once a week with the boss.", "movement_control", "affirmed"),
    ("Once she arrived, he took her passport.", "document_confiscation", "affirmed"),
    ("He once took her passport.", "document_confiscation", "historical"),
    ("He never once took her passport.", "document_confiscation", "negated"),
    # fictive kin is not a denial of what follows
    ("\"Chu\" (not a real uncle) brought her over on a tourist visa.", "recruitment_or_transport", "affirmed"),
    ("Her \"auntie\" (not blood) took her passport.", "document_confiscation", "affirmed"),
    # one group's pseudo-trigger cancels only its own indicators' cues
    ("A man at the rodeo offered her $50 to go \"party\" with his friends.", "commercial_sex", "hypothetical"),
    ("He asked me whether the agency could call ICE on him if he just quits.", "threats", "hypothetical"),
]


def test_one_cue_per_trigger_text(rules) -> None:
    """Several rules matching the same words give one cue, not one per rule."""
    flag = rules.check("At first said the manager keeps her passport.").flags[0]
    assert [c.text for c in flag.cues] == ["At first said"]


@pytest.mark.parametrize(("text", "indicator", "expected"), MORE_CASES)
def test_assertion_edge_cases(rules, text: str, indicator: str, expected: str) -> None:
    result = rules.check(text)
    assert expected in statuses(result, indicator), [f.to_dict() for f in result.flags]
    assert all(s == expected for s in statuses(result, indicator)), [f.to_dict() for f in result.flags]


def test_unit_abbreviation_ends_a_sentence_before_a_capital(rules) -> None:
    result = rules.check('She said no. "He keeps my passport in his truck."')
    assert "document_confiscation" in result.present


# -- context rules restricted to some indicators (medspaCy's allowed_types / excluded_types) -------------------

def _modifier(start: int, end: int, category: str = "hypothetical", **restriction):
    from flagger.context import Modifier
    from flagger.rules import ContextRule

    return Modifier(start, end, ContextRule(category, "forward", None, **restriction))


@pytest.mark.parametrize("restriction, indicator, expected", [
    ({}, "debt_bondage", "hypothetical"),
    ({"allowed_types": frozenset({"debt_bondage"})}, "debt_bondage", "hypothetical"),
    ({"allowed_types": frozenset({"debt_bondage"})}, "threats", "affirmed"),
    ({"excluded_types": frozenset({"threats"})}, "threats", "affirmed"),
    ({"excluded_types": frozenset({"threats"})}, "debt_bondage", "hypothetical"),
])
def test_restricted_rule_reaches_only_its_indicators(restriction, indicator, expected) -> None:
    from flagger.context import assert_target

    m = _modifier(0, 1, **restriction)
    assert assert_target(3, 5, [m], [], 0, 10, indicator=indicator).status == expected


def test_restricted_rule_does_not_mark_model_features() -> None:
    """Scope marks feed every indicator's classifier: a rule for some indicators only leaves words unmarked."""
    from flagger.model.features import scope_marks

    assert scope_marks([_modifier(0, 1)], 0, 4) == ["", "hyp:", "hyp:", "hyp:"]
    assert scope_marks([_modifier(0, 1, allowed_types=frozenset({"threats"}))], 0, 4) == ["", "", "", ""]


@pytest.mark.parametrize("pseudo, indicator, expected", [
    ({}, "debt_bondage", "affirmed"),  # an unrestricted pseudo-trigger cancels the trigger for every indicator
    ({}, "threats", "affirmed"),
    ({"allowed_types": frozenset({"debt_bondage"})}, "debt_bondage", "affirmed"),
    ({"allowed_types": frozenset({"debt_bondage"})}, "threats", "hypothetical"),
    ({"excluded_types": frozenset({"threats"})}, "debt_bondage", "affirmed"),
    ({"excluded_types": frozenset({"threats"})}, "threats", "hypothetical"),
])
def test_a_pseudo_trigger_for_some_indicators_cancels_only_for_them(pseudo, indicator, expected) -> None:
    """'cousin's boyfriend' (pseudo for the control indicators) keeps 'cousin's' other-person for a threat."""
    from flagger.context import assert_target, clean_modifiers

    kept = clean_modifiers([_modifier(0, 2), _modifier(0, 3, "pseudo", **pseudo)], [(5, 6)])
    assert assert_target(5, 6, kept, [], 0, 10, indicator=indicator).status == expected


def test_a_trigger_inside_a_longer_one_for_other_indicators_still_speaks_for_the_rest() -> None:
    """'heard' (other person) inside a 'heard about' restricted to debt: debt takes the longer trigger only."""
    from flagger.context import assert_target, clean_modifiers

    short = _modifier(0, 1, "other_person")
    longer = _modifier(0, 2, "hypothetical", allowed_types=frozenset({"debt_bondage"}))
    kept = clean_modifiers([short, longer], [(4, 5)])
    assert assert_target(4, 5, kept, [], 0, 10, indicator="debt_bondage").status == "hypothetical"
    assert assert_target(4, 5, kept, [], 0, 10, indicator="witnessed_abuse").status == "other_person"
    unrestricted = clean_modifiers([short, _modifier(0, 2, "hypothetical")], [(4, 5)])
    assert [m.category for m in unrestricted] == ["hypothetical"]


def test_restriction_naming_an_unknown_indicator_is_reported_with_file_and_line(tmp_path) -> None:
    from flagger.rules import load_context_rules

    (tmp_path / "mine.jsonl").write_text(
        '{"pattern": "=if", "category": "hypothetical", "allowed_types": ["debt_bondage"]}\n'
        '{"pattern": "=unless", "category": "hypothetical", "allowed_types": ["debt_bondgae"]}\n'
        '{"pattern": "=maybe", "category": "hypothetical", "excluded_types": "threats"}\n'
        '{"pattern": "=but", "category": "terminate", "allowed_types": ["threats"]}\n'
        '{"pattern": "=not =only", "category": "pseudo", "allowed_types": ["threats"]}\n', encoding="utf-8")
    problems: list[str] = []
    rules = load_context_rules(tmp_path, {}, str.split, problems)
    assert [r.meta["context"].allowed_types for r in rules] == [frozenset({"debt_bondage"}), frozenset({"threats"})]
    assert len(problems) == 3
    assert problems[0].startswith("context/mine.jsonl:2:") and "debt_bondgae" in problems[0]
    assert problems[1].startswith("context/mine.jsonl:3:") and "excluded_types" in problems[1]
    assert problems[2].startswith("context/mine.jsonl:4:") and "not to 'terminate'" in problems[2]


# -- terminators that end only some scopes ------------------------------------------------------------------------

@pytest.mark.parametrize(("category", "expected"), [
    ("historical", "affirmed"),      # "used to work there, now he keeps her passport"
    ("other_person", "other_person"),  # "the other women are now at his house and can't go out"
])
def test_a_terminator_ends_only_the_scopes_it_names(category: str, expected: str) -> None:
    from flagger.context import Modifier, assert_target
    from flagger.rules import ContextRule

    now = Modifier(3, 4, ContextRule("terminate", "none", None, ends=frozenset({"historical"})))
    trigger = _modifier(0, 1, category)
    assert assert_target(6, 7, [trigger, now], [now], 0, 10).status == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("She used to work at the farm, now he keeps her passport.", "affirmed"),
    ("She no longer works at the salon, now the boss keeps her passport.", "affirmed"),
])
def test_now_ends_a_past_or_a_denial(rules, text: str, expected: str) -> None:
    assert statuses(rules.check(text), "document_confiscation") == [expected]


def test_the_other_women_now_somewhere_are_still_someone_else(rules) -> None:
    result = rules.check("RG said the other women are now at his house and can't go out.")
    assert statuses(result, "movement_control") == ["other_person"]
    assert [c.text for c in result.flags[0].cues] == ["the other women are"]  # the outermost cue, once


@pytest.mark.parametrize(("lines", "key", "kept"), [
    # 'ends' belongs to a terminator and names scope categories
    ('{"pattern": "=now", "category": "terminate", "ends": ["historical"]}\n'
     '{"pattern": "=if", "category": "hypothetical", "ends": ["historical"]}\n'
     '{"pattern": "=then", "category": "terminate", "ends": ["history"]}\n', "ends", frozenset({"historical"})),
    # 'crosses_terminators' is a true/false flag of scope triggers
    ('{"pattern": "=made_it_up", "category": "negated", "direction": "backward", "crosses_terminators": true}\n'
     '{"pattern": "=but", "category": "terminate", "crosses_terminators": true}\n'
     '{"pattern": "=lied", "category": "negated", "crosses_terminators": "yes"}\n', "crosses_terminators", True),
])
def test_a_rule_key_is_refused_where_it_does_not_belong(tmp_path, lines: str, key: str, kept: object) -> None:
    from flagger.rules import load_context_rules

    (tmp_path / "mine.jsonl").write_text(lines, encoding="utf-8")
    problems: list[str] = []
    rules = load_context_rules(tmp_path, {}, str.split, problems)
    assert [getattr(r.meta["context"], key) for r in rules] == [kept]
    assert [p.split(":")[1] for p in problems] == ["2", "3"]
    assert all(f"'{key}'" in p for p in problems)


# -- a claim taken back later in its sentence -----------------------------------------------------------------------

def test_a_trigger_that_crosses_terminators_reaches_past_them() -> None:
    from flagger.context import Modifier, assert_target
    from flagger.rules import ContextRule

    but = Modifier(4, 5, ContextRule("terminate", "none", None))
    taken_back = Modifier(7, 9, ContextRule("negated", "backward", 20, crosses_terminators=True))
    plain = Modifier(7, 9, ContextRule("negated", "backward", 20))
    assert assert_target(1, 3, [taken_back, but], [but], 0, 10).status == "negated"
    assert assert_target(1, 3, [plain, but], [but], 0, 10).status == "affirmed"


TAKEN_BACK_IN_THE_SENTENCE = [
    ('She told me in March "they hold our passports," but today said that was wrong, she keeps hers.',
     "document_confiscation", "negated"),
    ("Last mtg he said the foreman locked them in at night; today says no, the lock was broken.",
     "movement_control", "negated"),
    ('Said "he took my phone" - when I asked more she laughed and said no, hers broke.', "communication_control",
     "negated"),
    ("At first C said the owner kept her passport - then said no, sorry, its at the consulate.",
     "document_confiscation", "negated"),
    ("Last mtg he said the foreman locked them in at night; today says no. The lock was broken.",
     "movement_control", "negated"),
    ('Said "he locks me in"; clarified later that he only locks the office.', "movement_control", "negated"),
    ('Said "he locks me in", then when asked more said she was joking.', "movement_control", "negated"),
    ("Told the nurse her bf makes her sleep with his friends, but later recanted it.", "sexual_violence",
     "negated"),
    ("He said the boss hit him, but then he took it back.", "physical_violence", "negated"),
    # a first account the note corrects, and a correction that says what was meant
    ("Early in the call said the crew boss took her license.", "document_confiscation", "negated"),
    ('Stated at the start of session that "Dre got my ID".', "document_confiscation", "negated"),
    ("First thing he said was the crew boss wont let him call home.", "communication_control", "negated"),
    ('Opened w/ "the crew boss takes all my money".', "earnings_control", "negated"),
    ('Also said "he doesn\'t let me go out" but clarified she means he sulks when she goes out.',
     "movement_control", "negated"),
    ('Said "he took my phone" - when I asked more she laughed and said actually it broke.', "communication_control",
     "negated"),
    ("First said he owes mook 800 for the pack, then like 5 min later said nah thats his cousin's thing.",
     "debt_bondage", "negated"),
    # a correction of something else, a correction toward the claim, and a claim that insists, take nothing back
    ("Said she aint scared, then a minute later said actually yeah she is, he said he'd hurt her mom.", "threats",
     "affirmed"),
    ("She says the boss keeps her passport, and she is not joking.", "document_confiscation", "affirmed"),
    ("Recited her birthday like a line she had practised, then corrected the year.", "scripted_account",
     "affirmed"),
]


# -- a sentence that takes back the one before ----------------------------------------------------------------------

TAKEN_BACK_BY_THE_NEXT_SENTENCE = [
    ('At intake I charted "her man keeps her birth cert." Today pt corrected this - both docs are at her grandma\'s.',
     "document_confiscation", "negated"),
    ("Last wk she told me the coordinator hit her. Today she said that came out wrong, he hit the desk.",
     "physical_violence", "negated"),
    ("Early on said the crew boss took her license. Later clarified - she lost it at a gas station.",
     "document_confiscation", "negated"),
    ("On 4/14 pt reported the boss locked her in. Today pt took it back.", "movement_control", "negated"),
    ("Last time he say kierownik hit him with the hose. Today he correct himself: was accident.",
     "physical_violence", "negated"),
    # a cue that names what it takes back reaches past the sentences between
    ("In my first message I write that the agency is keeping my passport. I explain wrong, sorry for my English. "
     "The agency never had it.", "document_confiscation", "negated"),
    # a clarification that adds takes nothing back; nor does a retraction two sentences on, nor an age
    ("She says the boss keeps her passport. Later clarified that he also took her phone.",
     "document_confiscation", "affirmed"),
    ("She says the boss keeps her passport. She cleans six days a week. Later clarified she has it.",
     "document_confiscation", "affirmed"),
    ("Yth is 16. Today she recanted.", "minor", "affirmed"),
]


@pytest.mark.parametrize(("text", "indicator", "expected"), TAKEN_BACK_IN_THE_SENTENCE + TAKEN_BACK_BY_THE_NEXT_SENTENCE)
def test_a_claim_taken_back(rules, text: str, indicator: str, expected: str) -> None:
    assert set(statuses(rules.check(text), indicator)) == {expected}


def test_the_retraction_is_the_cue(rules) -> None:
    result = rules.check("On 4/14 pt reported the boss locked her in. Today pt took it back.")
    assert [c.text for c in result.flags[0].cues] == ["Today pt took it back"]


# -- a pronoun in a screening answer stands for what the question asked about ------------------------------------------

ANSWERS_THAT_BORROW = [
    ("Q: Do you have your passport? A: No, my employer keeps it.", "document_confiscation", "affirmed"),
    ("Q: Who has your passport?\nA: The boss has it in his truck.", "document_confiscation", "affirmed"),
    ("Q: do you have your phone? A: the manager took it when I arrived", "communication_control", "affirmed"),
    ("Q: Are you in possession of your legal ID? A: no, the jefe has it", "document_confiscation", "affirmed"),
]


@pytest.mark.parametrize(("text", "indicator", "expected"), ANSWERS_THAT_BORROW)
def test_an_answer_borrows_the_questions_thing(rules, text: str, indicator: str, expected: str) -> None:
    assert set(statuses(rules.check(text), indicator)) == {expected}


def test_the_borrowed_thing_is_read_but_the_note_is_highlighted(rules) -> None:
    result = rules.check("Q: Do you have your passport? A: No, my employer keeps it.")
    (flag,) = result.flags
    assert "keeps it" in flag.text and result.text[flag.start:flag.end] == flag.text


@pytest.mark.parametrize("text", [
    "Q: Do you have your passport? A: No, my sister has it because I asked her to.",  # a relative: nothing lent
    "Q: Do you have your passport? A: I lost it last year.",
    "The boss is nice. He keeps it clean.",  # no question before
])
def test_an_answer_borrows_nothing_it_should_not(rules, text: str) -> None:
    assert "document_confiscation" not in rules.check(text).present
