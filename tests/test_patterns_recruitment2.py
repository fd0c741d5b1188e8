"""Patterns of the second recruitment writer: minor, fear_of_authorities, scripted_account, written for
notes by writers who never saw the corpus (the fresh2 round): families of phrasing, not sentences.

Each table is (note text, expected assertion of the indicator's flag) or hard negatives that must not make
the indicator present. Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.conftest import check_absent, check_flag


# --------------------------------------------------------------------------------------------- minor

MINOR = [
    # the client's own words
    ("Caller would not give a name, \"I'm 16.\" Calling from a gas station.", "affirmed"),
    ("Texter: im 15 and he keeps my money", "affirmed"),
    ("She said \"I am only 14, I want to go home.\"", "affirmed"),
    # 'not yet 16', 'almost 18', 'turns 17 next month'
    ("Attendance meeting - Marcus, not yet 16. Missed 30 days.", "affirmed"),
    ("One of them said she's \"not 15 yet\".", "affirmed"),
    ("He isn't even 14 and works the fryer.", "affirmed"),
    ("Youth is almost 18 and wants his own place.", "affirmed"),
    ("Caseworker notes she turns 18 in March.", "affirmed"),
    ("Guardian says Lupe turns 16 next month.", "affirmed"),
    ("She will be 17 in June.", "affirmed"),
    # a bare age opening a sentence, after a name, at the end of a header line
    ("T. came in for a shower. 16, says she has been sleeping in cars.", "affirmed"),
    ("Dropped in at 5pm. 15, staying w/ a friend's older brother.", "affirmed"),
    ("Child: \"Rosa\", 12 yrs. Interviewer: K. Lee.", "affirmed"),
    ("Youth (14 yrs) placed in emergency foster care.", "affirmed"),
    ("Pt 15 yrs, c/o pelvic pain x3 days.", "affirmed"),
    ("Session notes - Marisol, 15\nShe talked about her weekend.", "affirmed"),
    # school years
    ("Referral for an 8th grader found at a motel.", "affirmed"),
    ("School called about a 9th-grader who is missing class.", "affirmed"),
    ("She is in the 10th grade at Central.", "affirmed"),
    ("A 7th grade student told the nurse about the older man.", "affirmed"),
    ("Estudia en la secundaria, dice la tía.", "affirmed"),
    # age estimates are annotated as the age (GUIDELINES.md; fresh2 relabelled in df8ae55): affirmed
    ("One girl looked about 15, said she was 19.", "affirmed"),
    ("FI notes: self-reported as 20, appears 15-16.", "affirmed"),
    ("Pt states she is 19, appears younger, est 15-16 by RN.", "affirmed"),
    ("One tech, goes by Kiki, looks maybe 16, 17 tops.", "affirmed"),
    ("The boy on the flat-top \"can't be more than 14\".", "affirmed"),
    ("Girl at the front desk probably 15.", "affirmed"),
    # someone else's age, with no possessive
    ("One girl on the crew was 16, pt worried about her.", "other_person"),
    ("A 17 y/o on the crew got left at a rest stop.", "other_person"),
    ("Interview focus: older sister Brianna, 16.", "other_person"),
    ("The girls she brought in were \"like 14, 15\".", "other_person"),
    ("Kid is on the crew, about 14.", "other_person"),
    # ... but the client described as one of the group is the client
    ("Cl is a 16 y/o on the crew.", "affirmed"),
    ("She is the only girl on the boat, 15.", "affirmed"),  # a guess about someone else: never present
    # a relative calling about the young person the note is about
    ("Aunt calling re: her niece Dana, turns 16 next month.", "affirmed"),
    ("Father reports his son Eli (8th grader) ran off after an argument.", "affirmed"),
    ("Mother called about her daughter, not yet 15, who stays out all night.", "affirmed"),
    # birth dates with a two-digit year, 'under 18', birthdays ahead, the age given as, UAC
    ("DOB: 4/2/09. Alert, oriented.", "affirmed"),
    ("dob 11/30/10 per the school ID", "affirmed"),
    ("She's still under 18, per the caseworker.", "affirmed"),
    ("Both girls are under 17 and were at the motel.", "affirmed"),
    ("Her 16th birthday is next week.", "affirmed"),
    ("He stays at the shelter until his 18th birthday.", "affirmed"),
    ("Pt gave her age as 15.", "affirmed"),
    ("Age listed as 14 on the school form.", "affirmed"),
    ("UAC released to a sponsor in May.", "affirmed"),
    ("Unaccompanied minor from Honduras, placed with a cousin.", "affirmed"),
    ("Found a 15-yr-old girl sleeping in the van.", "affirmed"),
]

MINOR_NEGATIVES = [
    "She worked at the laundry 14 years before the move.",
    "Been in the US 15 yrs, works at the plant.",
    "He turned 18 last month and moved out.",
    "Follow-up with the child labor unit about the orchard.",
    "Posted the child labor laws in the break room.",
    "Room 16, says the manager, is where they sleep.",
    "Ms. P (34) says her son is in the 8th grade and doing well.",
    "Cl 22, came in w/ her 16 yo daughter.",
    "He spent 12 years in prison in Honduras.",
    "They have been married 16 yrs.",
    "Seen at UC yesterday for a cough.",
    "Pt's boyfriend is 17 and came to the visit.",
    "Her 21st birthday was last week.",
    "She turned 18 in June and left the group home.",
]


@pytest.mark.parametrize("text,expected", MINOR)
def test_minor(rules, text, expected):
    check_flag(rules, text, "minor", expected)


@pytest.mark.parametrize("text", MINOR_NEGATIVES)
def test_minor_negatives(rules, text):
    check_absent(rules, text, "minor")


# ------------------------------------------------------------------------------- fear_of_authorities

FEAR = [
    # the authorities are immigration in disguise
    ("1 worker said owner tells them \"los inspectores son de inmigración\".", "affirmed"),
    ("Boss says the labor inspectors are really ICE.", "affirmed"),
    ("He told them the inspectors work for immigration.", "affirmed"),
    ("La señora dice que la policía trabaja con la migra.", "affirmed"),
    # someone told the client what the authorities do
    ("Asked whether the hospital calls immigration; owner told the cooks that hospitals do.", "affirmed"),
    ("Her boss told her that clinics report to immigration.", "affirmed"),
    ("He says that the police will check her papers.", "affirmed"),
    # 'they' take you to the border / put you in detention
    ("Several said the contractor told them if the state comes \"they take you to the border\".", "affirmed"),
    ("Crew boss says they send you back to Guatemala on the first bus.", "affirmed"),
    ("Sir said if I go out they will put me in detention.", "affirmed"),
    ("Madam said if I leave they will deport me.", "affirmed"),
    ("He told her if she runs they'll arrest her.", "affirmed"),
    ("He says the government will deport anyone who complains.", "affirmed"),
    ("Says the state will put her kids in foster care if she talks.", "affirmed"),
    ("\"They'll get me sent back to Mexico,\" he says.", "affirmed"),
    ("\"I'm not snitching, they'll get me put in detention for the running.\"", "affirmed"),
    # afraid of going to the authorities: the fear itself, not a condition
    ("She is scared if she goes to the sheriff they will deport her.", "affirmed"),
    ("He is afraid that if he calls the police they will arrest him.", "affirmed"),
    # refusing the police, 'immigration will come', 'police won't believe me', hiding from officers
    ("She refuses to talk to law enforcement.", "affirmed"),
    ("He is too scared to call the police.", "affirmed"),
    ("He told them immigration will come if they complain.", "affirmed"),
    ("She said \"the police will not believe me, he is friends with them\".", "affirmed"),
    ("Says cops never help girls like us.", "affirmed"),
    ("She hid in the bathroom when officers arrived.", "affirmed"),
    ("Ran when the police car pulled up.", "affirmed"),
    ("She believes she will lose her children to the state.", "affirmed"),
    # shorthand, Spanish, 'd/t fear of', picked up by immigration, no rights
    ("Afraid of LE.", "affirmed"),
    ("Pt fearful of PD b/c boss said they arrest illegals.", "affirmed"),
    ("\"La migra me va a deportar\" per pt.", "affirmed"),
    ("Dice que la policía los va a llevar si hablan.", "affirmed"),
    ("Pt won't report d/t fear of ICE.", "affirmed"),
    ("Didn't call police for fear of deportation.", "affirmed"),
    ("Told if she leaves she'll be picked up by immigration.", "affirmed"),
    ("She thinks immigration will come if she calls 911.", "affirmed"),
    ("He has told her that she has no rights here.", "affirmed"),
    ("Employer said she is illegal and nobody will help her.", "affirmed"),
    # assertion cases
    ("Pt says she is not afraid of police and wants to report.", "negated"),
    ("Caller hung up, only asked \"can they deport me if I call you\".", "affirmed"),  # the question is the fear
]

FEAR_NEGATIVES = [
    "Nurse explained the hospital does not call immigration.",
    "We don't report to ICE; explained confidentiality.",
    "He says he knows people at immigration.",
    "Tío says if I complain he tells immigration I lied on my papers.",
    "Police arrested the driver at the scene.",
    "The owner charges them $50 a week for the room.",
    "Explained that police can help her get her passport back.",
    "Worried if they go to the labor office the agency will tell ICE.",
    "She is afraid her boss will call the police on her.",
    "News coverage of ICE raids upset the family.",
    "The school will send her home if she is sick.",
    "Detective said police will interview the manager tomorrow.",
    "CW explained she has rights as a worker regardless of status.",
    "She was arrested by police in 2019 for shoplifting.",
    "If she wants, police can take a report.",
]


@pytest.mark.parametrize("text,expected", FEAR)
def test_fear_of_authorities(rules, text, expected):
    check_flag(rules, text, "fear_of_authorities", expected)


@pytest.mark.parametrize("text", FEAR_NEGATIVES)
def test_fear_of_authorities_negatives(rules, text):
    check_absent(rules, text, "fear_of_authorities")


# ------------------------------------------------------------------------------- scripted_account

SCRIPTED = [
    # told what to say, with words between
    ("Foreman told him at the ER to say he fell at home fixing his own roof.", "affirmed"),
    ("The crew boss told them before the inspection to say they are paid weekly.", "affirmed"),
    # the line they are told to use
    ("She laughed: that's the line they're all told to use.", "affirmed"),
    ("It is the story she was taught to tell.", "affirmed"),
    ("That was the answer they are supposed to give.", "affirmed"),
    ("The girls were told to repeat it to anyone who asks.", "affirmed"),
    ("Boss made them memorize it in the van.", "affirmed"),
    # accounts that are identical / matched
    ("Answers about hours were identical, \"ocho horas, cinco días\".", "affirmed"),
    ("Their stories were nearly identical.", "affirmed"),
    ("The three statements were word-for-word.", "affirmed"),
    ("Their answers matched exactly, down to the dates.", "affirmed"),
    ("Her first answer was the daughter's exact words from the phone call last week.", "affirmed"),
    ("He used the very words the owner used at the door.", "affirmed"),
    # several people with one story
    ("All three girls gave the same story.", "affirmed"),
    ("Each worker had the same answer about pay.", "affirmed"),
    ("Each girl told the same made-up story about being cousins.", "affirmed"),
    ("Their responses were suspiciously uniform.", "affirmed"),
    ("The pimp gave her a story to tell if police stopped her.", "affirmed"),
    # Spanish, 'from a script', 'as if prepared', 'clearly prepped'
    ("Todos dijeron lo mismo, palabra por palabra.", "affirmed"),
    ("Las dos dieron la misma historia sobre el sueldo.", "affirmed"),
    ("Her answers sounded like they came from a script.", "affirmed"),
    ("Answered before the question was finished, as if prepared.", "affirmed"),
    ("He told it as though he had memorized it.", "affirmed"),
    ("They had clearly been prepped.", "affirmed"),
    ("\"We say it's for a youth center, they tell us to say that\" - no such center exists.", "affirmed"),
    # assertion cases
    ("Details consistent across retellings; no indication she was coached.", "negated"),
    ("Denies anyone told her what to say.", "negated"),
]

SCRIPTED_NEGATIVES = [
    "He asked for help w/ a payday loan - ref'd to financial coaching.",
    "Job coach helps him with resumes on Tuesdays.",
    "Referral to parenting coaching accepted.",
    "She has soccer practice after school.",
    "Memorized the hotline number with her.",
    "CW told her to tell staff if she feels unsafe.",
    "She told the same story at every visit.",
    "She rehearsed for the choir concert on Sunday.",
    "Rx script sent to pharmacy.",
    "Her story has been consistent across three visits.",
    "She came clearly prepared with her pay stubs and ID.",
    "Pt prepped for surgery, NPO since midnight.",
]


@pytest.mark.parametrize("text,expected", SCRIPTED)
def test_scripted_account(rules, text, expected):
    check_flag(rules, text, "scripted_account", expected)


@pytest.mark.parametrize("text", SCRIPTED_NEGATIVES)
def test_scripted_account_negatives(rules, text):
    check_absent(rules, text, "scripted_account")
