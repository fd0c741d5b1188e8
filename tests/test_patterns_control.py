"""Patterns of the 'control' group: document_confiscation, debt_bondage, earnings_control,
movement_control, communication_control, third_party_control.

Each case is a short note written for these tests (not taken from the corpus), the
indicator it should raise and the assertion that flag should carry. Hard negatives
must not produce a *present* (affirmed / historical) flag of the indicator.
"""

from __future__ import annotations

import pytest

import flagger
from tests.conftest import check_absent, check_flag


@pytest.fixture(scope="module")
def fl():
    return flagger.load(rules_only=True)


# --------------------------------------------------------------------------- document_confiscation

DOCUMENT_CASES = [
    # active, passive, shorthand, misspelling, Spanish, indirect
    ("Her employer took her passport when she landed.", "affirmed"),
    ("The farm manager keeps all the workers' passports in his office.", "affirmed"),
    ("Pt's pasport was confiscated by the recruiter on arrival.", "affirmed"),
    ("Cl states bf has her ID and SS card.", "affirmed"),
    ("Madam is holding onto her birth certificate.", "affirmed"),
    ("Passport: held by the agency \"until the contract is done\".", "affirmed"),
    ("Asked about her visa: \"the lady has it\".", "affirmed"),
    ("He says the jefe guarda los pasaportes de todos.", "affirmed"),
    ("\"My boss has my passport and says I can't quit.\"", "affirmed"),
    ("Papers are in the foreman's truck, he won't say when they come back.", "affirmed"),
    ("She gave the recruiter her passport to copy and he never gave it back.", "affirmed"),
    ("The crew leader collected everyone's work permits the first day.", "affirmed"),
    ("Auntie \"babysits\" the girls' IDs.", "affirmed"),
    ("Her seaman's book is kept by the captain.", "affirmed"),
    ("He won't give back her ID.", "affirmed"),
    # assertion statuses
    ("In 2019 her employer confiscated her passport.", "historical"),
    ("Client denies that anyone holds her ID.", "negated"),
    ("She has her own passport and green card.", "negated"),
    ("Passports were not held; all workers had them.", "negated"),
    ("She is worried he might take her passport.", "hypothetical"),
    ("Her cousin's passport was taken by the same agency.", "other_person"),    ("AV has his own passport and work permit.", "negated"),
    ("He kept his passport on him the whole season, in a zip bag.", "negated"),
    ("Said the bf took her green card, later found it in her backpack.", "negated"),
    ("On Monday I noted the manager holds her ID. Tue she explained the manager never had it, it was in her car.", "negated"),
    ("Heard from the girls at the nail shop that the owner keeps everyone's passports.", "other_person"),
    ("Asked whether the boss holds her passport: shrugged.", "hypothetical"),
    ("Manager took it to copy for the I-9 and gave it back the same day.", "negated"),
    ("She left her ID in his truck when she ran, he never held it.", "negated"),
    ("Chủ giữ her ID card and won't say when.", "affirmed"),
    ("Encargado keeps her cédula in the office.", "affirmed"),
    ("The dueña holds his passport and work permit.", "affirmed"),
    ("Sponsor kept his nagarikta and the rest of his papers.", "affirmed"),
]

DOCUMENT_NEGATIVES = [
    "She lost her passport on the bus last month and needs a replacement.",
    "His green card expired in March; referred for renewal.",
    "Her passport is being held by the court as evidence until trial.",
    "The abogado has his passport for the asylum filing; client asked him to keep it.",
    "Shelter stores residents' birth certificates in the office safe per program policy.",
    "Boyfriend held her ID and insurance card and handed them to the front desk.",
    "Cl has his passport, his own car and his own apartment.",
    "Owner has not taken his documents.",
    "He holds a valid H-2A visa through the grower association.",
    "She keeps her ID in her bra, she says.",
    "Supporting documentation retained in the case file.",
]


@pytest.mark.parametrize("text,assertion", DOCUMENT_CASES)
def test_document_confiscation(fl, text, assertion):
    check_flag(fl, text, "document_confiscation", assertion, every=True)


@pytest.mark.parametrize("text", DOCUMENT_NEGATIVES)
def test_document_confiscation_hard_negatives(fl, text):
    check_absent(fl, text, "document_confiscation")


# --------------------------------------------------------------------------- debt_bondage

DEBT_CASES = [
    ("She owes the recruiter $6,000 for the visa and has to work it off.", "affirmed"),
    ("Pt says he still owes the coyote for the crossing.", "affirmed"),
    ("Cl states bf says she owes him 3k for the apartment.", "affirmed"),
    ("He has to pay back the smuggling debt before he can go home.", "affirmed"),
    ("The agency charged each worker $4,500, taken out of their pay.", "affirmed"),
    ("Owner adds food and rent to her tab every week.", "affirmed"),
    ("\"Le debo al patrón por el viaje.\"", "affirmed"),
    ("Contract has a $12,000 \"breach fee\" if she quits early.", "affirmed"),
    ("She can't leave until the debt is paid off.", "affirmed"),
    ("Agency placment fee of $3,000 comes out of his checks.", "affirmed"),
    ("The balance keeps going up no matter how much she works.", "affirmed"),
    ("In 2018 she had to work off a $20,000 travel debt.", "historical"),
    ("Denies owing anyone money.", "negated"),
    ("Owes nothing to the employer.", "negated"),
    ("She is afraid the agency will say she owes for the flight.", "hypothetical"),
    ("Her brother owes the same recruiter $5,000.", "other_person"),
    ("\"Le debo mucho al encargado,\" she said.", "affirmed"),
    ("Boss tells him \"me debes la renta\" every week.", "affirmed"),
    ("\"Todavía les debo el viaje.\"", "affirmed"),
    ("Says the tab at the house is up to $2,500 now.", "affirmed"),
    ("His debt's already up to 9k and he started in May.", "affirmed"),
    ("She's up to about $800 with the boss for rent and rides.", "affirmed"),
]

DEBT_NEGATIVES = [
    "Pt has $30,000 in student loans and credit card debt.",
    "She is behind on rent to her landlord, who is not her employer.",
    "Employer still owes him 3 weeks of wages.",
    "Overtime owed for March; wage claim filed.",
    "No fees charged, paid every two weeks by direct deposit.",
    "I owe my sister for the flight, that's family.",    "She keeps her visa and papers on her at all times.",
    "Boss owes her $1,400 for the last two weeks.",
    "El patrón me debe dos semanas de pago.",
    "Her phone bill is up to $200 this month.",
]


@pytest.mark.parametrize("text,assertion", DEBT_CASES)
def test_debt_bondage(fl, text, assertion):
    check_flag(fl, text, "debt_bondage", assertion, every=True)


@pytest.mark.parametrize("text", DEBT_NEGATIVES)
def test_debt_bondage_hard_negatives(fl, text):
    check_absent(fl, text, "debt_bondage")


# --------------------------------------------------------------------------- earnings_control

EARNINGS_CASES = [
    ("Her bf takes all the money she makes from dates.", "affirmed"),
    ("Pt states the crew boss cashes their paychecks and gives them $40.", "affirmed"),
    ("She has to hand him every dollar at the end of the night.", "affirmed"),
    ("\"I give him all of it, he says he's saving it for us.\"", "affirmed"),
    ("Quota is $800/night or she can't come back to the room.", "affirmed"),
    ("Cl has not been paid in three months.", "affirmed"),
    ("He never gets paid, the owner says wages come at the end of the season.", "affirmed"),
    ("The contractor deducts $120 a week for the trailer and the van.", "affirmed"),
    ("The girls get fined for being late.", "affirmed"),
    ("Tips go to the manager's account.", "affirmed"),
    ("He controls her debit card and her Cash App.", "affirmed"),
    ("She was paid $250 total for four months of work.", "affirmed"),
    ("The boss \"holds\" the first two paychecks as a deposit.", "affirmed"),
    ("In 2016 her pimp took everything she earned.", "historical"),
    ("Denies anyone taking her money.", "negated"),
    ("She keeps her own money and is paid weekly.", "negated"),
    ("She worries he might start taking her tips.", "hypothetical"),
    ("Her cousin has not been paid in six weeks.", "other_person"),    ("She heard from other workers at the plant that the boss there keeps their whole check.", "other_person"),
    ("Emre (EV's roommate) has to hand the host his debit card every payday.", "other_person"),
    ("Asked if the crew boss holds her money, she changed the subject.", "hypothetical"),
    ("Her uncle picks up her paycheck from the restaurant every Friday.", "affirmed"),
    ("The crew leader picked up all our checks at the office.", "affirmed"),
    ("Bf picks up her tips envelope at the end of the week.", "affirmed"),
    ("Manager keeps the payroll cards in his desk and hands out cash.", "affirmed"),
    ("\"My boss hold the card, I only sign,\" per worker.", "affirmed"),
    ("He has her debit card + PIN and takes what he wants.", "affirmed"),
    ("They pay him $150 a week, the rest goes to the recruiter.", "affirmed"),
    ("She gets $50, the remainder goes to \"the house\".", "affirmed"),
]

EARNINGS_NEGATIVES = [
    "Warehouse picker with a productivity quota of 200 units an hour.",
    "Pay stubs show ordinary deductions for taxes and FICA.",
    "Mom manages his allowance and college fund.",
    "Complaint is about unpaid overtime for March.",
    "Paid every two weeks by direct deposit into her own account.",
    "A date paid her $200 for sex last night.",
    "They keep their money and nobody makes them do extras.",
    "She keeps the card in her wallet; nobody else uses it.",
]


@pytest.mark.parametrize("text,assertion", EARNINGS_CASES)
def test_earnings_control(fl, text, assertion):
    check_flag(fl, text, "earnings_control", assertion, every=True)


@pytest.mark.parametrize("text", EARNINGS_NEGATIVES)
def test_earnings_control_hard_negatives(fl, text):
    check_absent(fl, text, "earnings_control")


# --------------------------------------------------------------------------- movement_control

MOVEMENT_CASES = [
    ("She is not allowed to leave the house without the señora.", "affirmed"),
    ("Pt states the owner locks them in the warehouse at night.", "affirmed"),
    ("The back door is padlocked from the outside after close.", "affirmed"),
    ("Cl cant go out alone, one of his guys always drives her.", "affirmed"),
    ("He tracks her phone with Life360.", "affirmed"),
    ("Crew boss keeps the van keys and drives them everywhere.", "affirmed"),
    ("Cameras in every room, the manager watches on his phone.", "affirmed"),
    ("Curfew of 9pm set by the crew leader, who checks beds at night.", "affirmed"),
    ("\"I never go outside, only to take out the trash with him.\"", "affirmed"),
    ("He makes her send her location every hour.", "affirmed"),
    ("The trafficker monitors her location through her phone.", "affirmed"),
    ("She needs permission to go out.", "affirmed"),
    ("Workers can't leave the labor camp w/o the mayordomo.", "affirmed"),
    ("Nobody leaves the trailer without the boss's nephew.", "affirmed"),
    ("The employer wouldn't let her go outside for a year.", "affirmed"),
    ("In 2017 she was locked in a bedroom when she wasn't working.", "historical"),
    ("She denies that anyone tracks her phone.", "negated"),
    ("Workers are free to come and go; several have cars.", "negated"),
    ("She fears he will track her through her car GPS.", "hypothetical"),
    ("Her sister's employer won't let her leave the house.", "other_person"),
]

MOVEMENT_NEGATIVES = [
    "Court-ordered ankle monitor x60 days; probation officer checks curfew.",
    "Parents set a 10pm curfew after she snuck out; no other concerns.",
    "He said the cops will lock me up if I talk.",
    "The relative keeps his phone locked in the car at night.",
    "Passports kept in the office trailer.",
    "She works the track on Aurora.",
    "Staff asked the boyfriend to wait outside.",
    "Security cameras in the store parking lot.",
    "Mother monitors his location on a family app; appropriate parenting.",
    "The boss keeps it locked in his desk.",
]


@pytest.mark.parametrize("text,assertion", MOVEMENT_CASES)
def test_movement_control(fl, text, assertion):
    check_flag(fl, text, "movement_control", assertion, every=True)


@pytest.mark.parametrize("text", MOVEMENT_NEGATIVES)
def test_movement_control_hard_negatives(fl, text):
    check_absent(fl, text, "movement_control")


# --------------------------------------------------------------------------- communication_control

COMMUNICATION_CASES = [
    ("Her bf took her phone when they got to the motel.", "affirmed"),
    ("Crew boss collects everybody's phones at night.", "affirmed"),
    ("He reads all her texts and goes through her phone every night.", "affirmed"),
    ("She is not allowed to call her family in Guatemala.", "affirmed"),
    ("\"He won't let me talk to my mom.\"", "affirmed"),
    ("She can only call home from the madam's phone, on speaker.", "affirmed"),
    ("Pt has no phone; the employer disconnected the wifi.", "affirmed"),
    ("He controls her Instagram and changed all her passwords.", "affirmed"),
    ("Phones are confiscated during the shift and handed back on Sundays.", "affirmed"),
    ("The boss smashed his cellphone in front of everyone.", "affirmed"),
    ("Madam told her not to talk to anyone at the clinic.", "affirmed"),
    ("He deleted her contacts and blocked her sister's number.", "affirmed"),
    ("She has to ask permission to use the phone.", "affirmed"),
    ("Employer confiscated all the workers' phones.", "affirmed"),
    ("El patrón no nos deja hablar con nadie.", "affirmed"),
    ("In 2019 her ex monitored her Facebook and read her messages.", "historical"),
    ("She denies anyone checking her phone.", "negated"),
    ("She has her own phone and calls her family freely.", "negated"),
    ("She is afraid he will take her phone again.", "hypothetical"),
    ("Her friend's boyfriend reads all her messages.", "other_person"),
]

COMMUNICATION_NEGATIVES = [
    "Parents check her phone after she snuck out; appropriate parenting.",
    "Foster mom removed his phone overnight after he stayed up gaming.",
    "She stepped out to take a phone call.",
    "Pt kept checking her phone nervously during the visit.",
    "Police took her phone as evidence.",
    "She chooses not to call her family right now.",
    "Cl changed her number and blocked him after the assault.",
]


@pytest.mark.parametrize("text,assertion", COMMUNICATION_CASES)
def test_communication_control(fl, text, assertion):
    check_flag(fl, text, "communication_control", assertion, every=True)


@pytest.mark.parametrize("text", COMMUNICATION_NEGATIVES)
def test_communication_control_hard_negatives(fl, text):
    check_absent(fl, text, "communication_control")


# --------------------------------------------------------------------------- third_party_control

THIRD_PARTY_CASES = [
    ("Pt came with a man who kept answering for her.", "affirmed"),
    ("Companion refused to leave the exam room for the pelvic exam.", "affirmed"),
    ("Her \"cousin\" insisted on translating although pt speaks English.", "affirmed"),
    ("Employer stood in the doorway the whole visit.", "affirmed"),
    ("The boyfriend answered every question directed to her, including her DOB.", "affirmed"),
    ("Crew leader insisted on being present in each interview.", "affirmed"),
    ("He would not let the nurse speak to her alone.", "affirmed"),
    ("Workers looked at the foreman before answering.", "affirmed"),
    ("The woman held pt's Medicaid card and did the intake forms for her.", "affirmed"),
    ("Manager kept correcting her answers about her hours.", "affirmed"),
    ("Uncle tried to sign the consent forms; no proof of guardianship.", "affirmed"),
    ("The man did all the talking at check-in.", "affirmed"),
    ("In 2016 the bottom stood beside her at every court date.", "historical"),
    ("She is worried her boss will insist on sitting in at the next visit.", "hypothetical"),
    ("Pt came alone by bus and spoke freely.", "negated"),
    ("Asked to step out for the private screen, he stepped out without issue.", "negated"),
]

THIRD_PARTY_NEGATIVES = [
    "Daughter interpreted at the patient's request; no signs of control.",
    "Pt wants her husband present and asked him to translate.",
    "Interview done with the hospital phone interpreter.",
    "Mom signed consent for her 12-year-old; routine visit.",
    "Pt answered all questions appropriately.",
    "Nurse stayed in the room as chaperone for the exam.",
    "Pt told triage she fell down the stairs.",
]


@pytest.mark.parametrize("text,assertion", THIRD_PARTY_CASES)
def test_third_party_control(fl, text, assertion):
    check_flag(fl, text, "third_party_control", assertion, every=True)


@pytest.mark.parametrize("text", THIRD_PARTY_NEGATIVES)
def test_third_party_control_hard_negatives(fl, text):
    check_absent(fl, text, "third_party_control")


# --------------------------------------------------------------------------- phrasing families (fresh-set study)
# Each family: several phrasings a different writer would use. (indicator, text, assertion)

FAMILY_CASES = [
    # documents: a third-person subject holds the client's papers
    ("document_confiscation", "He has her passport and says she can't travel.", "affirmed"),
    ("document_confiscation", "They keep my ID at the front office.", "affirmed"),
    ("document_confiscation", "Cl reports he still holds her work permit.", "affirmed"),
    ("document_confiscation", "He has the passport, she has never seen it since.", "affirmed"),
    ("document_confiscation", "Recruiter keeps everyone's passports in a drawer.", "affirmed"),
    # documents: the 'kept safe' excuse
    ("document_confiscation", "Boss took her passport \"so it doesn't get lost\".", "affirmed"),
    ("document_confiscation", "Employer keeps the IDs for safety, workers cannot ask for them.", "affirmed"),
    ("document_confiscation", "Supervisor holds it for safe keeping, per client.", "affirmed"),
    ("document_confiscation", "Madam kept them for safekeeping since arrival.", "affirmed"),
    ("document_confiscation", "Agent has his visa so he doesn't lose it on the job.", "affirmed"),
    # documents: in the controller's place / never returned / nominalised / Spanish
    ("document_confiscation", "Her pasport is in the boss's safe.", "affirmed"),
    ("document_confiscation", "Passports stay in the owner's office upstairs.", "affirmed"),
    ("document_confiscation", "Kept her license + SS card in his glovebox.", "affirmed"),
    ("document_confiscation", "Took her ID at the airport, never gave it back.", "affirmed"),
    ("document_confiscation", "Confiscation of her passport by the agency on day one.", "affirmed"),
    ("document_confiscation", "Retention of workers' documents by the contractor noted.", "affirmed"),
    ("document_confiscation", "Dice que el patrón tiene su pasaporte.", "affirmed"),
    ("document_confiscation", "The captain held the seamen's books for the whole crew.", "affirmed"),
    # debt: still paying it off, a tab that grows, owes for things
    ("debt_bondage", "Recruiter took $2,000 from each of them and they are still paying it off.", "affirmed"),
    ("debt_bondage", "Cl still working off the fee for the visa.", "affirmed"),
    ("debt_bondage", "Manager kept a \"tab\" for food and rent.", "affirmed"),
    ("debt_bondage", "The balance keeps going up every month, per cl.", "affirmed"),
    ("debt_bondage", "Her debt doubled after the move to Texas.", "affirmed"),
    ("debt_bondage", "\"They say I owe for coming here.\"", "affirmed"),
    ("debt_bondage", "She owes for the room and the food, per the madam.", "affirmed"),
    ("debt_bondage", "He says they owe for the ride north.", "affirmed"),
    # earnings: deductions, nothing left, no salary, handling the money, in-kind pay
    ("earnings_control", "Rent and transport come out before pay.", "affirmed"),
    ("earnings_control", "Rent is taken out of every check.", "affirmed"),
    ("earnings_control", "After the deductions there is usually nothing left.", "affirmed"),
    ("earnings_control", "No salary ever in two years.", "affirmed"),
    ("earnings_control", "Hasn't seen a paycheck since March.", "affirmed"),
    ("earnings_control", "Has never touched a dime of it.", "affirmed"),
    ("earnings_control", "\"He gets our pay, he gives us some.\"", "affirmed"),
    ("earnings_control", "Her bf takes care of the money.", "affirmed"),
    ("earnings_control", "The boss handles the finances for all the workers.", "affirmed"),
    ("earnings_control", "Only $40 a week in hand.", "affirmed"),
    ("earnings_control", "Workers are paid in vouchers for the company store.", "affirmed"),
    ("earnings_control", "Owner took the bill straight from her hand.", "affirmed"),
    ("earnings_control", "He collects from the johns himself.", "affirmed"),
    ("earnings_control", "Has a number she has to hit before she can come in.", "affirmed"),
    ("earnings_control", "Salary goes straight to the agency.", "affirmed"),
    # movement: only out with the controller, watched, keys, kept on the premises
    ("movement_control", "Can only go out w/ madam.", "affirmed"),
    ("movement_control", "Only leaves the house with the boss.", "affirmed"),
    ("movement_control", "Asked if she goes out: only with the driver.", "affirmed"),
    ("movement_control", "The owner's wife watches them constantly.", "affirmed"),
    ("movement_control", "They are guarded 24/7 at the camp.", "affirmed"),
    ("movement_control", "He took the keycard so she could not leave the room.", "affirmed"),
    ("movement_control", "Boss keeps the keys to the trailer.", "affirmed"),
    ("movement_control", "Nobody walks anywhere, the van brings them.", "affirmed"),
    ("movement_control", "Not allowed downstairs except to take out the trash.", "affirmed"),
    ("movement_control", "Was kept on the boat for eleven months.", "affirmed"),
    ("movement_control", "Held in a basement in Queens for weeks.", "affirmed"),
    # communication: no phone, phone is his, listening, reading everything
    ("communication_control", "She doesn't have a phone.", "affirmed"),
    ("communication_control", "Pt didnt have a cell the whole time.", "affirmed"),
    ("communication_control", "No phone, no ID, no money.", "affirmed"),
    ("communication_control", "Phone is his, he reads everything.", "affirmed"),
    ("communication_control", "He listens to all her calls.", "affirmed"),
    ("communication_control", "Calls home only on Sundays with the wife listening.", "affirmed"),
    ("communication_control", "He keeps her phone except when he wants her to text.", "affirmed"),
    ("communication_control", "They took my phone the first day.", "affirmed"),
    # third party: doing the talking, insisting, taking the form, controlling bookings, narrative 'would not'
    ("third_party_control", "The man insisted on doing the talking.", "affirmed"),
    ("third_party_control", "Her \"cousin\" insisted on staying for the exam.", "affirmed"),
    ("third_party_control", "The older one took the form out of her hand.", "affirmed"),
    ("third_party_control", "He controls all her appointments and bookings.", "affirmed"),
    ("third_party_control", "Boyfriend would not leave the room, kept answering for her.", "affirmed"),
    ("third_party_control", "The \"brother\" wouldn't wait outside during the visit.", "affirmed"),
    # earnings handed to a controller, quoted quotas; communication overheard
    ("earnings_control", "She gives \"half or more\" to her boyfriend who sets up the dates.", "affirmed"),
    ("earnings_control", "They have to give the room money to the boss every night.", "affirmed"),
    ("earnings_control", "Hands the whole envelope over to the crew boss on Fridays.", "affirmed"),
    ("earnings_control", "Has to meet \"the number\" every night before coming home.", "affirmed"),
    ("communication_control", "Only the captain's sat phone, and he listened.", "affirmed"),
    ("communication_control", "Calls her mother on the señora's phone, señora listening.", "affirmed"),
    # assertion cases
    ("document_confiscation", "Her older sister works for a man who keeps her ID.", "other_person"),
    ("document_confiscation", "A friend who works for a family says they keep her passport.", "other_person"),
    ("movement_control", "A new girl with him, he doesn't let her out of the truck.", "other_person"),
    ("document_confiscation", "If he has her passport she cannot change jobs.", "hypothetical"),
    ("earnings_control", "No one takes her money, she denies anyone handles the money.", "negated"),
]

FAMILY_NEGATIVES = [
    ("document_confiscation", "Came in with his own folder of documents for the consult."),
    ("document_confiscation", "He has his passport and his work permit."),
    ("debt_bondage", "Ran the screen: no one owes anyone, no one controlling."),
    ("earnings_control", "Wants help with an unpaid wages claim against a former contractor."),
    ("earnings_control", "That's wage theft, referred to the labor clinic."),
    ("earnings_control", "Employer pays late sometimes, but pays."),
    ("earnings_control", "Came with her sister, paid nothing to anyone."),
    ("movement_control", "Not allowed to call home except on Sundays."),
    ("movement_control", "Now she can't go a day without the pills."),
    ("movement_control", "Boyfriend would not step out of the exam room."),
    ("communication_control", "T grounded, phone taken for two days for lying about homework."),
    ("communication_control", "Uncle smashed another boy's phone during the fight."),
    ("communication_control", "No phone number on file, left a message at the shelter."),
    ("communication_control", "She keeps her own phone and calls her mom daily."),
]


@pytest.mark.parametrize("indicator,text", FAMILY_NEGATIVES)
def test_phrasing_family_negatives(fl, indicator, text):
    check_absent(fl, text, indicator)


CONTEXT_CASES = [
    ("third_party_control", "He would answer for him every time we asked.", "affirmed"),
    ("third_party_control", "Came in with an older woman who insisted on translating.", "affirmed"),
    ("movement_control", "Manager would lock the back door after close.", "affirmed"),
    ("movement_control", "Her friend can't leave the house alone, the family won't allow it.", "other_person"),
    ("document_confiscation", "Has her passport, kept it in her own bag the whole time.", "inverse-only"),
]


@pytest.mark.parametrize("indicator,text,assertion", CONTEXT_CASES)
def test_control_context(fl, indicator, text, assertion):
    if assertion == "inverse-only":
        check_absent(fl, text, indicator)
    else:
        check_flag(fl, text, indicator, assertion, every=True)


# --------------------------------------------------------------------------- round 2: phrasing families
# Families seen in independently written notes; each family is tested with several phrasings a
# different writer would use, so that a pattern written for one sentence fails here.

EARNINGS_FAMILY2_CASES = [
    # the employer "saves" / sends home the pay on the worker's behalf
    ("Employer \"saves\" the rest for her, she has never been shown a balance.", "affirmed"),
    ("The señora keeps the remainder for him \"until he goes home\".", "affirmed"),
    ("She gets $100, the rest her boss says he saves for her.", "affirmed"),
    ("Pay is $150 a month, the rest \"wired home for him\" by the agency.", "affirmed"),
    ("Madam sends $200 a month to her mother in Kandy and keeps the rest.", "affirmed"),
    ("Cl has never seen the savings the employer says he is holding.", "affirmed"),
    # wages never received / late for weeks
    ("Worker still hasn't received his final check from the framing sub.", "affirmed"),
    ("He is still waiting on the last paycheck from June.", "affirmed"),
    ("Contractor is six weeks behind on wages for the whole crew.", "affirmed"),
    ("Her paycheck is three weeks late again and the manager won't answer.", "affirmed"),
    ("The restaurant owes him 5 wks of pay.", "affirmed"),
    ("Client is owed roughly $8,000 in unpaid wages from the cleaning company.", "affirmed"),
    # a money quota with a sanction
    ("She has to come back with a set amount every night.", "affirmed"),
    ("\"Bring home the nightly count or you sleep outside.\"", "affirmed"),
    ("$600 a night or she doesn't eat, per the youth.", "affirmed"),
    ("If he misses the weekly number the crew boss takes his phone.", "affirmed"),
    ("He says the older guys beat him when he came up short.", "affirmed"),
    # the money goes somewhere else
    ("Her tips go straight to the manager at the end of the shift.", "affirmed"),
    ("All the Venmo payments go to his name, not hers.", "affirmed"),
    ("His disability check goes to the uncle's account.", "affirmed"),
    ("\"The money all goes to the company, they give us food.\"", "affirmed"),
    ("\"He don't give me my money, he says he holds it.\"", "affirmed"),
    ("The foreman refused to give them their pay for August.", "affirmed"),
    ("The customers pay her aunt directly, not her.", "affirmed"),
    ("The farmer gives uncle the money for the boy's work.", "affirmed"),
    ("She had to turn the cash over to the bartender before leaving.", "affirmed"),
    # skimming and deductions that eat the check
    ("The broker \"takes his share\" before they see anything.", "affirmed"),
    ("Crew leader charges every worker $75/wk for the van.", "affirmed"),
    ("$120 a week out of each paycheck for the trailer.", "affirmed"),
    ("$90/wk deducted for the room above the shop.", "affirmed"),
    ("The agency took $200 from each of them for the ride up.", "affirmed"),
    ("They take out for the bed, the food and the bus, and she ends up with about half.", "affirmed"),
    ("After the deductions he nets maybe a third.", "affirmed"),
    ("Boyfriend took her phone and money the night she tried to leave.", "affirmed"),
    ("Cashed the workers' paychecks and \"paid us whatever he felt like\".", "affirmed"),
    ("Not allowed to have a bank card, he handles everything.", "affirmed"),
    ("She has no money of her own.", "affirmed"),
    ("He doesn't have any money of his own, the boss holds it all.", "affirmed"),
    ("I don't get nothing, he keeps it.", "affirmed"),
]

EARNINGS_FAMILY2_NEGATIVES = [
    "She keeps $100 and the rest is sent home for her kids.",
    "He saves the rest for his daughter's school fees.",
    "Behind on rent 2 months, owes the landlord 3 months rent.",
    "Came up short on rent this month, asked about assistance.",
    "Landlord charges her $900 a month for the room.",
    "Her cousin pays her cash every Friday and she keeps it.",
    "Overtime owed for 3 weeks per the audit; otherwise paid on time.",
    "She sends $200 a month to her mother in Manila.",
    "Paid every two weeks by direct deposit into her own account.",
]


@pytest.mark.parametrize("text,assertion", EARNINGS_FAMILY2_CASES)
def test_earnings_control_families_round2(fl, text, assertion):
    check_flag(fl, text, "earnings_control", assertion, every=True)


@pytest.mark.parametrize("text", EARNINGS_FAMILY2_NEGATIVES)
def test_earnings_control_negatives_round2(fl, text):
    check_absent(fl, text, "earnings_control")


EARNINGS_FAMILY2_MORE = [
    # pay kept back as a "deposit" / the first weeks held
    ("The owner holds back the first two weeks of pay for every new girl.", "affirmed"),
    ("Company keeps the first month's wages \"as a guarantee\".", "affirmed"),
    ("Her last paycheck is being kept as a \"deposit\" until she finds a replacement.", "affirmed"),
    ("The crew boss withheld the first 3 weeks of everyone's wages.", "affirmed"),
    ("Employer keeps his pay as a bond so he won't run.", "affirmed"),
    # the rest of the promised pay goes to lodging / food
    ("They get $60 a day and the boss says the rest goes to the motel.", "affirmed"),
    ("He pays us half, the rest goes for food and the van.", "affirmed"),
    ("Told the remainder covers \"room and board\" at the trailer.", "affirmed"),
    # never sees it / never received it
    ("Her wages are deposited each month but she never sees it.", "affirmed"),
    ("The agency says her salary is paid, she hasn't received it.", "affirmed"),
]

EARNINGS_FAMILY2_MORE_NEGATIVES = [
    "He was at the other end of the field and didn't see it, others told him.",
    "She paid two weeks as a deposit on the apartment.",
    "She sends $300 home and the rest goes to rent.",
]


@pytest.mark.parametrize("text,assertion", EARNINGS_FAMILY2_MORE)
def test_earnings_control_more_families_round2(fl, text, assertion):
    check_flag(fl, text, "earnings_control", assertion, every=True)


@pytest.mark.parametrize("text", EARNINGS_FAMILY2_MORE_NEGATIVES)
def test_earnings_control_more_negatives_round2(fl, text):
    check_absent(fl, text, "earnings_control")


DEBT_FAMILY2_CASES = [
    # words for debt in other languages
    ("The agency keeps most of the salary for the utang.", "affirmed"),
    ("\"Utang ko sa agency\" - placement and airfare.", "affirmed"),
    # owes for training / a course / equipment
    ("The salon owner says she still owes for the nail course and the room.", "affirmed"),
    ("He owes for the forklift class the company made him take.", "affirmed"),
    ("Told she owes for the license and the kit, more each month.", "affirmed"),
    # contract-breach / exit penalties
    ("\"If I quit I owe them $15,000.\"", "affirmed"),
    ("If she leaves before two years she has to pay a penalty.", "affirmed"),
    ("The agency says he owes $8,000 for breaking the contract.", "affirmed"),
    ("She'd be fined for leaving early, per the recruiter.", "affirmed"),
    ("Was charged $3,000 for quitting the placement.", "affirmed"),
    # a debt or ransom that doubles
    ("They said the amount would double every week his family didn't pay.", "affirmed"),
    ("The balance doubles each month, she says.", "affirmed"),
    # denial in non-standard grammar is still a denial
    ("\"I don't owe nobody nothing.\"", "negated"),
    ("\"I ain't owe no one,\" he said when asked.", "negated"),
]

DEBT_FAMILY2_NEGATIVES = [
    "Packinghouse owes him 3 wks, about $1,400.",
    "Boss owes her two weeks pay and keeps saying Friday.",
    "Mom is repaying the refugee travel loan through our office, $85/mo.",
    "The loan is with the credit union, not the employer.",
    "Still paying the IOM travel loan.",
]


@pytest.mark.parametrize("text,assertion", DEBT_FAMILY2_CASES)
def test_debt_bondage_families_round2(fl, text, assertion):
    check_flag(fl, text, "debt_bondage", assertion, every=True)


@pytest.mark.parametrize("text", DEBT_FAMILY2_NEGATIVES)
def test_debt_bondage_negatives_round2(fl, text):
    check_absent(fl, text, "debt_bondage")


DOCUMENT_FAMILY2_CASES = [
    # the document sits in the controller's place (no determiner)
    ("Her passport is in Ma'am's desk drawer, locked.", "affirmed"),
    ("His ID is at boss's house.", "affirmed"),
    ("The birth certificate stays in Papi's car.", "affirmed"),
    # a companion holds the client's papers at the visit
    ("Boyfriend held pt's phone and state ID throughout the visit.", "affirmed"),
    ("The employer's wife presented pt's passport at check-in and kept it.", "affirmed"),
    ("Her \"uncle\" kept cl's green card in his jacket the whole appointment.", "affirmed"),
    ("Escort carried the patient's passport and answered all questions.", "affirmed"),
    # handed back / not returned: it had been held
    ("The former employer handed back the passport after the lawyer called.", "historical"),
    ("Manager gave them back their IDs only when the inspector arrived.", "affirmed"),
    ("Patrón asked for his SS card to \"fix payroll\" and hasn't returned it.", "affirmed"),
    ("Took her work permit to copy it and never gave it back.", "affirmed"),
    # a controller subject with a possessive
    ("Papi has her school ID and her SS card.", "affirmed"),
    # denials with a controller subject
    ("Employer does not have his documents.", "negated"),
    ("The crew leader doesn't have their IDs.", "negated"),
]

DOCUMENT_FAMILY2_NEGATIVES = [
    "Asked re ID: most said they have it, 2 said theirs are at home.",
    "Gave her passport to her sister to keep safe, her choice.",
    "\"My mom has my passport, I gave it to her so he can't get it.\"",
    "Left his ID with his brother before the trip.",
]


@pytest.mark.parametrize("text,assertion", DOCUMENT_FAMILY2_CASES)
def test_document_confiscation_families_round2(fl, text, assertion):
    check_flag(fl, text, "document_confiscation", assertion, every=True)


@pytest.mark.parametrize("text", DOCUMENT_FAMILY2_NEGATIVES)
def test_document_confiscation_negatives_round2(fl, text):
    check_absent(fl, text, "document_confiscation")


CONTEXT_FAMILY2_CASES = [
    # one of the client's own staff / friends is the subject
    ("earnings_control", "Pt thinks one of his bartenders is being managed by an older guy who takes her tips.", "other_person"),
    ("document_confiscation", "Worried about one of her coworkers, a man at the plant keeps his passport.", "other_person"),
    ("debt_bondage", "Some of her friends from the salon say the owner says they owe for the flight.", "other_person"),
    # reported speech of a friend or coworker about their own job
    ("document_confiscation", "Her coworker says the agency that placed him keeps his visa.", "other_person"),
    ("earnings_control", "His roommate says the contractor takes half his check every week.", "other_person"),
    # a relative's boss is the relative's controller; a mother's boyfriend is the client's
    ("document_confiscation", "Cousin at another farm had problems, cousin's boss holds the visas.", "other_person"),
]


EARNINGS_FAMILY2_THIRD = [
    # pay held where the worker cannot reach it
    ("Employer deposits her salary into an account she can't access.", "affirmed"),
    ("The boss keeps the rest, he says, and she only gets $40.", "affirmed"),
    ("He gets $50 a week, the rest the owner keeps for him.", "affirmed"),
    ("Boss says he is saving her wages for when she goes home.", "affirmed"),
    ("The family keeps her salary in their account.", "affirmed"),
    ("Tips are pooled and kept by the manager.", "affirmed"),
    ("His pay is collected by the crew leader every Friday.", "affirmed"),
    # nominalisations
    ("Withholding of wages for three months.", "affirmed"),
    ("Non-payment of wages since January.", "affirmed"),
    ("Confiscation of earnings by the employer.", "affirmed"),
    # promised pay that never arrives
    ("Owner said he would pay them at the end but never did.", "affirmed"),
    ("Last two paychecks never came.", "affirmed"),
    ("Her paycheck bounced twice and the boss says wait.", "affirmed"),
    ("No pay, just room and food.", "affirmed"),
    ("Paid with meals and a bed, nothing else.", "affirmed"),
    # piece-rate tricks
    ("After they take the ride, the piece rate works out to about $3 an hour.", "affirmed"),
    ("He is paid per bucket and charged for the buckets.", "affirmed"),
    # a parent's partner is the controller, not another victim
    ("Her mother's boyfriend cashes her checks.", "affirmed"),
]

EARNINGS_FAMILY2_THIRD_NEGATIVES = [
    "Money is tight, she can't pay rent this month.",
    "She is saving her money for a car.",
]


@pytest.mark.parametrize("text,assertion", EARNINGS_FAMILY2_THIRD)
def test_earnings_control_third_families_round2(fl, text, assertion):
    check_flag(fl, text, "earnings_control", assertion, every=True)


@pytest.mark.parametrize("text", EARNINGS_FAMILY2_THIRD_NEGATIVES)
def test_earnings_control_third_negatives_round2(fl, text):
    check_absent(fl, text, "earnings_control")


DEBT_FAMILY2_MORE = [
    ("\"Tengo que pagar el viaje primero.\"", "affirmed"),
    ("Sigue pagando la deuda al contratista.", "affirmed"),
    ("The agency advanced the airfare and takes it out of her salary.", "affirmed"),
    ("Crew boss fronted them the bus tickets from Texas.", "affirmed"),
    ("The boss lent her money for her mother's surgery and now she can't leave.", "affirmed"),
    ("She borrowed $2,000 from the owner and the interest keeps growing.", "affirmed"),
    ("Interest is added every week, she says.", "affirmed"),
    ("The madam adds interest to what she owes.", "affirmed"),
    ("He is indebted to the labor broker.", "affirmed"),
    ("Says she has to \"pay off\" her \"bond\" before she can transfer.", "affirmed"),
    ("The contract has a $10,000 training bond.", "affirmed"),
]

DEBT_FAMILY2_MORE_NEGATIVES = [
    "Her credit card interest keeps going up.",
    "He was released on bail, bond hearing next week.",
    "She is paying off her car loan.",
]


@pytest.mark.parametrize("text,assertion", DEBT_FAMILY2_MORE)
def test_debt_bondage_more_families_round2(fl, text, assertion):
    check_flag(fl, text, "debt_bondage", assertion, every=True)


@pytest.mark.parametrize("text", DEBT_FAMILY2_MORE_NEGATIVES)
def test_debt_bondage_more_negatives_round2(fl, text):
    check_absent(fl, text, "debt_bondage")


DOCUMENT_FAMILY2_MORE = [
    ("Passport retention by the sponsor.", "affirmed"),
    ("Red flags: ID confiscation, no days off.", "affirmed"),
    ("He can't get his passport back from the boss.", "affirmed"),
    ("She couldn't get her ID back after she quit.", "affirmed"),
    ("She doesn't know where her passport is; the agency took it.", "affirmed"),
]

DOCUMENT_FAMILY2_MORE_NEGATIVES = [
    "She keeps her passport in her own safe at home.",
    "Her mother keeps her birth certificate at home, she asked her to.",
    "Left her passport with her aunt, her choice.",
]


@pytest.mark.parametrize("text,assertion", DOCUMENT_FAMILY2_MORE)
def test_document_confiscation_more_families_round2(fl, text, assertion):
    check_flag(fl, text, "document_confiscation", assertion, every=True)


@pytest.mark.parametrize("text", DOCUMENT_FAMILY2_MORE_NEGATIVES)
def test_document_confiscation_more_negatives_round2(fl, text):
    check_absent(fl, text, "document_confiscation")


EARNINGS_FAMILY2_GRAMMAR = [
    # non-native grammar
    ("\"Boss he keep my pay, he say for food.\"", "affirmed"),
    ("\"Señora she hold all my salary.\"", "affirmed"),
    ("\"I no get money, only food.\"", "affirmed"),
    ("\"He no pay me, three month.\"", "affirmed"),
    # Spanish
    ("\"El patrón no nos paga desde hace dos meses.\"", "affirmed"),
    ("\"No me han pagado nada.\"", "affirmed"),
    ("\"Nos descuenta la renta y el raite del cheque.\"", "affirmed"),
    ("\"Se queda con todo el dinero.\"", "affirmed"),
    # shorthand
    ("Cl gives 100% of $ to bf.", "affirmed"),
    ("No $ since arrival.", "affirmed"),
    ("No pay since March per cl.", "affirmed"),
    ("Employer pays cl $0.", "affirmed"),
    ("Hasn't rec'd pay x 3 mos.", "affirmed"),
    ("Wages w/held by employer.", "affirmed"),
    # quota stated as a standing rule
    ("\"If I don't bring 1k he beats me.\"", "affirmed"),
    ("When she doesn't hit her number she sleeps in the car.", "affirmed"),
    # the buyers' money goes to the controller
    ("Money from the dates goes to him.", "affirmed"),
    ("Cash from the customers goes straight to the manager.", "affirmed"),
    ("Turns all her trap money over to him.", "affirmed"),
]


@pytest.mark.parametrize("text,assertion", EARNINGS_FAMILY2_GRAMMAR)
def test_earnings_control_grammar_families_round2(fl, text, assertion):
    check_flag(fl, text, "earnings_control", assertion, every=True)


ASSERTION_FAMILY2_CASES = [
    ("earnings_control", "Denies that anyone holds back her pay.", "negated"),
    ("earnings_control", "No one takes his part of the pay, he says.", "negated"),
    ("earnings_control", "She is afraid the owner will start taking $100 out of each check.", "hypothetical"),
    ("earnings_control", "Her cousin says the boss takes $50 from each check.", "other_person"),
    ("earnings_control", "In 2019 the contractor held back the first two weeks of pay.", "historical"),
    ("earnings_control", "Denies being charged for the van or the bunk.", "negated"),
    ("earnings_control", "Gets her whole check, nothing taken out for housing.", "negated"),
    ("earnings_control", "Gets his full pay, nothing deducted from it for the room.", "negated"),
    ("debt_bondage", "She fears the agency will say she owes for breaking the contract.", "hypothetical"),
    ("document_confiscation", "Denies that the boss holds pt's passport.", "negated"),
    ("document_confiscation", "Her sister's passport is in the boss's office.", "other_person"),
]


DOCUMENT_FAMILY2_SHORTHAND = [
    ("Passport: w/ employer.", "affirmed"),
    ("Pp w/ madam since arrival.", "affirmed"),
    ("\"Passport is with Sir.\"", "affirmed"),
    ("The recruiter never gave her the passport after the visa came.", "affirmed"),
    ("She has to ask the boss for her ID whenever she needs it.", "affirmed"),
    ("She needs permission to get her passport from the safe.", "affirmed"),
]


@pytest.mark.parametrize("text,assertion", DOCUMENT_FAMILY2_SHORTHAND)
def test_document_confiscation_shorthand_round2(fl, text, assertion):
    check_flag(fl, text, "document_confiscation", assertion, every=True)


DEBT_FAMILY2_SHORTHAND = [
    ("Debt to recruiter ~$6k.", "affirmed"),
    ("Debt w/ crew boss for the ride.", "affirmed"),
    ("No debt to owner.", "negated"),
    ("Denies any debt to employer.", "negated"),
]


@pytest.mark.parametrize("text,assertion", DEBT_FAMILY2_SHORTHAND)
def test_debt_bondage_shorthand_round2(fl, text, assertion):
    check_flag(fl, text, "debt_bondage", assertion, every=True)


# --------------------------------------------------------------------------- round 3 (fresh7 families)

EARNINGS_FAMILY3 = [
    # pay goes to someone else, "not her"
    ("They pay her uncle, not her.", "affirmed"),
    ("Customers venmo the boyfriend, not him.", "affirmed"),
    ("The restaurant pays the tío directly, not the kid.", "affirmed"),
    ("The farm pays the contratista at the end of the week, not them.", "affirmed"),
    ("Club pays her manager at close, not her.", "affirmed"),
    # the controller gets / holds her pay
    ("The \"uncle\" gets her pay every Friday.", "affirmed"),
    ("The crew boss collects everyone's checks.", "affirmed"),
    ("Her paycheck goes to the \"sponsor\".", "affirmed"),
    ("Everything the customers paid went to him.", "affirmed"),
    ("Whatever she made that week went straight to the boss.", "affirmed"),
    # hands all the money over
    ("She hands el jefe all the money at the end of the night.", "affirmed"),
    ("I give boss all tips.", "affirmed"),
    ("He gives the driver every dollar.", "affirmed"),
    ("\"I give him everything, he gives me back like 40.\"", "affirmed"),
    ("She turns in the cash and he hands her back $20.", "affirmed"),
    # a small allowance instead of wages
    ("Crew lead keeps the cash and gives them $20 \"food money\".", "affirmed"),
    ("The boss cashes it and gives him $40 for food.", "affirmed"),
    ("The workers get a \"mesada\" of $50 a week.", "affirmed"),
    ("She gets a draw of $30, nothing else.", "affirmed"),
    ("He keeps the money, I get some for food.", "affirmed"),
    # room and board as pay
    ("They said the food and room was my pay.", "affirmed"),
    ("The bed and meals are his pay, per the owner.", "affirmed"),
    ("He says I get paid in a roof.", "affirmed"),
    ("She is paid with room and board, no cash.", "affirmed"),
    # pay at the employer's whim, scattered cash, pittance
    ("Paid cash every couple weeks \"when the owner remembers\".", "affirmed"),
    ("Gets money when the boss feels like it.", "affirmed"),
    ("$20 here, $50 there, never a real paycheck.", "affirmed"),
    ("Has been paid for two of the last nine weeks.", "affirmed"),
    ("He has gotten $150 in 5 weeks.", "affirmed"),
    ("Gets $250 cash for ~70 hrs a week.", "affirmed"),
    # withheld until a condition, held back, the rest kept
    ("Pay \"held until the season ends\".", "affirmed"),
    ("No pay til the house is finished.", "affirmed"),
    ("Nothing on her check until the contract is done.", "affirmed"),
    ("Boss held back $400 of his first month.", "affirmed"),
    ("He gives him $300 and holds the rest.", "affirmed"),
    ("The rest is \"guardado\" by the patrón.", "affirmed"),
    ("Every dollar of it kept by him.", "affirmed"),
    # deductions for board
    ("$2,400/mo \"minus food and bed\".", "affirmed"),
    ("They take for the room and food, I don't see the rest.", "affirmed"),
    ("Groceries are bought for them and the cost deducted.", "affirmed"),
    ("Nos quitan por la comida cada semana.", "affirmed"),
    ("Me descuentan del cheque por el cuarto.", "affirmed"),
    # quotas
    ("He holds her phone til she makes 400.", "affirmed"),
    ("Has to sell candy until he makes $100.", "affirmed"),
    ("She has to bring Tone $600 a night.", "affirmed"),
    ("\"if i dont come back w 500 i cant sleep inside\"", "affirmed"),
    ("\"If I bring less he keeps all of it.\"", "affirmed"),
    ("700 a nite or she dont eat.", "affirmed"),
    # unpaid for a period
    ("Wasn't paid that whole season.", "affirmed"),
    ("He was not paid the last three weeks.", "affirmed"),
    ("Still nothing paid for Sept.", "affirmed"),
    ("Final two weeks' pay never issued.", "affirmed"),
]

EARNINGS_NEGATIVES3 = [
    "The grower already said ok and gave him his last check.",
    "She emailed the owner; he gave her her check the next day.",
    "An online friend paid her in gift cards for pics.",
    "Overtime wasn't paid for 2 weeks in July, the shed fixed it after the letter.",
    "Manager shorted her last check by 6 hrs, the owner fixed it.",
    "She tried to hold back $200 from him once, years ago.",
    "Gets full pay, she can quit if she wants.",
    "Worker indicated she has never seen anything herself at the salon.",
    "Her mom gave her $20 for food for the field trip.",
]


@pytest.mark.parametrize("text,assertion", EARNINGS_FAMILY3)
def test_earnings_control_families_round3(fl, text, assertion):
    check_flag(fl, text, "earnings_control", assertion, every=True)


@pytest.mark.parametrize("text", EARNINGS_NEGATIVES3)
def test_earnings_control_negatives_round3(fl, text):
    check_absent(fl, text, "earnings_control")


DOCUMENT_FAMILY3 = [
    # a quoted or managerial verb
    ("AP \"handles\" her ID.", "affirmed"),
    ("The home's owner \"keeps\" her passport \"for insurance reasons\".", "affirmed"),
    ("The boss manages everyone's papers.", "affirmed"),
    ("The madam \"watches\" their passports.", "affirmed"),
    # the papers are with the controller / in the controller's place
    ("Passport is \"with sir, for safekeeping\".", "affirmed"),
    ("Her ID stays with the jefe.", "affirmed"),
    ("Green card is in the father-in-law's safe.", "affirmed"),
    ("Passports are locked in the boss's office.", "affirmed"),
    ("Her papers are kept at the manager's apartment.", "affirmed"),
    # Spanish answer with a pronoun
    ("Asked about her passport: \"la señora lo guarda\".", "affirmed"),
    ("\"El patrón los tiene.\"", "affirmed"),
    ("\"El jefe me lo quitó.\"", "affirmed"),
]

DOCUMENT_NEGATIVES3 = [
    "his wife keeps his passport at home in the safe, he asked her to.",
    "Her sister keeps her spare key + passport for her \"just in case\", texter's idea.",
    "DCF holds her birth certificate and SS card in the case file per agency policy.",
    "The captain told the crew the Coast Guard locks up anybody w/o papers.",
    "q: tiene sus papeles? a: si, en mi cuarto",
    "Restaurant guys all fine, papers with them.",
]


@pytest.mark.parametrize("text,assertion", DOCUMENT_FAMILY3)
def test_document_confiscation_families_round3(fl, text, assertion):
    check_flag(fl, text, "document_confiscation", assertion, every=True)


@pytest.mark.parametrize("text", DOCUMENT_NEGATIVES3)
def test_document_confiscation_negatives_round3(fl, text):
    check_absent(fl, text, "document_confiscation")


DEBT_FAMILY3 = [
    # an exit charge for the travel costs
    ("\"If I go home they charge me the visa and the flight, $3,000.\"", "affirmed"),
    ("If he quits he has to pay back the ticket.", "affirmed"),
    ("If she leaves early they charge her for the flight.", "affirmed"),
    # charged for time lodged
    ("Owner says they still owe for the first 2 wks.", "affirmed"),
    ("She owes for the last three nights at the motel.", "affirmed"),
    # the controller posted bail
    ("\"For the bond he paid when I got picked up.\"", "affirmed"),
    ("She owes him for the bail he posted.", "affirmed"),
    # a fee taken out of the salary
    ("Agent fee of 350,000 rupees still being taken out of her salary.", "affirmed"),
    ("The recruitment fee is deducted from his paycheck.", "affirmed"),
    # a growing bill for board
    ("Each week there's a bill for bed, van, food, always more.", "affirmed"),
    ("The rent keeps going up, she can never clear it.", "affirmed"),
    # paying the travel cost back
    ("Still paying that coyote money back to the mayordomo.", "affirmed"),
    ("He is paying the ticket off, $50 a week.", "affirmed"),
    ("Paying the crossing back to the contratista.", "affirmed"),
]

DEBT_NEGATIVES3 = [
    "Someone was always sitting in the front room by the door.",
    "A: \"No, I paid the agency fee myself already.\"",
    "Owes $500 to a storefront payday lender, not to employer.",
    "She owes on her credit card and a car loan.",
]


@pytest.mark.parametrize("text,assertion", DEBT_FAMILY3)
def test_debt_bondage_families_round3(fl, text, assertion):
    check_flag(fl, text, "debt_bondage", assertion, every=True)


@pytest.mark.parametrize("text", DEBT_NEGATIVES3)
def test_debt_bondage_negatives_round3(fl, text):
    check_absent(fl, text, "debt_bondage")


CONTEXT_FAMILY3 = [
    # a claim taken back later in the note
    ("document_confiscation", "At first said the mayordomo keeps her ID; later clarified she has it.", "negated"),
    ("document_confiscation", "Client at first said her bf keeps her state ID, later said it's in her backpack.", "negated"),
    ("document_confiscation", "First said bf \"has all my papers\", later clarified he has copies.", "negated"),
    ("document_confiscation", "First thing she said was her man keeps her ID, then she pulled it out of her phone case.", "negated"),
    ("earnings_control", "Initially reported the boss takes half his pay; on re-interview he is paid in full.", "negated"),
    ("debt_bondage", "At first she said she has a debt to the owner of $2,000; later clarified that was her sister's loan.", "negated"),
    # hearsay and other people named by place
    ("earnings_control", "Heard one say the agency takes rent out till there's nothing left.", "other_person"),
    ("earnings_control", "The girls at the house hand their tips to the landlady.", "other_person"),
    ("document_confiscation", "The men on the other crew say the leader keeps everyone's IDs.", "other_person"),
    ("document_confiscation", "Guys on a Filipino boat got their passports taken at the dock.", "other_person"),
    ("document_confiscation", "The guy Kayla stays with keeps the girls' IDs, which she heard, never saw.", "other_person"),
    ("debt_bondage", "Heard some of the guys say they owe the contractor for the ride.", "other_person"),
    # a relative's spouse in the client's household is the controller
    ("debt_bondage", "Cousin's wife says she owes them for the trip and the coyote, $7,000.", "affirmed"),
    # a new clause with a relative as subject ends the negation before it
    ("earnings_control", "Works at the pupuseria all day, not a dollar, the cousin pays the bf, not her.", "affirmed"),
]


EARNINGS_FAMILY3_MORE = [
    # no pay at all / since / because
    ("No pay at all since she got there.", "affirmed"),
    ("No pay since \"before Christmas\".", "affirmed"),
    ("No pay \"because he covers the house\".", "affirmed"),
    ("They didn't pay him 3 weeks, then the boss left town.", "affirmed"),
    ("Never paid them for two months.", "affirmed"),
    # the rest sent to the controller / later
    ("The rest of her salary is \"sent to the agency\".", "affirmed"),
    ("The remainder goes straight to the sponsor.", "affirmed"),
    ("He gets $50 a week \"and the rest when the hay's in\".", "affirmed"),
    ("The rest is paid after the harvest.", "affirmed"),
    # company store
    ("Everything they buy at the camp store is charged against their pay.", "affirmed"),
    ("Boots and gloves are deducted from his check.", "affirmed"),
    # quotas
    ("She has to bring him $500 or a new girl every week.", "affirmed"),
    ("Each woman must turn over a set amount every night.", "affirmed"),
    ("Her number is $300 a night.", "affirmed"),
    ("\"I can't come back till I have 500.\"", "affirmed"),
    ("\"Si no llevamos $100 no comemos.\"", "affirmed"),
    # non-native grammar
    ("\"No money, boss keep.\"", "affirmed"),
    ("No pay, the jefe takes.", "affirmed"),
    # pay when there is money, pittance
    ("Pays them \"cuando hay\".", "affirmed"),
    ("He's seen $80 in 6 wks.", "affirmed"),
    ("The raitero takes $12 a day for the ride and $50 for the room.", "affirmed"),
]

EARNINGS_NEGATIVES3_MORE = [
    "He gets $40 a week and food and the rest goes to the man to pay for the bus ticket from Texas.",
    "She gets paid every Friday, no problem.",
]


@pytest.mark.parametrize("text,assertion", EARNINGS_FAMILY3_MORE)
def test_earnings_control_more_families_round3(fl, text, assertion):
    check_flag(fl, text, "earnings_control", assertion, every=True)


@pytest.mark.parametrize("text", EARNINGS_NEGATIVES3_MORE)
def test_earnings_control_more_negatives_round3(fl, text):
    check_absent(fl, text, "earnings_control")


DOCUMENT_FAMILY3_MORE = [
    # shorthand "own" without a possessive is the client's own papers
    ("Hold own ID.", "negated"),
    ("Keeps own tazkira + passport.", "negated"),
    ("Carries own passport.", "negated"),
    # never got the papers back
    ("Still hasn't got her passport back from the couple.", "affirmed"),
    ("He never got his ID back from the recruiter.", "affirmed"),
    ("She still hasn't gotten her papers back.", "affirmed"),
    # Mexican voter ID and the office as holder
    ("He kept her INE.", "affirmed"),
    ("The patrón holds everyone's credencial.", "affirmed"),
    ("His pp is \"with the office\" in Houston.", "affirmed"),
]

DOCUMENT_NEGATIVES3_MORE = [
    "A: mom has his birth cert + SS card at home, he's fine w/ it.",
    "Q: does anyone hold your ID? A: mom holds birth cert.",
    "Her sister holds her passport \"for safekeeping\" at her request.",
    "He kept his matricula in his boot.",
    "The \"uncle\" held her ID in his hand during the whole appointment.",
]


@pytest.mark.parametrize("text,assertion", DOCUMENT_FAMILY3_MORE)
def test_document_confiscation_more_families_round3(fl, text, assertion):
    check_flag(fl, text, "document_confiscation", assertion, every=True)


@pytest.mark.parametrize("text", DOCUMENT_NEGATIVES3_MORE)
def test_document_confiscation_more_negatives_round3(fl, text):
    check_absent(fl, text, "document_confiscation")


def test_host_mother_holding_passport_is_still_flagged(fl):
    """The parent veto is for a child's birth certificate at home, not a host family holding a passport."""
    check_flag(fl, "Host mom holds her DS-2019 & pp, says \"you'll lose them\".", "document_confiscation", "affirmed")


DEBT_FAMILY3_MORE = [
    # exit penalty
    ("If you quit early the ticket home is on you.", "affirmed"),
    ("The flight back is on him if he leaves before October.", "affirmed"),
    # a debt that grows: was X, now Y; interest
    ("The tab was $400 when he left, now they say $1,100.", "affirmed"),
    ("He lent her $40,000 for the trip, now says $52,000.", "affirmed"),
    ("Fronted him an oz and now says it's $3k \"with interest\".", "affirmed"),
    ("The contractor charges interest on the ride.", "affirmed"),
    ("\"La deuda\" for the bus and housing grows every week.", "affirmed"),
    ("Then the bottles go on our tab, double.", "affirmed"),
    ("The rent gets added to his debt.", "affirmed"),
    # paying the controller back
    ("Pays the agent back $300 every month out of her pay.", "affirmed"),
    ("Has to pay boss back for the flight and apartment.", "affirmed"),
    ("He cooked in a basement kitchen to pay the snakehead, 3 years.", "affirmed"),
    ("Working to pay off the coyote.", "affirmed"),
    ("The recruiter made him pay $2,000 for \"the job\".", "affirmed"),
]

DEBT_NEGATIVES3_MORE = [
    "Caller asking for help paying payday loan, $600 now $1,400.",
    "The tips go to his account, she never sees them.",
]


@pytest.mark.parametrize("text,assertion", DEBT_FAMILY3_MORE)
def test_debt_bondage_more_families_round3(fl, text, assertion):
    check_flag(fl, text, "debt_bondage", assertion, every=True)


@pytest.mark.parametrize("text", DEBT_NEGATIVES3_MORE)
def test_debt_bondage_more_negatives_round3(fl, text):
    check_absent(fl, text, "debt_bondage")


EARNINGS_FAMILY3_WAGE_THEFT = [
    # saving / keeping it "safe" for her
    ("\"The patrón says he's saving it for me.\"", "affirmed"),
    ("\"He just keeps the money safe for me,\" she says.", "affirmed"),
    ("The manager holds her cash \"for safekeeping\".", "affirmed"),
    ("\"He sends it home for me, I don't see it.\"", "affirmed"),
    # subcontractors who do not pay
    ("$2,400 owed by sub for last job.", "affirmed"),
    ("$400 a paint sub never paid him.", "affirmed"),
    ("The sub didn't pay him the last two Fridays.", "affirmed"),
    ("They worked 3 days at a house and nobody paid anybody.", "affirmed"),
    ("Cleaning three houses and not paid, two years.", "affirmed"),
    # pay only when it suits the boss
    ("The crew boss pays them only when a job is done.", "affirmed"),
    ("Paid cash, $80/day, \"when there is money\".", "affirmed"),
    ("Captain holds it till season end.", "affirmed"),
    # quotas and takings
    ("Had to turn in sales money nightly, got \"draw\" of $20.", "affirmed"),
    ("Had to sell a minimum or sleep in the van.", "affirmed"),
    ("The boss \"deducted\" the van, the tools and the trailer bed.", "affirmed"),
]


@pytest.mark.parametrize("text,assertion", EARNINGS_FAMILY3_WAGE_THEFT)
def test_earnings_control_wage_theft_round3(fl, text, assertion):
    check_flag(fl, text, "earnings_control", assertion, every=True)


def test_saving_for_her_family_not_for_her_kids(fl):
    """'Saving for her' is the controller's excuse; a parent saving for a child's school is not (veto kept)."""
    check_absent(fl, "Her mom is saving for her college fund.", "earnings_control")


CONTEXT_FAMILY3_MORE = [
    # in a group interview, others reporting on their own job
    ("document_confiscation", "Two of them said the driver took their IDs \"para la nómina\".", "other_person"),
    ("earnings_control", "Some of them say the contractor keeps half their pay.", "other_person"),
    # a relative or friend placed in another job
    ("document_confiscation", "Discussed nephew who works at a dairy in another state where the farmer took his passport.", "other_person"),
    ("earnings_control", "Her friend who works at the nail salon says the owner keeps all her tips.", "other_person"),
    ("debt_bondage", "His cousin who went to Alaska owes the captain for the gear.", "other_person"),
]

CONTEXT_FAMILY3_STILL_THE_SUBJECTS = [
    # 'one of the men told him' in a landlord's tip names the subjects, not other people
    ("debt_bondage", "One of the men told him they owe \"el contratista\" for the trip from Texas and the rent."),
    ("document_confiscation", "Three of the men said the foreman has everybody's IDs in a lockbox in his truck."),
]


@pytest.mark.parametrize("indicator,text", CONTEXT_FAMILY3_STILL_THE_SUBJECTS)
def test_control_context_group_subjects_round3(fl, indicator, text):
    check_flag(fl, text, indicator, "affirmed")


def test_own_id_at_home_is_not_confiscation(fl):
    check_absent(fl, "Member says his own ID is at home in his drawer.", "document_confiscation")


EARNINGS_NEGATIVES3_PAYROLL = [
    "Grievance: foreman shorted 6 hrs OT, payroll error per HR, fixing it.",
    "Manager shorted him one OT shift; wage claim referral.",
    "Boss shorted her last 2 checks, \"not on purpose, he's broke\".",
]


@pytest.mark.parametrize("text", EARNINGS_NEGATIVES3_PAYROLL)
def test_earnings_control_payroll_negatives_round3(fl, text):
    check_absent(fl, text, "earnings_control")


def test_shorted_wages_still_flagged(fl):
    check_flag(fl, "The owner shorted her pay every week and kept the difference.", "earnings_control", "affirmed")


# --------------------------------------------------------------------------- round 4 (fresh8 families)

EARNINGS_CASES4 = [
    # a quota the controller expects per period
    ("The manager expects $300 a night from every dancer.", "affirmed"),
    ("Her pimp demands 500 per night or she sleeps outside.", "affirmed"),
    ("Boss requires $250 each shift from the girls on the floor.", "affirmed"),
    ("Manager expects each girl to sell 20 lady drinks a night.", "affirmed"),
    ("Cl says she is locked out till she \"brings 400\".", "affirmed"),
    # every dollar / none of it
    ("Every dollar goes to \"Tony\".", "affirmed"),
    ("Each cent she earns goes straight to the madam.", "affirmed"),
    ("The men pay Dre directly, cl gets none of it.", "affirmed"),
    ("\"I don't keep none of it, all to him.\"", "affirmed"),
    ("She has not held one dollar of what the clients paid.", "affirmed"),
    # wages saved / sent home by the employer
    ("Salary was \"saved\" by the family she worked for.", "affirmed"),
    ("Pay is banked by Sir, she has never seen the account.", "affirmed"),
    ("The boss sends money to our families, we never see it.", "affirmed"),
    ("Ma'am sends $100 home for her each month, that's all she gets.", "affirmed"),
    ("Wages \"sent home\" but her mother received nothing.", "affirmed"),
    # deductions off the top / before payday
    ("The agency takes its cut off the top of every check.", "affirmed"),
    ("Housing and the van come out first, she nets about $90.", "affirmed"),
    ("$200 a week for the trailer comes out before he ever sees his pay.", "affirmed"),
    ("The placement firm takes it out the top, he says.", "affirmed"),
    # telegraphic unpaid periods
    ("Three weeks owed, supervisor keeps saying Friday.", "affirmed"),
    ("4 wks unpaid per worker.", "affirmed"),
    ("Six months, nothing, only the room.", "affirmed"),
    ("Not one paycheck since March.", "affirmed"),
    ("Five years, never one check in her name.", "affirmed"),
    # takings on a book the controller keeps; a share of every pay
    ("He gets $150 a week, the rest \"goes on the book\".", "affirmed"),
    ("If she comes back short it goes on her account with the house.", "affirmed"),
    ("The recruiter's wife gets $100 of every month's pay.", "affirmed"),
    ("Foreman takes $50 out of each check \"for the tools\".", "affirmed"),
    # habitual past of the controller, room and board as pay
    ("The crew boss would collect everyone's checks every Friday and hand back $50.", "affirmed"),
    ("In 2021 the owner would hold back the first month's wages so nobody left.", "historical"),
    ("Room and board is your pay, the lady told her.", "affirmed"),
    ("\"I can't go home till I hit my number.\"", "affirmed"),
]

EARNINGS_NEGATIVES4 = [
    "Off the top of my head she thinks it was March.",
    "every dollar I made went to the debt and it never went down",
    "Been together 2 yrs, no money problems between them.",
    "\"I'm on disability, it goes to my account.\"",
    "If she doesn't pay the house fee it goes on her tab.",
    "She says she would take the job if it paid more.",
]


@pytest.mark.parametrize("text,assertion", EARNINGS_CASES4)
def test_earnings_control_families_round4(fl, text, assertion):
    check_flag(fl, text, "earnings_control", assertion)


@pytest.mark.parametrize("text", EARNINGS_NEGATIVES4)
def test_earnings_control_negatives_round4(fl, text):
    check_absent(fl, text, "earnings_control")


DEBT_CASES4 = [
    ("The debt for visa and flight is 14,000 and it changes.", "affirmed"),
    ("She has a debt for plane tickets to the agency.", "affirmed"),
    ("Growing debt for the room and the ride.", "affirmed"),
    ("Says there's a mounting tab at the house for food.", "affirmed"),
    ("\"I owe to Mr. Lee for ticket, 2000.\"", "affirmed"),
    ("He still owes the man who drove him for the crossing.", "affirmed"),
    ("$9k left on the \"road fee\" to the boss.", "affirmed"),
    ("Around 3,000 remaining on the loan from the recruiter.", "affirmed"),
    ("\"He say I pay the room, I pay the food, I never finish pay.\"", "affirmed"),
    ("She says she'll never be done paying.", "affirmed"),
    ("Every week is more, she says.", "affirmed"),
    ("Jefe fronted the bus fare and it's taken out weekly till it's square.", "affirmed"),
    ("He has to work for the owner until they're even.", "affirmed"),
    ("Borrowed the fee from the agency and it comes out of every check.", "affirmed"),
    ("She borrowed $500 from the boss for the deposit.", "affirmed"),
    ("Ran up a tab with the house for rent and pills.", "affirmed"),
    ("I have debt, to the boss.", "affirmed"),
]

DEBT_NEGATIVES4 = [
    "Two weeks owed, mayordomo says next Friday.",
    "\"They owe me $300 from two weeks.\"",
    "The boss owes him for 3 weeks of work.",
    "She owes her sister for the flight, that's family.",
]


@pytest.mark.parametrize("text,assertion", DEBT_CASES4)
def test_debt_bondage_families_round4(fl, text, assertion):
    check_flag(fl, text, "debt_bondage", assertion)


@pytest.mark.parametrize("text", DEBT_NEGATIVES4)
def test_debt_bondage_negatives_round4(fl, text):
    check_absent(fl, text, "debt_bondage")


DOCUMENT_CASES4 = [
    ("Q: who has your passport? A: \"manager has, for safe\".", "affirmed"),
    ("\"The lady keep, for safety.\"", "affirmed"),
    ("Hasn't seen her passport since the airport.", "affirmed"),
    ("He hasn't had his ID since he got to the camp.", "affirmed"),
    ("Never seen my papers since the border.", "affirmed"),
    ("Her birth certificate was recovered from his car during the stop.", "affirmed"),
    ("Both passports were found in the manager's office.", "affirmed"),
    ("Madam \"keeps all the girls' papers\" in a drawer.", "affirmed"),
    ("The foreman holds all the workers' IDs.", "affirmed"),
    ("In 2019 a broker kept his passport \"for the insurance\".", "historical"),
    ("She did not answer whether she has her documents.", "hypothetical"),
    ("A rumour going around the crew that at the other site the boys had to give passports to the supervisor.", "other_person"),
    ("Contractor there took the passports off all the girls, she heard this from a friend.", "other_person"),
    ("\"They say he keeps everybody's IDs in a safe.\"", "other_person"),
]

DOCUMENT_NEGATIVES4 = [
    "Sub holds no papers.",
    "The boss took none of their passports.",
    "No one keeps her papers.",
    "Employer said police will jail her because she has no papers on her.",
    "She has no ID, it expired last year.",
    "Father keeps her ID and insurance card for the appointment.",
]


@pytest.mark.parametrize("text,assertion", DOCUMENT_CASES4)
def test_document_confiscation_families_round4(fl, text, assertion):
    check_flag(fl, text, "document_confiscation", assertion)


@pytest.mark.parametrize("text", DOCUMENT_NEGATIVES4)
def test_document_confiscation_negatives_round4(fl, text):
    check_absent(fl, text, "document_confiscation")


def test_unpaid_period_is_not_debt_but_earnings(fl):
    check_flag(fl, "Two weeks owed, mayordomo says \"next Friday\" every Friday.", "earnings_control", "affirmed")


EARNINGS_QUOTA_CASES4 = [
    "She has to \"make the five\" before she can come back to the room.",
    "\"We gotta get to a thousand tonight.\"",
    "\"I still gotta make his money.\"",
    "Text from him: u was supposed to have 400 by 2.",
    "He says she must come up with $300 every night.",
    "Workers get $20, the rest \"is the house and food\".",
    "He gets $50 a week and the rest goes to the trailer, the boss says.",
]


@pytest.mark.parametrize("text", EARNINGS_QUOTA_CASES4)
def test_earnings_control_quota_round4(fl, text):
    check_flag(fl, text, "earnings_control", "affirmed")


def test_rest_for_rent_said_by_landlord_not_earnings(fl):
    check_absent(fl, "It's $8, he says the rest is for rent.", "earnings_control")


CONTEXT_CASES4 = [
    ("earnings_control", "\"He's not a pimp, he just keeps the money safe.\"", "affirmed"),
    ("earnings_control", "She said he is not her boss, he only holds her paycheck for her.", "affirmed"),
    ("earnings_control", "She couldn't keep anything she made.", "affirmed"),
    ("earnings_control", "He couldn't get a dime of his wages from the foreman.", "affirmed"),
    ("earnings_control", "The crew boss would collect everyone's checks every Friday and hand back $50.", "affirmed"),
    ("debt_bondage", "The broker would take $100 every payday for the visa debt.", "affirmed"),
    ("document_confiscation", "\"They say he keeps everybody's IDs in a safe.\"", "other_person"),
    ("document_confiscation", "She would not answer whether she has her passport.", "hypothetical"),
]


@pytest.mark.parametrize("indicator,text,assertion", CONTEXT_CASES4)
def test_control_context_round4(fl, indicator, text, assertion):
    check_flag(fl, text, indicator, assertion)


def test_rumour_is_not_present(fl):
    check_absent(fl, "A rumour in the camp that at the other farm the boss took everyone's passports.", "document_confiscation")


DOCUMENT_CASES4_MORE = [
    "He's had her SS card and birth cert since she moved in with him.",
    "The agency has been holding his passport since March.",
    "They have had all our passports from the first day.",
    "The manager \"holds\" all the new girls' IDs till they've worked a month.",
    "Boss keeps all the guys' work permits in the truck.",
]


@pytest.mark.parametrize("text", DOCUMENT_CASES4_MORE)
def test_document_confiscation_more_round4(fl, text):
    check_flag(fl, text, "document_confiscation", "affirmed")


def test_own_renewed_passport_not_confiscation(fl):
    check_absent(fl, "She has had her passport renewed at the consulate.", "document_confiscation")


DEBT_AMOUNT_FOR_TRIP4 = [
    "A: \"The lady says $6,000 for the trip.\"",
    "\"$2,000 for bringing me from Texas, still.\"",
    "Recruiter charged everybody 40,000 pesos for the spot.",
    "Says it's 8,000 dollars for the crossing, she pays it down weekly.",
    "\"3500 for my visa, he keeps count.\"",
]


@pytest.mark.parametrize("text", DEBT_AMOUNT_FOR_TRIP4)
def test_debt_amount_for_the_trip_round4(fl, text):
    check_flag(fl, text, "debt_bondage", "affirmed")


def test_own_ticket_is_not_debt(fl):
    check_absent(fl, "She paid $300 for her own bus ticket home.", "debt_bondage")


# The phrasing-family tables above, each round's, run by one test per kind.
PHRASINGS = [*FAMILY_CASES, *CONTEXT_FAMILY2_CASES, *ASSERTION_FAMILY2_CASES, *CONTEXT_FAMILY3, *CONTEXT_FAMILY3_MORE]


@pytest.mark.parametrize("indicator, text, assertion", PHRASINGS)
def test_phrasing_families(fl, indicator, text, assertion):
    check_flag(fl, text, indicator, assertion, every=True)


# --------------------------------------------------------------------------- round 5 (fresh9 families)
# Written for these tests: the families behind fresh9's misses and leaks, phrased as
# other writers would (non-native grammar, Spanish / Vietnamese / Tagalog words, shorthand).

ROUND5_CASES = [
    # earnings: a controller keeps a share, with no money word after it
    ("earnings_control", "Boss keep half, she get the rest on Sunday.", "affirmed"),
    ("earnings_control", "the owner takes most, she said.", "affirmed"),
    ("earnings_control", "Manager take all tip from the girls.", "affirmed"),
    # holding back pay
    ("earnings_control", "Owner hold back 3 months salary so nobody quit.", "affirmed"),
    ("earnings_control", "The grower holds back part of each check till the season ends.", "affirmed"),
    # earnings go to the controller / into his pocket / a box he keeps
    ("earnings_control", "Most of it goes straight to the boss.", "affirmed"),
    ("earnings_control", "all of it go to amo, she get nothing", "affirmed"),
    ("earnings_control", "Her tips go into the manager's pocket.", "affirmed"),
    ("earnings_control", "Cash goes in an envelope that the landlady keeps.", "affirmed"),
    ("earnings_control", "they put everything in a bag for him at closing", "affirmed"),
    ("earnings_control", "He hands the boss the cash each night, every dollar.", "affirmed"),
    # pay on a card / account someone else holds
    ("earnings_control", "Wages were deposited into an account the agency controls.", "affirmed"),
    ("earnings_control", "His pay goes on a card the crew leader keeps.", "affirmed"),
    # not paid, irregular pay
    ("earnings_control", "Worker is not paid wages, only food and a cot.", "affirmed"),
    ("earnings_control", "\"They never pay us,\" he says.", "affirmed"),
    ("earnings_control", "Pays some weeks and not others.", "affirmed"),
    ("earnings_control", "Remittances home stopped in March.", "affirmed"),
    ("earnings_control", "Hasn't had a full paycheck since spring.", "affirmed"),
    ("earnings_control", "Gets paid only when the contractor gets paid.", "affirmed"),
    ("earnings_control", "After the chargebacks the carrier leaves him $80 a week.", "affirmed"),
    ("earnings_control", "\"pago cuando el jefe quiere\"", "affirmed"),
    ("earnings_control", "\"la señora cobra mis cheques\"", "affirmed"),
    ("earnings_control", "Boss send my salary to my mother direct.", "affirmed"),
    # debt: owed for costs, no end, rolled over, Spanish / Vietnamese
    ("debt_bondage", "He owes the contractor for the bunk and the boots.", "affirmed"),
    ("debt_bondage", "Every payday the deductions come off and he still ends up owing.", "affirmed"),
    ("debt_bondage", "The boss keeps telling her she \"still owes\".", "affirmed"),
    ("debt_bondage", "\"I owe too much to quit.\"", "affirmed"),
    ("debt_bondage", "Still paying off the recruitment fee to the agent in Manila.", "affirmed"),
    ("debt_bondage", "She pays $200 each month on the \"placement fee\", never finish.", "affirmed"),
    ("debt_bondage", "The pollero keeps calling her aunt for \"lo que falta\".", "affirmed"),
    ("debt_bondage", "\"tengo que pagar lo que costó el viaje\" per cl.", "affirmed"),
    ("debt_bondage", "He said she was working off her habit, so no pay.", "affirmed"),
    ("debt_bondage", "House takes 150 a night and she's behind about $3,000.", "affirmed"),
    ("debt_bondage", "What she doesn't bring in rolls over onto the next night.", "affirmed"),
    ("debt_bondage", "còn nợ chủ tiệm nhiều lắm (still owes the shop owner a lot).", "affirmed"),
    ("debt_bondage", "The balance on the lease went up every month.", "affirmed"),
    ("debt_bondage", "\"every time I said no the debt got bigger\"", "affirmed"),
    # documents: third person holds 'my' / pt's papers, Spanish verbs, pretexts
    ("document_confiscation", "\"He keeps my passport in his car.\"", "affirmed"),
    ("document_confiscation", "The sponsor holds cl's ID card.", "affirmed"),
    ("document_confiscation", "Mayordomo \"guarda\" the passports of everyone.", "affirmed"),
    ("document_confiscation", "crew boss tiene las micas in the office", "affirmed"),
    ("document_confiscation", "The agency took her work permit \"for processing\".", "affirmed"),
    ("document_confiscation", "Supervisor has his license \"for payroll\".", "affirmed"),
    ("document_confiscation", "Last season the recruiter kept it the whole contract.", "affirmed"),
    ("document_confiscation", "Pasaportes \"en la oficina\" del patrón.", "affirmed"),
    # assertion: claims taken back, other people, requested safekeeping
    ("document_confiscation", "At the start of the visit she said the manager has her passport; later showed it from her purse.", "negated"),
    ("document_confiscation", "First he say boss keep his passport, then found it in his bag.", "negated"),
    ("document_confiscation", "Uncle holds R.'s passport in a lockbox, R. asked him to; \"I lose everything.\"", "negated"),
    ("document_confiscation", "Came in to talk about her cousin Nena: the employer keeps Nena's passport.", "other_person"),
    ("earnings_control", "Mostly wanted to talk about her friend Lupe: Lupe's man keeps every dollar she makes.", "other_person"),
    ("earnings_control", "The friend work in a salon where the owner take half.", "other_person"),
    ("earnings_control", "She saw him beat a girl for coming back short.", "other_person"),
    ("debt_bondage", "sister got a man in Dallas and sister owes him 4k for the ride up.", "other_person"),
    ("debt_bondage", "He named two other cooks; both also owe the owner for the trip.", "other_person"),
    ("debt_bondage", "He is not owed anything and owes the owner nothing.", "negated"),
]


ROUND5_NEGATIVES = [
    ("earnings_control", "When she tried to hold back $100 he hit her."),
    ("earnings_control", "The waiter held back a smile."),
    ("earnings_control", "Her pay goes into her own account, which she controls."),
    ("debt_bondage", "She and her husband pay the electric bill together."),
    ("debt_bondage", "Still paying the gym membership she signed up for."),
    ("document_confiscation", "I have my passport and my green card with me."),
    ("document_confiscation", "She had it the whole time in her phone case."),
    ("document_confiscation", "Keeps his passport in his boot, no one holds it."),
    ("earnings_control", "Says none of that happened, \"he never touched my money\"."),
]


ROUND5_MORE_CASES = [
    ("earnings_control", "Pt says she keeps her money herself, nobody asks for it.", "negated"),
    ("earnings_control", "\"I keep my tips,\" he said.", "negated"),
    ("earnings_control", "he keeps her money and her ID.", "affirmed"),
]

ROUND5_MORE_NEGATIVES = [
    ("earnings_control", "He owed $7,000 for the crossing and never saw it go down."),
    ("earnings_control", "Landlord filed for two months' unpaid rent."),
    ("earnings_control", "\"si no pago, van a buscar a mi familia\""),
    ("earnings_control", "After the fire she got everything replaced."),
    ("earnings_control", "She only gets 20 minutes for lunch."),
    ("earnings_control", "She was hired to run the cash register."),
]


# --------------------------------------------------------------------------- round 6 (fresh10 families)

ROUND6_CASES = [
    # a prior statement revisited and corrected
    ("document_confiscation", "Revisited her earlier statement that the boss keeps her ID; she has it now.", "negated"),
    # 'nothing owed'
    ("debt_bondage", "Paid the agent in cash, nothing owed to the employer.", "negated"),
    # South Asian advance
    ("debt_bondage", "Still working off the peshgi from the kiln owner.", "affirmed"),
    ("debt_bondage", "\"Boss says I owe too much, cannot go home yet\"", "affirmed"),
    ("debt_bondage", "The advance for the flight comes out of each paycheck.", "affirmed"),
    ("debt_bondage", "Mayordomo docks $100 every week for the crossing.", "affirmed"),
    ("debt_bondage", "Agency raised the fee again, now says $5,000.", "affirmed"),
    # a debt settled before
    ("debt_bondage", "He paid the smuggler off back home before coming.", "negated"),
    # earnings: own money, subsistence allowance, withdrawals, cards, kickbacks
    ("earnings_control", "Paid by direct deposit and keeps her own money.", "negated"),
    ("earnings_control", "Workers get only kharchi each Sunday, nothing else.", "affirmed"),
    ("earnings_control", "Her uncle withdraws the whole paycheck the day it lands.", "affirmed"),
    ("earnings_control", "The contractor holds their ATM cards in his truck.", "affirmed"),
    ("earnings_control", "Madam kept whatever the clients paid.", "affirmed"),
    ("earnings_control", "Most of her tips go to the manager at closing.", "affirmed"),
    ("earnings_control", "Each payday they hand the foreman $40 or lose the shift.", "affirmed"),
    ("earnings_control", "zero pay 6 months, \"he keeps it for me\"", "affirmed"),
]

ROUND6_NEGATIVES = [
    ("document_confiscation", "She still has the children's passports, she did not give them to the father."),
    ("debt_bondage", "Already paid off the loan for the bus ticket in March."),
    ("earnings_control", "She manages her own paycheck and sends money home."),
    ("earnings_control", "He withdrew his own savings to buy a car."),
]


# --------------------------------------------------------------------------- round 7 (fresh11 families)

ROUND7_CASES = [
    # a claim from early in the contact, taken back later
    ("document_confiscation", "Early in the call said the foreman took her ID card at the airport.", "negated"),
    ("document_confiscation", "Earlier in the visit she said her uncle keeps her passport.", "negated"),
    ("document_confiscation", "At the start of the interview she said the agency has her green card.", "negated"),
    ("earnings_control", "Stated at the beginning of the session that the manager keeps her tips.", "negated"),
    ("document_confiscation", "At first C said the owner kept her passport, then said no, it's at the consulate.", "negated"),
    ("earnings_control", "Said \"he takes all my pay\" - asked more, clarified she meant he stopped lending her money.", "negated"),
    # questions put to the client, not answers
    ("document_confiscation", "Caller asked can a boss keep her passport for the visa.", "hypothetical"),
    ("earnings_control", "Wants to know could the agency hold her wages until the contract ends.", "hypothetical"),
    ("debt_bondage", "Sent a text w/ questions: does he owe the recruiter anything, is he safe.", "hypothetical"),
    # a penalty for leaving, further than the common 'if' reaches
    ("debt_bondage", "If she quits before the season ends they say they will charge her a $3,000 \"release fee\".", "hypothetical"),
    # negative concord denials
    ("debt_bondage", "\"I don't owe them nothing, I'm done with that\"", "negated"),
    ("debt_bondage", "He ain't owe nobody nothing, he says.", "negated"),
    # own pay in a list, own account
    ("earnings_control", "Has her own ID, keeps own pay.", "negated"),
    # pay docked, cut from, taken out before she sees it
    ("earnings_control", "The manager docks her whole shift pay when a customer complains.", "affirmed"),
    ("earnings_control", "They cut from my salary every month for the room.", "affirmed"),
    ("earnings_control", "The foreman takes \"rent\" and the van out before he pays them.", "affirmed"),
    ("earnings_control", "Crew boss takes $80/wk out for the bunk.", "affirmed"),
    ("earnings_control", "The agency takes the fees out before she sees any of it.", "affirmed"),
    ("earnings_control", "$15 a day for food, that's all he sees.", "affirmed"),
    # pay handed to someone, paid to someone else
    ("earnings_control", "Every Friday she has to hand her tips to Marco.", "affirmed"),
    ("earnings_control", "She gives her whole paycheck from the laundry to her mother-in-law.", "affirmed"),
    ("earnings_control", "Then she hands him $500 for the house.", "affirmed"),
    ("earnings_control", "The farm pays the contractor, not them.", "affirmed"),
    ("earnings_control", "The captain holds all the crew's ATM cards.", "affirmed"),
    # pay not paid, late, missing
    ("earnings_control", "None of them have been paid since June.", "affirmed"),
    ("earnings_control", "No wage was paid, only a bed and meals.", "affirmed"),
    ("earnings_control", "Nothing paid till the end of the season.", "affirmed"),
    ("earnings_control", "Nine months unpaid on the vessel.", "affirmed"),
    ("earnings_control", "The agency \"forgot\" his last three checks.", "affirmed"),
    ("earnings_control", "His checks have been \"missing\" since March.", "affirmed"),
    ("earnings_control", "Pay is three weeks behind again.", "affirmed"),
    ("earnings_control", "Gets paid in a bag of weed at the end of the week.", "affirmed"),
    ("earnings_control", "They work 24-hr shifts with only 8 hrs paid.", "affirmed"),
    ("earnings_control", "The agency kept the first two months as a \"deposit\".", "affirmed"),
    # debt booked against the worker
    ("debt_bondage", "When she comes up short it's written down as what she owes.", "affirmed"),
    ("debt_bondage", "The bus ticket was entered as an advance against her wages.", "affirmed"),
    ("debt_bondage", "The balance never gets smaller, he says.", "affirmed"),
    ("debt_bondage", "It was 400 and now they want 900 because of \"interest\".", "affirmed"),
    ("debt_bondage", "The first pack wasn't free, he's still paying it.", "affirmed"),
    ("debt_bondage", "She owes the club for the house fees.", "affirmed"),
    ("debt_bondage", "Debt of \"12\" to the broker, she thinks $12,000.", "affirmed"),
    # papers in the controller's things, not seen since
    ("document_confiscation", "His passport is in the captain's suitcase.", "affirmed"),
    ("document_confiscation", "Their passports went into the manager's safe on day one.", "affirmed"),
    ("document_confiscation", "She has not seen her passport since Dubai.", "affirmed"),
    ("document_confiscation", "The IDs stay in the glove box and only the crew boss has the key.", "affirmed"),
    ("document_confiscation", "The contractor has had the whole crew's passports since the border.", "affirmed"),
    ("document_confiscation", "The supervisor has her soc sec card and won't return it.", "affirmed"),
    ("document_confiscation", "The boss \"takes care of\" all the workers' passports.", "affirmed"),
    ("earnings_control", "Her grandson cashes her Social Security check and keeps most of it.", "affirmed"),
    ("earnings_control", "The rep payee has been holding back his SSI since March.", "affirmed"),
    ("earnings_control", "Daughter makes her sign the pension check over every month.", "affirmed"),
    ("earnings_control", "The dancers' tips go into the manager's Venmo.", "affirmed"),
    ("earnings_control", "Her paycheck is deposited straight into the pastor's account.", "affirmed"),
    ("earnings_control", "All the fight purses go to the promoter.", "affirmed"),
    ("earnings_control", "Their checks were made out to the ministry.", "affirmed"),
    ("earnings_control", "Six weeks of shifts at the club never paid.", "affirmed"),
    ("earnings_control", "His last paycheck came up $140 short.", "affirmed"),
    ("earnings_control", "She is still owed about $900 for the March jobs.", "affirmed"),
    ("earnings_control", "Now the boss take it out from my salary every week.", "affirmed"),
    ("earnings_control", "\u00a3150 missing from each payslip, no reason given.", "affirmed"),
    ("earnings_control", "No pay for the first month, they call it training.", "affirmed"),
    ("earnings_control", "He was paid in groceries and a place to sleep.", "affirmed"),
    ("earnings_control", "She hands him everything she earns on the weekend.", "affirmed"),
    ("earnings_control", "He pocketed the tips from every party.", "affirmed"),
    ("earnings_control", "She can't come home unless she comes back with $300.", "affirmed"),
    ("document_confiscation", "Their passports are in the boss's safe.", "affirmed"),
    ("document_confiscation", "Her ID is kept in the office safe and she has to ask for it.", "affirmed"),
    ("document_confiscation", "The agency still has his diploma and birth certificate.", "affirmed"),
    ("document_confiscation", "Kierownik keeps all our dowody in his desk.", "affirmed"),
    ("document_confiscation", "Passport the boss keep from first week.", "affirmed"),
    ("document_confiscation", "Coordinator holds her dowód and her diploma.", "affirmed"),
    ("document_confiscation", "Got his passport back from the agency last Friday.", "affirmed"),
    ("document_confiscation", "In my first text I wrote that the boss has my passport.", "negated"),
    ("document_confiscation", "At the beginning she tell me the agency keep her pasport.", "negated"),
    ("document_confiscation", "Intake: passport \"taken by boss\" - retracted, she had left it at home.", "negated"),
    ("debt_bondage", "Q: Do you owe your employer? A: $2,000 for the visa, he takes $100 a week.", "affirmed"),
    ("debt_bondage", "Q: Do you owe the boss money? A: \"For the ticket and the room.\"", "affirmed"),
    ("debt_bondage", "The balance she owes the house keeps growing.", "affirmed"),
    ("debt_bondage", "Her debt to the agency never goes down no matter how much she works.", "affirmed"),
    ("debt_bondage", "Whatever he doesn't earn that week is carried over to the next week.", "affirmed"),
    ("debt_bondage", "He says it goes up, not down, every month.", "affirmed"),
    ("debt_bondage", "She is \"in the negative\" with the boss for the room and food.", "affirmed"),
]

ROUND7_NEGATIVES = [
    ("earnings_control", "He is paid cash at the end of each day."),
    ("earnings_control", "The boss gives her $50 on Sundays for groceries she asked for."),
    ("earnings_control", "Her paycheck has been late twice this year."),
    ("earnings_control", "She lost her debit card and has a new one."),
    ("earnings_control", "Nobody paid attention to her at the party."),
    ("earnings_control", "Her wages go into her own account."),
    ("earnings_control", "His paycheck goes into his account every Friday."),
    ("earnings_control", "Supervisor keeps the social security cards for payroll."),
    ("earnings_control", "She applied for SSI last year and is waiting on a decision."),
    ("debt_bondage", "He is still owed $600 by the contractor."),
    ("debt_bondage", "Her blood sugar never gets down below 200."),
    ("debt_bondage", "Everything she buys is charged to her own card."),
    ("document_confiscation", "Her passport is in her bag."),
    ("document_confiscation", "All the workers interviewed hold their own passports."),
    ("document_confiscation", "The crew boss keeps it safe for the kids, the lunchbox."),
    ("document_confiscation", "Passport he keep himself, in his sock."),
    ("debt_bondage", "Q: Do you owe the company? A: \"Only for the trailer rental, I can stop any time.\""),
    ("debt_bondage", "The bruise on her arm gets bigger every day."),
    ("document_confiscation", "Her passport is in the safe at her own apartment? No, in her bag."),
]


# Rounds 5 to 7: one test for what must be flagged, one for what must not.
@pytest.mark.parametrize("indicator, text, assertion", [*ROUND5_CASES, *ROUND5_MORE_CASES, *ROUND6_CASES, *ROUND7_CASES])
def test_round5_and_6_families(fl, indicator, text, assertion):
    check_flag(fl, text, indicator, assertion)


@pytest.mark.parametrize("indicator, text", [*ROUND5_NEGATIVES, *ROUND5_MORE_NEGATIVES, *ROUND6_NEGATIVES, *ROUND7_NEGATIVES])
def test_round5_and_6_negatives(fl, indicator, text):
    check_absent(fl, text, indicator)
