"""Patterns of the recruitment group: recruitment_or_transport, deceptive_recruitment, forced_labor,
scripted_account, fear_of_authorities, minor.

Each indicator has a table of (note text, indicator, expected assertion of the flag) and a table of hard
negatives that must not make the indicator present. Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

import flagger
from tests.conftest import check_absent, check_flag

# --------------------------------------------------------------------------------------------- minor

MINOR = [
    ("Pt is a 15-year-old female brought in by police.", "affirmed"),
    ("16 y/o F BIBA from a motel off the interstate.", "affirmed"),
    ("16yo F, c/o abd pain.", "affirmed"),
    ("Pt 17 y.o. M here for a wrist injury.", "affirmed"),
    ("Client (F, 16) met the man online.", "affirmed"),
    ("Intake: Jasmine, 14, placed in kinship care last week.", "affirmed"),
    ("Youth: Marco, 17, from Guatemala.", "affirmed"),
    ("She told the nurse she is sixteen.", "affirmed"),
    ("Texter says she's 15 and lives with her aunt.", "affirmed"),
    ("Texter \"im 16\", calling from school.", "affirmed"),
    ("Girl appears to be about 14.", "affirmed"),
    ("Worker looked approx 13, carrying crates.", "affirmed"),
    ("Age per school: can't be older than 15.", "affirmed"),
    ("DOB 03/14/2010. Alert and oriented.", "affirmed"),
    ("DOB: 2011", "affirmed"),
    ("Referral for a 10th grader who keeps missing school.", "affirmed"),
    ("She is in 8th grade at Lincoln.", "affirmed"),
    ("Student is a sophomore at Eastside High.", "affirmed"),
    ("Counselor met a freshman who has been skipping class.", "affirmed"),
    ("She's in middle school and has an older boyfriend.", "affirmed"),
    ("Juvenile female detained at the hotel.", "affirmed"),
    ("Cl is a minor and was found in a massage parlor.", "affirmed"),
    ("Youth M, arrested with two adults.", "affirmed"),
    ("Sixteen-year-old boy working nights at the plant.", "affirmed"),
    ("Pt is an underage girl brought by a much older man.", "affirmed"),
    ("Child labor violation: worker 15 yrs old operating a forklift.", "affirmed"),
    # historical (the context step marks dated and 'used to' phrases)
    ("In 2019 she was 16 and living in his apartment.", "historical"),
    # assertion cases
    ("Denies being a minor; ID shows 23.", "negated"),
    ("Possible minor, age unknown.", "hypothetical"),
    ("CW to screen for whether the girl is a juvenile.", "hypothetical"),
    ("Her little sister (15) lives with their aunt in Ohio.", "other_person"),
    ("Her cousin's friend, 14, was also at the party.", "other_person"),
]

MINOR_NEGATIVES = [
    "34F here with her 15-year-old son for a sports physical.",
    "Pt here w/ daughter (12) for her asthma follow-up.",
    "She has a 16yo daughter at home and works at the salon.",
    "Texter F 22 escort w/ a 2yo, scared of her man.",
    "Cl has two kids ages 3 and 12.",
    "Caller is 19, works at the spa.",
    "Pt is 22 y/o and lives with roommates.",
    "He is an 18-year-old male.",
    "Minor abrasions on both knees, no fracture.",
    "Only minor injuries, cleaned and dressed.",
    "She is a college freshman at State.",
    "He worked 16 hours a day with no break.",
    "Motel on Route 16, Room 14.",
    "Paid $15, sometimes $17, a day.",
    "Fall from scaffold about 10 ft.",
    "Crew of 14 men sleeping in the barn.",
    "Workers (15) interviewed on site at the orchard.",
    "Lives w/ grandmother, finished 12th grade last spring, now 19.",
    "Her cousin is 14 and gets sold online by a guy named Pharaoh.",
    "Farm is 11 miles from town, no car.",
]


@pytest.mark.parametrize("text,expected", MINOR)
def test_minor(rules, text, expected):
    check_flag(rules, text, "minor", expected)


@pytest.mark.parametrize("text", MINOR_NEGATIVES)
def test_minor_negatives(rules, text):
    check_absent(rules, text, "minor")


# ------------------------------------------------------------------------------- fear_of_authorities

FEAR = [
    ("Her pimp told her the cops would arrest her, not him.", "affirmed"),
    ("He says if she goes to the police they will deport her.", "affirmed"),
    ("Boss tells the crew that police here hand people over to ICE.", "affirmed"),
    ("Cl afraid to go to police because the owner said they'd send her back.", "affirmed"),
    ("Pt terrified of immigration, would not give her last name.", "affirmed"),
    ("She won't talk to the cops, says they'll lock her up for prostitution.", "affirmed"),
    ("Employer told him the labor inspectors work with la migra.", "affirmed"),
    ("The manager said cops are his customers.", "affirmed"),
    ("He knows cops, so there is no point calling.", "affirmed"),
    ("Pt asked if the hospital will call immigration.", "affirmed"),
    ("\"Will they deport me?\" pt asked the nurse.", "affirmed"),
    ("Texter says her man told her 12 will charge her, not him.", "affirmed"),
    ("Workers were told they would be arrested if they spoke to inspectors.", "affirmed"),
    ("Youth believes he'll be sent to juvie if he talks.", "affirmed"),
    ("Cl tiene miedo de la migra.", "affirmed"),
    ("He said la policía would send her back to Honduras.", "affirmed"),
    ("She doesn't trust the police because he said they work for him.", "affirmed"),
    ("Crew boss says the sheriff is his buddy.", "affirmed"),
    ("if i call the cops they lock me up not him thats what he says", "affirmed"),
    ("Contractor refused the ER: \"you'll get us all deported\".", "affirmed"),
    ("Pt is scared of being deported, says the boss reminds them daily.", "affirmed"),
    ("\"they deport me first, not him\" - boss says", "affirmed"),
    # historical
    ("In 2019 her trafficker told her police would jail her.", "historical"),
    # assertion cases
    ("Denies fear of police.", "negated"),
    ("Pt not afraid of police, wants to file a report.", "negated"),
    ("CW asked whether anyone told her police would deport her.", "hypothetical"),
    ("Her friend was told police would deport her.", "other_person"),
]

FEAR_NEGATIVES = [
    "Police arrested the driver at the scene.",
    "Pt was arrested for shoplifting last year, charges dropped.",
    "He threatened to call ICE on her if she quits.",
    "Boss says he'll report her to immigration.",
    "She dislikes police since her brother's arrest.",
    "Officer took her statement and police will follow up.",
    "They charge her $50 a week for the room.",
    "Pt declines police involvement at this time.",
    "They book their own rooms and keep their own money.",
    "Sheriff's deputy found the crew at the gas station.",
    "Fall on ice in the parking lot, wrist pain.",
    "She was sent to the immigration attorney for her asylum case.",
]


@pytest.mark.parametrize("text,expected", FEAR)
def test_fear_of_authorities(rules, text, expected):
    check_flag(rules, text, "fear_of_authorities", expected)


@pytest.mark.parametrize("text", FEAR_NEGATIVES)
def test_fear_of_authorities_negatives(rules, text):
    check_absent(rules, text, "fear_of_authorities")


# --------------------------------------------------------------------------------- scripted_account

SCRIPTED = [
    ("Pt states her boyfriend told her what to say to the doctors.", "affirmed"),
    ("She was told to say she is 19 and a college student.", "affirmed"),
    ("\"He said tell them we're married.\"", "affirmed"),
    ("Her story sounded rehearsed.", "affirmed"),
    ("Her account matched the companion's word for word.", "affirmed"),
    ("All three workers gave identical answers about their pay.", "affirmed"),
    ("Client admits she was coached before the interview.", "affirmed"),
    ("The crew leader made them practice answers in the van.", "affirmed"),
    ("I'm supposed to say he's my uncle.", "affirmed"),
    ("Answers seemed memorized, repeated the same sentence three times.", "affirmed"),
    ("The owner tells the girls to say they are students visiting.", "affirmed"),
    ("Workers were instructed on how to answer the inspectors.", "affirmed"),
    ("He had a cover story ready for the hotel clerk.", "affirmed"),
    ("her acount seemd rehersed", "affirmed"),
    ("cl said boss told them wat to say if labor comes", "affirmed"),
    ("Boss told them that if the inspector asks they should say they are paid hourly.", "affirmed"),
    ("He makes her tell the desk clerk she is his girlfriend.", "affirmed"),
    ("Each woman recited the same lines about being a massage student.", "affirmed"),
    ("Youth gave the same story as the other boys, down to the team name.", "affirmed"),
    ("Her explanation seemed scripted.", "affirmed"),
    # historical
    ("In 2018 the madam told her to say she was a student at the visa interview.", "historical"),
    # assertion cases
    ("Denies anyone telling her what to say.", "negated"),
    ("No concern for a coached or rehearsed account.", "negated"),
    ("CW asked whether anyone told her what to say.", "hypothetical"),
    ("Her coworker was told to say he was a volunteer.", "other_person"),
]

SCRIPTED_NEGATIVES = [
    "Hx consistent with mechanism of injury.",
    "Pt gave the same story at triage and to the attending.",
    "She repeated the same account to our staff in English.",
    "CW told her to tell staff if she feels unsafe.",
    "Pt's account inconsistent, likely due to trauma and time.",
    "She goes to soccer practice twice a week.",
    "Pt memorized the hotline number.",
    "Her twin has identical symptoms.",
    "Referred to private practice therapist.",
    "I told him to tell his lawyer about the debt.",
    "\"He said if I tell anyone he'll post the pictures.\"",
    "She has to answer his texts right away or he gets angry.",
]


@pytest.mark.parametrize("text,expected", SCRIPTED)
def test_scripted_account(rules, text, expected):
    check_flag(rules, text, "scripted_account", expected)


@pytest.mark.parametrize("text", SCRIPTED_NEGATIVES)
def test_scripted_account_negatives(rules, text):
    check_absent(rules, text, "scripted_account")


# ------------------------------------------------------------------------------------- forced_labor

FORCED = [
    ("Pt works 14-hour days with no days off.", "affirmed"),
    ("She hasn't had a day off since she arrived in June.", "affirmed"),
    ("Caller says they work seven days a week picking strawberries.", "affirmed"),
    ("Boss won't let them quit until the harvest is over.", "affirmed"),
    ("He is not allowed to quit.", "affirmed"),
    ("She cleans the house from 5 am to 11 pm every day.", "affirmed"),
    ("Worker sleeps in the storage room behind the kitchen.", "affirmed"),
    ("They made him work at the car wash for nothing.", "affirmed"),
    ("Employer forces her to clean three apartments a day without pay.", "affirmed"),
    ("pt workin 16hrs a day no breaks", "affirmed"),
    ("He was made to sell drugs for the older guys.", "affirmed"),
    ("Hours: 6am-9pm, Mon-Sun.", "affirmed"),
    ("Days off: none", "affirmed"),
    ("Q: Can you leave the job? A: \"Not until the debt is paid\"", "affirmed"),
    ("Youth is kept out of school to work on the farm.", "affirmed"),
    ("The crew sleeps at the jobsite in a shipping container.", "affirmed"),
    ("Pt says she is on call 24 hours for the elderly patient.", "affirmed"),
    ("\"We work or we don't eat.\"", "affirmed"),
    ("Her uncle has her selling candy at the market every night.", "affirmed"),
    ("Works about 80 hours a week at the restaurant.", "affirmed"),
    ("Q: Can you quit if you want? A: no", "affirmed"),
    ("Uncle had him and his cousin doing roofing jobs for no pay.", "affirmed"),
    ("She runs the register at his gas station with no pay.", "affirmed"),
    ("Pt works drywall, $40/day cash for 12h days.", "affirmed"),
    # historical
    ("In 2017 she worked 18-hour days for a family in Qatar.", "historical"),
    # assertion cases
    ("Q: Can you quit if you want? A: yes, anytime", "negated"),
    ("Denies being forced to work.", "negated"),
    ("Cl has days off and is paid weekly.", "negated"),
    ("She is worried she might be made to work without pay.", "hypothetical"),
    ("His coworker is forced to work double shifts.", "other_person"),
]

FORCED_NEGATIVES = [
    "Works 12-hour shifts three days a week as a CNA, OT paid.",
    "Works long hours by choice to save money.",
    "She took amoxicillin for 7 days.",
    "He works overtime sometimes and is paid for it.",
    "She works every other weekend at the mall.",
    "Pt reports 7 days of cough.",
    "She can't stop crying since the assault.",
    "Student works part-time after school at a grocery.",
    "Two workers say they can't stop drinking now.",
    "Vomiting x 14 hours, unable to keep fluids down.",
    "She was forced into sex work in apartments.",
    "Cl has her own work permit and ID.",
    "OUTREACH INTAKE (panhandling, I-84 ramp)",
]


@pytest.mark.parametrize("text,expected", FORCED)
def test_forced_labor(rules, text, expected):
    check_flag(rules, text, "forced_labor", expected)


@pytest.mark.parametrize("text", FORCED_NEGATIVES)
def test_forced_labor_negatives(rules, text):
    check_absent(rules, text, "forced_labor")


# ------------------------------------------------------------------------- recruitment_or_transport

RECRUITMENT = [
    ("Says a recruiter in his home country promised $15/hr and a room.", "affirmed"),
    ("The broker arranged her visa and the flight.", "affirmed"),
    ("Her boyfriend drives her to hotels near the airport to meet buyers.", "affirmed"),
    ("She was recruited through a Facebook post for a nanny job.", "affirmed"),
    ("The crew leader brought them from Texas in a van.", "affirmed"),
    ("Pt says he moves her between motels every few days.", "affirmed"),
    ("A man picked her up at the Greyhound station.", "affirmed"),
    ("They moved us from city to city, never more than a week in one place.", "affirmed"),
    ("The owner flew her over and kept her passport.", "affirmed"),
    ("Cl was smuggled across the border by a coyote her uncle paid.", "affirmed"),
    ("He bought her a bus ticket to come work at his salon.", "affirmed"),
    ("Workers say the labor broker met them at the bus station.", "affirmed"),
    ("She doesn't know the address of the house where she stays.", "affirmed"),
    ("He took her to parties where men paid him.", "affirmed"),
    ("Motel to motel along I-10, a new town every week.", "affirmed"),
    ("Agency in Lagos arranged her visa and travel.", "affirmed"),
    ("She answered an ad for hostesses in Miami.", "affirmed"),
    ("Owner houses them above the shop, 6 to a room.", "affirmed"),
    ("\"he drove me up from Baltimore last week\"", "affirmed"),
    ("Recruited how?: a girl at the group home", "affirmed"),
    ("Sleeps in the owner's basement with four other women.", "affirmed"),
    ("el contratista nos trajo de Houston", "affirmed"),
    # historical
    ("In 2015 a man brought her from Guatemala to work in his bar.", "historical"),
    # assertion cases
    ("Denies anyone bringing her to the US to work; came with her parents.", "negated"),
    ("She fears he will move her to another city.", "hypothetical"),
    ("Her cousin was brought from Honduras by the same man.", "other_person"),
]

RECRUITMENT_NEGATIVES = [
    "She drives herself to work at the factory.",
    "Pt moved to Ohio with her family last year.",
    "Brought in by EMS from home.",
    "Mom drove her to the clinic.",
    "CW drove client to the shelter tonight.",
    "He takes the bus to work every day.",
    "Pt transferred to the ICU overnight.",
    "She brought up that her landlord raised the rent.",
    "19F, lives in dorm on campus, sore throat.",
    "Victim services moved the two women to a hotel tonight.",
]


@pytest.mark.parametrize("text,expected", RECRUITMENT)
def test_recruitment_or_transport(rules, text, expected):
    check_flag(rules, text, "recruitment_or_transport", expected)


@pytest.mark.parametrize("text", RECRUITMENT_NEGATIVES)
def test_recruitment_or_transport_negatives(rules, text):
    check_absent(rules, text, "recruitment_or_transport")


# ---------------------------------------------------------------------------- deceptive_recruitment

DECEPTIVE = [
    ("She was promised a job as a waitress in Houston.", "affirmed"),
    ("The recruiter told them they would earn $15 an hour; they get $6.", "affirmed"),
    ("Agency said it was a hotel job, but she was sent to clean private houses.", "affirmed"),
    ("He said he was a modeling agent and could get her photo shoots.", "affirmed"),
    ("She thought he was her boyfriend until he posted ads of her.", "affirmed"),
    ("Contract signed in Manila said $1,200/mo; here they get $400.", "affirmed"),
    ("The ad promised free housing and overtime.", "affirmed"),
    ("On arrival the job was laundry, not the kitchen.", "affirmed"),
    ("Cl says she was tricked into coming here.", "affirmed"),
    ("She answered an ad for nannies that turned out to be a front for a brothel.", "affirmed"),
    ("They were handed a different contract at the airport.", "affirmed"),
    ("\"He said $20 an hour, it's $9.\"", "affirmed"),
    ("no visa ever came, still waiting 2 yrs", "affirmed"),
    ("Was told she'd go to school in America.", "affirmed"),
    ("lured with promises of a nursing job", "affirmed"),
    ("Le prometieron trabajo en un restaurante.", "affirmed"),
    ("Actual pay is $5 an hour after deductions.", "affirmed"),
    ("The recruiter told his mom it was a paid internship with housing.", "affirmed"),
    ("She answered an ad for \"house sitting\" that was really a brothel.", "affirmed"),
    # historical
    ("In 2019 a man promised her work in a bakery.", "historical"),
    # assertion cases
    ("Job was exactly as described, no concerns.", "negated"),
    ("Denies being lied to about the job.", "negated"),
    ("Q: Were you deceived about the job or pay? A: no", "negated"),
    ("CW asked whether she was promised a different job.", "hypothetical"),
    ("Her sister's friend was promised a restaurant job in Ohio.", "other_person"),
]

DECEPTIVE_NEGATIVES = [
    "The job is harder than she expected but pay is as agreed.",
    "He promised he would stop drinking.",
    "Mom made her promise not to tell.",
    "He said he'd lose the job if he complained.",
    "She uses a fake ID at the club.",
    "He said he'd post her pictures on her school's page if she left.",
    "Boss told her she still owes $600 for the room.",
    "They were told to say they earn $15 an hour.",
    "He said he gets $40 a week and food.",
    "Told her about job training programs at the center.",
]


@pytest.mark.parametrize("text,expected", DECEPTIVE)
def test_deceptive_recruitment(rules, text, expected):
    check_flag(rules, text, "deceptive_recruitment", expected)


@pytest.mark.parametrize("text", DECEPTIVE_NEGATIVES)
def test_deceptive_recruitment_negatives(rules, text):
    check_absent(rules, text, "deceptive_recruitment")


# ------------------------------------------------------------ phrasing families seen in independent notes

GENERALISE = [
    # forced_labor: forced to live at the worksite
    ("The owner made her live in the back room of the shop.", "forced_labor", "affirmed"),
    ("Boss makes them sleep in the van between jobs.", "forced_labor", "affirmed"),
    ("Sleeps at the salon on a massage table most nights.", "forced_labor", "affirmed"),
    ("He sleeps in the restaurant on the kitchen floor.", "forced_labor", "affirmed"),
    ("Stays at the spa on a cot behind the curtain.", "forced_labor", "affirmed"),
    # forced_labor: unpaid work, nominal pay for extreme hours
    ("Crew boss kept them three weeks in a trailer without pay.", "forced_labor", "affirmed"),
    ("She has worked there unpaid for over a year.", "forced_labor", "affirmed"),
    ("Cleans the family's two houses for free.", "forced_labor", "affirmed"),
    ("Unpaid, 3 years.", "forced_labor", "affirmed"),
    ("Gets $250/mo for 85-hr weeks.", "forced_labor", "affirmed"),
    ("Paid 400 a month for 90 hour weeks.", "forced_labor", "affirmed"),
    ("Spent months at sea w/o pay on the trawler.", "forced_labor", "affirmed"),
    # forced_labor: no rest
    ("She never gets a day to herself.", "forced_labor", "affirmed"),
    ("Not a single day to himself since March.", "forced_labor", "affirmed"),
    ("Works all 7 at the car wash.", "forced_labor", "affirmed"),
    # forced_labor: children made to beg or sell in the street
    ("The kids were part of a begging ring downtown.", "forced_labor", "affirmed"),
    ("Youth seen selling candy at intersections till midnight.", "forced_labor", "affirmed"),
    ("Boys sell roses at the stoplights on Fifth every night.", "forced_labor", "affirmed"),
    ("She had to earn her keep by cleaning for the whole family.", "forced_labor", "affirmed"),
    ("Says he must work off his keep at the uncle's farm.", "forced_labor", "affirmed"),
    ("If they miss quota they sleep outside.", "forced_labor", "affirmed"),
    # deceptive_recruitment: told one thing, put to another
    ("Told she would be a receptionist, was put on the cleaning crew.", "deceptive_recruitment", "affirmed"),
    ("Was promised hotel work but ended up in the fields.", "deceptive_recruitment", "affirmed"),
    ("The recruiter pitched it as a nanny job with English classes.", "deceptive_recruitment", "affirmed"),
    ("The agent sold it as 'hotel work, housing included'.", "deceptive_recruitment", "affirmed"),
    ("The broker billed it as a student exchange.", "deceptive_recruitment", "affirmed"),
    ("Turned out he wanted her to dance at his club.", "deceptive_recruitment", "affirmed"),
    ("Never the $2,000 promised in the ad.", "deceptive_recruitment", "affirmed"),
    ("Told the visa was for a hotel job; it was farm work.", "deceptive_recruitment", "affirmed"),
    ("Said the contract was for a hospital position.", "deceptive_recruitment", "affirmed"),
    ("Classic bait-and-switch recruitment for warehouse jobs.", "deceptive_recruitment", "affirmed"),
    ("Told 1-yr contract, $900/mo, never saw it.", "deceptive_recruitment", "affirmed"),
    ("Man said he owned a restaurant and she would help run it.", "deceptive_recruitment", "affirmed"),
    # fear_of_authorities: the controller's conditional threat reported
    ("He tells her if she runs, the police will find her and lock her up.", "fear_of_authorities", "affirmed"),
    ("Boss says if anyone complains, ICE will come for them.", "fear_of_authorities", "affirmed"),
    ("The owner says if he goes to the labor board, immigration gets his name.", "fear_of_authorities", "affirmed"),
    ("She was told la migra picks up anybody who calls the cops.", "fear_of_authorities", "affirmed"),
    ("He was told the sheriff works for the grower.", "fear_of_authorities", "affirmed"),
    ("Told that the cops are on the boss's payroll.", "fear_of_authorities", "affirmed"),
    # scripted_account: identical to another's account
    ("Her account was word-for-word the same as her sister's.", "scripted_account", "affirmed"),
    ("The two boys told it sentence for sentence alike.", "scripted_account", "affirmed"),
    ("His story was identical to the cousin's.", "scripted_account", "affirmed"),
    ("Answered exactly what the boss said to answer.", "scripted_account", "affirmed"),
    ("She repeated what the manager had drilled into her.", "scripted_account", "affirmed"),
    # minor: estimates and near ages
    ("Girl looked maybe 15, 16 tops.", "minor", "affirmed"),
    ("She says she is almost 17.", "minor", "affirmed"),
    ("He just turned 15 last month.", "minor", "historical"),
    ("Card in her wallet shows 2010 DOB.", "minor", "affirmed"),
    ("Boy appears around 14 or 15.", "minor", "affirmed"),
]

GENERALISE_NEGATIVES = [
    ("Nearly 16 hours of records were reviewed.", "minor"),
    ("The shift ran almost 14 hours on Saturday.", "minor"),
    ("She sleeps at her mother's apartment on the couch.", "forced_labor"),

    ("Lives with her sister in a two-bedroom apartment.", "forced_labor"),
    ("The job turned out to be boring but pays fine.", "deceptive_recruitment"),
    ("CW told her if she calls police they can help her get a protective order.", "fear_of_authorities"),
    ("She said the officer was kind to her.", "fear_of_authorities"),
    ("Her story was consistent across the two interviews.", "scripted_account"),
]


GENERALISE_2 = [
    # recruitment_or_transport: moved by the controller
    ("She was trafficked into a nail salon in Newark.", "recruitment_or_transport", "affirmed"),
    ("Trafficked from Honduras in 2021.", "recruitment_or_transport", "historical"),
    ("Brought to Texas by a labor contractor for a framing job.", "recruitment_or_transport", "affirmed"),
    ("His 'uncle' drove him down from Chicago.", "recruitment_or_transport", "affirmed"),
    ("The man flew them over on tourist visas.", "recruitment_or_transport", "affirmed"),
    ("Came up from Atlanta w/ her boyfriend two weeks ago.", "recruitment_or_transport", "affirmed"),
    ("Came down with a 'promoter' from Dallas.", "recruitment_or_transport", "affirmed"),
    ("He is taking her out to work the truck stops.", "recruitment_or_transport", "affirmed"),
    ("Took her to Vegas for 'work' over the holiday.", "recruitment_or_transport", "affirmed"),
    ("Workers are housed above the restaurant by the owner.", "recruitment_or_transport", "affirmed"),
    # minor: approximate and abbreviated ages
    ("Cl 15, staying with an older man.", "minor", "affirmed"),
    ("Texter is 16 and at a motel.", "minor", "affirmed"),
    ("Age disputed, probably 16.", "minor", "affirmed"),
]

GENERALISE_NEGATIVES_2 = [
    ("Pt 16 wks pregnant, here for prenatal care.", "minor"),
    ("Maybe 15 people were at the house.", "minor"),
    ("Worker alleges unpaid wages for March.", "forced_labor"),
    ("He takes the bus to work every day.", "recruitment_or_transport"),
    ("Her mother drove her here for the appointment.", "recruitment_or_transport"),
]


@pytest.mark.parametrize("text", [
    "Worried about a classmate: classmate's \"manager\" at the vape shop makes her work till 3am, says she can't quit.",
    "Her friend's boss makes her work till 3am.",
    "Roommate's boyfriend makes her work till 2am at his bar.",
])
def test_someone_elses_controller_is_other_person(rules, text):
    check_absent(rules, text, "forced_labor")


@pytest.mark.parametrize("text", [
    "Home visit for Mrs. R (68). Grandson (15) let us in.",
    "Daughter (16) lives with her and is doing well in school.",
    "Eldest (17) works part-time at a grocery store.",
    "Granddaughter (12) was doing homework at the table.",
])
def test_clients_family_ages_are_not_minor(rules, text):
    check_absent(rules, text, "minor")


@pytest.mark.parametrize("text", [
    "The agency told her it was a cultural exchange with classes and a stipend.",
    "Recruiter said the program was an internship with a stipend.",
    "She was told it would be an au pair placement with English classes.",
])
def test_deceptive_program_offers(rules, text):
    check_flag(rules, text, "deceptive_recruitment", "affirmed")


@pytest.mark.parametrize("text", [
    "A man showed up claiming to be her cousin and wanted to interpret.",
    "She said the passport is in her bag... actually it's in her locker.",
])
def test_deceptive_hard_negatives_2(rules, text):
    check_absent(rules, text, "deceptive_recruitment")


@pytest.mark.parametrize("text", [
    "\"I clean their house and their store, no money.\"",
    "He cooks for the whole crew, never paid.",
    "Watches the three kids and cleans, zero pay.",
])
def test_forced_labor_work_no_money(rules, text):
    check_flag(rules, text, "forced_labor", "affirmed")


@pytest.mark.parametrize("text", [
    "Lives in his house w/ 9 others, he drives them to the site.",
    "Picked up each morning from a house with 12 other guys.",
    "The crew sleeps in a trailer with 8 men.",
])
def test_recruitment_crowded_housing(rules, text):
    check_flag(rules, text, "recruitment_or_transport", "affirmed")


@pytest.mark.parametrize("text", [
    "Today mostly about custody hearing prep for her son.",
    "Met for asylum interview prep with her attorney.",
    "Most say they're fine and get paid by check.",
])
def test_scripted_hard_negatives_2(rules, text):
    check_absent(rules, text, "scripted_account")


GENERALISE_3 = [
    ("Workers were compelled to keep working while injured.", "forced_labor", "affirmed"),
    ("She keeps cleaning even when sick, he won't let her rest.", "forced_labor", "affirmed"),
    ("Reports forced overtime every weekend.", "forced_labor", "affirmed"),
    ("They work from sunrise to sundown every day.", "forced_labor", "affirmed"),
    ("No breaks, no days off, and no wages.", "forced_labor", "affirmed"),
    ("Her boyfriend turned out to be a pimp.", "deceptive_recruitment", "affirmed"),
    ("Conditions were nothing like the contract she signed back home.", "deceptive_recruitment", "affirmed"),
    ("Won't call 911 because he'll get deported.", "fear_of_authorities", "affirmed"),
    ("Pimp says the police are on his side.", "fear_of_authorities", "affirmed"),
    ("Appeared to be reading from a script.", "scripted_account", "affirmed"),
    ("He read his answers off a card.", "scripted_account", "affirmed"),
]


@pytest.mark.parametrize("text,indicator", [
    ("Denies forced labor; works regular hours and is paid weekly.", "forced_labor"),
    ("The new job turned out to be harder than she expected.", "deceptive_recruitment"),
    ("She called 911 because her neighbor was hurt.", "fear_of_authorities"),
])
def test_generalised_negatives_3(rules, text, indicator):
    check_absent(rules, text, indicator)


GENERALISE_4 = [
    ("She can't leave the job until the season is over.", "forced_labor", "affirmed"),
    ("He gets no time off and is on call around the clock.", "forced_labor", "affirmed"),
    ("She must work whatever hours the family demands.", "forced_labor", "affirmed"),
    ("\"El patrón no nos deja descansar.\"", "forced_labor", "affirmed"),
    ("Trabaja sin pago desde enero.", "forced_labor", "affirmed"),
    ("Came for a job that didn't exist.", "deceptive_recruitment", "affirmed"),
    ("Thought she was coming to study English.", "deceptive_recruitment", "affirmed"),
    ("Met the recruiter through a WhatsApp group.", "recruitment_or_transport", "affirmed"),
    ("The girls are rotated between apartments in three cities.", "recruitment_or_transport", "affirmed"),
]


@pytest.mark.parametrize(("text", "present"), [
    ("Client is a 16-year-old girl who came in with her boyfriend.", ["minor"]),  # the client, not her child
    ("She has a 15-year-old son.", []),  # the client's child
])
def test_client_age_versus_childs_age(rules: flagger.Flagger, text: str, present: list[str]) -> None:
    assert rules.check(text).present == present


# ------------------------------------------------------------------ fresh2 round: phrasing families
# Each family was found in a miss of the fresh2 tuning notes; these sentences are other writers' phrasings of it.

FRESH2_FORCED = [
    # a working day given with its day count
    ("Out selling door to door 9am-10pm, 7 days.", "affirmed"),
    ("Van drops them back after 10 pm, seven days.", "affirmed"),
    ("Shift is 11am-1am, 6 days, per the cook.", "affirmed"),
    ("They are at the orchard until 9pm, 7 days.", "affirmed"),
    ("Works 6am-8pm, six days, no breaks.", "affirmed"),
    # weekly hours written ~80 / 80+
    ("Pt reports working ~90 hrs/wk at the plant.", "affirmed"),
    ("Estimates 80+ hours a week in the kitchen.", "affirmed"),
    # up at dawn, still working late
    ("She is up at 5 making breakfast and still ironing at 11pm.", "affirmed"),
    ("He starts at 6 and works until midnight most days.", "affirmed"),
    ("Up 4:30am, still in the fields past 9 pm.", "affirmed"),
    ("The nanny is up before 5 with the baby and still cleaning at 10.", "affirmed"),
    # nights / doubles
    ("He works 7 nights at the group home.", "affirmed"),
    ("She is working six doubles a week at the diner.", "affirmed"),
    # made to live at the workplace
    ("She had to sleep in the stockroom of the store.", "affirmed"),
    ("They were required to live at the shop.", "affirmed"),
    ("He has to stay in the restaurant basement after close.", "affirmed"),
    ("The crew sleeps in the barn behind the packing shed.", "affirmed"),
    ("Workers housed in a shipping container on the site.", "affirmed"),
    # begging / vending in traffic
    ("The woman makes them stand at the intersection with cups.", "affirmed"),
    ("He sent the kids to work the on-ramp every afternoon.", "affirmed"),
    ("Kids asking for money at the stoplight on 5th, a man collects it.", "affirmed"),
    ("She drops them at the freeway exit to beg for change.", "affirmed"),
    ("Mom says the children \"work the light\" after school.", "affirmed"),
    ("Made to stand on the corner until 2am.", "affirmed"),
    # unpaid domestic: food and a bed
    ("She cleans and cooks for them, \"no money, only food\".", "affirmed"),
    ("They give her food and a bed, nothing else.", "affirmed"),
    ("He only gets meals and a place to sleep for the work.", "affirmed"),
    # leaving depends on the debt
    ("Can she quit? \"Only if I pay back everything.\"", "affirmed"),
    ("Asked if he could leave: \"yes, when I finish paying the debt\".", "affirmed"),
    # working instead of school
    ("Boy sells tamales 7 days, no school since March.", "affirmed"),
    ("She babysits for the family weekends and afternoons, not in school.", "affirmed"),
    # open to close, no rest, no day off given, not let go home until done
    ("He works from open to close every day.", "affirmed"),
    ("We work all day, no rest, no stop.", "affirmed"),
    ("She cleans the offices without a break.", "affirmed"),
    ("\"He don't let us go home until the job is done.\"", "affirmed"),
    ("The family never gives her a day off.", "affirmed"),
    ("Boss doesn't allow anyone a break on the line.", "affirmed"),
    # shorthand
    ("No d/o x 6 mo per cl.", "affirmed"),
    ("0 days off since arrival in March.", "affirmed"),
    ("Cl sleeps @ the restaurant, cot in storeroom.", "affirmed"),
    ("Works 7/7 at the car wash.", "affirmed"),
    # Spanish
    ("\"Trabajamos de sol a sol, sin descanso.\"", "affirmed"),
    ("\"Mi hijo trabaja todos los días en la obra.\"", "affirmed"),
    ("\"Duermen en la bodega del restaurante.\"", "affirmed"),
    # staff living at the business
    ("Manager says the cooks all live upstairs.", "affirmed"),
    ("Workers \"sleep in back\" per the owner.", "affirmed"),
    # assertion cases
    ("She denies having to sleep in the stockroom.", "negated"),
    ("Her cousin had to sleep in the stockroom of the store.", "other_person"),
    ("Back in 2019 she had to live in the back room of the salon.", "historical"),
    ("She used to live in the back room of the shop.", "historical"),
    ("Denies working more than 70 hrs/wk.", "negated"),
    ("She worries she'll have to sleep in the store.", "hypothetical"),
    ("Her roommate works 7 days a week.", "other_person"),
    ("A guy on the crew was made to work 16 hrs a day.", "other_person"),
]

FRESH2_FORCED_NEGATIVES = [
    "Claim: unpaid last 2 wks, ride operator.",
    "Claimant owed $600 unpaid (final 2 weeks) after quitting.",
    "Final 3 wks unpaid per the wage claim.",
    "They work 14 hrs on show days, OT paid.",
    "He works 13 hours on Saturdays but gets overtime.",
    "The boss doesn't even let us drink, laughed the client.",
    "Mom stays in the kitchen while the kids play.",
    "Says she was made to work the streets in Italy.",
    "Not-rehire talk only, no coercion.",
    "Her mom asked for money at the bank.",
    "He took a break from work and went to Mexico.",
    "She works at the store, never without a smile.",
]


@pytest.mark.parametrize("text,expected", FRESH2_FORCED)
def test_fresh2_forced_labor_families(rules, text, expected):
    check_flag(rules, text, "forced_labor", expected)


@pytest.mark.parametrize("text", FRESH2_FORCED_NEGATIVES)
def test_fresh2_forced_labor_negatives(rules, text):
    check_absent(rules, text, "forced_labor")


FRESH2_DECEPTIVE = [
    # "that it was X work"
    ("She was told by the recruiter's sister that it was factory work, indoors.", "affirmed"),
    ("He said it was packing house work with good pay, but it was the fields.", "affirmed"),
    ("They were told that the job was warehouse work, $16 an hour.", "affirmed"),
    # ad with a quoted pitch
    ("Saw a flyer at the laundromat: \"earn $900/wk, travel, free hotel\".", "affirmed"),
    ("Responded to a TikTok post \"hiring now, $1,200 a week\".", "affirmed"),
    ("Joined after a Facebook ad, \"travel the country, make $1000 a week\".", "affirmed"),
    ("The pitch was see the states and earn cash fast.", "affirmed"),
    # loverboy
    ("\"He said if I loved him I would help with the rent, that's how it started.\"", "affirmed"),
    ("He told her if she really loved him she'd do this one date.", "affirmed"),
    ("Older guy on IG says she is his wifey.", "affirmed"),
    ("The man told her she was too pretty to be broke.", "affirmed"),
    ("She said he loved her and then he asked her to make money for him.", "affirmed"),
    # "saying he'd get her into ..."
    ("A man messaged her promising he'd get her into modeling.", "affirmed"),
    ("He texted saying he would help her get into nursing school.", "affirmed"),
    # recruited with a quoted offer
    ("A woman at the market recruited her - \"$18/hr, free housing\".", "affirmed"),
    # thought it would be X
    ("She thought it would be a nanny job with weekends off.", "affirmed"),
    ("He believed he'd be a cook at a hotel, not washing dishes.", "affirmed"),
    # checklist answer to 'paid as promised?'
    ("Paid as promised? - N, gets half.", "affirmed"),
    # a stranger at a place is the recruiter, a friend of a relative too
    ("She came through a friend of her cousin who said restaurant job in Houston.", "affirmed"),
    # expectation versus reality
    ("She found out there was no job when she got here.", "affirmed"),
    ("There was no job waiting for them in Houston.", "affirmed"),
    ("He expected to work in construction but was sent to a farm.", "affirmed"),
    ("The pay was supposed to be $15 an hour but it's $5.", "affirmed"),
    ("It was supposed to be a cleaning job.", "affirmed"),
    ("She was supposed to get $800 a week and her own room.", "affirmed"),
    ("Came to the US thinking she'd work at a hotel.", "affirmed"),
    # shorthand
    ("Cl told job = housekeeping, reality = massage.", "affirmed"),
    ("Told: nanny job. Reality - cleaning 3 houses.", "affirmed"),
    # Spanish
    ("\"Me dijeron que iba a trabajar en un restaurante.\"", "affirmed"),
    ("\"Nos dijeron que la casa era gratis.\"", "affirmed"),
    ("\"La señora prometió que tendría papeles.\"", "affirmed"),
    # a team / charity / job that does not exist
    ("Sold candy door to door for a \"youth league\" that doesn't exist.", "affirmed"),
    ("He collected money for a charity that never existed.", "affirmed"),
    ("They were going around with a fake fundraiser for a school trip.", "affirmed"),
    ("She was told it was just \"hostess\" work at a bar.", "affirmed"),
    ("The recruiter lied about the pay and the hours.", "affirmed"),
    # assertion cases
    ("Job was as promised, paid weekly.", "negated"),
    ("Denies anyone promised her a job.", "negated"),
    ("Her friend thought it would be a nanny job.", "other_person"),
]

FRESH2_DECEPTIVE_NEGATIVES = [
    "Asked if job was as promised: yes, $500/wk + a bunk like they said.",
    "Services offered: housing referral, counseling.",
    "Pt asked that her employer not be told what she said.",
    "They said the debt would double each week.",
    "He says they'll get their own apartment soon.",
    "She says the owner can make our visas.",
    "She was supposed to be at school today but skipped.",
    "She was thinking she would go back home.",
    "I expected to be discharged today but the MD said no.",
    "No work when it rains.",
]


@pytest.mark.parametrize("text,expected", FRESH2_DECEPTIVE)
def test_fresh2_deceptive_recruitment_families(rules, text, expected):
    check_flag(rules, text, "deceptive_recruitment", expected)


@pytest.mark.parametrize("text", FRESH2_DECEPTIVE_NEGATIVES)
def test_fresh2_deceptive_recruitment_negatives(rules, text):
    check_absent(rules, text, "deceptive_recruitment")


FRESH2_RECRUITMENT = [
    # housing the controller arranges
    ("They stay in an apartment the contractor rents, 9 men.", "affirmed"),
    ("Lives in a trailer the crew boss owns.", "affirmed"),
    ("Sleeps 5 to a room in the house behind the farm.", "affirmed"),
    ("Eight of them to a 2-bedroom, rent taken from checks.", "affirmed"),
    ("\"He got us a room at the Motel 6.\"", "affirmed"),
    ("Her man booked a room for the girls near the airport.", "affirmed"),
    # daily transport by the controller
    ("A truck picks the crew up every morning at 5.", "affirmed"),
    ("The boss drives them to the site every morning.", "affirmed"),
    # journeys with someone
    ("They came up from Dallas with an older guy last week.", "affirmed"),
    ("She came down from Memphis w/ a friend of her man.", "affirmed"),
    ("Brought by a woman from her village in 2021.", "historical"),
    ("Recruited by a man from his hometown.", "affirmed"),
    ("He put her and two other girls on a bus to Atlanta.", "affirmed"),
    ("The madam brought her to Spain on a fake visa.", "affirmed"),
    ("They'd take a car full of kids to other cities on weekends.", "affirmed"),
    ("He moved her and another girl between hotels in Ohio.", "affirmed"),
    ("She was kidnapped at the border and held in a stash house.", "affirmed"),
    ("He drove six hours to get her after they met on Discord.", "affirmed"),
    ("\"He came and got me from my grandma's.\"", "affirmed"),
    ("He had her find new girls at the mall.", "affirmed"),
    ("A guy at the bus station offered her a job in a hotel.", "affirmed"),
    ("Came on a B-2 with the employer's family as their cook.", "affirmed"),
    ("Brought to US by bf @ 15.", "affirmed"),
    ("Bf drove her ATL -> MIA last wk.", "affirmed"),
    ("\"El coyote nos llevó a una casa en Houston.\"", "affirmed"),
    ("\"Me ofrecieron trabajo de niñera en Texas.\"", "affirmed"),
    # assertion cases
    ("A girl from her building was kidnapped last year.", "other_person"),
    ("Denies anyone put her on a bus.", "negated"),
    ("Her friend's man told her to \"bring your cousin\" to a party Friday.", "hypothetical"),
    ("He keeps asking her to bring the new girl to the motel.", "hypothetical"),
]

FRESH2_RECRUITMENT_NEGATIVES = [
    "Not allowed visitors, so he met us at the gas station.",
    "Tasha posts her on the ads and answers the phone for her.",
    "Caller does not know the girl's address.",
    "Drives his own truck to jobs, can quit anytime.",
    "Left in June when her cousin came and got her at night.",
    "Mom drove up to pick her up from the shelter.",
    "The movie brought her to tears.",
    "Cl came on a B-2 and overstayed; works at a relative's store.",
]


@pytest.mark.parametrize("text,expected", FRESH2_RECRUITMENT)
def test_fresh2_recruitment_or_transport_families(rules, text, expected):
    check_flag(rules, text, "recruitment_or_transport", expected)


@pytest.mark.parametrize("text", FRESH2_RECRUITMENT_NEGATIVES)
def test_fresh2_recruitment_or_transport_negatives(rules, text):
    check_absent(rules, text, "recruitment_or_transport")


# ------------------------------------------------- fresh7 round: forced_labor families (new phrasings)

FRESH7_FORCED = [
    # living at the worksite: on the massage table, above / behind / in the back of the business
    ("Worker sleeps on the massage table after the spa closes.", "affirmed"),
    ("\"We sleep on the tables after the last customer.\"", "affirmed"),
    ("She sleeps on a massage table in the treatment room.", "affirmed"),
    ("Pt slept on the tables in the parlor for two months.", "affirmed"),
    ("Both techs sleep on a table behind the curtain.", "affirmed"),
    ("He lives upstairs from the bakery where he works.", "affirmed"),
    ("Cl sleeps above the taqueria with the other cooks.", "affirmed"),
    ("They live over the kitchen, owner has the key.", "affirmed"),
    ("She stays behind the laundromat in a storage space.", "affirmed"),
    ("The women live in the back of the nail salon.", "affirmed"),
    ("Lived in the back room of the restaurant since March.", "affirmed"),
    ("She was sleeping in the spa's back room.", "affirmed"),
    ("Sleeps on a cot in the back room after close.", "affirmed"),
    ("We sleep in the boss's garage, six of us.", "affirmed"),
    ("The crew stays in the contractor's barn on the property.", "affirmed"),
    ("Workers are housed in the grower's shed.", "affirmed"),
    ("Housing: trailers on the farmer's land, behind the packing house.", "affirmed"),
    ("\"we sleep inside the house we are renovating\"", "affirmed"),
    ("Sleeps on a pull-out couch in the dish room.", "affirmed"),
    # days off, every day, the hours of a day
    ("\"no off days, never\"", "affirmed"),
    ("Works every day, no off.", "affirmed"),
    ("Patrón no da descanso, ni los domingos.", "affirmed"),
    ("\"Boss don't give days off here.\"", "affirmed"),
    ("The manager doesn't give us days.", "affirmed"),
    ("There is no such thing as a day off in that house.", "affirmed"),
    ("She works without a single day of rest.", "affirmed"),
    ("Cuts meat 5am-noon, then 3pm-midnight, no days.", "affirmed"),
    ("Every day 8 to 11, he says that's the job.", "affirmed"),
    ("Cleans from morning till midnight.", "affirmed"),
    ("Picks strawberries from dawn to nightfall.", "affirmed"),
    ("Bar shifts 6 p.m. to 3 a.m., six nights.", "affirmed"),
    ("Kitchen 10 a.m. to 1 a.m., seven days.", "affirmed"),
    ("Driver says he has had no home time in two months.", "affirmed"),
    ("She is on duty day and night for the grandmother.", "affirmed"),
    ("Caregiver is on call all night, every night.", "affirmed"),
    ("Nanny works from 6 in the morning until the kids sleep.", "affirmed"),
    ("From dawn until the family goes to bed she is cleaning.", "affirmed"),
    ("She cooks and cares for the twins from 5am.", "affirmed"),
    ("Does the laundry and the kids from sunrise.", "affirmed"),
    ("Cleans the whole house from 5:30 a.m.", "affirmed"),
    ("He works 18+ hrs on teardown nights.", "affirmed"),
    ("\"El trabajo es todos los días, domingo también.\"", "affirmed"),
    ("Out on the boats every day, Sundays too.", "affirmed"),
    ("\"no rest ever, only work\"", "affirmed"),
    # a child kept from school to do housework
    ("She does the cooking and cleaning for the family and is not in school.", "affirmed"),
    ("He watched the boss's kids all day and never went to school.", "affirmed"),
    ("Was kept home from school to do the laundry and cooking.", "affirmed"),
    ("Minds the younger kids instead of going to school.", "affirmed"),
    ("Not in school, works the register at his uncle's store.", "affirmed"),
    # kept working, no quitting, no say in the shifts
    ("The foreman made him keep working with a broken finger.", "affirmed"),
    ("Owner made her finish the shift after she burned her hand.", "affirmed"),
    ("They forced him to continue picking in the heat.", "affirmed"),
    ("Nobody leaves before the harvest is done, the mayordomo says.", "affirmed"),
    ("\"Nadie renuncia hasta que termine la temporada.\"", "affirmed"),
    ("The shift ends when the boss says.", "affirmed"),
    ("We stop whenever the supervisor decides.", "affirmed"),
    ("Doubles she never agreed to, every weekend.", "affirmed"),
    ("Overtime he did not ask for, unpaid.", "affirmed"),
    # penalties for falling short
    ("If she comes back short she doesn't eat.", "affirmed"),
    ("If we don't make quota we sleep in the van.", "affirmed"),
    ("\"If I stop working they don't give me food.\"", "affirmed"),
    ("If you don't sell it all you can't get in the van.", "affirmed"),
    ("\"If we stop picking, he says no food this week.\"", "affirmed"),
    ("No sales, no dinner.", "affirmed"),
    ("\"You don't sell, you don't eat.\"", "affirmed"),
    # unpaid, with an excuse
    ("He runs packages for the dealer until it's paid off.", "affirmed"),
    ("Works the counter till the tab is squared.", "affirmed"),
    ("Works 70 hours and they call it helping.", "affirmed"),
    ("The aunt calls it \"training\" and pays nothing.", "affirmed"),
    ("\"It's family, so no pay.\"", "affirmed"),
    ("Cleans his mother's house too, not a dollar.", "affirmed"),
    ("They picked for a month without being paid.", "affirmed"),
    ("She cleans the owner's apartment on Sundays, not paid for it.", "affirmed"),
    ("He cleans rooms at his uncle's motel for nothing.", "affirmed"),
    # selling in the street for someone
    ("The kids sell candy on the trains for a man who waits at the station.", "affirmed"),
    ("He drops the boys at the intersection every afternoon to sell water.", "affirmed"),
    ("A van picks them up at 5 and brings them back at 11, seven days.", "affirmed"),
    ("Truck takes them at 0500 and drops them 2200.", "affirmed"),
    ("The trip was supposed to be 10 days; they were out 40.", "affirmed"),
    # assertion cases
    ("The other two sleep in the back room too.", "other_person"),
    ("She thinks some cooks live upstairs and don't get days off.", "other_person"),
    ("The ad says \"no days off during training\".", "hypothetical"),
]

FRESH7_FORCED_NEGATIVES = [
    "He was picked up for a shoplift and released to his mother.",
    "Youth arrested for selling candy on the subway; no one with him.",
    "She'd have to run it by her mother first.",
    "Wage claim: employer treats the gap between shifts as an unpaid break.",
    "Qualifying criminal activity under consideration: involuntary servitude.",
    "The W-2 was never issued after she quit in May.",
    "If she doesn't make dinner he yells at her.",
    "Works 20 hrs a week at the pharmacy after school.",
    "Off work until cleared by ortho.",
    "He picks her up from school every day.",
    "She was made to sell sex at a motel (see sexual violence).",
    "Her work phone gets checked every night by the manager.",
    "No off-campus passes this weekend.",
    "She goes to church on Sundays too.",
]


@pytest.mark.parametrize("text,expected", FRESH7_FORCED)
def test_fresh7_forced_labor_families(rules, text, expected):
    check_flag(rules, text, "forced_labor", expected)


@pytest.mark.parametrize("text", FRESH7_FORCED_NEGATIVES)
def test_fresh7_forced_labor_negatives(rules, text):
    check_absent(rules, text, "forced_labor")


# ------------------------------------------ fresh7 round: recruitment_or_transport families (new phrasings)

FRESH7_RECRUITMENT = [
    # with a smuggler / through a middleman who brings people
    ("He came up in March with a coyote his uncle paid.", "affirmed"),
    ("Crossed w/ a pollero at 16.", "affirmed"),
    ("She arrived through a smuggler the farm hired.", "affirmed"),
    ("Came over through a guy in Lagos who \"places\" girls in salons.", "affirmed"),
    ("Via a woman in Oaxaca who brought eight of us north.", "affirmed"),
    ("Came through a contact who arranged the jobs at the mill.", "affirmed"),
    ("He brought four of us on a bus to Georgia.", "affirmed"),
    ("\"Auntie\" brought em down on a Greyhound.", "affirmed"),
    ("They flew her over on a plane from Manila.", "affirmed"),
    # taken from an arrival point, a passage paid for
    ("She was taken from the airport straight to the house.", "affirmed"),
    ("They were driven from the bus terminal to the farm.", "affirmed"),
    ("The man drove her from the station to his apartment.", "affirmed"),
    ("A friend of the family had paid her passage.", "affirmed"),
    ("The owner fronted his airfare and his visa.", "affirmed"),
    # agencies, brokers and their drivers
    ("The broker's driver brought them to the plant.", "affirmed"),
    ("Brought by the agency van the first night.", "affirmed"),
    ("Placed there by a labor contractor from Yuma.", "affirmed"),
    ("He was sent to the dairy through a recruitment agency.", "affirmed"),
    ("Came over through a placement agency in Jakarta.", "affirmed"),
    ("She came on a student visa via an \"agent\" in Accra.", "affirmed"),
    ("Came on an H-2B arranged by a Monterrey agency.", "affirmed"),
    ("My pastor connected me to the agent who got my visa.", "affirmed"),
    ("A sales team approached him at the mall.", "affirmed"),
    # moving people around, housing them
    ("Travels with the carnival since spring.", "affirmed"),
    ("He toured with the crew through four states.", "affirmed"),
    ("Transported from El Paso by an older man.", "affirmed"),
    ("Smuggled into Texas in a truck.", "affirmed"),
    ("He took her down to Atlanta the next day.", "affirmed"),
    ("Landed at JFK and was met by the employer's driver.", "affirmed"),
    ("Arrived in Newark, picked up by a man with a sign.", "affirmed"),
    ("\"We live in a trailer, 10 of us.\"", "affirmed"),
    ("Lives in a house the farm labor contractor rents.", "affirmed"),
    ("Gifts and rides are how she got pulled in.", "affirmed"),
    ("Was \"sent up\" by a cousin's contact in Puebla.", "affirmed"),
    ("The coyote's men held them in a house in Phoenix.", "affirmed"),
    ("He kept routing them between motels in Ohio.", "affirmed"),
    ("The van drops new girls every Sunday.", "affirmed"),
    ("The broker arranged their move from Denver.", "affirmed"),
    # assertion cases
    ("He said they will take the kids and put her on a plane.", "hypothetical"),
    ("The girl before her got sent to another city.", "other_person"),
    ("The night guys from another agency live in a house the agency owns.", "other_person"),
]

FRESH7_RECRUITMENT_NEGATIVES = [
    "Her boyfriend picks her up from school and drives her to his place.",
    "\"Owner husband bring us salon to apartment, apartment to salon.\"",
    "When she was 14 her stepdad sold her to his friends.",
    "44M roofer brought after fall from a ladder.",
    "Pt brought from a construction site w/ heat exhaustion.",
    "Transported to ER for eval per protocol.",
    "Owner's son drove him here and waited in the car.",
    "She moved from Chicago to be near her sister.",
    "The agency man took her passport at the hotel.",
    "Mom picked him up from the bus station after the game.",
]


@pytest.mark.parametrize("text,expected", FRESH7_RECRUITMENT)
def test_fresh7_recruitment_or_transport_families(rules, text, expected):
    check_flag(rules, text, "recruitment_or_transport", expected)


@pytest.mark.parametrize("text", FRESH7_RECRUITMENT_NEGATIVES)
def test_fresh7_recruitment_or_transport_negatives(rules, text):
    check_absent(rules, text, "recruitment_or_transport")


# --------------------------------------------- fresh7 round: deceptive_recruitment families (new phrasings)

FRESH7_DECEPTIVE = [
    ("A man on Instagram offered to \"manage\" her modeling career.", "affirmed"),
    ("The woman offered her photoshoots in Miami.", "affirmed"),
    ("He promised music gigs and a studio.", "affirmed"),
    ("Said he was gonna manage her rapping.", "affirmed"),
    ("She said she'd represent him as a model.", "affirmed"),
    ("\"She said hotel work with a room included.\"", "affirmed"),
    ("The contratista said he had work for all of them in the orchards.", "affirmed"),
    ("Told me she had jobs for us at a bakery.", "affirmed"),
    ("Came expecting $15/hr; gets $6 after the deductions.", "affirmed"),
    ("They were expecting $2,000 a month.", "affirmed"),
    ("He was told the van would be his after a year of payments.", "affirmed"),
    ("They promised the land would be theirs.", "affirmed"),
    ("He said he'd get her an apt and take care of her.", "affirmed"),
    ("Told by the agent back in Cebu it would be a caregiver job.", "affirmed"),
    ("Was told by the broker in Lima it was packing work with a visa.", "affirmed"),
    ("They told her at home it was $12 an hour.", "affirmed"),
    ("Told he was coming to study English.", "affirmed"),
    ("The uncle brought the boys \"to go to school\".", "affirmed"),
    ("Her \"friend\" brought her from Dallas for \"modeling\".", "affirmed"),
    ("The apartment and the visa were never real.", "affirmed"),
    ("Ended up in a cantina, not the restaurant.", "affirmed"),
    ("Placed as a maid in a private home instead.", "affirmed"),
    ("Was told she'd work in a kitchen, then they put her in a massage room.", "affirmed"),
    ("The agency sold it to them as \"hotel work, 8 hours\".", "affirmed"),
    ("Told: receptionist, $1,500. Got: cleaning, $300.", "affirmed"),
    ("Pay turned out to be $7 with rent taken out.", "affirmed"),
    ("She arrived to find there was no hotel job.", "affirmed"),
    ("The offer was really a front for a brothel.", "affirmed"),
]

FRESH7_DECEPTIVE_NEGATIVES = [
    "One real thing: the shed doors are locked during the shift.",
    "She said \"i dont really get a choice\" about the dates.",
    "Workers I talked to: free to come and go, nobody holds papers.",
    "He told her nobody can legally keep her papers.",
    "Mom said she couldn't go to school until the fever broke.",
    "Reminded her the \"debt\" he claimed was never real.",
    "They said it was room and board, and he agreed to that.",
    "The hostess job turned into bussing tables on slow nights.",
]


@pytest.mark.parametrize("text,expected", FRESH7_DECEPTIVE)
def test_fresh7_deceptive_recruitment_families(rules, text, expected):
    check_flag(rules, text, "deceptive_recruitment", expected)


@pytest.mark.parametrize("text", FRESH7_DECEPTIVE_NEGATIVES)
def test_fresh7_deceptive_recruitment_negatives(rules, text):
    check_absent(rules, text, "deceptive_recruitment")


# ------------------------------------------------------------------ fourth round (fresh8 families)

GENERALISE_5 = [
    # forced_labor: a working day that runs from morning to late at night
    ("\"I work from 7 to 11 at night, all week.\"", "forced_labor", "affirmed"),
    ("She braids from about 8 in the morning till 10 at night.", "forced_labor", "affirmed"),
    ("Cooks from 6 till 9, 10 at night most days.", "forced_labor", "affirmed"),
    ("He washes dishes from 5 to 11 at night.", "forced_labor", "affirmed"),
    ("They pick from around 6 until 9 at night.", "forced_labor", "affirmed"),
    # forced_labor: until the small hours
    ("She dances and sits with customers until 3 in the morning.", "forced_labor", "affirmed"),
    ("Cleans the bar till 2, 3 in the morning.", "forced_labor", "affirmed"),
    ("He has them sanding until 4 in the morning before a deadline.", "forced_labor", "affirmed"),
    ("Serving at the club until three in the morning, then cleaning.", "forced_labor", "affirmed"),
    ("Works from opening to the last customer, six days.", "forced_labor", "affirmed"),
    # forced_labor: care work around the clock
    ("She looks after the twins and the grandmother 24/7.", "forced_labor", "affirmed"),
    ("Cares for his bedridden mother round-the-clock.", "forced_labor", "affirmed"),
    ("She watches the baby 24/7, even at night.", "forced_labor", "affirmed"),
    ("Minds the four children \"all day, all night\".", "forced_labor", "affirmed"),
    ("She cleans all day and all night at the house.", "forced_labor", "affirmed"),
    ("Up at 6am till the kids are asleep, every day.", "forced_labor", "affirmed"),
    ("5am until the family is in bed, cooking and cleaning.", "forced_labor", "affirmed"),
    # forced_labor: no rest day, not let off
    ("\"Every day the same, no day for rest.\"", "forced_labor", "affirmed"),
    ("Never a day to rest since she got there.", "forced_labor", "affirmed"),
    ("Boss won't let him take a day off.", "forced_labor", "affirmed"),
    ("\"She no let me have days off.\"", "forced_labor", "affirmed"),
    ("The owner doesn't allow them any time off.", "forced_labor", "affirmed"),
    # forced_labor: can't quit because of the debt or the contract
    ("Wants to quit but the owner says she can't until the contract ends.", "forced_labor", "affirmed"),
    ("I wanted to leave but he said no, not until I pay.", "forced_labor", "affirmed"),
    ("\"I can't leave, I don't have the money.\"", "forced_labor", "affirmed"),
    ("He says she cannot quit until the balance is cleared.", "forced_labor", "affirmed"),
    ("\"Cannot leave until it is zero,\" she said of the debt.", "forced_labor", "affirmed"),
    # forced_labor: food or bed as the price of working (Spanish and English)
    ("The foreman tells them \"si no trabajan no comen\".", "forced_labor", "affirmed"),
    ("\"Si no trabajas, no hay comida,\" the boss says.", "forced_labor", "affirmed"),
    ("Told him \"no work, no food\" when he was sick.", "forced_labor", "affirmed"),
    ("Patrón said \"no comida, no cama\" if he stayed home.", "forced_labor", "affirmed"),
    # recruitment_or_transport: the controller sets up the lodging
    ("Her boyfriend set her up in an apartment near the track.", "recruitment_or_transport", "affirmed"),
    ("The manager set them up at a motel off exit 9.", "recruitment_or_transport", "affirmed"),
    ("He rents the rooms and keeps the keys.", "recruitment_or_transport", "affirmed"),
    ("The older man booked two rooms under his name.", "recruitment_or_transport", "affirmed"),
    ("Same guy pays for three rooms every weekend.", "recruitment_or_transport", "affirmed"),
    # recruitment_or_transport: arrived from elsewhere in someone's vehicle
    ("They came from Houston in a van with six others.", "recruitment_or_transport", "affirmed"),
    ("Came up from Georgia in the boss's truck with four others.", "recruitment_or_transport", "affirmed"),
    ("Arrived on the Greyhound from Tucson with a man.", "recruitment_or_transport", "affirmed"),
    ("She came in a Sprinter from El Paso with the crew.", "recruitment_or_transport", "affirmed"),
    ("Rode down from Ohio in his car.", "recruitment_or_transport", "affirmed"),
    # recruitment_or_transport: a broker arranged it
    ("An agent in Lagos set up the visa and the flight.", "recruitment_or_transport", "affirmed"),
    ("The recruiter set up his paperwork for the plant.", "recruitment_or_transport", "affirmed"),
    ("Came over through this agency in Cebu.", "recruitment_or_transport", "affirmed"),
    ("Broker back home set up the job and the ticket.", "recruitment_or_transport", "affirmed"),
    # deceptive_recruitment: thought / told she was coming for other work
    ("She thought she was coming to clean houses.", "deceptive_recruitment", "affirmed"),
    ("He believed he was coming to work on a farm, not a boat.", "deceptive_recruitment", "affirmed"),
    ("They told him he was coming for \"warehouse work\".", "deceptive_recruitment", "affirmed"),
    ("Promised her she'd be going to \"nursing school\".", "deceptive_recruitment", "affirmed"),
    ("She was hired as a \"hostess\" in Miami.", "deceptive_recruitment", "affirmed"),
    ("Recruited in Lima for a \"hotel job\" in Florida.", "deceptive_recruitment", "affirmed"),
    # deceptive_recruitment: the offer's pay and housing terms
    ("Offer was $18 an hour, housing included.", "deceptive_recruitment", "affirmed"),
    ("Flyer: $20/hr, room and board free.", "deceptive_recruitment", "affirmed"),
    ("He promised $2,000 a month, own room, Sundays off.", "deceptive_recruitment", "affirmed"),
    ("The agency said the room was free.", "deceptive_recruitment", "affirmed"),
    ("\"They told housing is included, now they take $400.\"", "deceptive_recruitment", "affirmed"),
    ("\"They said cashier, is not cashier.\"", "deceptive_recruitment", "affirmed"),
]

GENERALISE_5_NEGATIVES = [
    ("She works from 9 to 5 at the bank.", "forced_labor"),
    ("Shift is 7 to 3, Monday to Friday.", "forced_labor"),
    ("The store is open to the public until 9.", "forced_labor"),
    ("The baby cried all day, all night with the fever.", "forced_labor"),
    ("Has a day for rest every Sunday and goes to church.", "forced_labor"),
    ("She wanted to quit smoking but relapsed.", "forced_labor"),
    ("Mom drove her to the ER at 3 in the morning.", "forced_labor"),
    ("She booked a hotel room online for the conference.", "recruitment_or_transport"),
    ("Her mother set her up with a tutor.", "recruitment_or_transport"),
    ("He came in on the bus for his appointment.", "recruitment_or_transport"),
    ("The ambulance transported her to the ER.", "recruitment_or_transport"),
    ("Police took him to the hospital.", "recruitment_or_transport"),
    ("She thought she was coming down with the flu.", "deceptive_recruitment"),
    ("The job pays $17 an hour and she likes it.", "deceptive_recruitment"),
]


@pytest.mark.parametrize("text,indicator", [
    ("People say a man at the truck stop brings girls up from Denver.", "recruitment_or_transport"),
    ("Everybody says the owner flies women in from Manila.", "recruitment_or_transport"),
    ("Owner drives new girls in from the city every month, they clean day and night.", "recruitment_or_transport"),
    ("Owner drives new girls in from the city every month, they clean day and night.", "forced_labor"),
    ("The peer said he drove two girls from the group home to Newark.", "recruitment_or_transport"),
    ("He brings other workers up from Texas each season.", "recruitment_or_transport"),
])
def test_others_moved_or_hearsay_not_present(rules, text, indicator):
    check_absent(rules, text, indicator)


GENERALISE_5B = [
    # forced_labor: from morning till late pm; unpaid extra work; a workplace open to close
    ("Works from 7 to 11pm at the restaurant.", "forced_labor", "affirmed"),
    ("She cooks from 6 till 10 p.m., then cleans.", "forced_labor", "affirmed"),
    ("Boss sends him to his brother's house to paint, no extra pay.", "forced_labor", "affirmed"),
    ("She cleans the second house too, no additional money.", "forced_labor", "affirmed"),
    ("He is at the uncle's taqueria open to close.", "forced_labor", "affirmed"),
    # recruitment_or_transport: taken to a named city or state
    ("He took her to Denver the next weekend.", "recruitment_or_transport", "affirmed"),
    ("Her 'boyfriend' drove her to Oklahoma City for a party.", "recruitment_or_transport", "affirmed"),
    ("\"He brought me to Nashville, said I'd make money.\"", "recruitment_or_transport", "affirmed"),
    ("They flew him out to Seattle to work on a boat.", "recruitment_or_transport", "affirmed"),
    ("The crew boss trucked them to North Dakota for the oil jobs.", "recruitment_or_transport", "affirmed"),
    # recruitment_or_transport / deceptive_recruitment: a person from the home town offered the job
    ("A man from her village said there was work in a hotel, good pay.", "deceptive_recruitment", "affirmed"),
    ("\"Woman in my pueblo told me job in factory, $500 a week.\"", "deceptive_recruitment", "affirmed"),
    ("A guy from his hometown offered work on a farm, $15 an hour.", "deceptive_recruitment", "affirmed"),
    ("Someone in her town promised a job as a nanny, good money.", "deceptive_recruitment", "affirmed"),
    ("A man in my town say job in Texas, he pay the bus.", "recruitment_or_transport", "affirmed"),
]

GENERALISE_5B_NEGATIVES = [
    ("Her daughter moved to Denver for a resort job.", "recruitment_or_transport"),
    ("She drove to Tampa to see her sister.", "recruitment_or_transport"),
    ("Works from 9 to 5, Monday to Friday.", "forced_labor"),
    ("Her hometown has few jobs, she said, so she moved for school.", "deceptive_recruitment"),
]


GENERALISE_5C = [
    # deceptive_recruitment: the promise of what the client would do or earn
    ("The recruiter said she could make $3,000 a month cleaning.", "deceptive_recruitment", "affirmed"),
    ("\"They told me I would work in a hotel, not a farm.\"", "deceptive_recruitment", "affirmed"),
    ("He promised she would study English and work part-time.", "deceptive_recruitment", "affirmed"),
    ("Agency said I would keep only the baby, not the whole house.", "deceptive_recruitment", "affirmed"),
    ("She said he'd earn $20 an hour on the crew.", "deceptive_recruitment", "affirmed"),
    # deceptive_recruitment: was told what the job was
    ("She was told it was a hotel job.", "deceptive_recruitment", "affirmed"),
    ("They were told the work was legal and paid weekly.", "deceptive_recruitment", "affirmed"),
    ("He was promised it would be a restaurant job with papers.", "deceptive_recruitment", "affirmed"),
    ("Was told it was massage only, \"nothing else\".", "deceptive_recruitment", "affirmed"),
    ("The women were told this was a cleaning company.", "deceptive_recruitment", "affirmed"),
]

GENERALISE_5C_NEGATIVES = [
    ("She said she would be back tomorrow for the results.", "deceptive_recruitment"),
    ("Pt said she will work at the grocery store next month.", "deceptive_recruitment"),
    ("He told her she'd get days if she asked the manager.", "deceptive_recruitment"),
    ("She was told it was a sprain, follow up in a week.", "deceptive_recruitment"),
]


@pytest.mark.parametrize("text", [
    "House of the contractor on Elm, 11 of us.",
    "Trailer behind the owner's yard, 7 of them.",
    "Lives with 5 women in one room above the shop.",
    "12 men sharing two rooms in the boss's duplex.",
    "Says 6 guys in a studio the crew leader rents.",
])
def test_recruitment_crowded_housing_counts(rules, text):
    check_flag(rules, text, "recruitment_or_transport", "affirmed")


@pytest.mark.parametrize("text", [
    "She lives with her husband and 2 kids in a 2 bedroom.",
    "Her mother and 3 sisters live in the house.",
])
def test_recruitment_family_housing_not_flagged(rules, text):
    check_absent(rules, text, "recruitment_or_transport")


# Round 5 (fresh9): families of phrasings from a new set of writers, written for these tests.
GENERALISE_6 = [
    # recruitment_or_transport: arrival through a person or a broker, in several languages' words
    ("He came up through a man from his village who knew the farm.", "recruitment_or_transport", "affirmed"),
    ("She came thru an \"auntie\" she had never met before.", "recruitment_or_transport", "affirmed"),
    ("Came over via a broker in Manila, paid him 4k.", "recruitment_or_transport", "affirmed"),
    ("Came to NJ through an ahente who handled the papers.", "recruitment_or_transport", "affirmed"),
    ("Pt says she arrived through a lady at her church back home.", "recruitment_or_transport", "affirmed"),
    ("Su mamá le pagó al coyote para cruzarla.", "recruitment_or_transport", "affirmed"),
    ("Dice que mandé al pollero el dinero en abril.", "recruitment_or_transport", "affirmed"),
    ("The guy picked her and her friend up at the Greyhound station in Dallas.", "recruitment_or_transport", "affirmed"),
    ("He drove four hours to come get her after she messaged him.", "recruitment_or_transport", "affirmed"),
    ("He had her up and down the east coast, Baltimore to Richmond.", "recruitment_or_transport", "affirmed"),
    ("Her man has her working the circuit in the summer.", "recruitment_or_transport", "affirmed"),
    ("he drives her around Stamford and Bridgeport to wherever the dates are", "recruitment_or_transport", "affirmed"),
    ("Last spring he flew her down here from Ohio.", "recruitment_or_transport", "historical"),
    ("her girl from school put her on to it last summer", "recruitment_or_transport", "historical"),
    ("Workers live in a trailer owned by the contractor, six to a room.", "recruitment_or_transport", "affirmed"),
    ("The recruiter put him and four others in one room above the shop.", "recruitment_or_transport", "affirmed"),
    ("A man was on the radio looking for workers to go pick in Florida.", "recruitment_or_transport", "affirmed"),
    ("His uncle handed him over to a crew boss at the packing house.", "recruitment_or_transport", "affirmed"),
    ("Each fall the company buses the whole crew to the next site.", "recruitment_or_transport", "affirmed"),
    ("Her boss family bring her to US in 2019.", "recruitment_or_transport", "historical"),
    ("The agent took his passport money and put him on plane.", "recruitment_or_transport", "affirmed"),
    ("They flew over on a flight the agency booked for them.", "recruitment_or_transport", "affirmed"),
    ("Recruiter in Lagos arranged everything, visa and flight.", "recruitment_or_transport", "affirmed"),
    ("The woman who sponsored her to come here kept her at home.", "recruitment_or_transport", "affirmed"),
    # recruitment_or_transport: a journey still talked about or planned, a relative with an age
    ("Her new boyfriend keeps talking about taking her to Atlanta.", "recruitment_or_transport", "hypothetical"),
    ("He is supposed to buy her a plane ticket next week.", "recruitment_or_transport", "hypothetical"),
    ("Cousin Beto (15) was picked up at the bus station by the same man.", "recruitment_or_transport", "other_person"),
    # deceptive_recruitment
    ("When they landed there was no hotel job at all.", "deceptive_recruitment", "affirmed"),
    ("There was never a real nanny position.", "deceptive_recruitment", "affirmed"),
    ("The page was promising 2,000 a month plus housing.", "deceptive_recruitment", "affirmed"),
    ("Recruiter offered $1,800 per month, he gets 600.", "deceptive_recruitment", "affirmed"),
    ("They told her family $900 a month and English classes.", "deceptive_recruitment", "affirmed"),
    ("Was told two kids and Sundays off, ended up caring for the grandparents too.", "deceptive_recruitment", "affirmed"),
    ("Hired to work the front desk; instead cleaning rooms every day.", "deceptive_recruitment", "affirmed"),
    ("Applied for warehouse work; actually cleaning scrap metal with no gloves.", "deceptive_recruitment", "affirmed"),
    ("They say hotel job, good pay. Only massage.", "deceptive_recruitment", "affirmed"),
    ("A man got her here on a \"restaurant job\" that was a bar.", "deceptive_recruitment", "affirmed"),
    ("He was told the work visa would be done in three months; it never was.", "deceptive_recruitment", "affirmed"),
    ("Nos dijeron que era en Texas y nos llevaron a Arkansas.", "deceptive_recruitment", "affirmed"),
    ("He signed on for half the money the agent quoted him.", "deceptive_recruitment", "affirmed"),
    ("The flyer on the church board said receptionist, visa sponsorship.", "deceptive_recruitment", "affirmed"),
    ("Pimp calls her his wifey and says they are building a future.", "deceptive_recruitment", "affirmed"),
    # forced_labor
    ("Works doubles at the bakery, six days, and can't say no when the boss calls.", "forced_labor", "affirmed"),
    ("Picking 12 horas, \"no podía decirle que no\" al mayordomo.", "forced_labor", "affirmed"),
    ("Cut his arm on the saw and the foreman told him to keep working.", "forced_labor", "affirmed"),
    ("Ran a fever and the crew leader said keep picking or go home unpaid.", "forced_labor", "affirmed"),
    ("Cleans the house from 5am till 10 at night.", "forced_labor", "affirmed"),
    ("She sews from morning until midnight in the back room.", "forced_labor", "affirmed"),
    ("Stall hours noon to 2am, every weekend.", "forced_labor", "affirmed"),
    ("He works nights at the plant under someone else's name.", "forced_labor", "affirmed"),
    ("Youth is on the line using an older man's ID.", "forced_labor", "affirmed"),
    ("She cooks and cleans for the whole family, no pay.", "forced_labor", "affirmed"),
    ("Pt mows and cleans the stalls for food and a bed.", "forced_labor", "affirmed"),
    ("Worked there a year and didn't see a dollar.", "forced_labor", "affirmed"),
    ("No wages, only room and board, since January.", "forced_labor", "affirmed"),
    ("\"Fifteen hours, every single day.\"", "forced_labor", "affirmed"),
    ("16 hrs, sometimes 18, when the boat is in.", "forced_labor", "affirmed"),
    ("Worked 5 weeks straight without a day off.", "forced_labor", "affirmed"),
    ("The captain kept them at sea four months.", "forced_labor", "affirmed"),
    ("His requests to go home were refused by the manning agent.", "forced_labor", "affirmed"),
    ("Carrier runs forced dispatch; he can't turn a load down.", "forced_labor", "affirmed"),
    ("Van leaves at 5am and is back around 9pm.", "forced_labor", "affirmed"),
    ("There never was any sponsor or any visa.", "deceptive_recruitment", "affirmed"),
    ("The brochure said beach hotel; it is a truck stop diner.", "deceptive_recruitment", "affirmed"),
    ("Her brother Tony drives her to the motels on weekends.", "recruitment_or_transport", "affirmed"),
    ("The guide brought them north through Chiapas.", "recruitment_or_transport", "affirmed"),
    ("Cleans the owner's rental houses on Sundays, unpaid.", "forced_labor", "affirmed"),
]

GENERALISE_6_NEGATIVES = [
    ("She couldn't say no when he kept asking her out.", "forced_labor"),
    ("Pt asks about mandatory overtime language in the union contract.", "forced_labor"),
    ("Told her to keep going to group and to school.", "forced_labor"),
    ("He works 11am-midnight at a bar he likes, paid hourly with tips.", "forced_labor"),
    ("School is out when there's no work on the farm.", "deceptive_recruitment"),
    ("A man online offered $50 for a picture.", "deceptive_recruitment"),
    ("Her wifey in law is also with him.", "deceptive_recruitment"),
    ("She lives with her aunt and cousins in their apartment.", "recruitment_or_transport"),
    ("The advocate walked him through the intake form.", "recruitment_or_transport"),
]


# The phrasing-family tables above, each round's, run by one test per kind.
PHRASINGS = [*GENERALISE, *GENERALISE_2, *GENERALISE_3, *GENERALISE_4, *GENERALISE_5, *GENERALISE_5B, *GENERALISE_5C, *GENERALISE_6]


NOT_FLAGGED = [
    *GENERALISE_NEGATIVES,
    *GENERALISE_NEGATIVES_2,
    *GENERALISE_5_NEGATIVES,
    *GENERALISE_5B_NEGATIVES,
    *GENERALISE_5C_NEGATIVES,
    *GENERALISE_6_NEGATIVES,
]


# ------------------------------------------------------------------------------- round 6 (fresh10)

ROUND6 = [
    # recruitment_or_transport: someone else pays the ticket
    ("An older guy from Snapchat paid for her train ticket to Columbus.", "recruitment_or_transport", "affirmed"),
    ("He paid his Amtrak ticket and met him at the station.", "recruitment_or_transport", "affirmed"),
    # moved in a vehicle
    ("The labour broker brought 14 men down by train from Bihar.", "recruitment_or_transport", "affirmed"),
    ("A contractor loaded them onto a truck at 2am.", "recruitment_or_transport", "affirmed"),
    ("The women were moved in a white van between the two houses.", "recruitment_or_transport", "affirmed"),
    ("His cousin's boss drove him north to the farm.", "recruitment_or_transport", "affirmed"),
    ("They got bused from the shelter to a farm in Idaho.", "recruitment_or_transport", "affirmed"),
    ("\"Nos trajeron de noche, escondidos.\"", "recruitment_or_transport", "affirmed"),
    # housing by the controller
    ("Lives in a trailer owned by the grower, 7 to a room.", "recruitment_or_transport", "affirmed"),
    ("Crew boss assigns the bunks and takes rent out of the check.", "recruitment_or_transport", "affirmed"),
    ("She was housed by the recruiter for a month in Manila.", "recruitment_or_transport", "affirmed"),
    ("They stay at a motel the contractor pays for.", "recruitment_or_transport", "affirmed"),
    # deceptive_recruitment
    ("The agent said 900 dollars a month; she gets 300 and no day off.", "deceptive_recruitment", "affirmed"),
    ("The $15/hr they promised became piece rate.", "deceptive_recruitment", "affirmed"),
    ("\"Me dijeron hotel, con papeles.\"", "deceptive_recruitment", "affirmed"),
    ("Recruiter on Facebook said hotel cleaning only.", "deceptive_recruitment", "affirmed"),
    ("She came on a \"nanny\" offer from a neighbour.", "deceptive_recruitment", "affirmed"),
    ("Only later did they find out the job was dancing for men at a bar.", "deceptive_recruitment", "affirmed"),
    ("He offered her a receptionist job, $2,500/mo, flights paid.", "deceptive_recruitment", "affirmed"),
    # forced_labor
    ("She is on duty 24/7 and gets one afternoon off a month.", "forced_labor", "affirmed"),
    ("The workers are woken at any hour to unload trucks.", "forced_labor", "affirmed"),
    ("Has to work the extra shift or lose her bed in the bunkhouse.", "forced_labor", "affirmed"),
    ("If he quits the boss says he owes double.", "forced_labor", "affirmed"),
    ("Can't stop working because of the debt.", "forced_labor", "affirmed"),
    ("In the fields from before light till after dark.", "forced_labor", "affirmed"),
    ("12-hr shifts 7 days a week during harvest.", "forced_labor", "affirmed"),
    ("The workers' dorm is above the factory floor.", "forced_labor", "affirmed"),
    ("Handed in her resignation twice, supervisor ripped it up.", "forced_labor", "affirmed"),
    ("Her coworker Mai fainted at the machine and was told to keep working.", "forced_labor", "other_person"),
]

ROUND6_NEGATIVES = [
    ("She bought her own ticket with her savings and came to visit her aunt.", "recruitment_or_transport"),
    ("He paid for his own flight; nobody recruited him.", "recruitment_or_transport"),
    ("Her passport was kept by the agent.", "recruitment_or_transport"),
    ("The boss took everyone's phones in the van.", "recruitment_or_transport"),
    ("Mom drives her to school in the car.", "recruitment_or_transport"),
    ("The job was hard but pay was what the ad said.", "deceptive_recruitment"),
    ("Works 9 to 5, weekends off, or she loses nothing.", "forced_labor"),
]


# ------------------------------------------------------------------------------- round 7 (fresh11)

ROUND7 = [
    # recruitment_or_transport: moved by a named means of travel, someone paid to move them
    ("The agency send me to Kaohsiung by plane.", "recruitment_or_transport", "affirmed"),
    ("They brought her by minibus from the border, two days.", "recruitment_or_transport", "affirmed"),
    ("The broker sent them by boat to the island camp.", "recruitment_or_transport", "affirmed"),
    ("His father paid a man to bring him through Mexico.", "recruitment_or_transport", "affirmed"),
    ("Her aunt paid a driver to take her north to the farm.", "recruitment_or_transport", "affirmed"),
    # joined or signed on through an agent or a crew; non-native 'recruit'
    ("Joined via a manning agency in Cebu.", "recruitment_or_transport", "affirmed"),
    ("He was recruited through a local agent in Accra.", "recruitment_or_transport", "affirmed"),
    ("Signed on with a magazine sales crew at the bus station.", "recruitment_or_transport", "affirmed"),
    ("She signed up with a travel team outside the mall.", "recruitment_or_transport", "affirmed"),
    ("He was recruit by a man from the next village.", "recruitment_or_transport", "affirmed"),
    ("They recruit me in Jakarta for the fishing boat.", "recruitment_or_transport", "affirmed"),
    # an online approach with money, a stranger approaching in a public place
    ("A guy on IG DM'd him about making easy money.", "recruitment_or_transport", "affirmed"),
    ("Someone messaged her saying she could get paid to travel.", "recruitment_or_transport", "affirmed"),
    ("A woman approached her in the shelter parking lot with a job.", "recruitment_or_transport", "affirmed"),
    ("A man approached him outside the bus station and offered work.", "recruitment_or_transport", "affirmed"),
    # an offer not taken up yet
    ("A man online offered to fly her to Miami for a shoot, she hasn't answered yet.", "recruitment_or_transport", "hypothetical"),
    # deceptive_recruitment: the terms she was told
    ("Was told 40 hrs a week at $15, it's 70 hours on commission.", "deceptive_recruitment", "affirmed"),
    ("He was told weekends off and a room of his own.", "deceptive_recruitment", "affirmed"),
    ("Was told 3 weeks of work, it has been five months.", "deceptive_recruitment", "affirmed"),
    ("She was told it was just trimming, then made to sell.", "deceptive_recruitment", "affirmed"),
    ("They were promised housing and benefits after 30 days.", "deceptive_recruitment", "affirmed"),
    ("Said it was security at a club downtown, 300 a night.", "deceptive_recruitment", "affirmed"),
    ("The recruiter told her the job came w/ a work permit.", "deceptive_recruitment", "affirmed"),
    ("Agent promise big ship, USD 600 every month.", "deceptive_recruitment", "affirmed"),
    ("Caseworker told him it looks like a fake offer.", "deceptive_recruitment", "hypothetical"),
    # forced_labor: forced criminality
    ("Her boyfriend had her and a friend steal perfume to resell.", "forced_labor", "affirmed"),
    ("The older guys make the younger kids carry the guns.", "forced_labor", "affirmed"),
    ("The man hands him a list of what to steal at the mall.", "forced_labor", "affirmed"),
    ("She hits the drugstores off a list he texts her every week.", "forced_labor", "affirmed"),
    ("He sends a list each morning and she has to boost everything on it.", "forced_labor", "affirmed"),
    ("\"You don't get to say no, you just go.\"", "forced_labor", "affirmed"),
    # forced_labor: hours, rest, housing
    ("Cuts hair 12 hrs a day, Mon-Sun, at the shop.", "forced_labor", "affirmed"),
    ("She cared for the old man day and night for a year.", "forced_labor", "affirmed"),
    ("Hasn't had a Sunday off since Christmas.", "forced_labor", "affirmed"),
    ("Works every night after class until closing at the diner.", "forced_labor", "affirmed"),
    ("Cooks, cleans, minds the baby and sleeps maybe 3 hrs.", "forced_labor", "affirmed"),
    ("Does two 24s back to back every week.", "forced_labor", "affirmed"),
    ("When she was sick the owner made her go in to work anyway.", "forced_labor", "affirmed"),
    ("They live inside the grow house and water the plants.", "forced_labor", "affirmed"),
    ("She lives upstairs at the salon with two other women.", "forced_labor", "affirmed"),
    ("He was made to unload trucks every day at the compound.", "forced_labor", "affirmed"),
    # round 7, second pass: sponsored here, flights booked, brought to a camp, handed to a boss, picked up by the boss
    ("Her husband's family sponsored her here in 2020.", "recruitment_or_transport", "historical"),
    ("He sponsored her as his fiancée on a K-1.", "recruitment_or_transport", "affirmed"),
    ("The agency recruits the nurses and books their flights.", "recruitment_or_transport", "affirmed"),
    ("A man who said he was family brought him to this camp at 15.", "recruitment_or_transport", "affirmed"),
    ("The contractor took them to a farm outside Yakima.", "recruitment_or_transport", "affirmed"),
    ("His uncle give him to fisherman for training.", "recruitment_or_transport", "affirmed"),
    ("The crew boss picked him up at the bus stop in March.", "recruitment_or_transport", "affirmed"),
    # deceptive_recruitment: seafarers' contract substitution, a quoted pay or title
    ("At the port they were made to sign new SEAs at lower pay.", "deceptive_recruitment", "affirmed"),
    ("SEA said 9 months and USD 600; it has been 14 months.", "deceptive_recruitment", "affirmed"),
    ("Told pay \"same as the others\", gets a third of that.", "deceptive_recruitment", "affirmed"),
    ("Hired by the agency as \"cook\", on board he cleans the holds.", "deceptive_recruitment", "affirmed"),
    ("Agent promise cargo ship, good salary.", "deceptive_recruitment", "affirmed"),
]

ROUND7_NEGATIVES = [
    ("She was hired through a staffing agency and likes the job.", "recruitment_or_transport"),
    ("He showed me DMs from a guy offering brand deals.", "recruitment_or_transport"),
    ("Her mom brought her by car to the clinic.", "recruitment_or_transport"),
    ("She was told to come back in 2 weeks for the results.", "deceptive_recruitment"),
    ("Pt slept 2 hrs last night because of the baby.", "forced_labor"),
    ("They had a fight about who would steal the last cookie.", "forced_labor"),
    ("Lived in a trailer behind her parents' house.", "forced_labor"),
    ("The SEA says 9 months and he is in month 4.", "deceptive_recruitment"),
    ("The manager took her license when she got in the van.", "recruitment_or_transport"),
    ("He grabbed my phone and drove off in his truck.", "recruitment_or_transport"),
    ("She put it in the car before the appointment.", "recruitment_or_transport"),
    ("He makes her send pics to his friends in Dallas.", "recruitment_or_transport"),
    ("Sends money to her mother in Manila every month.", "recruitment_or_transport"),
    ("Mom brought her to the farm stand to buy peaches.", "forced_labor"),
]


# ------------------------------------------------------------------------------- round 8 (fresh12)

ROUND8 = [
    # recruitment_or_transport: moved out / down / up to a place by the controller
    ("He drove her and a friend out to the man camp on Friday.", "recruitment_or_transport", "affirmed"),
    ("The recruiter flew them down to Houston in March.", "recruitment_or_transport", "affirmed"),
    ("Her bf took her up to the oil field for the weekend.", "recruitment_or_transport", "affirmed"),
    ("The crew boss trucked them over to the next county.", "recruitment_or_transport", "affirmed"),
    # got onto a crew or shift, a job lined up, a placement, rotated between sites
    ("His sponsor got him on the framing crew the week he arrived.", "recruitment_or_transport", "affirmed"),
    ("A neighbor got her onto nights at the packing plant.", "recruitment_or_transport", "affirmed"),
    ("The agent lined up the job before she landed.", "recruitment_or_transport", "affirmed"),
    ("Placed there by a lady from church who takes a cut.", "recruitment_or_transport", "affirmed"),
    ("The workers are rotated between the four restaurants every month.", "recruitment_or_transport", "affirmed"),
    ("She got shuffled from one salon to another by the owner.", "recruitment_or_transport", "affirmed"),
    # fictive kin is not a denial
    ("\"Tía\" (not a real aunt) brought him over on a tourist visa.", "recruitment_or_transport", "affirmed"),
    # an offer still being pressed
    ("He keeps offering to drive her to a party in Williston.", "recruitment_or_transport", "hypothetical"),
    # deceptive_recruitment: came believing, thought it meant, sold a job, never happened, turned out not to be
    ("He came thinking he would study and work part-time.", "deceptive_recruitment", "affirmed"),
    ("Went believing it was a job at a hotel front desk.", "deceptive_recruitment", "affirmed"),
    ("She thought it was a waitressing job at first.", "deceptive_recruitment", "affirmed"),
    ("The agency sold him a \"resort\" job; it is a fish plant.", "deceptive_recruitment", "affirmed"),
    ("The promised training never happened.", "deceptive_recruitment", "affirmed"),
    ("Papers never came through, 2 yrs later.", "deceptive_recruitment", "affirmed"),
    ("The \"free housing\" turned out not to be free.", "deceptive_recruitment", "affirmed"),
    # the job matches what was told: the opposite
    ("She says the job is exactly what she was told it would be.", "deceptive_recruitment", "negated"),
    ("The pay was what they promised.", "deceptive_recruitment", "negated"),
    # forced_labor: sleeping in work rooms and behind the job
    ("She sleeps on the massage table after the spa closes.", "forced_labor", "affirmed"),
    ("They sleep on mats in the stockroom.", "forced_labor", "affirmed"),
    ("He slept in a truck behind the warehouse all winter.", "forced_labor", "affirmed"),
    ("Workers slept 10 to a room in the bunkhouse.", "forced_labor", "affirmed"),
    ("Cots in the back room, six of them.", "forced_labor", "affirmed"),
    ("He lives above the restaurant with the cooks.", "forced_labor", "affirmed"),
    # forced_labor: long hours written short
    ("Open to close, every day.", "forced_labor", "affirmed"),
    ("She is there noon to midnight most days.", "forced_labor", "affirmed"),
    ("Catorce horas, seis días.", "forced_labor", "affirmed"),
    ("\"All day every day, no rest.\"", "forced_labor", "affirmed"),
    ("Works breakfast and dinner, 7 days.", "forced_labor", "affirmed"),
    ("Seven days, 14-hr days at the dairy.", "forced_labor", "affirmed"),
    ("We go home when the boss says.", "forced_labor", "affirmed"),
    # forced_labor: cannot leave until paid, cannot refuse, no more school, chores to pay
    ("Boss says she can't quit until the fee is paid off.", "forced_labor", "affirmed"),
    ("He couldn't leave till the debt was cleared.", "forced_labor", "affirmed"),
    ("They give him extra shifts and he can't refuse.", "forced_labor", "affirmed"),
    ("12 hrs most days, says she can't tell her aunt no.", "forced_labor", "affirmed"),
    ("She minds the store for him now, no more school.", "forced_labor", "affirmed"),
    ("No school that whole year, just the goats and the kitchen.", "forced_labor", "affirmed"),
    ("She was their maid and their nanny for two years.", "forced_labor", "affirmed"),
    ("She cooks and cleans all day and never sits down.", "forced_labor", "affirmed"),
    ("He cleans the landlord's units \"to pay off\" the rent he owes.", "forced_labor", "affirmed"),
    # round 8, second pass: the offer named without a verb, an event as the lure, a different paper to sign
    ("She said nanny for two kids, it is cleaning three houses.", "deceptive_recruitment", "affirmed"),
    ("The agent told him hotel kitchen, with papers.", "deceptive_recruitment", "affirmed"),
    ("Recruiter posted \"receptionist, spa, $3k/mo\".", "deceptive_recruitment", "affirmed"),
    ("He told her it was just a party at his friend's place.", "deceptive_recruitment", "affirmed"),
    ("Said it would be a cookout, there were only older men there.", "deceptive_recruitment", "affirmed"),
    ("On day one the manager put a different paper in front of him.", "deceptive_recruitment", "affirmed"),
    # forced_labor: work into the small hours, shifts back to back
    ("She cleans the rooms til 3 in the morning.", "forced_labor", "affirmed"),
    ("He works the kitchen until like 2 in the morning.", "forced_labor", "affirmed"),
    ("The owner schedules doubles back to back all week.", "forced_labor", "affirmed"),
    # recruitment_or_transport: brought by someone to work, housing the boss rents, a visa to work
    ("They were brought by a man from church to clean offices.", "recruitment_or_transport", "affirmed"),
    ("He lives in a trailer the grower owns with 5 others.", "recruitment_or_transport", "affirmed"),
    ("She came from Manila on a visa to work as a nanny.", "recruitment_or_transport", "affirmed"),
    # a promise still repeated; the client among 'the girls' moved
    ("He keeps saying he'll get her a job at his cousin's club.", "deceptive_recruitment", "hypothetical"),
    ("\"The girls were moved to Tulsa in a van,\" she said.", "recruitment_or_transport", "affirmed"),
    # round 9: clock ranges ending in the evening, hyphenated dawn-to-dark, ranges up to long days
    ("On the line 5am to 8pm, six days.", "forced_labor", "affirmed"),
    ("Mucks out the barns 4am-7pm.", "forced_labor", "affirmed"),
    ("We work 5 morning to 10 night in the greenhouse.", "forced_labor", "affirmed"),
    ("Works 6-8 Mon-Sat at the tire shop.", "forced_labor", "affirmed"),
    ("Hauls brush 11-14 hrs a day for the crew.", "forced_labor", "affirmed"),
    ("Sorting line 12-14h, no Sundays.", "forced_labor", "affirmed"),
    ("Years of dawn-to-dark field work.", "forced_labor", "affirmed"),
    ("On the dairy sunup to lamps out.", "forced_labor", "affirmed"),
    # round 9: tied to the employer, leaving priced as a penalty, no release until repaid
    ("I cannot change employer, visa is only for this farm.", "forced_labor", "affirmed"),
    ("If we quit we owe the agency a 2000 penalty.", "forced_labor", "affirmed"),
    ("Contract: no release until the training fee is repaid.", "forced_labor", "affirmed"),
    # round 9: crew packed into one trailer, small hours, after class till late, boosting, shifts to pay
    ("We sleep 7 men in one caravan by the packhouse.", "forced_labor", "affirmed"),
    ("Roofers slept 8 to a camper all summer.", "forced_labor", "affirmed"),
    ("She works at her aunt's store till 2am on school nights.", "forced_labor", "affirmed"),
    ("Waits tables after class until midnight.", "forced_labor", "affirmed"),
    ("He has them shoplifting at the outlet mall every weekend.", "forced_labor", "affirmed"),
    ("The coordinator puts her on night shifts at the plant to pay it off.", "forced_labor", "affirmed"),
    ("Painted and mowed for the family for two years, unpaid.", "forced_labor", "affirmed"),
    ("Performed every night, paid nothing until the fees are covered.", "forced_labor", "affirmed"),
    ("Milking from 4am, every day, sick or not.", "forced_labor", "affirmed"),
    ("Doubles every night of the festival.", "forced_labor", "affirmed"),
    ("I can't go to school, I have to stay at the stall.", "forced_labor", "affirmed"),
    ("If we don't finish the rooms there's no dinner.", "forced_labor", "affirmed"),
    ("She can't take a day off, even when sick.", "forced_labor", "affirmed"),
    ("Three shows a night, 7 nights, no break.", "forced_labor", "affirmed"),
    # round 9: promised terms, trades, non-native offers, quoted offers that turned out, romance
    ("The agent promised £12/h and a room.", "deceptive_recruitment", "affirmed"),
    ("She promise me 1800 and Sundays off.", "deceptive_recruitment", "affirmed"),
    ("He was told he'd be a mechanic at the dealership.", "deceptive_recruitment", "affirmed"),
    ("They tell my father I will be waiter in the hotel.", "deceptive_recruitment", "affirmed"),
    ("They say salary is $900 a month, here it is half.", "deceptive_recruitment", "affirmed"),
    ("The posting said $22/hr with overtime.", "deceptive_recruitment", "affirmed"),
    ("The \"internship\" turned out to be a call centre.", "deceptive_recruitment", "affirmed"),
    ("The job turned out to be a strip club, not bartending.", "deceptive_recruitment", "affirmed"),
    ("Offer was hotel work; reality is cleaning cars all night.", "deceptive_recruitment", "affirmed"),
    ("On arrival we are packers on piece rate, not drivers.", "deceptive_recruitment", "affirmed"),
    ("Nobody told us about the placement fee before we came.", "deceptive_recruitment", "affirmed"),
    ("Recruiter offered $3,000 a month, flat included.", "deceptive_recruitment", "affirmed"),
    ("She told him they were getting married in the spring.", "deceptive_recruitment", "affirmed"),
    ("A man on Facebook said he had work in a bakery, good money.", "deceptive_recruitment", "affirmed"),
    ("They say hotel cleaning, it is a car wash in the cold.", "deceptive_recruitment", "affirmed"),
    # round 9: agencies that send or find (non-native), drove to his place, came got me, met at a coach station
    ("The manning agent send me to this vessel.", "recruitment_or_transport", "affirmed"),
    ("Agency in Dhaka found us this factory.", "recruitment_or_transport", "affirmed"),
    ("He drove her four hours to his place upstate.", "recruitment_or_transport", "affirmed"),
    ("The coach drove him + 5 other boys to tournaments out west.", "recruitment_or_transport", "affirmed"),
    ("He came got me the day I got out of the hospital.", "recruitment_or_transport", "affirmed"),
    ("He scooped her up outside the shelter.", "recruitment_or_transport", "affirmed"),
    ("A man from the agency met them at the coach station.", "recruitment_or_transport", "affirmed"),
    ("Moved her into his apartment after two weeks.", "recruitment_or_transport", "affirmed"),
    ("Minibus from Suceava organised by the gangmaster.", "recruitment_or_transport", "affirmed"),
    ("The woman send me plane ticket.", "recruitment_or_transport", "affirmed"),
    ("Recruited her on Instagram for \"hostess\" work.", "recruitment_or_transport", "affirmed"),
    ("They came on visas the church sponsored.", "recruitment_or_transport", "affirmed"),
    ("He came with 12 other men from Timisoara.", "recruitment_or_transport", "affirmed"),
    ("Le arregló el pasaje a Houston.", "recruitment_or_transport", "affirmed"),
    # round 9: a trip someone only wants to pay for
    ("A man online wants to buy her a bus ticket to Atlanta.", "recruitment_or_transport", "hypothetical"),
]

ROUND8_NEGATIVES = [
    ("She is moving out from her boyfriend's place this weekend.", "recruitment_or_transport"),
    ("One of the cooks drives in from Harmon every morning.", "recruitment_or_transport"),
    ("Boss gives the crew coffee to keep the line moving.", "recruitment_or_transport"),
    ("He took her out to dinner for her birthday.", "recruitment_or_transport"),
    ("She has heard from the other girls that a man picks girls up at the bus station.", "recruitment_or_transport"),
    ("Word at the camp: Dale brings women out to the rigs on paydays.", "recruitment_or_transport"),
    ("Bunk beds upstairs in the family home for the kids.", "recruitment_or_transport"),
    ("Told her I'd ask the sponsor about it.", "deceptive_recruitment"),
    ("When she said she'd go to the labor office he got angry.", "deceptive_recruitment"),
    ("Tío says if I go to school the police will find me.", "deceptive_recruitment"),
    ("Payments to an advertising site and two hotels.", "deceptive_recruitment"),
    ("They said he owed for the stuff that got taken off him.", "deceptive_recruitment"),
    ("Owner works 80 hrs a week himself, his choice.", "forced_labor"),
    ("Says the fees keep going up every month.", "forced_labor"),
    ("On the crew there's a boy about 15 who works every day.", "forced_labor"),
    ("Sleeps in her own bed at her mom's house.", "forced_labor"),
    ("Cl says she works \"in a restaurant\" near the mall.", "deceptive_recruitment"),
    ("He says school is for later.", "deceptive_recruitment"),
    ("Women at the spa on 5th get moved to a new city every week.", "recruitment_or_transport"),
    ("Boys are sent state to state in the crew boss's vans.", "recruitment_or_transport"),
    # round 9
    ("No wage issues found at the site.", "forced_labor"),
    ("No wage claim at this time.", "forced_labor"),
    ("CPS worker to meet her at the bus station tomorrow.", "recruitment_or_transport"),
    ("Staff set up a ride to the clinic Thursday.", "recruitment_or_transport"),
    ("She met him on Instagram last year.", "recruitment_or_transport"),
    ("On arrival she was alert and oriented.", "deceptive_recruitment"),
    ("She promised to call back on Monday.", "deceptive_recruitment"),
    ("Resident is asleep all day every day since the fall.", "forced_labor"),
    ("Didn't say what the work involves.", "forced_labor"),
    ("He wants to file a claim for unpaid overtime.", "forced_labor"),
    ("Told him he can call the office any hour.", "deceptive_recruitment"),
]


@pytest.mark.parametrize("text, indicator, expected", [*PHRASINGS, *ROUND6, *ROUND7, *ROUND8])
def test_phrasing_families(rules, text, indicator, expected):
    check_flag(rules, text, indicator, expected)


@pytest.mark.parametrize("text, indicator", [*NOT_FLAGGED, *ROUND6_NEGATIVES, *ROUND7_NEGATIVES, *ROUND8_NEGATIVES])
def test_phrasing_families_not_flagged(rules, text, indicator):
    check_absent(rules, text, indicator)
