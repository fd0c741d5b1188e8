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
    # fresh13 writers: age and pronouns in brackets, 'at 17 w/', '17 y.', 'because under 18', U-18 bands, a first-person age before a question
    ('Drop-in: Rory (16, he/they) ate and showered.', 'affirmed'),
    ('Kiana (15, she/her) came in with a friend.', 'affirmed'),
    ('J. (17, trans girl) asked about the clinic.', 'affirmed'),
    ('Max (14, nonbinary) slept on the couch again.', 'affirmed'),
    ('Dee (16, they/them) says the guy pays for the room.', 'affirmed'),
    ('She left the compound at 17 with nothing but a coat.', 'affirmed'),
    ("He came to the UK at 16 w/ his uncle's friend.", 'affirmed'),
    ('Cl. Oksana P., 17 y., UA. Came with her aunt.', 'affirmed'),
    ('Marek (16 yrs.) works nights at the bakery.', 'affirmed'),
    ('His pay goes to the boss "because under 18 cannot have bank".', 'affirmed'),
    ('Referral made today (under 18 on night shift).', 'affirmed'),
    ('Dad of a U-18 swimmer called about the travel fees.', 'affirmed'),
    ('She plays in the U16 league and the coach drives her.', 'affirmed'),
    ('Hi I am 17, my manager keeps my passport, is this legal?', 'affirmed'),
    ('im 16 and my boss wont pay me, what can i do?', 'affirmed'),
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
    # fresh13 writers: college class years (Title IX), a school as a worksite, a quota count
    'Reporting Party is Complainant (CP), sophomore, 19.',
    'Complainant, junior, reports her ex waits outside her lecture hall.',
    'Respondent: junior, known on campus as a party promoter.',
    'Dropped water to the drywall crew at the middle school.',
    'Cleanup job at the high school ran late.',
    'Quota is 15 bottles a week or they take from my salary.',
    'He saw the boss slap Junior in front of the whole crew.',
    'A man named Junior drives the van.',
    'They must sell 16 boxes a night.',
]


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
    # asking whether they *can* deport her is a question nobody has answered (fresh2, fresh12 writers: hypothetical);
    # asking whether the hospital *will* call ICE is the instilled fear (FEAR_R6)
    ("Caller hung up, only asked \"can they deport me if I call you\".", "hypothetical"),
    # fresh13 writers: authorities said to take those who leave, kinds of jail, CPS and group homes, handcuffs; the client's own question
    ('Interns say "immigration police" come pick up interns who walk off.', 'affirmed'),
    ('Boss says ICE grabs anyone who quits before the season ends.', 'affirmed'),
    ("He told her they throw girls like us in the men's jail.", 'affirmed'),
    ('Madam says police put people like you in county jail.', 'affirmed'),
    ("Jay told him if CPS finds out they'll put him in a group home.", 'affirmed'),
    ('He says social services will take the baby if she talks.', 'affirmed'),
    ('Told not to talk to the stewards "or you\'ll go back in handcuffs".', 'affirmed'),
    ("The owner says she'd end up in cuffs if she went to the labor office.", 'affirmed'),
    ('She ask me can she go to prison for the work in the flat.', 'hypothetical'),
    ('He asked me is it true police here put workers in detention if they complain.', 'hypothetical'),
    ('Client ask if the police will deport him if he reports the injury.', 'hypothetical'),
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
    # fresh13 writers: distrust from the home country, 'unrelated', a fee charged, '12 mos', the writer's reassurance
    'I am afraid of police because in my country police is very bad.',
    'He does not trust police, in our country they take money.',
    "She doesn't trust cops, never has (unrelated to the job).",
    'He charge us 3,200 dollar for the visa and we borrow.',
    'Fees: usage past 12 mos) not paid out.',
    "Explained that the clinic doesn't ask status.",
    "Reassured him that police won't deport him for reporting.",
]


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
    # fresh13 writers: 'like she'd been told to', 'like reading it', 'same exact', told to describe / call it, non-native 'if somebody ask, say', a Spanish cover answer
    ('She said "I fell on the ice, I fell on the ice" like she\'d been told to.', 'affirmed'),
    ('He gave the answer about pay as if he had been taught to.', 'affirmed'),
    ('Said it the same way to triage, to me, and to the NP, like reading it.', 'affirmed'),
    ('Her answers came out flat, like she was reading off something.', 'affirmed'),
    ('All four gave the same exact answer about the hours.', 'affirmed'),
    ('She was told to describe it as "a mentorship".', 'affirmed'),
    ('They were instructed to refer to him as their uncle.', 'affirmed'),
    ('He was told to call him tío in front of the teachers.', 'affirmed'),
    ('Boss tell us: if somebody ask, say we are happy and we get paid good.', 'affirmed'),
    ('Every single one: "somos primos, vinimos juntos".', 'affirmed'),
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
    # fresh13 writers: a memorised number, performers' rehearsals, a refusal 'told him no when he asked'
    'Gave her the card; she has my # memorized.',
    'Site visit to the rehearsal space on Harlan Ave.',
    'Unpaid rehearsal hours are the main complaint.',
    'She told the owner no when he asked for her passport.',
    'She told it flat, like reading a grocery list.',
    'Told him to call the hotline as soon as he can.',
]


# ------------------------------------------------------------------ third round (fresh7 families)

MINOR_R3 = [
    # an uncertain age in brackets after a name: "(15?)", "(16 or 17)"
    ("Dee (15?) was at the bus bench again tonight.", "affirmed"),
    ("new kid, Jojo (14?), asked for socks", "affirmed"),
    ("Talked w/ Bri (16 or 17) outside the motel.", "affirmed"),
    ("Kenny (maybe 13?) was selling candy at the light.", "affirmed"),
    ("Saw Lani (15 or 16) on the track, gave her water.", "affirmed"),
    # two ages given as a range or a list
    ("Girl in the back seat looked 14 or 15 to staff.", "affirmed"),
    ("Two boys, maybe 12, 13, selling candy bars on the train.", "affirmed"),
    ("He is 16 or 17, no ID on him.", "affirmed"),
    ("Nia says 18, prob more like 16.", "affirmed"),
    ("Per RN she's probably more like 15.", "affirmed"),
    # child-welfare shorthand: AV (alleged victim), YP (young person)
    ("AV 16. Recovered from a motel by vice.", "affirmed"),
    ("Forensic interview, AV 15, with advocate present.", "affirmed"),
    ("Call from the SRO about AV Dulce (12) and her cousin.", "affirmed"),
    ("YP 14, placed with kin overnight.", "affirmed"),
    ("AV: 17. Q: Who holds your phone? A: him.", "affirmed"),
    # a span of years that starts under 18, historical when it is over
    ("In 2015 she was in the life from 15 to 19 under a man she called Daddy.", "historical"),
    ("She used to work the tobacco rows from 14 to 17, then left for the city.", "historical"),
    ("Back in 2012 when she was in the life, 15 to 19.", "historical"),
    ("Disclosed that at 16 on a fishing boat the captain hit him.", "affirmed"),  # the past tense alone is not read; present either way,
    ("In 2009, at 15 working the fields he lost two fingers.", "historical"),
    # a screening question after the age does not make the age a question
    ("T (17) Q: anybody keepin u from leaving? A: nah", "affirmed"),
    ("Marcus, 16. Q: Do you have to ask before you leave? A: no", "affirmed"),
    # the child or grandchild a caregiver calls or comes about is the person the note is about
    ("Caller: \"I'm calling about my niece, she's sixteen, she's been staying with some guy.\"", "affirmed"),
    ("Grandma worried about granddaughter T., 15, who came back from a summer job.", "affirmed"),
    ("Mother came in worried about her son Cody, 16, who stays out at a ranch.", "affirmed"),
    ("Mom came in about her daughter Kaylee, 14, 8th grade.", "affirmed"),
    ("Father called regarding his grandson, 13, who is selling candy for a man.", "affirmed"),
    # shorthand: '17 M.', 'W/F 17', '(15, admitted ...)', an en-dash range
    ("Youth screen, 17 M. Has been working for a guy door to door.", "affirmed"),
    ("16 F. Brought in by outreach.", "affirmed"),
    ("UNIT ON SCENE -> W/F 17 IN RM W/ ADULT M.", "affirmed"),
    ("Resident T. (15, admitted 3 wks ago) came to the office upset.", "affirmed"),
    ("Youth (17, ages out in 5 mos) said a lady offered her a job.", "affirmed"),
    ("Reviewer estimates the child on camera is 11–13.", "affirmed"),
    # other young people: a friend in brackets, 'some of them', 'a 16 yr old on the night crew'
    ("Concern: friend (15?) stays at the same house.", "other_person"),
    ("They keep girls upstairs, some of em young, like 14.", "other_person"),
    ("Heard a 16 yr old on the night crew, did not find him.", "other_person"),
]

MINOR_R3_NEGATIVES = [
    "Kitchen hours 11-11, six days.",
    "Shift 10-12 then again at 4.",
    "Room board went from 14 to 18 checkouts a shift.",
    "She works 14 or 15 hours most days.",
    "Crew of 13 to 15 workers depending on the week.",
    "Paid $14 to $16 an hour at the plant.",
    "Store hours 9 to 9, closed Sundays.",
    "Paragraphs 14–16 to be reviewed by the attorney.",
    "See pages 12-14 of the declaration.",
    "Tyrese (24) asked about his cousin (16) who works out of a hotel.",
    "Cl 31, here with her son (16) for his sports physical.",
]


FEAR_R3 = [
    # an institution said to report people to immigration
    ("She asked twice whether the hospital \"reports to immigration\".", "affirmed"),
    ("Supervisor told her the agency's HR \"calls ICE on complainers\".", "affirmed"),
    ("He says management turns people over to immigration.", "affirmed"),
    ("Jefe says the clinic calls la migra on anybody without papers.", "affirmed"),
    ("Per pt the union reports to ICE, so he will not go.", "affirmed"),
    # immigration waiting at a place
    ("\"He said la migra sits in the ER waiting for people like me.\"", "affirmed"),
    ("Boss says ICE is waiting at the bus station for anyone who leaves.", "affirmed"),
    ("\"el patrón dice que la migra nos espera en la carretera\"", "affirmed"),
    ("Told that if you call anyone, la migra is waiting for you.", "affirmed"),
    ("He believes immigration is watching the church on Sundays.", "affirmed"),
    # what the authorities are said to do: place / put / lock up, people like me, anyone who goes
    ("The employer told her police would place her in a detention center.", "affirmed"),
    ("Madam says the cops would stick her in jail.", "affirmed"),
    ("\"He told me they lock up girls like me.\"", "affirmed"),
    ("Pimp says the police arrest girls like her, not the men.", "affirmed"),
    ("The captain told the crew the Coast Guard locks up anybody w/o papers.", "affirmed"),
    ("In 2019 the wife told her that anyone who goes to the police without papers is deported the same day.", "historical"),
    ("Crew boss says whoever complains gets deported.", "affirmed"),
    ("Owner tells them people who talk to inspectors get picked up.", "affirmed"),
    ("Jefe told em la migra would grab anybody who went into town.", "affirmed"),
    ("The family told her the police took children without papers and put them in cages.", "affirmed"),
    # the controller's conditional about being caught: starts at 'if', not a doubt
    ("Cuz told her if 12 catches her out there she the one going to juvie.", "affirmed"),
    ("He told her if cops see her she's locked up.", "affirmed"),
    ("Manager says if the club gets raided the girls go to jail and he walks.", "affirmed"),
    ("\"He told me if I ever got picked up y'all would charge me.\"", "affirmed"),
    ("Foreman warned that if anyone went to a hospital the police would come for their papers.", "affirmed"),
    # the authorities are the same thing / friends with the controller
    ("\"boss says labor and immigration same thing\"", "affirmed"),
    ("\"la policía y la migra son lo mismo, eso dice él\"", "affirmed"),
    ("He says the labor office is the same as immigration.", "affirmed"),
    ("Mayordomo tells the crew \"la policía es amiga del patrón\".", "affirmed"),
    ("\"Ty got people in the dept, they tell him everything.\"", "affirmed"),
    ("Pimp has friends in the police, she says.", "affirmed"),
    ("The owner told the techs that people from the state collect names for deportation.", "affirmed"),
    # 'if she goes to the clinic, the clinic calls ICE'; a consulate or embassy said to report
    ("Per pt, if he goes to the ER the hospital will call la migra.", "affirmed"),
    ("She thinks if she goes to the clinic, the clinic reports her to ICE.", "affirmed"),
    ("Terrified of the consulate, \"the couple said consulate calls immigration\".", "affirmed"),
    ("Boss says the embassy reports to ICE, so she never renewed her passport.", "affirmed"),
    ("Told them once the school calls immigration, the kids get taken.", "affirmed"),
    # immigration everywhere; cops will book / bust us
    ("\"The patrón said la migra is at every Walmart.\"", "affirmed"),
    ("He keeps saying ICE is everywhere in this town.", "affirmed"),
    ("\"He told us cops will book us for the drugs, not him.\"", "affirmed"),
    ("Daddy says the feds would bust her first.", "affirmed"),
    ("Sir said if I talk to American people, the police will put me in jail.", "affirmed"),
    ("\"me dijeron que la policía me iba a entregar si me quejaba\"", "affirmed"),
    # others who were told, not the client
    ("Crew leader tells the new ones the sheriff will put them in jail.", "other_person"),
    ("Them girls been told the cops lock up any girl who runs.", "other_person"),
]

FEAR_R3_NEGATIVES = [
    # distrust of police from the home country or the client's own worry, ruled out as the controller's doing
    "\"I don't trust cops, from back home — nothing to do w/ my job.\"",
    "Doesn't want police: \"I don't trust cops, from back home\" - not about the job.",
    "He does not trust police from back home, where police take money.",
    "Afraid of police b/c of someone: \"no, nobody told me anything like that\".",
    "She won't call police, afraid they'd arrest her, her own thing, nobody told her that.",
    # money, not arrest; people who are not authorities
    "\"If I go home they charge me the visa and the flight, $3,000.\"",
    "They charge him the rent and the rides every Friday.",
    "Ray \"has friends\" at the shelter, so she is nervous there.",
    "He has friends at the plant who drive him to work.",
    "Her cousin is in ICE detention in Texas.",
    "The police and the ambulance came at the same time.",
    "We will place her in a foster home tonight.",
    # the controller sending her home or back is a threat to fire or return her; past arrests are events
    "Sir said next time she refuses he'll cut her salary and send her home with nothing.",
    "The supervisor said he'd send her back with no pay if she told.",
    "She is afraid that Señora will send her back to the agency.",
    "Her brother has been arrested twice for DUI.",
    "Arrest warrant requested for new charge.",
    "When PD ask about school he says he doesn't go.",
]


SCRIPTED_R3 = [
    # 'if anyone asks, she should say ...' with the asker named
    ("In 2014 she was told that if a teacher or officer asked, she should say she was a niece visiting.", "historical"),
    ("Boss told them if the inspector ever asks, they are cousins helping out.", "affirmed"),
    ("He was told that if the nurse or doctor asked, he had fallen at home.", "affirmed"),
    ("Told her if the school asked she was 18.", "affirmed"),
    ("They were told that if a man from the state asked, they had to say they get paid.", "affirmed"),
    # the writer's impression 'like something she was told to say' is a suspicion, not an established script
    ("She repeated it several times, like something she's been taught to say.", "hypothetical"),
    ("Sounds like something he was told to say.", "hypothetical"),
    ("She said it like something she had memorized.", "hypothetical"),
    ("It sounded like words someone coached her on.", "hypothetical"),
    ("Flat delivery, like what they rehearse with the girls.", "hypothetical"),
]

SCRIPTED_R3_NEGATIVES = [
    "Asked why he doesn't stop, he said if he stops Sal gon say he owes for the pack.",
    "If she quits the owner will say she owes the fee.",
    "Pt wants the numbers in writing; coached on how to ask.",
    "Coached her on how to request her pay stubs.",
    "Coached client on how to file a wage claim.",
]


# ------------------------------------------------------------------------------ round 4 (fresh8 families)

MINOR_R4 = [
    # an age range whose end is approximate: 'from 16 to about 18' (present; the context step has no past cue here)
    ("From 16 to about 18 she stayed with a man in Dayton.", "affirmed"),
    ("From 15 until around 17 he worked the fields for his uncle.", "affirmed"),
    ("From 14 to nearly 16 she was moved between motels.", "affirmed"),
    ("Between 15 and about 17 she lived in his trailer.", "affirmed"),
    ("From 13 to roughly 15 he sold for the crew.", "affirmed"),
    # Spanish ages written out
    ("Paperwork says 19, but she told me she is \"diecisiete\".", "affirmed"),
    ("The girl said she was dieciséis, not 20.", "affirmed"),
    ("Mother says the boy tiene 15 años.", "affirmed"),
    ("Said in Spanish she has quince años.", "affirmed"),
    ("Worker looked catorce at most, per the foreman's own cousin.", "affirmed"),
    # a one-token '17F.' heading, a record that shows the age
    ("17F. No ID issues. No debt.", "affirmed"),
    ("15M. Brought in by school resource officer.", "affirmed"),
    ("Gave name Marisol, says 19; the consulate birth record shows 16.", "affirmed"),
    ("Says 20, but the school file lists her as 15.", "affirmed"),
    ("Prints match a juvenile record, DOB shows 15.", "affirmed"),
    # a bare age in brackets, followed by any clause; a bare age opening a sentence with a verb
    ("Gabriela (16, on probation w/ a travel restriction) was stopped at the gate.", "affirmed"),
    ("Jaylen (15, w/ his aunt since May) missed court.", "affirmed"),
    ("Maya (17, still enrolled at Central) called the line.", "affirmed"),
    ("Clerk called about a girl at the pumps. 16, took off from her dad's last night.", "affirmed"),
    ("Met him at the drop-in. 15, left his foster home Friday.", "affirmed"),
]

MINOR_R4_NEGATIVES = [
    "Time records show 11-12 hr days, 6 days a week.",
    "The logs showed 14 rooms cleaned before noon.",
    "Former exchange student, now F-1 sophomore at State.",
    "International sophomore, 20, on an F-1 visa.",
    "Planning her quince for June, mom says.",
]


FEAR_R4 = [
    # the police take the controller's side
    ("Employer told her police would believe the family, not a helper.", "affirmed"),
    ("Boss says the cops will always believe the owner over a worker.", "affirmed"),
    ("He said police would take the boss's word, not hers.", "affirmed"),
    # the police are the controller's friends: drink, hunt, play cards with him
    ("\"The cops up here drink with him.\"", "affirmed"),
    ("She says the sheriff hunts with the owner every fall.", "affirmed"),
    ("The deputies play cards with the boss on Fridays, he told them.", "affirmed"),
    ("Says the police around here party with him.", "affirmed"),
    # the controller untouchable; the authorities send them back (present, no modal)
    ("Sir told me police here cannot touch diplomat, they only send me back.", "affirmed"),
    ("He says the cops can't touch him.", "affirmed"),
    ("Señora says police here send us back same day.", "affirmed"),
    ("The jefe says immigration ships people home the next day.", "affirmed"),
    # an authority other than the police: BIA, child services
    ("He told her BIA will take her kids the minute she walks in.", "affirmed"),
    ("He says child services would take her baby if she talks.", "affirmed"),
    # la migra waiting, in quotes
    ("He tells them immigration is \"waiting outside\", so nobody tries the door.", "affirmed"),
    ("The owner says la migra is 'waiting' at the bus station.", "affirmed"),
    # others told, without a possessive; a predecessor in the job
    ("The girls there are told cops will deport them on the spot.", "other_person"),
    ("The workers here were also told the police lock up anyone without papers.", "other_person"),
    ("The previous nanny was told the police would deport her.", "other_person"),
]

FEAR_R4_NEGATIVES = [
    "Doesn't trust cops - \"grew up in Camden, that's why,\" nothing anyone told him.",
    "Doesn't like police, nothing the boss said, just her own history.",
    "Not scared of police or ICE, \"why I should be?\"",
    "Says she is not afraid of the police or immigration.",
    "That agency charges the girls \"double\" after they arrive.",
    "They charge the workers extra for the van.",
    "\"I still have 12.\" She means $12k left on the fee.",
    "ID was lost around when she got arrested in Oct.",
    "He got arrested last year for a DUI.",
]


SCRIPTED_R4 = [
    # non-native 'say me say', 'tell us say'
    ("\"If friend ask me how is job, I say good, because Madam say me say good.\"", "affirmed"),
    ("Injured man finally said \"he tell us say the truck\".", "affirmed"),
    ("\"Boss tell them say cousin, not worker.\"", "affirmed"),
    ("\"Señora told me say I am happy.\"", "affirmed"),
    ("\"He make us say we are family.\"", "affirmed"),
    # said the same as the others
    ("At first he said the same as the others, \"we are cousins, we help for free\".", "affirmed"),
    ("She told the same story as the other girls.", "affirmed"),
    ("He gave the same answer as the rest of the crew.", "affirmed"),
    ("Each one repeated the same line as the others.", "affirmed"),
    ("They said the same thing as the other workers, word for word.", "affirmed"),
    # told to deny knowing the controller
    ("Marquis told her \"if you ever get picked up, you don't know me\".", "affirmed"),
    ("He told them to say they never met him.", "affirmed"),
    ("Told her if cops stop her, act like you don't know him.", "affirmed"),
    # the account attributed to the controller: 'como dijo el mayordomo', 'like the foreman told him to'
    ("He told the nurse he slipped on his stairs, \"como dijo el mayordomo\".", "affirmed"),
    ("Said he fell at home, como me dijo el jefe.", "affirmed"),
    ("Said he fell off a ladder, like the foreman told him to.", "affirmed"),
    ("Told the ER she burned it cooking, the way the boss told her to.", "affirmed"),
    # checklist answered 'no,' with a comment: negated
    ("Story sounds rehearsed: no, chatty, answers all over the place", "negated"),
    ("Answers seem coached: N, spoke freely", "negated"),
    # a predecessor in the job is someone else
    ("The woman who worked there before her said the very same lines, per the gardener.", "other_person"),
]

SCRIPTED_R4_NEGATIVES = [
    "He gets paid the same as the others.",
    "She works the same hours as the other girls.",
    "\"You don't know me,\" she told the officer, angry.",
    "Told me he slipped on the ice like the others did last week.",
    "Asked how she is, she said \"tell me something good\".",
]


FEAR_R4B = [
    # the authorities and the controller work together
    ("Told her HSI and \"the agency\" work together.", "affirmed"),
    ("He says the cops and the owner are partners.", "affirmed"),
    ("She says the agency and immigration work together.", "affirmed"),
    ("The boss says he and the sheriff are in it together.", "affirmed"),
    ("Told her the sheriff is his friend.", "affirmed"),
    # 'I'm the one going to jail'
    ("\"If I talk, I'm the one going to jail,\" he told her.", "affirmed"),
    ("He says the girls are the ones that get arrested, not him.", "affirmed"),
    ("Told her she'd be the one who gets deported.", "affirmed"),
    ("\"if I say anything I'm the one going to jail, he told me how it works\"", "affirmed"),
]

FEAR_R4B_NEGATIVES = [
    "Cl finally: \"Boss say tell police we are customer.\"",
    "He told them to tell the cops they're his cousins.",
    "Said to tell police we are friends visiting.",
]

MINOR_R4B = [
    # an age claim taken back is not present (GUIDELINES, assertion: a claim taken back)
    ("Looked young, said she's 17 then changed it to 18. No ID.", "hypothetical"),
    ("First said 16, later corrected it to 19.", "hypothetical"),
    ("Says she is 15, then changed her answer to 18.", "hypothetical"),
]


@pytest.mark.parametrize("text,expected", MINOR_R4B)
def test_minor_round4b(rules, text, expected):
    check_flag(rules, text, "minor", expected, every=True)


MINOR_R4C = [
    # 'visit w/ 14 y/o M': after 'w/' a teen's age is the youth the note is about, not the client's child
    ("CASA visit w/ 14 y/o M placed w/ father.", "affirmed"),
    ("Met w/ 15-year-old F at the shelter.", "affirmed"),
    ("Home visit with 16 y/o M, new placement.", "affirmed"),
]

MINOR_R4C_NEGATIVES = [
    "Client came in w/ her 15 y/o son.",
    "Mom of two, here w/ 14-year-old daughter.",
    "She has a 16-year-old at home.",
    "Escort w/ a 2 y/o in the car.",
]

FEAR_R4C = [
    # the consequence named by the authority alone
    ("Told by foreman \"if you talk, ICE.\"", "affirmed"),
    ("Boss says if anyone complains - la migra!", "affirmed"),
    ("\"If you run, police.\" That's what he tells them.", "affirmed"),
]

SCRIPTED_R4C = [
    # repeating someone else's words is the client's script, not the other person's experience
    ("His account of the fall repeated the coworker's phrasing exactly.", "affirmed"),
    ("She repeated her cousin's words almost exactly.", "affirmed"),
    ("Gave identical address and \"uncle\" story at first.", "affirmed"),
]


MINOR_R4D = [
    # someone else the client tells about: 'mentioned a new girl ... can't be more than 16'
    ("She mentioned a new girl w/ a guy in a black truck, girl can't be more than 16.", "other_person"),
    ("She mentioned a younger girl at the spa, maybe 16.", "other_person"),
    ("He talked about another boy on the crew, about 15.", "other_person"),
]


@pytest.mark.parametrize("text,expected", MINOR_R4D)
def test_minor_round4d(rules, text, expected):
    check_flag(rules, text, "minor", expected, every=True)


# --------------------------------------------------------------------------- round 5 (fresh9 families)

MINOR_R5 = [
    # a bracketed age followed by a mark the tokenizer glues to the bracket
    ("Youth R. (16): says the man at the motel keeps her phone.", "affirmed"),
    ("Interviewed M. (14), placed at the shelter last night.", "affirmed"),
    # age and grade in brackets
    ("Student Dayana (14, 8th) is picked up by an adult male daily.", "affirmed"),
    # a role word then a bare age
    ("Sponsor: uncle, 31. Child 13. Home visit done.", "affirmed"),
    ("Kid 15, selling flowers at the on-ramp after dark.", "affirmed"),
    ("Child to be released: 11. Sponsor is a family friend.", "affirmed"),
    ("Minor referred: 16, found working nights at the car wash.", "affirmed"),
    # an age in reported speech
    ("She said 19 at intake, then told me 16 during the walk.", "affirmed"),
    ("He told staff 15 when the nurse asked again.", "affirmed"),
    # non-native grammar without 'was'
    ("When she 15 the agent bring her to Dubai with a fake age.", "affirmed"),
    ("Since I 14 I work in the kitchen, he says.", "affirmed"),
    # two young ages with a tilde or 'and' in brackets
    ("Two boys (~11 + 12) washing windshields at the light.", "affirmed"),
    ("Sisters (about 12 and 14) sell tamales door to door.", "affirmed"),
    # a bare age followed by a minor's setting
    ("15, in foster care since spring, ran twice this month.", "affirmed"),
    ("Referral: 16, in school part time, works nights at a bar.", "affirmed"),
    # other people: the others of a group, people beside the client, wife-in-law, a cousin in brackets
    ("Three girls came in; one of the other two looked about 14.", "other_person"),
    ("Cl is 19. The other girl was 16, she said.", "other_person"),
    ("Two kids selling with her, maybe 13 or 14, out there till late.", "other_person"),
    ("Her wife-in-law is 16 and works the same track.", "other_person"),
    ("Her wifey in law is 15, per cl.", "other_person"),
    ("Cousin Marisol (15) came over the border with the same coyote.", "other_person"),
    ("Cl says there is a boy on the crew who is 15.", "other_person"),
    ("There was a girl at the house, maybe 14, Cl said.", "other_person"),
]

MINOR_R5_NEGATIVES = [
    "Cl is 24. Kid 15 minutes late to the appointment.",
    "Room 16, in back of the motel, was searched.",
    "Her wife in law school was supportive.",
    "Keke (25), got a 2yo, staying with her mom.",
    "Dee is 22 and got a 3 y/o at home.",
]

FEAR_R5 = [
    # the authorities coming to the house
    ("Boss said \"ICE will be at the house by Monday\" if anyone complains.", "affirmed"),
    ("He told them the cops gonna come to your door if you call anybody.", "affirmed"),
    # the controller's relatives in the police
    ("Afraid to report because the owner's brother is a deputy in town.", "affirmed"),
    ("Afraid of reporting; the boss's cousin is a cop in Yonkers.", "affirmed"),
    # Spanish
    ("Dice que \"si hablo con la policía me deportan\".", "affirmed"),
    ("El patrón: \"la migra te va a agarrar\" si sales.", "affirmed"),
    ("\"La policía nos lleva\" is what the señora repeats.", "affirmed"),
    # the judge / DA turned against the client
    ("He said if she testifies the judge gonna give her the time, not him.", "affirmed"),
    ("Pimp told her the DA will charge her too if she names him.", "affirmed"),
    # police returning the client, deporting as a journey
    ("Told her the police would bring her right back to him.", "affirmed"),
    ("Says immigration will put them on the next plane home if they talk.", "affirmed"),
    ("The cops in this county are his buddies, he says.", "affirmed"),
    ("Crew boss says the police have your picture already.", "affirmed"),
    ("He tells the girls nobody talks to the cops, ever.", "affirmed"),
    ("Boss says he will tell the police where we live if we quit.", "affirmed"),
    ("Says the foreman calls immigration when workers leave: \"ICE comes for you next\".", "affirmed"),
    ("The owner told her he can have her picked up by ICE any day.", "affirmed"),
]

FEAR_R5_NEGATIVES = [
    "Saw L. (12) and his cousin at the bus stop after school.",
    "\"I don't talk to cops, never have,\" pt said after the bar fight.",
    "Her brother is a police officer in Ohio and is helping with housing.",
    "Cops pulled her cousin over last week and took his license.",
    "ICE detained her brother in 2019; she is generally scared of police.",
]

SCRIPTED_R5 = [
    ("Boss say tell you we family, we help for free.", "affirmed"),
    ("The manager told them to tell inspectors they're volunteers.", "affirmed"),
    ("The recruiter told the workers \"say you're paid $15\".", "affirmed"),
    ("Told her \"say you came on vacation, say you live with your aunt\".", "affirmed"),
    ("Agency man told him \"you're 18 if anyone asks\".", "affirmed"),
    ("He was told: you're a volunteer, anybody asks.", "affirmed"),
    ("Both gave the officer the same thing, as if they rehearsed it beforehand.", "affirmed"),
    ("They practiced it together in the van, the younger one admitted.", "affirmed"),
    ("W2 and W3 each used the phrase \"we are only guests\".", "affirmed"),
    ("She gave her age as 19 in a flat voice, like she rehearsed it.", "affirmed"),
    ("Answered every question the same way, like they'd practiced.", "affirmed"),
]

SCRIPTED_R5_NEGATIVES = [
    "Madam said she would call immigration and \"tell them you ran\".",
    "She practiced breathing exercises with the counselor.",
]


# ------------------------------------------------------------------------ round 6 (fresh10 families)

MINOR_R6 = [
    # an age at the time of the events, followed straight by who did it
    ("Says at 16 a guy from the mall bought her a phone and a bus ticket.", "affirmed"),
    ("Reports at 14 an older man in the building started paying for her food.", "affirmed"),
    ("At 15 a neighbor took her to his cousin's bar to work.", "affirmed"),
    ("He recalled at 17 a recruiter came to the village with papers.", "affirmed"),
    # the age of someone the client saw hurt
    ("Saw the foreman slap a kid who was slow on the line, maybe 15.", "other_person"),
    ("He watched the captain kick a young deckhand, about 16, for sleeping.", "other_person"),
    ("She saw the owner hit another girl who talked back, like 14.", "other_person"),
    ("Saw the mayordomo beat a boy who asked for pay; that boy was maybe 16.", "other_person"),
    # someone named through another person
    ("Mom added that a friend of Tasha's, Brie, 15, rides with them.", "other_person"),
    ("A cousin of hers, 14, was also at the apartment.", "other_person"),
    # the controller's next victim
    ("Now he's got a new girl, maybe 16, posting her the same way.", "other_person"),
    ("Now he's got a younger girl, maybe 16, posting her the same way.", "other_person"),
    ("Says he got some younger girls now, 14 and 15.", "other_person"),
    # round 8: someone introduced with "theres" (there + s), and children named by a plural possessive
    ("also heard theres a girl working in the back who's maybe 15.", "other_person"),
    ("Heard theres a boy on the night crew, maybe 14.", "other_person"),
    ("HM also checks the boys' tablets every night (ages 9 and 11).", "other_person"),
    ("HM checks the kids' phones every night (ages 10 and 13) as a house rule.", "other_person"),
    ("Host dad drives the girls\u2019 carpool, ages 12 and 14.", "other_person"),
    # fresh13 writers: a youth the client saw hurt, a sibling or cousin without a possessive
    ('She watched the elder strap a 14yo with a belt at dinner.', 'other_person'),
    ('He saw the foreman hit a 15-year-old on the line.', 'other_person'),
    ('Then the sister: Ada, 14, still inside the group.', 'other_person'),
    ('The cousin, 15, is also on the crew.', 'other_person'),
]

MINOR_R6_NEGATIVES = [
    "Bags were sold at 15 a bag on the corner.",
    "Pay was at 16 an hour before the cut.",
]

FEAR_R6 = [
    # local police said to feed immigration
    ("Crew leader told them the police in Georgia hand Mexicans straight to immigration.", "affirmed"),
    ("Boss says cops here turn everybody over to ICE.", "affirmed"),
    ("She was told the sheriff gives you to la migra if you call.", "affirmed"),
    # helpers painted as immigration's partners
    ("The agent told them the legal aid people are \"working with immigration\".", "affirmed"),
    ("\"el patrón dice que ustedes trabajan con la migra\"", "affirmed"),
    ("Owner told the workers the clinic works with ICE.", "affirmed"),
    # the police on the controller's side
    ("He says police here are his friends.", "affirmed"),
    ("Madam told her the cops are all the owner's buddies.", "affirmed"),
    ("She believes the sheriff is friends with the boss because he told her so.", "affirmed"),
    ("Says the man has the cops in his pocket.", "affirmed"),
    # leaving framed as a crime
    ("Agency told her she would go to jail for breaking contract.", "affirmed"),
    ("They say you get deported for quitting the job.", "affirmed"),
    ("Recruiter said breaking the contract is a crime here.", "affirmed"),
    # Spanish: what the authorities are said to do
    ("\"él dice que la migra me quita a mis hijos\"", "affirmed"),
    ("The broker said \"la policía te va a buscar\" if anyone leaves.", "affirmed"),
    ("Dice el jefe que la migra los deporta a todos.", "affirmed"),
    # non-native spelling of the authorities, with the punishment
    ("Told if he goes to town \"Imigresen catch you, jail\".", "affirmed"),
    ("Mandor says polis catch you, whip you, prison.", "affirmed"),
    # a quoted conditional warning of the controller
    ("Grace said \"if I leave, they say I go to jail for breaking contract\".", "affirmed"),
    # a general fear
    ("Says she is just nervous about police in general.", "negated"),
    # round 7
    ("Boss told them if they mess up the answer they'll sit in jail.", "affirmed"),
    ("He says they would rot in prison if anyone talks.", "affirmed"),
    ("He told her if she gets arrested again CPS takes her kids for good.", "affirmed"),
    ("Madam says child services will take the baby if she goes to police.", "affirmed"),
    ("She believes the hospital has to report her to immigration.", "affirmed"),
    ("He told her doctors are required to call the police on girls like her.", "affirmed"),
    ("Owner says the cops in this county work for him.", "affirmed"),
    ("The foreman said the police here work w/ ICE.", "affirmed"),
    ("Patrón said the sheriff in that town is his brother-in-law.", "affirmed"),
    # round 8: the client asks whether the controller *can* have her deported: a question, nobody told her so
    ("She asked me if Vlad can get her deported for not paying.", "hypothetical"),
    ("Pt asked whether her boss could have her arrested.", "hypothetical"),
    ("He wondered if the owner can get him deported if he quits.", "hypothetical"),
    ("Cl asked the advocate if the manager could get her sent to jail.", "hypothetical"),
    ("Pt asked if clinic will call la migra, jefe says hospitals do.", "affirmed"),
    # round 8: the authorities said to cancel her status; the places she could turn to said to hand people over
    ("Boss told her immigration will cancel her visa if she complains.", "affirmed"),
    ("He says ICE can revoke your status any time.", "affirmed"),
    ("Sponsor rep said immigration will pull the visas of anyone who leaves.", "affirmed"),
    ("He said rehabs report you to the cops.", "affirmed"),
    ("Owner told them banks report workers to immigration.", "affirmed"),
    ("Pimp says shelters turn girls over to police.", "affirmed"),
    ("Doctors report you, he told her.", "affirmed"),
    # round 8: "they" (the authorities) put her on a plane
    ("\"no police, sajang-nim says they will check my visa and put me on a plane\"", "affirmed"),
    ("Foreman said if they stop you they will put you on a flight home.", "affirmed"),
    ("Boss says they'll send you on the next bus to the border.", "affirmed"),
]

FEAR_R6_NEGATIVES = [
    "He kept her ID \"so migración wouldn't send her back\".",
    "Cl says \"if they deport me they'll be waiting at the airport\".",
    "Worried that if deported to SPS the same people will find him.",
    "Left him in 2023; ICE arrest at a check-in last spring.",
    "Asked if I was going to call police; I told him no.",
    "Detective said the consulado me manda papers.",
    "Cl is scared of losing her job if she calls the police.",
    "Pt ok w/ PD call, advocate stayed on the line.",
    "The deputy put his hand on her shoulder during transport.",
    "Check that his immigration hearing (uncle has the date) is on the calendar.",
    # round 8: PD is the public defender; the police ruled out; the police of the home country
    "Reports arrest in Aug, police took his pills, case pending, has PD.",
    "Pt has PD for the possession charge.",
    "Per PD, the bond is in her name and she is fine if she makes court.",
    "shes scared of Vlad not the cops.",
    "Says she is afraid of the pimp, not of the police.",
    "Scared of police back home, they beat her brother there.",
    "She is afraid of the police in her country, they took bribes.",
    "The bank reports your interest to the IRS.",
    "Boss said he would put her on a plane home if she kept crying.",
    "We will put her on the bus to the shelter tomorrow.",
]

SCRIPTED_R6 = [
    # the instruction with 'to' dropped
    ("The broker made the book, he said say 21.", "affirmed"),
    ("\"He said just say it's for rent\"", "affirmed"),
    ("Boss told us, just say we are cousins.", "affirmed"),
    # Spanish 'say that'
    ("The line lead told him \"di que te cortaste en la casa\".", "affirmed"),
    ("\"la señora dijo: digan que son sus sobrinas\"", "affirmed"),
    ("El patrón: \"dile que tienes 18\".", "affirmed"),
    # what to leave out
    ("\"the man paying my lawyer said don't talk about that part\"", "affirmed"),
    ("Sponsor told him not to mention that part to the judge.", "affirmed"),
    # coaching for the questions
    ("The supervisor came the night before to \"teach us the questions\".", "affirmed"),
    ("HR taught them the answers before the audit.", "affirmed"),
    ("Says the agent drilled us on the answers in the van.", "affirmed"),
    # answers that change when the boss's person comes in
    ("Company rep sat in; after that, answers changed to \"everything is good\".", "affirmed"),
    ("The responses shifted as soon as the manager sat down.", "affirmed"),
    # round 7
    ("Boss wants cl to tell the ER he fell off a ladder at home.", "affirmed"),
    ("The owner pressured him to tell the doctor it happened at home.", "affirmed"),
    ("He told her if she gets stopped say she is visiting her aunt.", "affirmed"),
    ("Said it quickly and identical to how she wrote it on the form.", "affirmed"),
    # round 8: the identity she is told to claim when someone comes
    ("He told her if police came she was a girlfriend visiting from out of town.", "affirmed"),
    ("Boss told them if inspectors come they are family.", "affirmed"),
    ("The owner tells the girls when the police stop them they are students.", "affirmed"),
    ("Madam said if anyone asks, she is her niece.", "affirmed"),
    ("Boss says if the police stop her she's his cousin.", "affirmed"),
    # round 8: the answer in someone else's words, or said the exact way he said it
    ("She said \"eighteen, I finished school\" in exactly the aunt's words.", "affirmed"),
    ("Both girls answered in exactly their boss's wording.", "affirmed"),
    ("Her answer was in precisely his words.", "affirmed"),
    ("When asked her address, she said it the exact way he had just said it.", "affirmed"),
    ("He said it exactly the way the manager had put it.", "affirmed"),
]

SCRIPTED_R6_NEGATIVES = [
    "I: Imagery rehearsal introduced; Cl rescripted the ending.",
    "P: Rehearse script nightly; f/u 1 wk.",
    "P: Cont. CPT; add dual-awareness practice before narrative.",
    "Number given, she memorized it.",
    "Began the trauma narrative this session.",
    "Coach tells Zion he can't talk to staff about his grades without a pass.",
    "It is what everyone says, but they don't talk about it at church.",
    # round 8: a threat to report her, and the writer's own advice
    "He's told her if she stops he'll tell the bondsman she skipped.",
    "Boss told him if he complains again he will call the police on him.",
    "Told her if she leaves they'll tell immigration where she lives.",
    "Reassured EV: call us right away if anyone asks.",
    "Text me if anybody asks about your visa.",
    "He knows exactly what words to use to calm her.",
    "She described it exactly as it happened.",
]


def test_gag_order_is_not_a_script(rules):
    check_absent(rules, "Madam told her not to talk about the house at the hospital or call anyone.", "scripted_account")


MINOR_R6B = [
    ("Yearbook photo: likely a sophomore at Central.", "affirmed"),
    ("Says 19, probably 16 by the way she talks about school.", "affirmed"),
    ("Called juvenile detectives about the 15 yo.", "affirmed"),
    # round 7: client shorthand + bare age, an age at the time of the events, others introduced in the story
    ("Yth 15, lives w/ grandma, no new concerns.", "affirmed"),
    ("Cl 16 - attends Eastside, works weekends at the stand.", "affirmed"),
    ("C 17, calling from a truck stop near Tulsa.", "affirmed"),
    ("A neighbour brought her over at 15 to mind his kids.", "affirmed"),
    ("Her words: at 16 someone from church offered her a job.", "affirmed"),
    ("She named one, Dalia, who was 15 when she went.", "other_person"),
    ("There was a girl Noor, Noor was only 14, she cooked for the crew.", "other_person"),
    ("His brother Tomas was taken to the farm last spring at 16.", "other_person"),
    ("Caller says the girl is maybe 15, could be older, she only saw her once.", "hypothetical"),
    ("A man she calls uncle, who is not related to her, brought her here at 16.", "affirmed"),
    # round 8: a child's age opening a clause ("At 12 she was sent"), and "at 15 older guys"
    ("At 12 she was sent to live w/ a great-uncle.", "affirmed"),
    ("At 11 he started working in the fields.", "affirmed"),
    ("At 10, I was cleaning houses for the lady.", "affirmed"),
    ("at 15 older guys in his neighborhood made him run packs.", "affirmed"),
    ("At 14 some men from the church took her to the city.", "affirmed"),
    # round 8: the child a parent calls about is the person the note is about
    ("Mom called, daughter is 15. Mom checks her phone every night.", "affirmed"),
    ("Dad calling, son is 14 and hasn't been home since Friday.", "affirmed"),
    ("Grandma called, granddaughter is 13, met a man online.", "affirmed"),
    ("Mother reports, daughter is 16 and skipping school.", "affirmed"),
]

MINOR_R6B_NEGATIVES = [
    "1. Bedbugs confirmed rms 14, 16.",
    "Mold in units 15 and 17; Referred PD juvenile + code.",
    "Buses 12, 14 late again; gate 16 closed.",
    "Crew knocks doors 9-9 most days.",
    "They work until 10-11 pm, seven days.",
    "Call back window Thurs 11-12.",
    "Boat crew did 13-14 hour days at sea.",
    "Curfew at the shelter is 9 pm.",
    "Approx. 14 occupants in three trailers.",
    "Shift runs 12-9 on weekends.",
    "Meeting at 10 he was late again.",
    "Came back at 11 she was asleep on the couch.",
    "Lunch at 12 she said was fine.",
    "Cl (34F). Her daughter is 15 and lives with grandma.",
    "Her son is 16 and works at the car wash.",
    "Pt's daughter was 14 when they arrived.",
    "Youngest daughter is 12.",
]


# -- every table above, by indicator: one test for what must be flagged, one for what must not ------------

FLAGGED = {  # indicator -> its tables of (text, expected status)
    "minor": [MINOR, MINOR_R3, MINOR_R4, MINOR_R4C, MINOR_R6B],
    "fear_of_authorities": [FEAR, FEAR_R3, FEAR_R4, FEAR_R4B, FEAR_R4C, FEAR_R5, FEAR_R6],
    "scripted_account": [SCRIPTED, SCRIPTED_R3, SCRIPTED_R4, SCRIPTED_R4C, SCRIPTED_R5, SCRIPTED_R6],
}
# Tables whose other-person cases must hold for every flag of the indicator in the text, not just one.
FLAGGED_EVERY_OTHER_PERSON = {
    "minor": [MINOR_R5, MINOR_R6],
}
NOT_FLAGGED = {  # indicator -> its tables of texts that must not give a present flag
    "minor": [
        MINOR_NEGATIVES, MINOR_R3_NEGATIVES, MINOR_R4_NEGATIVES, MINOR_R4C_NEGATIVES, MINOR_R5_NEGATIVES,
        MINOR_R6_NEGATIVES, MINOR_R6B_NEGATIVES,
    ],
    "fear_of_authorities": [
        FEAR_NEGATIVES, FEAR_R3_NEGATIVES, FEAR_R4_NEGATIVES, FEAR_R4B_NEGATIVES, FEAR_R5_NEGATIVES,
        FEAR_R6_NEGATIVES,
    ],
    "scripted_account": [
        SCRIPTED_NEGATIVES, SCRIPTED_R3_NEGATIVES, SCRIPTED_R4_NEGATIVES, SCRIPTED_R5_NEGATIVES,
        SCRIPTED_R6_NEGATIVES,
    ],
}


@pytest.mark.parametrize(("indicator", "text", "expected"),
                         [(i, t, e) for i, tables in FLAGGED.items() for table in tables for t, e in table])
def test_flagged(rules, indicator, text, expected):
    check_flag(rules, text, indicator, expected)


@pytest.mark.parametrize(("indicator", "text", "expected"),
                         [(i, t, e) for i, tables in FLAGGED_EVERY_OTHER_PERSON.items() for table in tables
                          for t, e in table])
def test_flagged_other_person_everywhere(rules, indicator, text, expected):
    check_flag(rules, text, indicator, expected, every=expected == "other_person")


@pytest.mark.parametrize(("indicator", "text"),
                         [(i, t) for i, tables in NOT_FLAGGED.items() for table in tables for t in table])
def test_not_flagged(rules, indicator, text):
    check_absent(rules, text, indicator)
