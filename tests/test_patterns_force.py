"""Patterns of the force group: threats, physical_violence, sexual_violence, witnessed_abuse,
substance_coercion, commercial_sex.

Each indicator has a table of (note text, expected assertion of a flag of that indicator) and a table of
hard negatives that must not make the indicator present. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.conftest import check_absent, check_flag

# ------------------------------------------------------------------------------------------ threats

THREATS = [
    ("Her boyfriend threatened to burn down her mother's house.", "affirmed"),
    ("Pt reports he threatend to kill her if she left.", "affirmed"),
    ("El patron la amenazó con un cuchillo.", "affirmed"),
    ("Cl says the foreman told them he would hurt anyone who talked to the union.", "affirmed"),
    ("She said he'd break both her legs if she went to a shelter.", "affirmed"),
    ("The recruiter warned him that his family back home would suffer.", "affirmed"),
    ("\"They'll hurt my little brother if I don't pay,\" she said.", "affirmed"),
    ("He says if she runs away he'll call ICE on her.", "affirmed"),
    ("Boss told the crew that anyone who complains gets reported to immigration.", "affirmed"),
    ("The manager said he'd have her deported if she kept asking about wages.", "affirmed"),
    ("Agency rep said they would cancel her visa the moment she quit.", "affirmed"),
    ("Says he'll post the pics on her mom's Facebook if she stops.", "affirmed"),
    ("He demanded more photos or he'd send the old ones to everyone at her school.", "affirmed"),
    ("Pimp showed her a pistol and said she belonged to him now.", "affirmed"),
    ("Last spring he held a knife to her throat in the kitchen.", "historical"),
    ("The owner keeps a gun on the table during pay day.", "affirmed"),
    ("Crew boss told them \"I know where your families live.\"", "affirmed"),
    ("Texter: he texts that he'll find me wherever I go", "affirmed"),
    ("Madam made her swear a juju oath before the trip.", "affirmed"),
    ("Uncle told him \"if you stop, we visit your grandma.\"", "affirmed"),
    ("He said if I talk to anyone, la migra comes to the house that night.", "affirmed"),
    ("Pt said next time he breaks her other hand.", "affirmed"),
    ("Foreman told him next time \"I snap your neck\".", "affirmed"),
    ("She says her husband will call immigration if she files.", "affirmed"),
    ("Cl states the owner would report her to ICE if she quit.", "affirmed"),
    ("He texted \"come back tonight or you know what happens\".", "affirmed"),
    ("Her ex messaged that she's dead if she talks to the advocate.", "affirmed"),
    ("Jefe said \"one call and immigration is here for all of you\".", "affirmed"),
    ("The crew boss yelled \"te voy a encontrar\" when he left.", "affirmed"),
    ("\"Anybody who runs, we find them,\" the crew boss told them.", "affirmed"),
    ("The madam keeps a cleaver by the register and taps it when they complain.", "affirmed"),
    ("Pt scared: \"if I go to the police they will hurt my son\".", "hypothetical"),
    ("Asked if anyone threatened her: \"nope nope\".", "negated"),
    ("Jefe says \"if you run, your mother pays\".", "affirmed"),
    ("Foreman said he'd have her brother fired and deported if she kept asking.", "affirmed"),
    # assertion cases
    ("Pt denies threats.", "negated"),
    ("No threats reported by any of the workers interviewed.", "negated"),
    ("Nobody has ever threatened her.", "negated"),
    ("Q: Has anyone threatened you or your family? A: no", "negated"),
    ("She worries he might threaten her sister next.", "hypothetical"),
    ("Her cousin's boyfriend threatened to kill her cousin.", "other_person"),
    ("In 2019 her ex threatened to shoot her.", "historical"),
    # round 9: quoted euphemisms, the passive, bare-present non-native threats, knowing the family, shaming
    ("The foreman told him he'd \"get the same\" if he went to the labor office.", "affirmed"),
    ("The crew lead said to all of us \"who complain, same will be\".", "affirmed"),
    ("Elder warned him \"you'll be found, we have friends in every town\".", "affirmed"),
    ("She says the recruiter told her she'd be hunted down if she ran.", "affirmed"),
    ("he says if i go to police ill be sorry", "affirmed"),
    ("Boss text that if I leave \"your kids will have visitors\".", "affirmed"),
    ("Brigadier say \"you talk to inspector, you will have accident\".", "affirmed"),
    ("Coordinator tell me \"we know your brother in Chisinau\".", "affirmed"),
    ("The owner said \"you go, I find you anywhere\".", "affirmed"),
    ("He said he'd write to her parents and tell them she was a prostitute.", "affirmed"),
    ("He says he'll send the clips to her coach unless she keeps filming.", "affirmed"),
    ("Boss say if we complain he leave us here with no passport.", "affirmed"),
    ("The foreman said he'd throw him in the river if he went to the union.", "affirmed"),
]

THREATS_NEGATIVE = [
    "Supervisor threatened to fire him for being late twice.",
    "Manager threatened to cut her hours if she kept calling in sick.",
    "G2P1 at 9 wks with threatened abortion, vaginal bleeding.",
    "No life-threatening injuries; discharged home.",
    "Landlord threatened eviction over two months of unpaid rent.",
    "Pt asked whether the clinic will call immigration; reassured her we do not.",
    "Employer told them if they go to the police they will be arrested for working without papers.",
    "Caseworker will forward the photos to the detective.",
    "Report made to police and CPS by the school nurse.",
    "Client says the supervisor is loud but she feels safe at work.",
    "Cl cannot go out alone, the owner's wife comes with her to the market.",
    "The manager would just send them in one after another.",
    "Broker said if they leave owing \"la policía te va a buscar\".",
    "The owner said if she takes Sunday off, don't come back Monday.",
    "He told her if she complains he'll cut her shifts.",
    "Pt says her parents pay for her phone.",
    "She said the car can have an accident on that icy road if the tires are not changed.",
    "Cl says if he quits \"they'll leave me somewhere\" maybe, he is not sure.",
    "She says the email from the agency was a firing threat, nothing more.",
    "Owner says if cops come in, the girls go to jail, not him.",
    "She knows the mother from the church choir.",
]


@pytest.mark.parametrize(("text", "expected"), THREATS)
def test_threats(rules, text, expected):
    check_flag(rules, text, "threats", expected)


@pytest.mark.parametrize("text", THREATS_NEGATIVE)
def test_threats_negative(rules, text):
    check_absent(rules, text, "threats")


@pytest.mark.parametrize("text", [
    "He threatened to beat her if she came home short.",
    "She said he'll hit her if she doesn't make quota.",
])
def test_threatened_violence_is_a_threat_not_violence(rules, text):
    check_flag(rules, text, "threats", "affirmed")
    check_absent(rules, text, "physical_violence")


# ------------------------------------------------------------------------------------ physical_violence

PHYSICAL = [
    ("Pt states her boyfriend punched her in the stomach last night.", "affirmed"),
    ("The crew leader slapped him for taking a water break.", "affirmed"),
    ("She was beaten with an extension cord when she came back short.", "affirmed"),
    ("Cl got hit w/ a broom handle by the jefa.", "affirmed"),
    ("He choked her until she blacked out.", "affirmed"),
    ("\"El patrón me pegó con el cinturón.\"", "affirmed"),
    ("The owner twisted my arm behind my back.", "affirmed"),
    ("Bruising to L cheek and jaw, says the manager did it.", "affirmed"),
    ("Employer threw a pot of hot water at her.", "affirmed"),
    ("Her father hit her with a belt for coming home late.", "affirmed"),
    ("Small cigarette burns on both forearms.", "affirmed"),
    ("He yanked her by the hair into the van.", "affirmed"),
    ("If I don't bring the money, he kicks me.", "affirmed"),
    ("In 2021 her pimp broke her jaw.", "historical"),
    # assertion cases
    ("Denies being hit.", "negated"),
    ("No signs of physical abuse on exam.", "negated"),
    ("She says nobody at the farm has ever slapped her.", "negated"),
    ("She is scared he might hit her again.", "hypothetical"),
    ("He threatened to beat her with a bat.", "hypothetical"),
    ("Cl says she watched the boss drag her roommate outside and kick her.", "other_person"),
    ("Pt told RN \"he shoved me into the dresser\". Today pt says that isn't what happened, she tripped.", "negated"),
    ("Asked if anyone hit her at the farm: \"no no\".", "negated"),
    ("Says others who refused got beat up by the foreman.", "other_person"),
    ("Cl reports a friend, Marta, was slapped by the owner.", "other_person"),
    ("Per the cook, that girl got hit by the manager last week.", "other_person"),
    # round 9: the body part hit with an object, the implement across the body, slang, a refusal as the cause
    ("He hit her head with the remote when she talked back.", "affirmed"),
    ("She says the deacon smacked his hand with a ruler every week.", "affirmed"),
    ("Once a cane across the backs of his legs for being late to prayer.", "affirmed"),
    ("\"Dad got me w/ the belt again\" per youth.", "affirmed"),
    ("when i said no he slammed me into the door", "affirmed"),
    ("my boss push me and i fall down the stairs", "affirmed"),
    ("Respondent grabbed and shoved Complainant into the lockers.", "affirmed"),
    ("I hear they find him and beat him very bad.", "other_person"),
]

PHYSICAL_NEGATIVE = [
    "Pt hit by a car while crossing Route 9.",
    "Burned his hand on the fryer at work, 2nd degree.",
    "Twisted her ankle at soccer practice.",
    "She hit her head on the shelf when she stood up.",
    "He says the foreman pushes them to work faster before lunch.",
    "Client was kicked out by her parents at 17.",
    "She saw the foreman punch a worker who asked for water.",
    "He said he'll slap her if she talks back.",
    "Physical violence: denies.",
    "The supervisor cornered her in the stockroom and grabbed her chest.",
    "Pt says the night manager grabs her from behind when she cleans the office.",
    "On the way out he grabbed her passport from the counter.",
    "She hit her head on the cabinet door while reaching for a pan.",
    "The seat belt left a mark after the crash.",
    "Her husband jumped in every time I asked her a question.",
    "She slipped on the wet floor and hit the edge of the sink.",
    "Bumped his elbow when he fell off the ladder.",
]


@pytest.mark.parametrize(("text", "expected"), PHYSICAL)
def test_physical_violence(rules, text, expected):
    check_flag(rules, text, "physical_violence", expected)


@pytest.mark.parametrize("text", PHYSICAL_NEGATIVE)
def test_physical_violence_negative(rules, text):
    check_absent(rules, text, "physical_violence")


# -------------------------------------------------------------------------------------- sexual_violence

SEXUAL = [
    ("Pt reports she was raped by the crew boss in the trailer.", "affirmed"),
    ("Pt states she was sexualy assaulted by a buyer last night.", "affirmed"),
    ("Her pimp made her see dates at the motel every night.", "affirmed"),
    ("She was made to see dates even when she was sick.", "affirmed"),
    ("Client was forced into prostitution by her cousin's husband.", "affirmed"),
    ("He makes her have sex with his friends when he owes them money.", "affirmed"),
    ("The owner's son forced himself on her in the laundry room.", "affirmed"),
    ("\"I told him stop and he wouldn't stop.\"", "affirmed"),
    ("She said she didn't want to, he made her anyway.", "affirmed"),
    ("Boss makes the girls do extras for customers in the back room.", "affirmed"),
    ("The employer's husband comes into her room at night.", "affirmed"),
    ("Se la llevó y la violó.", "affirmed"),
    ("At 14 she was molested by her stepfather.", "affirmed"),
    # assertion cases
    ("Denies sexual assault.", "negated"),
    ("No one forces her into anything, she says.", "negated"),
    ("Nobody has touched her, she says.", "negated"),
    ("She is afraid he might make her see his friends too.", "hypothetical"),
]

SEXUAL_NEGATIVE = [
    "Sexually active with one consensual partner, uses condoms.",
    "CW touched base with her by phone on Tuesday.",
    "She says the boss forced her to work a double shift.",
    "He has her see dates to pay down the $3,000 she owes.",
    "Trades sex for a place to stay when the shelter is full.",
    "Reviewed sexual health and contraception options.",
]


@pytest.mark.parametrize(("text", "expected"), SEXUAL)
def test_sexual_violence(rules, text, expected):
    check_flag(rules, text, "sexual_violence", expected)


@pytest.mark.parametrize("text", SEXUAL_NEGATIVE)
def test_sexual_violence_negative(rules, text):
    check_absent(rules, text, "sexual_violence")


# -------------------------------------------------------------------------------------- witnessed_abuse

WITNESSED = [
    ("Cl saw the foreman kick a worker who fell behind.", "affirmed"),
    ("She watched him choke her friend in the hotel room.", "affirmed"),
    ("Pt witnessed the madam burn another girl's arm with an iron.", "affirmed"),
    ("He beat the new kid in front of all of us.", "affirmed"),
    ("The girls get beat if they come back short.", "affirmed"),
    ("Crew boss slapped a picker for resting, client was there.", "affirmed"),
    ("Last year he saw the captain lock a deckhand in the hold.", "historical"),
    ("Youth reports she has seen him pistol-whip a girl who kept money.", "affirmed"),
    ("Pt watched the driver leave a boy at a rest stop for talking back.", "affirmed"),
    ("She saw them dump a girl on the side of the highway when she came up short.", "affirmed"),
    ("The jefe hit Ramiro with a shovel handle.", "affirmed"),
    # assertion cases
    ("She never saw anyone get hurt at the salon.", "negated"),
    ("Q: Did you witness abuse against another person? A: No.", "negated"),
    ("Her roommate got beat up by the landlord last month; pt wasn't there, the roommate told her.", "negated"),
    # round 9: abuse named as a noun, being in the room, a longer actor phrase, non-native 'see', 'by hair'
    ("\"All of us saw the whippings at Sunday meeting.\"", "affirmed"),
    ("She was in the kitchen when the owner punched the new dishwasher.", "affirmed"),
    ("He saw the boss's brother + his cousin kick a young guy who asked for pay.", "affirmed"),
    ("Last month he see brigadier smash a worker's phone on the floor.", "historical"),
    ("She saw the driver drag a girl by hair out of the van.", "affirmed"),
    ("Line cut off at Q5; the witnessed abuse question was never asked.", "hypothetical"),
]

WITNESSED_NEGATIVE = [
    "She saw a movie about trafficking that upset her.",
    "Heard rumors that the boss hit someone years ago.",
    "Went to see a doctor after he hit her.",
    "Pt seen at harm reduction van tonight.",
    "He said they'd hurt her mother if she left.",
    "The boss hit her with a broom.",
]


@pytest.mark.parametrize(("text", "expected"), WITNESSED)
def test_witnessed_abuse(rules, text, expected):
    check_flag(rules, text, "witnessed_abuse", expected)


@pytest.mark.parametrize("text", WITNESSED_NEGATIVE)
def test_witnessed_abuse_negative(rules, text):
    check_absent(rules, text, "witnessed_abuse")


def test_witnessed_abuse_ignores_other_person(rules):
    """The client saw her cousin beaten: other_person for violence, but witnessed_abuse is the client's."""
    result = rules.check("She saw the owner beat her cousin with a belt.")
    assert "witnessed_abuse" in result.present
    assert "physical_violence" not in result.present


# ----------------------------------------------------------------------------------- substance_coercion

SUBSTANCE = [
    ("Her boyfriend gives her Xanax before every date.", "affirmed"),
    ("The crew leader hands out pills so they can work the night harvest.", "affirmed"),
    ("He keeps her on fentanyl and decides when she gets the next dose.", "affirmed"),
    ("Pt was kept high by her trafficker for two years.", "affirmed"),
    ("Owner makes the girls drink with customers until closing.", "affirmed"),
    ("He was made to smoke meth on the van to stay awake.", "affirmed"),
    ("Boss pays the crew in weed instead of cash.", "affirmed"),
    ("He fronts her percs and adds it to the tab.", "affirmed"),
    ("\"If I don't bring the money he cuts me off and I get dope sick.\"", "affirmed"),
    ("Her man holds her dope and hands out a bag per date.", "affirmed"),
    ("He put something in her drink before the men arrived.", "affirmed"),
    ("In 2018 her pimp got her hooked on heroin.", "historical"),
    # assertion cases
    ("Denies anyone giving her drugs to control her.", "negated"),
    ("Nobody pressured him to use.", "negated"),
    ("She fears he might start giving her pills again.", "hypothetical"),
    ("Her roommate's boyfriend gives her roommate coke to keep her working.", "other_person"),
]

SUBSTANCE_NEGATIVE = [
    "Pt uses meth daily, last use yesterday, wants detox.",
    "Given oxycodone 5 mg PO for pain in the ED.",
    "Narcan administered by EMS, pt now alert.",
    "She drinks a few beers on weekends with friends.",
    "Mom gave her money for lunch.",
    "She buys weed from a kid at school.",
]


@pytest.mark.parametrize(("text", "expected"), SUBSTANCE)
def test_substance_coercion(rules, text, expected):
    check_flag(rules, text, "substance_coercion", expected)


@pytest.mark.parametrize("text", SUBSTANCE_NEGATIVE)
def test_substance_coercion_negative(rules, text):
    check_absent(rules, text, "substance_coercion")


# -------------------------------------------------------------------------------------- commercial_sex

COMMERCIAL = [
    ("Pt says she sees dates at a motel off Route 9.", "affirmed"),
    ("Her boyfriend posts her on a site and sets up the dates.", "affirmed"),
    ("Outreach: youth seen walking the track on Aurora after midnight.", "affirmed"),
    ("She has been in the life since 15.", "affirmed"),
    ("Back in 2019 she was turning tricks on Lake St.", "historical"),
    ("Ads on the site with her photos, he answers the texts.", "affirmed"),
    ("Traded sex for a place to sleep and food.", "affirmed"),
    ("The man lets him crash on his couch as long as he has sex with him.", "affirmed"),
    ("Customers pay the manager $200 for extras in the back room.", "affirmed"),
    ("His stepfather sold him to men at a hotel.", "affirmed"),
    ("Works as an escort, has a nightly quota of $800.", "affirmed"),
    ("Johns pay the madam at the door.", "affirmed"),
    ("Her pimp makes her do cam shows every night.", "affirmed"),
    ("Sugar daddy on an app sends her money for pics.", "affirmed"),
    # assertion cases
    ("Denies trading sex for money, drugs or housing.", "negated"),
    ("Q: Has anyone asked you to trade sex for anything? A: no", "negated"),
    ("She is worried he might post her online.", "hypothetical"),
    ("Her friend sees dates for the same man.", "other_person"),
]

COMMERCIAL_NEGATIVE = [
    "Dates of service 3/1-3/4, billed to Medicaid.",
    "She runs the 400m at the track meet on Saturday.",
    "Picking quota is 40 bins a day or they dock pay.",
    "Police will arrest them for prostitution, the owner tells them.",
    "Uncle escorted out of the unit by security.",
    "Her boyfriend sold her car without asking.",
    "Customers pay cash at the front desk for pedicures.",
    "Went on a date with her boyfriend to the movies.",
]


@pytest.mark.parametrize(("text", "expected"), COMMERCIAL)
def test_commercial_sex(rules, text, expected):
    check_flag(rules, text, "commercial_sex", expected)


@pytest.mark.parametrize("text", COMMERCIAL_NEGATIVE)
def test_commercial_sex_negative(rules, text):
    check_absent(rules, text, "commercial_sex")


def test_forced_commercial_sex_is_also_sexual_violence(rules):
    result = rules.check("Her trafficker made her see dates every night at the motel.")
    assert {"commercial_sex", "sexual_violence"} <= set(result.present)


def test_commercial_sex_under_debt_only_is_not_sexual_violence(rules):
    result = rules.check("She sees dates to pay off the $5,000 she owes him for the trip.")
    assert "commercial_sex" in result.present
    assert "sexual_violence" not in result.present


# ------------------------------------------------------------------ phrasing families (fresh-set study)
# Families of phrasing the fresh notes showed the rules missed; several wordings of each, written for
# these tests.

FAMILIES = [
    # threats: reported speech without a future marker, veiled threats, "or else", exposure
    ("threats", "Pt says the boss said they call immigration if anyone quits.", "affirmed"),
    ("threats", "Mgr told him he reports them to ICE the day they stop working.", "affirmed"),
    ("threats", "Gets texts saying \"you know what happens to snitches\".", "affirmed"),
    ("threats", "He leaned in and said \"remember what happened last time you talked\".", "affirmed"),
    ("threats", "Owner says girls who run get their families visited.", "affirmed"),
    ("threats", "Crew boss: people who talk end up in the river.", "affirmed"),
    ("threats", "Told them \"you leave, your mother hears about it\".", "affirmed"),
    ("threats", "BF told her to bring the money home or else.", "affirmed"),
    ("threats", "Says he has videos of her and would put them everywhere.", "affirmed"),
    ("threats", "Recruiter knows where her kids go to school.", "affirmed"),
    ("threats", "Afraid if she runs he'll hurt her little brother.", "hypothetical"),
    ("threats", "Pt fears if he speaks up they'll send him back owing.", "hypothetical"),
    # sexual_violence: "has her", "made her do a guy", breaking in, passing around, unwanted sex
    ("sexual_violence", "BF has her go on dates w/ his friends most weekends.", "affirmed"),
    ("sexual_violence", "Her pimp had her party with his boys after the show.", "affirmed"),
    ("sexual_violence", "He made her do a guy in the truck who never paid.", "affirmed"),
    ("sexual_violence", "Boss makes me take care of his friends when they visit.", "affirmed"),
    ("sexual_violence", "Made her sleep w/ his cousin to settle his debt.", "affirmed"),
    ("sexual_violence", "Said the first night he passed her to his friend.", "affirmed"),
    ("sexual_violence", "He shared her around his homies at the motel.", "affirmed"),
    ("sexual_violence", "His friend broke her in the week she arrived.", "affirmed"),
    ("sexual_violence", "Had sex with two of them that she didn't want to.", "affirmed"),
    ("sexual_violence", "Reports being held down by two men at a party.", "affirmed"),
    ("sexual_violence", "Crew leader keeps making \"her\" stay with him at night.", "affirmed"),
    ("sexual_violence", "She has to see dates every night.", "affirmed"),
    ("sexual_violence", "He forces sex when he's been drinking.", "affirmed"),
    ("sexual_violence", "They got her drunk and she woke up with some guy in the room.", "affirmed"),
    ("sexual_violence", "He wouldn't take no for an answer.", "affirmed"),
    ("sexual_violence", "If she came back short he'd force himself on her.", "affirmed"),
    # commercial_sex: euphemisms, ads, money from the men, shelter for sex
    ("commercial_sex", "Paid the debt off w/ dates he set up.", "affirmed"),
    ("commercial_sex", "Johns her boyfriend books come to the apartment.", "affirmed"),
    ("commercial_sex", "He'd let her stay if she was nice to his boys.", "affirmed"),
    ("commercial_sex", "Favors = sex w/ the dealer's customers for product.", "affirmed"),
    ("commercial_sex", "\"I had to see people for him.\"", "affirmed"),
    ("commercial_sex", "Online ads placed for her by an adult male.", "affirmed"),
    ("commercial_sex", "Her boyfriend collected money from the men at the door.", "affirmed"),
    ("commercial_sex", "He has her posting pictures on a site for \"money for us\".", "affirmed"),
    ("commercial_sex", "Has to do private rooms w/ customers or she gets fined.", "affirmed"),
    ("commercial_sex", "Had to \"pay it back\" with guys who came over.", "affirmed"),
    ("commercial_sex", "In 2021 she had to pay it off with johns.", "historical"),
    ("commercial_sex", "BF lets his friends be with her and they pay him.", "affirmed"),
    ("commercial_sex", "Was forced onto the street in Turin at 19.", "affirmed"),
    ("commercial_sex", "Working the lot at the truck stop w/ dates from the CB.", "affirmed"),
    ("commercial_sex", "Friend (16) goes to parties where older guys pay her.", "other_person"),
    ("commercial_sex", "Her boyfriend had me meet a guy at the motel, he got paid.", "affirmed"),
    ("commercial_sex", "Pimp has her see some older men on weekends.", "affirmed"),
    ("commercial_sex", "Says she works \"nights\" for him.", "affirmed"),
    ("commercial_sex", "He made her film videos for his site.", "affirmed"),
    ("commercial_sex", "At the cantina she was told to drink with customers and go upstairs with them.", "affirmed"),
    ("sexual_violence", "She was made to drink with men and go to rooms with them.", "affirmed"),
    ("witnessed_abuse", "Saw the broker's men slapping W-2 behind the van.", "affirmed"),
    ("threats", "He warned her that something bad would happen to her kids.", "affirmed"),
    ("threats", "Trafficker told her that her sister would be next.", "affirmed"),
    ("threats", "The boss likes to remind them he has friends in immigration.", "affirmed"),
    ("threats", "Told her she would never see her daughter again.", "affirmed"),
    ("threats", "He said she'd end up in a ditch like the last one.", "affirmed"),
    ("threats", "El patrón dijo que la iba a matar.", "affirmed"),
    ("physical_violence", "Burn marks on her arms from an iron.", "affirmed"),
    ("physical_violence", "Her pimp whooped her with a hanger last night.", "affirmed"),
    ("substance_coercion", "He withholds her fix until she brings home the money.", "affirmed"),
    # physical_violence: restraint, implements, nails, branding
    ("physical_violence", "Was himself struck with a gaff on the boat.", "affirmed"),
    ("physical_violence", "Reports being hung by the wrists in the warehouse.", "affirmed"),
    ("physical_violence", "They tied him to a chair for a day.", "affirmed"),
    ("physical_violence", "She tied her up when she tried to leave.", "affirmed"),
    ("physical_violence", "L forearm bruise, he twisted it when she was late calling in.", "affirmed"),
    ("physical_violence", "Lady of the house dug her nails into her arm as punishment.", "affirmed"),
    ("physical_violence", "Branded w/ the pimp's name on her neck.", "affirmed"),
    # witnessed_abuse
    ("witnessed_abuse", "Saw a crewmember thrown in the cold hold for a day.", "affirmed"),
    ("witnessed_abuse", "A boy who tried to quit got beaten while the crew watched.", "affirmed"),
    ("witnessed_abuse", "Cousins in the same crew were beaten by the foreman.", "affirmed"),
    ("witnessed_abuse", "Pt saw it happen twice.", "affirmed"),
    # substance_coercion: rationing, supply tied to dates or work, the only source
    ("substance_coercion", "Only gets \"her medicine\" after the last truck leaves.", "affirmed"),
    ("substance_coercion", "Gets molly from him before each guy.", "affirmed"),
    ("substance_coercion", "Molly given to her before dates.", "affirmed"),
    ("substance_coercion", "He started her on pills at the bus station.", "affirmed"),
    ("substance_coercion", "Her daddy keeps her stocked.", "affirmed"),
    ("substance_coercion", "Manager pours shots for the girls so they'll go into the rooms.", "affirmed"),
    ("substance_coercion", "Pills from the crew boss to stay up on the long routes.", "affirmed"),
    ("substance_coercion", "Meth every morning \"for energy\", no meth if short.", "affirmed"),
    ("substance_coercion", "The guy gives her medicine when she's sick and takes it away when she won't work.", "affirmed"),
]


FAMILIES_NEGATIVE = [
    ("threats", "Will call CPS line + supervisor before next visit."),
    ("threats", "He told her the hospital will call la migra if she goes in."),
    ("threats", "Wages \"sent home\" but his family got nothing."),
    ("threats", "Her family pays the rent on the apartment."),
    ("threats", "Pick the morning shift or else the night one, she said."),
    ("physical_violence", "Had a nightly number she had to hit."),
    ("physical_violence", "If she doesn't hit her quota he takes her phone."),
    ("physical_violence", "Cousins in the same crew were beaten by the foreman."),
    ("witnessed_abuse", "He says cops lock up the girls, not the guys."),
    ("commercial_sex", "Saw the guy kick a worker who asked for pay."),
    ("commercial_sex", "Girls were selling roses table to table."),
    ("commercial_sex", "Manager stood in the doorway of the private room."),
    ("sexual_violence", "He brought her from Detroit and has her doing nails at the salon."),
    ("sexual_violence", "Boss makes her stay late to clean."),
    ("substance_coercion", "She buys her own pills from a friend."),
    ("threats", "Afraid something bad might happen to her kids while she works."),
    ("threats", "Her daughter is next in line for the bathroom."),
    ("physical_violence", "Burn marks on his hands from the fryer."),
]


# ------------------------------------------- phrasing families, second round (fresh2 study): threats,
# physical_violence, witnessed_abuse. Each family has several wordings a different writer might use;
# written for these tests, not copied from the notes.

FAMILIES2 = [
    # threats: a reported conditional whose condition is long, or whose consequence is in the present tense
    ("threats", "He said if she ever breaks up with him he will post the videos.", "affirmed"),
    ("threats", "Boss told us if anybody goes to the labor office, he calls immigration that night.", "affirmed"),
    ("threats", "She says if she quits the job, the aunt tells immigration she overstayed.", "affirmed"),
    ("threats", "Jefe says if anyone complains he reports them to ICE.", "affirmed"),
    ("threats", "Tio says if I complain he tells immigration I lied on my papers.", "affirmed"),
    # threats: Spanish conditionals and "send you back"
    ("threats", "Dice que si hablo con la policía me mandan de regreso.", "affirmed"),
    ("threats", "El patrón dijo: si te vas, te mato.", "affirmed"),
    ("threats", "Nos dijo que nos iba a mandar de regreso.", "affirmed"),
    ("threats", "Cuenta que el jefe va a llamar a la migra.", "affirmed"),
    ("threats", "\"Si no paga, lo deportan\", le dijeron.", "affirmed"),
    # threats: a blow that just misses the client
    ("threats", "He punched the wall next to her head.", "affirmed"),
    ("threats", "Slammed the table right next to her face.", "affirmed"),
    ("threats", "BF kicked the door inches from her head.", "affirmed"),
    ("threats", "He threw it at the wall by his head.", "affirmed"),
    ("threats", "Pt said bf hit the mirror beside her face.", "affirmed"),
    # threats: exposure of who and where she is, and of images named loosely
    ("threats", "He said he'd post her real name and address online if she left.", "affirmed"),
    ("threats", "Pimp says he'll put her full name on the site.", "affirmed"),
    ("threats", "Told her he would send her location to the guys she owes.", "affirmed"),
    ("threats", "\"I'll upload the private ones,\" he tells her.", "affirmed"),
    ("threats", "Said he'd send the ones from the motel to her mom.", "affirmed"),
    # threats: the children and the family
    ("threats", "Husband says \"you'll never see the kids\".", "affirmed"),
    ("threats", "He told her she'd never see her son if she called anyone.", "affirmed"),
    ("threats", "He'll take the kids away from her, he keeps saying.", "affirmed"),
    ("threats", "Threatened to take the baby back to Guatemala.", "affirmed"),
    ("threats", "Said he'll keep her daughter from her if she leaves.", "affirmed"),
    # threats: aimed at the whole crew, or with an object
    ("threats", "Anybody who talks will get deported, the foreman says.", "affirmed"),
    ("threats", "Whoever leaves early gets sent back, per the crew boss.", "affirmed"),
    ("threats", "He said he'd get you all deported.", "affirmed"),
    ("threats", "The contractor said he'll have the workers arrested.", "affirmed"),
    ("threats", "He pulled out a gun and pointed it at her.", "affirmed"),
    ("threats", "He left them on the roadside when they asked for pay.", "affirmed"),
    ("threats", "She got left at a bus station when she said she wanted out.", "affirmed"),
    # threats: assertion
    ("threats", "She is afraid the manager would call the police on her if she left.", "hypothetical"),
    ("threats", "Pt worried her ex will post the photos.", "hypothetical"),
    ("threats", "The men who complained last season got sent back with nothing.", "other_person"),
    ("threats", "A guy from another farm was told they'd call ICE on him.", "other_person"),
    # physical_violence: screening checklists, answered
    ("physical_violence", "Q4 Hit/choke/hurt you? - Y, twice, last time 10/2", "affirmed"),
    ("physical_violence", "Hit/kicked/choked? Y.", "affirmed"),
    ("physical_violence", "Hit/slapped? N.", "negated"),
    # physical_violence: null sign, quoted answers, the answer after a question
    ("physical_violence", "Ø physical violence.", "negated"),
    ("physical_violence", "Ø physical abuse per pt.", "negated"),
    ("physical_violence", "Asked if the boss ever hit him: \"nope, never\".", "negated"),
    ("physical_violence", "Asked if anyone ever put hands on her: \"never.\"", "negated"),
    ("physical_violence", "Asked if he ever hurt her, youth said \"he slaps me when I'm late\".", "affirmed"),
    ("physical_violence", "Asked whether anyone hits her, child said \"my uncle hits me with the belt\".", "affirmed"),
    # physical_violence: other people without a possessive
    ("physical_violence", "Heard that a boy who tried to quit got shoved off the truck.", "other_person"),
    ("physical_violence", "Heard a guy from Solola got shoved off the truck.", "other_person"),
    ("threats", "She said a guy on another crew got told they would call ICE on him.", "other_person"),
    ("physical_violence", "Two of the women were slapped by the owner.", "other_person"),
    ("physical_violence", "A teenage worker got slapped by the landscaper.", "other_person"),
    ("physical_violence", "A boy who tried to leave got beaten behind the barn.", "other_person"),
    ("physical_violence", "A girl named Dee got kicked by the foreman for resting.", "other_person"),
    # witnessed_abuse: "we all saw", a weapon named earlier, a single other victim in the passive
    ("witnessed_abuse", "The captain punched Kuya Jun last trip, we all saw.", "affirmed"),
    ("witnessed_abuse", "Foreman kicked the new guy, everybody watched.", "affirmed"),
    ("witnessed_abuse", "He hit Marisol with the remote and I saw.", "affirmed"),
    ("witnessed_abuse", "He pulled a knife and pointed it at a worker who asked for pay.", "affirmed"),
    ("witnessed_abuse", "Foreman pointed the gun at one of the pickers.", "affirmed"),
    ("witnessed_abuse", "A teenage worker there got slapped by the landscaper.", "affirmed"),
    ("witnessed_abuse", "One of the boys got beaten up for being slow.", "affirmed"),
    ("witnessed_abuse", "The new girl was slapped until she cried.", "affirmed"),
    # witnessed_abuse: only heard of
    ("witnessed_abuse", "Another worker got beaten up by the foreman, he was not there.", "negated"),
    ("witnessed_abuse", "One of them got beat up for coming back short (heard, not seen).", "negated"),
    # physical_violence: particles after the object, idioms, "got" passives, agentless blows, Spanish
    ("physical_violence", "He got physical with her when she asked for her pay.", "affirmed"),
    ("physical_violence", "Boyfriend is violent with her when he drinks.", "affirmed"),
    ("physical_violence", "He roughs her up when she comes back short.", "affirmed"),
    ("physical_violence", "Her pimp smacked her around in the car.", "affirmed"),
    ("physical_violence", "BF beat the crap out of her last week.", "affirmed"),
    ("physical_violence", "The boss manhandled him into the truck.", "affirmed"),
    ("physical_violence", "He headbutted me.", "affirmed"),
    ("physical_violence", "She has been assaulted by her employer several times.", "affirmed"),
    ("physical_violence", "He put his hands around her neck.", "affirmed"),
    ("physical_violence", "Pt reports being struck in the head with a bottle.", "affirmed"),
    ("physical_violence", "Kicked in the ribs for resting, per pt.", "affirmed"),
    ("physical_violence", "The madam beats the girls, including pt.", "affirmed"),
    ("physical_violence", "\"He hurt me bad\" she said about the foreman.", "affirmed"),
    ("physical_violence", "Got beat for not making quota.", "affirmed"),
    ("physical_violence", "She gets slapped if she is short.", "affirmed"),
    ("physical_violence", "He would smack her around when she was slow.", "affirmed"),
    ("physical_violence", "El patrón le dio una golpiza.", "affirmed"),
    ("physical_violence", "Me golpearon con un palo.", "affirmed"),
    ("physical_violence", "La maltrataba cuando no había dinero.", "affirmed"),
    ("physical_violence", "One of them \"got beat up\" for talking.", "other_person"),
    ("physical_violence", "The girls get beat if they come back short.", "other_person"),
    # threats: veiled threats, reach to the family, kept weapons
    ("threats", "Warned her what would happen if she talked.", "affirmed"),
    ("threats", "He told her what would happen if she left.", "affirmed"),
    ("threats", "\"You know what I'll do,\" he told her.", "affirmed"),
    ("threats", "He texts her \"watch yourself\".", "affirmed"),
    ("threats", "He sent her pictures of her mother's house in Puebla.", "affirmed"),
    ("threats", "He says her family will pay.", "affirmed"),
    ("threats", "Your kids will suffer if you talk, he told her.", "affirmed"),
    ("threats", "He told them the cartel would come for their families.", "affirmed"),
    ("threats", "Said he'd ruin her.", "affirmed"),
    ("threats", "He said he would deal with her later.", "affirmed"),
    ("threats", "He keeps a gun in the glovebox and reminds her of it.", "affirmed"),
    # witnessed_abuse: present at it, other verbs, injuries seen on others
    ("witnessed_abuse", "She was there when they beat up Carlos.", "affirmed"),
    ("witnessed_abuse", "Was present while the foreman whipped a picker.", "affirmed"),
    ("witnessed_abuse", "Witnessed the owner strike a coworker with a belt.", "affirmed"),
    ("witnessed_abuse", "She saw bruises on the other girls.", "affirmed"),
    ("witnessed_abuse", "Noticed burns on one of the newer girls.", "affirmed"),
    # threats: a second reported clause ends an earlier 'if' / 'asked about' scope
    ("threats", "The man punched him when he asked about pay and said he'd find him wherever he went.", "affirmed"),
    ("threats", "Slim said she'd get sent to juvie if she talked and said he would put her mom in the ground.", "affirmed"),
    # threats: the condition before the reporting verb, and long quoted conditions
    ("threats", "\"if i try to leave he says he'll tell everyone what i do\"", "affirmed"),
    ("threats", "If she quits, the boss says he'll call ICE.", "affirmed"),
    ("threats", "if we stop he says he will send the videos", "affirmed"),
    ("threats", "Said \"if he sees me talking too long I'll pay for it\".", "affirmed"),
    ("threats", "Texter: he texts that he'll find me wherever I go", "affirmed"),
    # threats: at another site
    ("threats", "Crew leader at the other camp threatens workers with a machete.", "other_person"),
    # physical_violence: someone else named by a name, a job, or in the client's account of them
    ("physical_violence", "A girl named Mimi was beaten by him in the parking lot.", "other_person"),
    ("physical_violence", "A guy called Flaco got slapped by the boss.", "other_person"),
    ("physical_violence", "The other helper got slapped by the señora.", "other_person"),
    ("physical_violence", "Another dishwasher was kicked by the cook.", "other_person"),
    ("physical_violence", "Describes a teenage worker getting slapped by the landscaper.", "other_person"),
]


FAMILIES2_NEGATIVE = [
    ("threats", "Mom found messages from an older boy on her phone."),
    ("threats", "Her mother hurt her back lifting boxes."),
    ("threats", "She gets picked up by her uncle after school."),
    ("threats", "He got locked up last month on a DUI."),
    ("threats", "Pt left while the others were at the gas station."),
    ("threats", "A guy on another crew got his papers taken last year."),
    ("threats", "Note: not-rehire talk is a job-only threat, not coercion."),
    ("threats", "Landlord sent a notice and threatened to file if rent isn't paid."),
    ("threats", "Will report to CPS per policy."),
    ("threats", "CW will call police if she does not check in."),
    ("threats", "Si me voy pierdo el boleto de regreso."),
    ("threats", "Sir said if I go out they will put me in detention."),
    ("threats", "Uncle told the kids if they tell, the police will take them and they'll never see their mom."),
    ("threats", "Owner says I can go after I pay back the ticket."),
    ("threats", "When she wouldn't go he'd choke her until she said ok."),
    ("physical_violence", "She asked what he wants; I didn't push."),
    ("witnessed_abuse", "Caller saw no locks on the outside of the doors."),
    ("witnessed_abuse", "Other women there were pushed to do extras."),
    ("witnessed_abuse", "Manager pushes the girls to drink with customers."),
    ("witnessed_abuse", "He threw her against the wall in front of the kids."),
    ("witnessed_abuse", "He hit me in front of my kids."),
    ("witnessed_abuse", "A worker got hit by a forklift last week."),
    ("physical_violence", "She was sexually assaulted by a customer."),
    ("physical_violence", "Got hit on by customers all night."),
    ("physical_violence", "Struck in the head by a falling branch at the orchard."),
    ("physical_violence", "She got a physical with her doctor last week."),
    ("physical_violence", "Gets kicked off the schedule if late."),
    ("physical_violence", "Police kicked in the door of the apartment."),
    ("physical_violence", "He's rough with the equipment."),
    ("physical_violence", "It hurt her feelings when he yelled."),
    ("threats", "Her family will pay the rent this month."),
    ("threats", "Mom said she would deal with the school."),
    ("threats", "She showed me photos of her kids' school play."),
    ("threats", "I told her what will happen at the court hearing."),
    ("witnessed_abuse", "She was there when the store was robbed."),
    ("threats", "He says if I run, the sheriff will find me and lock me up."),
    ("threats", "Señora says if she complains, immigration will come for her."),
    ("threats", "She won't talk to police: \"Marcus says they'll charge me\"."),
    ("threats", "\"She says if I get pregnant I pay more debt.\""),
    ("threats", "Asked if he can quit: \"Owner says I can go after I pay back the ticket\"."),
    ("threats", "Asked if she is safe going home, she said \"he'd find me anyway\"."),
]


# ------------------------------------------------------------------ families of the third round (fresh7)
# Five phrasings per family as other writers would put them; hard negatives of each family below.

FAMILIES3 = [
    # threats: threat by example ("you're next", "same for you", "le pasa lo mismo")
    ("threats", "After the beating the foreman looked at him and said he's next if he opens his mouth.", "affirmed"),
    ("threats", "Pimp told her \"keep talking and you're next.\"", "affirmed"),
    ("threats", "Boss told him if he complains he's next.", "affirmed"),
    ("threats", "Mayordomo pointed at the worker on the ground: \"same for you if you quit\".", "affirmed"),
    ("threats", "He warned her the same thing happens to you if you run.", "affirmed"),
    ("threats", "El patrón dijo que al que hable le pasa lo mismo.", "affirmed"),
    ("threats", "\"Si te vas te va a pasar lo mismo\", le dijo el contratista.", "affirmed"),
    # threats: threatened false accusation of theft
    ("threats", "Employer says if she leaves he will tell police she stole jewelry.", "affirmed"),
    ("threats", "Host mom said she'd say I stole money if I called anyone.", "affirmed"),
    ("threats", "He threatened to accuse her of theft if she quit.", "affirmed"),
    ("threats", "If we walk off, the owner says he'll report us for stealing tools.", "affirmed"),
    ("threats", "Told him if he reports it he'll claim he stole from the register.", "affirmed"),
    # threats: exposure by telling family, spouse, employer, community
    ("threats", "He says he'll tell her parents she's been working in a club.", "affirmed"),
    ("threats", "If she stops, he says he'll tell her husband what she did.", "affirmed"),
    ("threats", "The recruiter said he would tell the whole village she is a prostitute.", "affirmed"),
    ("threats", "Cousin says he'll tell the boss I'm using someone else's papers.", "affirmed"),
    ("threats", "Come back or your mom hears everything.", "affirmed"),
    ("threats", "Told her to keep working or her husband finds out.", "affirmed"),
    # threats: euphemisms of killing or disappearing
    ("threats", "He told her one more mistake and she goes in the trunk.", "affirmed"),
    ("threats", "Captain says lazy ones go over the side.", "affirmed"),
    ("threats", "Boss told them quitters end up in the canal.", "affirmed"),
    ("threats", "Keep quiet or you're off the map, the foreman said.", "affirmed"),
    ("threats", "The skipper said he'd throw him overboard if he kept asking about pay.", "affirmed"),
    # threats: weapon shown with a promise of next time; more violence promised after an injury
    ("threats", "He put the gun on the counter and said next time he won't miss.", "affirmed"),
    ("threats", "Showed her the knife: \"next time I'll use it\".", "affirmed"),
    ("threats", "Pt says he said he'll black the other eye too if she's late.", "affirmed"),
    ("threats", "\"Or he'll fix the other side of my face,\" she said.", "affirmed"),
    # threats: sextortion written as a text (dropped apostrophe, "em")
    ("threats", "texter says he said hell post the vids if she blocks him", "affirmed"),
    ("threats", "he says imma send em to ur mom", "affirmed"),
    ("threats", "He said he'd send them to her whole class if she stopped.", "affirmed"),
    ("threats", "She says the guy will post em on her church's page.", "affirmed"),
    ("threats", "he knows where our families are, he told us", "affirmed"),
]


FAMILIES3_NEGATIVE = [
    ("threats", "He did it anyway after I said no."),
    ("threats", "Manager takes our IDs when we start, same for everyone."),
    ("threats", "She said the cops would call my mom and I'd go to juvie."),
    ("threats", "They'd told her mother she would go to school here."),
    ("threats", "He knows where all the shelters are."),
    ("threats", "Neighbor called police on a fight next door."),
    ("threats", "He says he'll cut her off if she won't work the VIP."),
    ("threats", "Godmom says if she runs the police will just bring her back."),
    ("threats", "Told her if 12 catches her out there she's the one going to juvie."),
    ("threats", "He says police here will put her in jail and she will never see her son again."),
    ("threats", "If we stop picking there's no food that week."),
    ("threats", "She went over the side of the bed to get her shoes."),
    ("threats", "The cops hand you to ICE, he told her."),
]


FAMILIES3_ASSERTION = [
    # hearsay: abuse the client heard of is not witnessed (negated) and happened to someone else (other_person)
    ("witnessed_abuse", "A man on the crew got hit by the mayordomo, per cousin.", "negated"),
    ("witnessed_abuse", "A kid from Ohio got slapped by the crew lead, youth heard about it from the kid.", "negated"),
    ("witnessed_abuse", "The new girl was beaten by the owner's husband, the girl told her.", "negated"),
    ("witnessed_abuse", "A boy on that crew got beat up for trying to leave, she heard it from a neighbor.", "negated"),
    ("witnessed_abuse", "A cook got slapped for sleeping in, pt didn't see it, everybody talks about it.", "negated"),
    ("physical_violence", "Luis on the line got punched by the owner, texter was in the cooler and only heard it.", "other_person"),
    ("physical_violence", "Tomasz told everyone the boss hit him with a level.", "other_person"),
    ("physical_violence", "Hilario was struck with a hose by the mayordomo, client did not see it.", "other_person"),
    ("physical_violence", "Kayla got choked last week, pt saw the marks after, not the incident.", "other_person"),
    ("physical_violence", "Marisol got kicked by the foreman, client wasn't there.", "other_person"),
    # rumours, retracted claims, Spanish negation
    ("physical_violence", "Word on the street is her boyfriend beats on her.", "hypothetical"),
    ("physical_violence", "Word is he slaps her around when she comes back short.", "hypothetical"),
    ("physical_violence", "At first she said he pushed her into the wall, then said she tripped.", "negated"),
    ("physical_violence", "Initially pt reported he choked her; later said it was a friend joking.", "negated"),
    ("threats", "Le pregunté si lo amenazan: \"nadie nos amenaza\".", "negated"),
    ("physical_violence", "Dice que nunca le pegó el patrón.", "negated"),
]


FAMILIES3_ASSERTION_NEGATIVE = [
    ("witnessed_abuse", "Per cousin, the mayordomo beat a worker for resting."),  # per + no witnessing: not witnessed
    ("physical_violence", "Ana got slapped by the owner, per her coworker, client wasn't there."),
]


def test_hearsay_keeps_own_witnessing(rules):
    """Seeing it herself stays witnessed, even when the note also says others talk about it."""
    check_flag(rules, "She saw the foreman beat a boy with a shovel.", "witnessed_abuse", "affirmed")
    check_flag(rules, "He hit her from behind, she didn't see it coming.", "physical_violence", "affirmed")
    check_flag(rules, "Cl doesn't see that as a threat really.", "threats", "negated")


FAMILIES3_PV_WA = [
    # hearsay told by a group to the client: not witnessed, someone else's violence
    ("witnessed_abuse", "Other workers told her the son hits people who talk back.", "negated"),
    ("witnessed_abuse", "The girls told him the owner beat a girl who tried to run.", "negated"),
    ("physical_violence", "The girls told her he beats them when they come back short.", "other_person"),
    # the client's own injuries stay physical violence
    ("physical_violence", "He threw her against the fridge.", "affirmed"),
    ("physical_violence", "Pt kicked by boyfriend last night, R ribs tender.", "affirmed"),
    ("physical_violence", "Bruising on her neck from where he grabbed her.", "affirmed"),
    ("physical_violence", "He grabbed her by the hair and dragged her to the car.", "affirmed"),
]


FAMILIES3_PV_WA_NEGATIVE = [
    # animals and farm accidents
    ("physical_violence", "36M dairy worker, kicked by cow, R forearm contusion."),
    ("physical_violence", "Julio was kicked by a horse at the ranch last week."),
    ("physical_violence", "Bitten by the neighbor's dog while delivering flyers."),
    ("physical_violence", "Gored by a young bull during branding, lac L thigh."),
    ("physical_violence", "Stepped on by a heifer in the chute."),
    # belongings, not the person
    ("physical_violence", "Her gf threw her stuff out on the lawn last night."),
    ("physical_violence", "Landlord tossed his things in the dumpster."),
    ("physical_violence", "Mom kicked his clothes out the door."),
    # sexual touching is sexual violence, not a beating
    ("physical_violence", "A customer grabbed her breast during a pedicure."),
    ("physical_violence", "The manager slapped her butt in the kitchen."),
    # driving past; hickeys
    ("physical_violence", "Marco was at the car wash when we rolled by."),
    ("physical_violence", "Body map: suction ecchymoses L neck x2, no other injury."),
    # what the authorities would do is not abuse seen
    ("witnessed_abuse", "He told me they lock up girls like me."),
    ("witnessed_abuse", "Boss says cops arrest people without papers."),
]


FAMILIES3_THREATS_B = [
    # a reported conditional threat, the condition held in the span ("if" does not make it hypothetical)
    ("threats", "He says if I go, he tells my wife what happened.", "affirmed"),
    ("threats", "Pimp told her if she stops he'll text her mom that she's selling.", "affirmed"),
    ("threats", "She said if I leave he sends pictures of me to my husband.", "affirmed"),
    ("threats", "Boss says if they quit he calls the PO on them.", "affirmed"),
    ("threats", "Owner said if they bounce he'll call the cops on them.", "affirmed"),
    ("threats", "\"He says if I talk he hurts my boy back home.\"", "affirmed"),
    ("threats", "Recruiter said if she runs they visit her mother.", "affirmed"),
    # the image goes out / more gets posted
    ("threats", "He demanded $300 or the pics go to all her followers.", "affirmed"),
    ("threats", "Sent money or else the video goes online.", "affirmed"),
    ("threats", "He says he'll post more unless she comes back.", "affirmed"),
    ("threats", "Ex threatened to leak everything to her job.", "affirmed"),
    ("threats", "Account messaged him he would \"tell everyone at your school you're gay\".", "affirmed"),
    # making sure someone hears; family "gets it"
    ("threats", "He said he'd make sure ICE hears about her brother.", "affirmed"),
    ("threats", "Señora said she'll make sure her family knows what she did.", "affirmed"),
    ("threats", "Told not to talk or her kids would get it.", "affirmed"),
    ("threats", "Keep working or your mother pays.", "affirmed"),
    # weapons, bullets, addresses, visits
    ("threats", "Crew boss set the machete down on the table while he talked about the debt.", "affirmed"),
    ("threats", "Someone left a bullet on her windshield after she testified.", "affirmed"),
    ("threats", "He read her mother's address out loud to her.", "affirmed"),
    ("threats", "His mother got a visit from two men when he missed a payment.", "affirmed"),
    ("threats", "Boss said he'd whoop him with the belt if he came back short.", "affirmed"),
    ("threats", "Ex posted he'd knock her teeth out.", "affirmed"),
    ("threats", "He texted my cousin that he'll find me and I'll pay.", "affirmed"),
    ("threats", "Dice que si habla con los inspectores le van a echar la migra.", "affirmed"),
    ("threats", "The foreman would yell that he'd break our hands if the rows weren't done.", "affirmed"),
]


FAMILIES3_THREATS_B_NEGATIVE = [
    ("threats", "He said he'd find me a job at his cousin's restaurant."),
    ("threats", "She said \"he'd find me anyway\" and declined the shelter."),
    ("threats", "Asked if I was gonna call the cops on her, I said no."),
    ("threats", "If she needs a ride she calls her mom."),
    ("threats", "He set the knife down after cutting the onions."),
    ("threats", "She sends more money home when she can."),
    ("physical_violence", "The foreman would yell that he'd break her hands if the rows weren't done."),
    ("physical_violence", "Ex posted he'd knock her teeth out."),
]


FAMILIES3_PV_B = [
    ("physical_violence", "The manager \"corrects\" the girls with a belt.", "affirmed"),
    ("physical_violence", "Aunt disciplines her with an extension cord.", "affirmed"),
    ("physical_violence", "Boss punished him with the broom handle for sleeping.", "affirmed"),
    ("physical_violence", "He taught her a lesson with his belt.", "affirmed"),
    ("physical_violence", "Señora poured boiling water on her hand.", "affirmed"),
    ("physical_violence", "He threw hot coffee at her when the order was late.", "affirmed"),
    ("physical_violence", "Cook splashed hot oil on his arm on purpose.", "affirmed"),
    ("physical_violence", "\"She pulled my hair once.\"", "historical"),
    ("physical_violence", "Madam yanked her by the braids.", "affirmed"),
    ("physical_violence", "He dragged her by her hair to the car.", "affirmed"),
]


FAMILIES3_PV_B_NEGATIVE = [
    ("physical_violence", "Her boyfriend tried to grab her phone out of her hand; staff stepped in."),
    ("physical_violence", "He snatched her purse and left."),
    ("physical_violence", "Pulled her hair into a ponytail for the exam."),
    ("physical_violence", "Spilled boiling water on her own hand making tea at home."),
    ("physical_violence", "The teacher corrects her homework with a red pen."),
]


FAMILIES3_WA_B = [
    ("witnessed_abuse", "Saw a man get beaten with a pipe there for asking to call home.", "affirmed"),
    ("witnessed_abuse", "Saw a crewmate beaten w/ a pipe and thrown in the hold.", "affirmed"),
    ("witnessed_abuse", "She watched the señora whip the other maid with a cord.", "affirmed"),
    ("witnessed_abuse", "He witnessed the foreman hit a picker with a rake handle.", "affirmed"),
    ("witnessed_abuse", "Other workers at the house told her the son hits people who talk back.", "negated"),
]


FAMILIES3_WA_B_NEGATIVE = [
    ("witnessed_abuse", "He said the uncle \"hits with the belt if not enough\"."),
    ("witnessed_abuse", "El jefe hits with the broom handle when we're slow."),
    ("witnessed_abuse", "She left after the mother hit her with a broom - hit with a broom handle on the back."),
]


FAMILIES3_THREATS_C = [
    ("threats", "At her old job the cook said he'd call ICE if she asked for OT pay.", "historical"),
    ("threats", "The cook told her he would report her to immigration.", "affirmed"),
    ("threats", "Said he will \"put the pictures everywhere\" if she stops.", "affirmed"),
    ("threats", "He says he'll put her pics online if she blocks him.", "affirmed"),
    ("threats", "Ex said he'd put the videos out there.", "affirmed"),
    ("threats", "The other cook got threatened with a knife.", "other_person"),
]


# ------------------------------------------------------------------ fourth round (fresh8 families)

FAMILIES4 = [
    # exposure threat with 'put': put the pictures on a page / site / story
    ("threats", "Told her he'd put her photos on the websites so her village sees.", "affirmed"),
    ("threats", "Text from him: \"ima put them pics on ur story\".", "affirmed"),
    ("threats", "He says he'll put the pictures on her cousins' pages if she doesn't come back.", "affirmed"),
    ("threats", "Ex threatened to put the videos online.", "affirmed"),
    ("threats", "She said he would put my nudes all over Facebook.", "affirmed"),
    # put in the trunk / the river / the hospital
    ("threats", "He yelled \"you run again I'll put you in the trunk\".", "affirmed"),
    ("threats", "The foreman said he'd throw him in the canal.", "affirmed"),
    ("threats", "Boss said he will put her in the hospital if she talks back.", "affirmed"),
    ("threats", "\"I'm gonna put you in the ground,\" he told her.", "affirmed"),
    ("threats", "Says they'd lock her in the trunk and leave her in the woods.", "affirmed"),
    # go back in a box
    ("threats", "\"He say if we tell anyone we go back in a box\".", "affirmed"),
    ("threats", "Recruiter told him they would go home in a coffin if they talked.", "affirmed"),
    ("threats", "He said she'd leave in a body bag.", "affirmed"),
    ("threats", "Crew boss: anyone who snitches goes back in a bag.", "affirmed"),
    ("threats", "The agent said they'd send him home in a box.", "affirmed"),
    # the family pays (bare present, and the 'told her if' that belongs to the threat)
    ("threats", "Owner told Lily if she goes home before the money is paid, \"your brother pays\".", "affirmed"),
    ("threats", "Agency man told her if she leaves early \"your mother will pay, one way or another\".", "affirmed"),
    ("threats", "He told her if she talks to \"hotel people\" her family will suffer.", "affirmed"),
    ("threats", "Jefe says if anyone quits, \"your kids pay\".", "affirmed"),
    ("threats", "Madam told her that if she runs her family will pay.", "affirmed"),
    # knows which house the family lives in
    ("threats", "He told her he knows which trailer her mom lives in.", "affirmed"),
    ("threats", "Pimp reminded her he knows what school her son goes to.", "affirmed"),
    ("threats", "The broker said he knows which house her parents live in.", "affirmed"),
    ("threats", "Said he knows what street my family lives on.", "affirmed"),
    ("threats", "Recruiter knew which village his wife stays in and said so.", "affirmed"),
    # custody threats
    ("threats", "Said her boys would go to foster and she'd never get them back.", "affirmed"),
    ("threats", "He told her she'll never see the kids again if she leaves.", "affirmed"),
    ("threats", "Boyfriend says she would never get her daughter back.", "affirmed"),
    # send somebody
    ("threats", "\"If I quit, he'll send somebody.\"", "affirmed"),
    ("threats", "The contratista said he would send people after him.", "affirmed"),
    ("threats", "He says he'll send his boys to her mom's house.", "affirmed"),
    ("threats", "Told her they'd send someone, she knew what that meant.", "affirmed"),
    # I have people there
    ("threats", "The contratista told him \"your kids in Olancho, I have people there\".", "affirmed"),
    ("threats", "Madam said her mother in Lagos, \"we have people there too\".", "affirmed"),
    ("threats", "He reminded her that her sister is in Guerrero and he has people there.", "affirmed"),
    # bare-present call to the authorities after the condition
    ("threats", "Manager told them \"anyone talk to sponsor, I call immigration, you go home same day\".", "affirmed"),
    ("threats", "Boss: \"you complain, I call ICE\".", "affirmed"),
    ("threats", "Foreman says whoever goes to the labor board, we call immigration on them.", "affirmed"),
    # next time worse
    ("threats", "Manager also said next time \"worse\".", "affirmed"),
    ("threats", "He told her next time it'll be worse.", "affirmed"),
    ("threats", "After the slap he said next time I won't miss.", "affirmed"),
    # exchange-visitor / student status
    ("threats", "He told her he would end her DS-2019 early if she refused.", "affirmed"),
    ("threats", "Supervisor said he'd terminate her SEVIS record.", "affirmed"),
    ("threats", "Host employer said they would cancel her program if she complained.", "affirmed"),
    ("threats", "The PI threatened to end her J-1 status.", "affirmed"),
    # non-native reported threat in the bare present
    ("threats", "Cl: \"he say if I talk he make me disappear\".", "affirmed"),
    ("threats", "She said if she leave he kill her.", "affirmed"),
    ("threats", "Boss tell us if we go to the union he make us pay.", "affirmed"),
    ("threats", "He say if I run he find me.", "affirmed"),
    ("threats", "Says if they complain the jefe kill them.", "affirmed"),
    # physical violence: squeezing, gripping, bending
    ("physical_violence", "When she started to speak he squeezed her wrist and she stopped.", "affirmed"),
    ("physical_violence", "He gripped my arm so hard it bruised.", "affirmed"),
    ("physical_violence", "The boss bent his fingers back until he cried.", "affirmed"),
    ("physical_violence", "Pimp squeezes her neck when she talks back.", "affirmed"),
    ("physical_violence", "He wrenched her arm behind her back.", "affirmed"),
]


FAMILIES4_NEGATIVE = [
    ("threats", "Threats — denies."),
    ("threats", "Threats – none reported."),
    ("threats", "He'd tell them immigration is \"waiting outside,\" so nobody tried the windows."),
    ("threats", "He told her the police work for immigration."),
    ("threats", "\"Madam say if I stop, I am lazy, she find new girl.\" (threat to fire only)"),
    ("threats", "Boss said if he keeps coming late he'll hire another worker."),
    ("threats", "\"If I say anything I'm the one going to jail, he told me how it works.\""),
    ("threats", "Marquis told her \"if you ever get picked up, you don't know me\"."),
    ("threats", "She'll put the pictures on the fridge."),
    ("threats", "He put her photos on the site, she doesn't know the password."),
    ("threats", "We will send someone to pick her up at the station."),
    ("threats", "She has people there who can help her with the kids."),
    ("threats", "Next time she comes we will bring the forms."),
    ("threats", "The program ended her stipend when the grant ran out."),
    ("threats", "She will go home in a cab after the shift."),
    ("physical_violence", "Asked anyone hit her - \"no, never hit, only scream.\""),
    ("physical_violence", "Cl said at first \"Sir hit me Sunday\", then \"no, no, he only shout\"."),
    ("physical_violence", "Jovy, the cook at the other house, got hit by the butler - Dolores didn't see it."),
    ("physical_violence", "Nurse squeezed her hand during the exam."),
    ("witnessed_abuse", "Word is Mel beat a girl so bad she lost teeth - cl didn't see it, \"everybody says.\""),
    ("witnessed_abuse", "Cl 30F, assault 2nd - stabbed a man in his car w/ a nail file, per police."),
    ("witnessed_abuse", "When I knocked the man from 15 came over and said the girls don't talk to cops."),
    ("witnessed_abuse", "Heard a man on that crew got beat for asking about his check."),
    ("witnessed_abuse", "Cl hit a guy with a bottle outside the bar, per the arrest report."),
    ("threats", "Supposedly he told Precious he'd cut her face if she talked."),
]


def test_told_her_if_is_a_threat_made(rules):
    """'told her if ...' reports a threat that was made: the 'if' belongs to it."""
    check_flag(rules, "The owner told her if she calls her mother again her mother will suffer.", "threats", "affirmed")
    check_flag(rules, "Pimp told them that if they run \"your families pay\".", "threats", "affirmed")


FAMILIES4_B_NEGATIVE = [
    # an injury the note itself explains as sports or an accident
    ("physical_violence", "Two boys in: one w/ swollen lip, other w/ a black eye from JV football Tuesday per nurse."),
    ("physical_violence", "Yellow bruise L cheek, she says from the cabinet door."),
    ("physical_violence", "Bruising on both shins after soccer practice."),
    ("physical_violence", "Abrasions to palms from a fall off her bike."),
    ("physical_violence", "Contusion R eye from a basketball game Sat."),
    # a threat made to another worker
    ("threats", "Supervisor told another attendant he'd call immigration if she complained."),
    ("threats", "The boss warned the other girl he would hurt her if she left."),
]


def test_injury_with_attacker_still_flags(rules):
    """The accident veto leaves an injury someone caused: 'a black eye from him'."""
    check_flag(rules, "Black eye from him, she says, after she asked about her pay.", "physical_violence", "affirmed")


FAMILIES4_C = [
    ("threats", "He said if she comes back short he'll hit her.", "affirmed"),
    ("physical_violence", "If she came back short he'd hit her with the belt.", "affirmed"),
]


FAMILIES4_C_NEGATIVE = [
    # habitual past violence after a quota condition is violence done, not a threat
    ("threats", "If she came back short he'd hit her."),
    ("threats", "When we were slow he would kick us."),
    ("threats", "Whenever I came back light he'd beat me with the cord."),
    ("threats", "If they were late the foreman would hurt them."),
    ("threats", "When she brought less than 500 he'd choke her."),
]



# Round 5 (fresh9) families: reported conditional threats in any grammar, debts collected from family,
# Spanish / Creole implicit threats, apostrophe-less denials, 'wifey' and 'her girl' as other people.
FAMILIES5 = [
    ("threats", "Pastor say if she stop paying he give immigration her name.", "affirmed"),
    ("threats", "He told her if she leave hes calling CPS on her.", "affirmed"),
    ("threats", "Supervisor said if he complains again he fails his probation review.", "affirmed"),
    ("threats", "Manager told them if anybody talks he'd make sure they never work again.", "affirmed"),
    ("threats", "If she refuse he say he report her to ICE.", "affirmed"),
    ("threats", "Agent said if he runs they drag him back to the camp.", "affirmed"),
    ("threats", "The recruiter said his people will go collect from her parents if she stops paying.", "affirmed"),
    ("threats", "Dice el patrón: \"si no pagas, le cobran a tu mamá\".", "affirmed"),
    ("threats", "He texted her brother that she comes home in a box if she talks.", "affirmed"),
    ("threats", "Boss told him he would get the same if he ever went to the labor board.", "affirmed"),
    ("threats", "\"Si hablas, te matan\", le dijo el contratista.", "affirmed"),
    ("threats", "El jefe dijo que el que hable se desaparece.", "affirmed"),
    ("threats", "Mayordomo: \"sabemos dónde vive tu familia\".", "affirmed"),
    ("threats", "He said \"I know your village, I know the street\".", "affirmed"),
    ("threats", "Keeps a bat by the register and shows it when the girls ask about pay.", "affirmed"),
    ("threats", "he said hed put my pics out if i left", "affirmed"),
    ("threats", "\"Open the door or I come in and drag you out\"", "affirmed"),
    ("threats", "boss dont threaten us, he just yells.", "negated"),
    ("physical_violence", "he aint hit her, she said he just yells.", "negated"),
    ("physical_violence", "Pt states bf didnt hit her this time.", "negated"),
    ("physical_violence", "Mrs. T first say \"husband hit me\", later say she fall in kitchen.", "hypothetical"),
    ("physical_violence", "Jo talked about her wifey in law who got his name burned into her neck.", "other_person"),
    ("physical_violence", "She said her homegirl got jumped by her pimp last week.", "other_person"),
    ("witnessed_abuse", "seen him hurt somebody - \"no\"", "negated"),
    ("physical_violence", "She was \"slapped around\" by the manager when the count was short.", "affirmed"),
    ("physical_violence", "Owner held his hand on the grill because the order was late.", "affirmed"),
    ("physical_violence", "He pressed her arm against the iron to teach her.", "affirmed"),
    ("physical_violence", "Bf held her head under the water in the tub.", "affirmed"),
    ("witnessed_abuse", "Says a guy on the other boat got beaten by the captain.", "negated"),
    ("witnessed_abuse", "One worker said a foreman slapped the new kid behind the barn.", "affirmed"),
    ("threats", "he said if she dips hes calling CPS and telling them she on drugs", "affirmed"),
    ("threats", "Recruiter phoned her mother: \"your daughter comes home in a box if she talks\".", "affirmed"),
    ("threats", "The agent rang his wife and said he would come back in a coffin if he complained.", "affirmed"),
    ("threats", "He said he fears if they find out he came here \"they will send him back\".", "hypothetical"),
]
FAMILIES5_NEGATIVE = [
    ("threats", "She doesn't know where her coworker lives."),
    ("threats", "Doesn't know the address where she stays, they drive her."),
    ("threats", "The agency still collects from her father against her fee."),
    ("threats", "He got a knife but he never pulled it on me."),
    ("threats", "Trae machete pero nunca lo ha sacado contra nadie."),
    ("threats", "She said if she gets a day off she will see her sister."),
    ("physical_violence", "Pt said bf shoved her, later said she made it up."),
    ("physical_violence", "Golpes no, solo gritos."),
    ("threats", "Will call CPS and supervisor today per policy."),
    ("physical_violence", "A/P: chest wall contusion after mechanical fall, accidental."),
    ("witnessed_abuse", "The workers were locked in the yard at night, gate chained."),
]


# Every phrasing-family table above, one test each: a present flag with the expected status ...

# Sixth round (fresh10): the family as the target, implicit reach, veiled threats, the authorities acting,
# euphemisms and Spanish for blows, accidents, and what bystanders saw.
FAMILIES6 = [
    ("threats", "The contractor told him if he runs they'll find his mother in Tegucigalpa.", "affirmed"),
    ("threats", "Said they would track her sister down back home.", "affirmed"),
    ("threats", "\"you quit, we visit your abuela\"", "affirmed"),
    ("threats", "He texted: \"talk to anyone and I hurt your little sister\".", "affirmed"),
    ("threats", "Two men told his wife they know which school the girls attend.", "affirmed"),
    ("threats", "The recruiter reminded her he knows what bus her son takes.", "affirmed"),
    ("threats", "The lender sent her cousin a photo of his house in Quetzaltenango.", "affirmed"),
    ("threats", "Somebody DMed her a picture of her mom's front door.", "affirmed"),
    ("threats", "Boss told them he has people back home in every village.", "affirmed"),
    ("threats", "He says he's got guys everywhere, so don't try anything.", "affirmed"),
    ("threats", "The smuggler said \"a ver qué le pasa a tu mamá\" if the money is late.", "affirmed"),
    ("threats", "He told her to keep working or see what happens to her kids.", "affirmed"),
    ("threats", "The foreman said he'd finish anybody who went to the union.", "affirmed"),
    ("threats", "Pt says the agent told her he would have her brother killed.", "affirmed"),
    ("threats", "Said if the rest isn't paid he'll kill her father.", "affirmed"),
    ("threats", "Victim said \"he'll kill me if he finds out I called\".", "hypothetical"),
    ("threats", "Asked why not leave: the jefe told him if he runs they'll find his sister.", "affirmed"),
    ("physical_violence", "Pt states Tre \"put hands on\" her twice in May.", "affirmed"),
    ("physical_violence", "\"Le daba con el cable\" when he was slow, she said.", "affirmed"),
    ("physical_violence", "Nos dieron con un palo en la casa de seguridad.", "affirmed"),
    ("witnessed_abuse", "Said the boss beat a kid in front of the whole crew and she saw it.", "affirmed"),
]
FAMILIES6_NEGATIVE = [
    ("threats", "He said if we talk, la migra takes us and the kids stay alone."),
    ("threats", "The guide said if we say his name immigration puts us in jail."),
    ("threats", "She said \"if I quit, they say I go to jail for the contract\"."),
    ("threats", "He says if the policia stops us, just stay quiet."),
    ("threats", "Crew leader said \"you don't even know what town you're in\"."),
    ("threats", "She showed me a photo of her house in Manila."),
    ("threats", "Cl still will not call police, even about the robbery."),
    ("threats", "Says she would never report him to the cops."),
    ("physical_violence", "His ID card burned in the fire at the bunkhouse."),
    ("physical_violence", "Burned in a kitchen accident last year, healed."),
    ("physical_violence", "One milker broke his hand in June, kicked by a heifer."),
    ("physical_violence", "Was kicked by a horse at the ranch, on workers comp."),
    ("witnessed_abuse", "Witnesses saw the man shove the woman into the wall."),
    ("witnessed_abuse", "He got hit across the legs with a rake for being slow."),
    ("witnessed_abuse", "She was kicked in the ribs by the owner."),
]

# Round 7 (fresh11): families behind the misses and leaks, phrased as other writers would.
FAMILIES7 = [
    # veiled threats: "you know what happens", "that's what happens", "accidents happen"
    ("threats", "Her cousin was told \"you know what happens\" when the loan was late.", "affirmed"),
    ("threats", "Text from him: \"u kno wat happens 2 girls who run\"", "affirmed"),
    ("threats", "Jefe said to the crew \"ya know what happens to talkers\".", "affirmed"),
    ("threats", "After the beating the boss told everyone \"that's what happens\".", "affirmed"),
    ("threats", "He pointed at the bruises and said \"thats what happens when you lie\".", "affirmed"),
    ("threats", "The agent said he has men in her village and \"accidents happen\".", "affirmed"),
    ("threats", "Captain reminded them that accidents can happen at sea.", "affirmed"),
    # euphemistic death / harm threats
    ("threats", "Anyone who talks will \"go the same way as Rudi\", the skipper said.", "affirmed"),
    ("threats", "Boss told him he would end up the same way as the last guy.", "affirmed"),
    ("threats", "Brother said \"you won't see next summer\" if she shames them.", "affirmed"),
    ("threats", "He told her she would not live to see another birthday.", "affirmed"),
    ("threats", "Her uncles said they would \"fix\" her back home.", "affirmed"),
    ("threats", "Father said they'll \"deal with\" him after the wedding.", "affirmed"),
    ("threats", "Cl says her in-laws texted that they will deal with her.", "affirmed"),
    ("threats", "The cousin said \"we will bury you here\" if she went to the embassy.", "affirmed"),
    ("threats", "Dad said he knows what to do with girls like her.", "affirmed"),
    ("threats", "dad said if i go to the counselor hell break my arm", "affirmed"),
    # status and exposure: a relative's visa, a name handed to the authorities, doxing
    ("threats", "Director told her that her papers could have problems if she left.", "affirmed"),
    ("threats", "The recruiter said his visa might have trouble if he complained.", "affirmed"),
    ("threats", "Owner said he'll hand her name to immigration himself.", "affirmed"),
    ("threats", "They said they'd send his info to the feds if he quit.", "affirmed"),
    ("threats", "The plug said they would dox him if he stopped.", "affirmed"),
    # abandonment as punishment
    ("threats", "He said he'd drop her at the state line with nothing.", "affirmed"),
    ("threats", "Crew boss said quitters get left on the side of the highway.", "affirmed"),
    ("threats", "Lead told them anybody who runs gets dumped in the desert.", "affirmed"),
    # intimidation by example
    ("threats", "Spence showed him a video of a kid getting beat for snitching.", "affirmed"),
    ("threats", "The madam shows the new girls photos of one who ran getting cut.", "affirmed"),
    # a reported conditional with a named addressee or a quoted 'if'
    ("threats", "The contractor told his tio if he goes to the labor board he'll have them picked up by ICE.", "affirmed"),
    ("threats", "Father said \"if you shame us again you will not see next summer\".", "affirmed"),
    ("threats", "Uncle told her nobody will believe her, and if she tells he'll hurt her brother.", "affirmed"),
    # hearsay of a threat to others
    ("threats", "Pt heard from the other wives that the boss tells the men he'll call immigration on anybody who quits.", "other_person"),
    # physical violence: holds and burns
    ("physical_violence", "Crew boss put him in a headlock until he blacked out.", "affirmed"),
    ("physical_violence", "The lead had her in a chokehold against the van.", "affirmed"),
    ("physical_violence", "He held a lighter to my hand when I came back short.", "affirmed"),
    ("physical_violence", "Madam pressed a lit cigarette on her arm.", "affirmed"),
    # other people: an appositive, the second act of a scene seen
    ("physical_violence", "Says Jun-Jun, youngest on deck, got punched by the bosun.", "other_person"),
    ("physical_violence", "She saw a man slap a young girl and then shove her into a car.", "other_person"),
    # witnessed abuse
    ("witnessed_abuse", "saw Vic's \"security guy\" pistol-whip a trimmer who tried to leave", "affirmed"),
    ("witnessed_abuse", "She watched the house manager grab a woman named Oksana by the hair.", "affirmed"),
    ("witnessed_abuse", "He watched them hold a lighter to a younger kid's hand.", "affirmed"),
    ("witnessed_abuse", "Dad hit mom last night, stu saw it, tried to pull dad off.", "affirmed"),
    ("witnessed_abuse", "Her son tried to pull him off her.", "affirmed"),
]
FAMILIES7_NEGATIVE = [
    ("threats", "Pt visibly relieved when told no one here would hurt her."),
    ("threats", "We assured her nobody will harm her at the shelter."),
    ("threats", "Caller would not give the address."),
    ("threats", "She declined to share her address with the clinic."),
    ("threats", "Reek told him if he gets stopped say he found it in the park."),
    ("threats", "He told them if police ask, say you're his cousin."),
    ("physical_violence", "No birth cert either bc his grandma's house burned."),
    ("physical_violence", "He throws these \"kickbacks\" at his cousin's place."),
    ("physical_violence", "He threw a party at the trailer on Friday."),
    ("physical_violence", "He slammed his hand on the desk, never touched her."),
    ("physical_violence", "Manager pushes her into VIP extras with regulars."),
    ("physical_violence", "The owner pushed him to work more shifts."),
    ("physical_violence", "In 2021 he watched them hold a lighter to a younger kid's hand."),
    ("witnessed_abuse", "Everyone agreed nobody's been hit."),
    ("witnessed_abuse", "Spence once showed him a video of a kid getting beat."),
    ("witnessed_abuse", "Teacher asked what warning signs to watch for before the break."),
    ("witnessed_abuse", "We was just walking and seen the glass already broke."),
]

PHRASINGS = [
    *FAMILIES,
    *FAMILIES2,
    *FAMILIES3,
    *FAMILIES3_ASSERTION,
    *FAMILIES3_PV_WA,
    *FAMILIES3_THREATS_B,
    *FAMILIES3_PV_B,
    *FAMILIES3_WA_B,
    *FAMILIES3_THREATS_C,
    *FAMILIES4,
    *FAMILIES4_C,
    *FAMILIES5,
    *FAMILIES6,
    *FAMILIES7,
]
# ... and the hard negatives that must not come out present.
NOT_FLAGGED = [
    *FAMILIES_NEGATIVE,
    *FAMILIES2_NEGATIVE,
    *FAMILIES3_NEGATIVE,
    *FAMILIES3_ASSERTION_NEGATIVE,
    *FAMILIES3_PV_WA_NEGATIVE,
    *FAMILIES3_THREATS_B_NEGATIVE,
    *FAMILIES3_PV_B_NEGATIVE,
    *FAMILIES3_WA_B_NEGATIVE,
    *FAMILIES4_NEGATIVE,
    *FAMILIES4_B_NEGATIVE,
    *FAMILIES4_C_NEGATIVE,
    *FAMILIES5_NEGATIVE,
    *FAMILIES6_NEGATIVE,
    *FAMILIES7_NEGATIVE,
]


@pytest.mark.parametrize("indicator, text, expected", PHRASINGS)
def test_phrasing_families(rules, indicator, text, expected):
    check_flag(rules, text, indicator, expected)


@pytest.mark.parametrize("indicator, text", NOT_FLAGGED)
def test_phrasing_families_not_flagged(rules, indicator, text):
    check_absent(rules, text, indicator)
