"""Patterns of the 'control2' writer: movement_control, communication_control, third_party_control,
second generalisation round (phrasing families, noun forms, non-native grammar, hard negatives).

Each case is a short note written for these tests (not taken from any corpus), the indicator it
should raise and the assertion that flag should carry. Hard negatives must not produce a *present*
(affirmed / historical) flag of the indicator.
"""

from __future__ import annotations

import pytest

import flagger
from tests.conftest import check_absent, check_flag


@pytest.fixture(scope="module")
def fl():
    return flagger.load(rules_only=True)


# --------------------------------------------------------------------------- movement_control

MOVEMENT_CASES = [
    # controller's transport decides when they leave
    ("Asked about leaving, he said the van goes back when the season is over.", "affirmed"),
    ("The boat only comes back when the captain says the hold is full.", "affirmed"),
    ("There's no way to get to town, the camp is off a dirt road and nobody has a car.", "affirmed"),
    ("Workers depend on the contractor for rides to the store.", "affirmed"),
    ("No transportation to leave the ranch except the foreman's pickup.", "affirmed"),
    # made / forced to stay
    ("\"If I don't make my number he makes me stay out all night.\"", "affirmed"),
    ("The madam made them stay in the back room during inspections.", "affirmed"),
    ("Cl was forced to remain inside the motel for three days.", "affirmed"),
    ("They must stay on the property after the shift, per the jefe.", "affirmed"),
    ("She is not supposed to leave the apartment when he's at work.", "affirmed"),
    # curfew set by the controller
    ("Has to be back at the motel by midnight or daddy gets mad.", "affirmed"),
    ("The girls must be back inside by 9pm, the owner counts them.", "affirmed"),
    ("Must be home before dark or he comes looking for her.", "affirmed"),
    # location proof / location shared
    ("She has to send him a pic of where she is every hour.", "affirmed"),
    ("Pt FaceTimes him from each stop to prove where she is.", "affirmed"),
    ("\"He has my location, he always knows.\"", "affirmed"),
    ("Boyfriend watches her live location and calls if she stops anywhere.", "affirmed"),
    ("If she turns off her location he gets angry.", "affirmed"),
    # outside only with the controller / never seen outside
    ("Neighbor says the nanny is never outside the house without the employer.", "affirmed"),
    ("Caller has never once seen the girls leave the building.", "affirmed"),
    ("He never lets her out of his sight.", "affirmed"),
    ("She is only let out for ten minutes to smoke.", "affirmed"),
    # locks
    ("The side door is padlocked from the outside at night.", "affirmed"),
    ("Boss locks the trailer door when they go to sleep.", "affirmed"),
    ("The gate has a code that the workers were never given.", "affirmed"),
    # noun forms
    ("Screening positive for restriction of movement.", "affirmed"),
    ("Client describes no freedom of movement on the farm.", "affirmed"),
    ("Her whereabouts are tracked by the crew leader.", "affirmed"),
    ("She says she is not free to leave.", "affirmed"),
    # non-native grammar, Spanish
    ("Señora no let me go out, only church with her.", "affirmed"),
    ("We not can leave, boss say.", "affirmed"),
    ("\"No podemos salir de la casa.\"", "affirmed"),
    ("Dice que las tenían encerradas en el cuarto.", "affirmed"),
    # escorting both ways
    ("Dropped off at 6 by the crew boss, picked up at dark.", "affirmed"),
    ("The driver collects the women at 9 and returns them at 5 each morning.", "affirmed"),
    # assertion statuses
    ("Denies anyone monitoring her movements.", "negated"),
    ("Owner said \"be back by 10 or you don't work tomorrow\"; she is worried he might lock the gate.", "hypothetical"),
    ("In 2019 the contractor made them stay in the barracks every night.", "historical"),
    ("He said I had to sell or I could not go home.", "hypothetical"),
]

MOVEMENT_NEGATIVES = [
    "Mom says she has to be home by 10 on school nights.",
    "She has to be back at the shelter by 9 per house rules.",
    "He has her passport locked in his desk drawer.",
    "Her mother made her stay home from school with a fever.",
    "Her mom picks her up from school every day.",
    "She relies on her sister for rides to appointments.",
    "She shares her location with her best friend for safety.",
    "She keeps her door locked at night because of the neighbors.",
    "Just moved here, doesn't know where she is.",
    "Her ankle monitor tracks her location for probation.",
    "She takes the bus to work and goes out with friends on weekends.",
    "Pt stayed home because she had the flu.",
]


@pytest.mark.parametrize("text,assertion", MOVEMENT_CASES)
def test_movement_control(fl, text, assertion):
    check_flag(fl, text, "movement_control", assertion, every=True)


@pytest.mark.parametrize("text", MOVEMENT_NEGATIVES)
def test_movement_control_hard_negatives(fl, text):
    check_absent(fl, text, "movement_control")


# --------------------------------------------------------------------------- communication_control

COMMUNICATION_CASES = [
    # accounts deleted / chats wiped
    ("The señora deleted her Facebook and WhatsApp the first week.", "affirmed"),
    ("He made her delete their chats after every visit.", "affirmed"),
    ("Boyfriend wiped her phone and deactivated her Instagram.", "affirmed"),
    # phones collected at work
    ("Supervisor collects the phones before the shift starts.", "affirmed"),
    ("Workers have to leave their phones in the van during the day.", "affirmed"),
    ("Phones go in a bucket by the foreman's truck.", "affirmed"),
    ("Pt said the owner's nephew is \"watching the phones\" now.", "affirmed"),
    ("Phone: bf has it, she uses his.", "affirmed"),
    # monitoring whom she contacts
    ("\"He checks who I text every night.\"", "affirmed"),
    ("Her pimp decides who she can talk to.", "affirmed"),
    ("He always wants to know who she is calling.", "affirmed"),
    ("She has a cell but the madam reads it every evening.", "affirmed"),
    # passwords
    ("He got her Instagram password the first week.", "affirmed"),
    ("Made her give him all her passwords.", "affirmed"),
    ("Boyfriend knows her passcode and reads everything.", "affirmed"),
    # limited contact, noun forms
    ("Limited contact with family; calls are monitored by the employer.", "affirmed"),
    ("No access to a phone since arriving at the farm.", "affirmed"),
    ("She gets to call her mother just 5 minutes on Sundays.", "affirmed"),
    ("Screening positive for confiscation of her phone.", "affirmed"),
    # secrecy, pocketing, non-native grammar
    ("He told her to never tell her mom about him.", "affirmed"),
    ("Saw the phone buzz and the driver grabbed it.", "affirmed"),
    ("Patrona no let me call my family.", "affirmed"),
    ("He no allow us use the phone.", "affirmed"),
    # assertion statuses
    ("Phone is her own, she texts her sister daily.", "negated"),
    ("Denies anyone going through her messages.", "negated"),
    ("She worries he might take her phone if she complains.", "hypothetical"),
    ("In 2021 her ex deleted her Facebook.", "historical"),
]

COMMUNICATION_NEGATIVES = [
    "Mom took her phone for a week after she snuck out.",
    "Dad \"takes my phone at 9 because of school.\"",
    "Parents set a 10pm curfew and check her phone weekly.",
    "Mother checks his texts since he was caught vaping at school.",
    "Gave her my cell number for the drop-in.",
    "A man in a gray Charger kept circling the block.",
    "She decided to delete her Instagram to focus on school.",
    "He has everyone's phone on Life360.",
    "She has her own phone and he doesn't check it.",
    "She never told her parents about the pregnancy.",
    "Mgr keeps the money and gives them \"tips only\".",
    "They returned the passports in May after the consulate called.",
]


@pytest.mark.parametrize("text,assertion", COMMUNICATION_CASES)
def test_communication_control(fl, text, assertion):
    check_flag(fl, text, "communication_control", assertion, every=True)


@pytest.mark.parametrize("text", COMMUNICATION_NEGATIVES)
def test_communication_control_hard_negatives(fl, text):
    check_absent(fl, text, "communication_control")


# --------------------------------------------------------------------------- third_party_control

THIRD_PARTY_CASES = [
    # hovering close by during the interview
    ("The foreman stood a few feet away the whole time we interviewed the crew.", "affirmed"),
    ("Her \"cousin\" lingered in the doorway, watching us.", "affirmed"),
    ("Boyfriend hovered within earshot during triage.", "affirmed"),
    ("Supervisor kept walking by while we spoke to the women.", "affirmed"),
    ("The manager came over twice when we asked about pay.", "affirmed"),
    ("He walked back in uninvited after being asked to wait outside.", "affirmed"),
    # sitting in, answering for her
    ("Aunt asked repeatedly to sit in on the interview.", "affirmed"),
    ("Companion answered the intake questions for her.", "affirmed"),
    ("The older woman kept answering before pt could speak.", "affirmed"),
    ("Employer kept correcting what the worker said.", "affirmed"),
    ("Man jumped in before the interpreter finished each question.", "affirmed"),
    # interpreting control
    ("The owner brought his own nephew to translate.", "affirmed"),
    ("Husband refused the phone interpreter and translated himself.", "affirmed"),
    ("Boyfriend declined the video interpreter, said he would translate.", "affirmed"),
    # remote control, relaying
    ("A man on speaker was telling her what to say during the visit.", "affirmed"),
    ("Friend kept reading out his instructions from her phone.", "affirmed"),
    # excuses for the client
    ("The crew boss said the men \"don't speak English\" and walked us away.", "affirmed"),
    ("Madam told us she doesn't understand English.", "affirmed"),
    ("The owner pulled her away when I asked her name.", "affirmed"),
    ("\"I can't talk, he's listening.\"", "affirmed"),
    # assertion statuses
    ("Came alone, answered all questions herself.", "negated"),
    ("Denies that anyone answers for her at appointments.", "negated"),
    ("She worries he might insist on sitting in next time.", "hypothetical"),
]

THIRD_PARTY_NEGATIVES = [
    "Tasha posts her on the ads and answers the phone for her.",
    "A.R. told staff she was \"at a party.\"",
    "Gave her int'l referral info, she will pass it to a friend.",
    "Pt brought her daughter to interpret and asked that she stay.",
    "Pt declined an interpreter, speaks fluent English.",
    "Her mother said she doesn't speak much English, pt agreed.",
    "She said she can't talk now, she's at work.",
    "Her brother drove her and waited in the parking lot.",
    "Foreman drove him and is waiting in the lobby.",
    "Used to get her high and then send her out to make money.",
    "Interviewed via phone interpreter; pt answered all questions.",
    "Nurse stood by the bed during the exam as chaperone.",
]


@pytest.mark.parametrize("text,assertion", THIRD_PARTY_CASES)
def test_third_party_control(fl, text, assertion):
    check_flag(fl, text, "third_party_control", assertion, every=True)


@pytest.mark.parametrize("text", THIRD_PARTY_NEGATIVES)
def test_third_party_control_hard_negatives(fl, text):
    check_absent(fl, text, "third_party_control")


# --------------------------------------------------------------------------- more families, other people

FAMILY_CASES = [
    ("movement_control", "Client says she's basically a prisoner in the apartment.", "affirmed"),
    ("movement_control", "She has to ask him before going anywhere.", "affirmed"),
    ("movement_control", "Cl states \"I can only go where he takes me.\"", "affirmed"),
    ("movement_control", "Has to check in with him every time she leaves the house.", "affirmed"),
    ("movement_control", "Someone always watches the door.", "affirmed"),
    ("movement_control", "A man sits by the exit all night.", "affirmed"),
    ("communication_control", "She can only call home when the madam is in the room.", "affirmed"),
    ("communication_control", "The boyfriend made her unfollow all her friends on Instagram.", "affirmed"),
    ("communication_control", "He changed her passcode so she can't get in.", "affirmed"),
    ("communication_control", "Staff observed him take her phone from her hand.", "affirmed"),
    ("third_party_control", "A woman who said she was her aunt spoke for her the whole time.", "affirmed"),
    ("third_party_control", "Companion was controlling and did not allow pt to answer.", "affirmed"),
    ("third_party_control", "The supervisor sat in on every worker interview.", "affirmed"),
    ("third_party_control", "Companion answered on her behalf.", "affirmed"),
    ("third_party_control", "The older woman kept answering before pt could speak.", "affirmed"),
    ("movement_control", "Employer drives workers from housing to field and back daily, no other transport.", "affirmed"),
    ("movement_control", "Housing is on the farm 30 miles from town; only the crew leader has a car.", "affirmed"),
    ("movement_control", "The door to the basement is kept locked and the workers sleep there.", "affirmed"),
    ("movement_control", "He put an app on her phone so he can see where she is.", "affirmed"),
    ("movement_control", "Nunca me deja salir sola.", "affirmed"),
    ("movement_control", "All the girls live upstairs and come down only to work.", "affirmed"),
    ("movement_control", "Worker reports a curfew of 8pm imposed by the labor contractor.", "affirmed"),
    ("movement_control", "She must tell him wherever she goes.", "affirmed"),
    ("movement_control", "He keeps her on a short leash.", "affirmed"),
    ("movement_control", "The workers are forbidden from going to town.", "affirmed"),
    ("communication_control", "He doesn't let her have friends.", "affirmed"),
    ("communication_control", "Employer forbids workers from talking to outsiders.", "affirmed"),
    ("communication_control", "He forbade her from contacting her family.", "affirmed"),
    ("third_party_control", "The \"boyfriend\" took over the conversation.", "affirmed"),
    ("third_party_control", "Companion held her ID and paid cash at the desk.", "affirmed"),
    ("third_party_control", "Her handler came in with her and would not leave.", "affirmed"),
    ("movement_control", "\"I can't even go to the corner store.\"", "affirmed"),
    ("movement_control", "Pt states she has not been outside in three weeks.", "affirmed"),
    ("movement_control", "Cl was under constant surveillance by the trafficker.", "affirmed"),
    ("movement_control", "Madam accompanies her to the market and back.", "affirmed"),
    ("third_party_control", "The employer interrupted every time the worker started to speak.", "affirmed"),
    ("movement_control", "She initially said she was locked in, later said that wasn't true.", "negated"),
    ("communication_control", "She said he took her phone, then recanted.", "negated"),
    ("movement_control", "Texter says she cant leave the spot, \"they got somebody at the door 24/7\".", "affirmed"),
    ("movement_control", "She's only allowed to leave with one of the drivers.", "affirmed"),
    ("movement_control", "Lives in the employer's home and never gets a day out.", "affirmed"),
    ("communication_control", "She has no way to contact her family.", "affirmed"),
    ("third_party_control", "Companion would not allow private interview.", "affirmed"),
    ("third_party_control", "El señor no la deja hablar.", "affirmed"),
    ("third_party_control", "Pt couldn't get a word in, he answered everything.", "affirmed"),
    ("third_party_control", "He answered before I even finished asking her.", "affirmed"),
    ("movement_control", "He makes her keep her location on.", "affirmed"),
    ("movement_control", "Demands she share her location with him at all times.", "affirmed"),
    # other people without a possessive
    ("movement_control", "A guy on the crew said the boss locks them in at night.", "other_person"),
    ("movement_control", "The women she lived with were not allowed to leave.", "other_person"),
    ("movement_control", "People who complained were locked in the shed.", "other_person"),
    ("communication_control", "A girl at the motel said her phone was taken.", "other_person"),
]

FAMILY_NEGATIVES = [
    ("movement_control", "She fears he will lock her in if she tells anyone."),
    ("movement_control", "If she leaves he will track her down."),
    ("movement_control", "Probation officer checks her location weekly."),
    ("movement_control", "The shelter has a 9pm curfew."),
    ("movement_control", "Pt is on house arrest with an ankle monitor."),
    ("movement_control", "Pt stood by the door waiting for her ride."),
    ("communication_control", "Staff held her phone while she was in the MRI."),
    ("communication_control", "Police took her phone as evidence."),
    ("communication_control", "Teacher took her phone during class."),
    ("communication_control", "She blocked him on Instagram."),
    ("communication_control", "She's worried he might go through her phone."),
    ("third_party_control", "Pt's sister interpreted at pt's request."),
    ("third_party_control", "Husband waited in the lobby and left when asked."),
    ("third_party_control", "The chaperone stayed in the room during the exam."),
    ("third_party_control", "Patient answered all questions herself and appeared comfortable."),
    ("third_party_control", "The manager keeps the workers' passports in the office safe."),
    ("third_party_control", "Uncle keeps his birth certificate."),
    ("communication_control", "She decided to take a break from social media."),
    ("movement_control", "Dad grounded her and she can't go out this weekend."),
    ("movement_control", "Court-ordered GPS monitor as condition of release."),
    ("communication_control", "She chooses not to call her family because of conflict."),
    ("communication_control", "She lost her phone on the bus."),
    ("third_party_control", "The nurse answered the phone for her."),
    ("third_party_control", "Pt asked her friend to stay for support."),
    ("communication_control", "Her phone got cut off because she couldn't pay the bill."),
    ("communication_control", "She gave me her phone number."),
    ("third_party_control", "Husband stepped out when asked and pt disclosed freely."),
    ("movement_control", "Her parents use Life360 to see where she is."),
    ("movement_control", "She must stay in the hospital for two more days."),
    ("communication_control", "She doesn't have a phone plan right now."),
    ("communication_control", "She turned her phone off so he couldn't track her."),
    ("third_party_control", "The case manager answered questions about housing for her."),
]


# --------------------------------------------------------------------------- third round (fresh7 families)
# Five phrasings per family, as other writers would put them; then the hard negatives of each family.

ROUND3_CASES = [
    # controller's transport both ways / back to the house
    ("movement_control", "The manager drives them back to the trailer after every shift.", "affirmed"),
    ("movement_control", "Her \"boyfriend\" picks her up after each date and brings her straight back to the motel.", "affirmed"),
    ("movement_control", "The crew boss's van takes them to the fields and brings them back at dark.", "affirmed"),
    ("movement_control", "Owner's nephew picks the girls up every morning and walks them back to the house at close.", "affirmed"),
    ("movement_control", "A driver collects her at 6 and returns her to the apartment at midnight.", "affirmed"),
    # only leaves in the controller's vehicle / when he drives
    ("movement_control", "She only leaves the house in the employer's car.", "affirmed"),
    ("movement_control", "They never go to town except in the contractor's truck.", "affirmed"),
    ("movement_control", "Pt says she only gets to go out when her bf drives her.", "affirmed"),
    ("movement_control", "Workers only leave the ranch when the foreman takes them.", "affirmed"),
    ("movement_control", "Never goes anywhere except in the owner's van.", "affirmed"),
    # someone posted at the door / outside
    ("movement_control", "There is always a guy sitting by the back door.", "affirmed"),
    ("movement_control", "One of his men is always in the hallway outside their room.", "affirmed"),
    ("movement_control", "The mayordomo's son sleeps in his truck at the camp entrance.", "affirmed"),
    ("movement_control", "He has someone waiting outside the whole time she works.", "affirmed"),
    ("movement_control", "The driver sits outside every appointment.", "affirmed"),
    # permission to go out
    ("movement_control", "She has to ask the señora's permission before going to the store.", "affirmed"),
    ("movement_control", "Has to ask her boyfriend to go to the pharmacy, even for pads.", "affirmed"),
    ("movement_control", "He needs the crew leader's ok to leave camp.", "affirmed"),
    ("movement_control", "Must get permission from madam before stepping out.", "affirmed"),
    ("movement_control", "She must ask the owner before going outside.", "affirmed"),
    # curfew / head counts set by the controller
    ("movement_control", "The contractor set a curfew of 9pm for everybody in the trailers.", "affirmed"),
    ("movement_control", "The jefe imposed a strict curfew on the crew.", "affirmed"),
    ("movement_control", "At night the foreman does a head count in the bunkhouse.", "affirmed"),
    ("movement_control", "The owner takes a headcount every night at ten.", "affirmed"),
    ("movement_control", "The boss runs a bed check at 11.", "affirmed"),
    # the means to go out taken away
    ("movement_control", "He takes her shoes with him when he leaves for work.", "affirmed"),
    ("movement_control", "The boss keeps their bikes locked so nobody rides to town.", "affirmed"),
    ("movement_control", "Madam hid her coat and keys so she couldn't go out.", "affirmed"),
    ("movement_control", "The owner got the only key to the back door.", "affirmed"),
    ("movement_control", "She was never given a house key.", "affirmed"),
    # never out alone / past the gate
    ("movement_control", "She has not once walked to the corner store by herself.", "affirmed"),
    ("movement_control", "He has never gone past the gate without the foreman.", "affirmed"),
    ("movement_control", "Wasn't allowed past the front yard for months.", "affirmed"),
    ("movement_control", "Nobody leaves the boat without the mate.", "affirmed"),
    ("movement_control", "Nobody steps outside w/o one of the guards.", "affirmed"),
    # maritime: ashore
    ("movement_control", "He never set foot on land during the whole season.", "affirmed"),
    ("movement_control", "The crew were not allowed to go ashore in port.", "affirmed"),
    ("movement_control", "He can't get off until the boat docks in November.", "affirmed"),
    ("movement_control", "They cannot come down from the loft without the owner's say.", "affirmed"),
    ("movement_control", "Deckhands cant go ashore unless the captain says.", "affirmed"),
    # locked on the outside / let out
    ("movement_control", "Her room locks on the outside.", "affirmed"),
    ("movement_control", "The windows are nailed shut.", "affirmed"),
    ("movement_control", "They let her out only to clean the shop.", "affirmed"),
    ("movement_control", "The family lets her in and out, she has no key.", "affirmed"),
    ("movement_control", "The door is bolted from the outside at night.", "affirmed"),
    # habitual past 'would'
    ("movement_control", "The owner would lock the back door every night.", "affirmed"),
    ("movement_control", "He would drive her to every job and wait in the lot.", "affirmed"),
    # location for him / checks where
    ("movement_control", "She keeps her location on for him.", "affirmed"),
    ("movement_control", "He made her share her location with him.", "affirmed"),
    ("movement_control", "The company app lets the crew leader know where each of them is.", "affirmed"),
    ("movement_control", "Be home by 9 or he calls nonstop.", "affirmed"),
    ("movement_control", "If she's late he shows up wherever she is.", "affirmed"),
    # non-native / other languages
    ("movement_control", "Boss bring us house to salon, salon to house, every day.", "affirmed"),
    ("movement_control", "No me dejan ni ir a la tienda.", "affirmed"),
    # communication: taken with an excuse / nonstandard / kept from calling
    ("communication_control", "The boss took his phone \"so he can focus.\"", "affirmed"),
    ("communication_control", "They keep her phone because \"she talks too much.\"", "affirmed"),
    ("communication_control", "My phone got took the first night.", "affirmed"),
    ("communication_control", "She was kept from contacting her sister.", "affirmed"),
    ("communication_control", "He is prevented from calling his wife except on Sundays.", "affirmed"),
    ("communication_control", "The employer has the only phone in the house.", "affirmed"),
    ("communication_control", "He made her give him her phone code.", "affirmed"),
    ("communication_control", "Bf texting her every few minutes demanding to know what she is saying.", "affirmed"),
    # third party: circling, alone, talking
    ("third_party_control", "The owner kept walking past the room during the interview.", "affirmed"),
    ("third_party_control", "Her uncle keeps coming to the nurses' station asking when she'll be done.", "affirmed"),
    ("third_party_control", "The manager kept popping by the door while we talked.", "affirmed"),
    ("third_party_control", "He wouldn't let us talk to her alone.", "affirmed"),
    ("third_party_control", "The older girl never let me see her alone.", "affirmed"),
    ("third_party_control", "Her bottom did all the talkin.", "affirmed"),
    # retracted first claims / other sites / hearsay
    # more families (fresh3 / fresh7): escorted even on errands, must return with them, doors screwed shut
    ("movement_control", "One of the bosses walks with her even to the laundromat.", "affirmed"),
    ("movement_control", "A driver goes w/ them everywhere, even church.", "affirmed"),
    ("movement_control", "She has to come back with the driver after every shift.", "affirmed"),
    ("movement_control", "The bedroom door was nailed shut from the hallway side.", "affirmed"),
    ("movement_control", "The back door is padlocked and only the boss has the key.", "affirmed"),
    ("movement_control", "He'd lock the trailer when he left for the day.", "affirmed"),
    ("movement_control", "The foreman drove them to the orchard at 5 and back to the camp at dark.", "affirmed"),
    ("movement_control", "Neighbor says she has not been seen leaving without the husband.", "affirmed"),
    ("movement_control", "The señora checks the phone map whenever she goes out.", "affirmed"),
    # third party: prompting, answering for, checking the companion's face, following into the room
    ("third_party_control", "Someone on the phone was whispering the answers to her.", "affirmed"),
    ("third_party_control", "The uncle answered the rest of the questions for him.", "affirmed"),
    ("third_party_control", "She checked her boyfriend's face before every answer.", "affirmed"),
    ("third_party_control", "The man tried to follow her into the exam room.", "affirmed"),
    ("third_party_control", "Her manager handed her passport to registration before she could speak.", "affirmed"),
    ("third_party_control", "The companion told the nurse \"she's just clumsy.\"", "affirmed"),
    # tracked down / shows up / logs who leaves
    ("movement_control", "He has the location on her phone.", "affirmed"),
    ("movement_control", "Her pimp found her at the shelter twice.", "affirmed"),
    ("movement_control", "The bf keeps showing up at her job, he has shown up at her work four times this month.", "affirmed"),
    ("movement_control", "The manager logs who goes out and when they come back.", "affirmed"),
    ("movement_control", "Caller says the women never leave the building.", "affirmed"),
    ("movement_control", "Her \"uncle\" picks her up from every appointment.", "affirmed"),
    ("third_party_control", "He kept texting her during the visit, \"what are you telling them\".", "affirmed"),
    ("third_party_control", "Boyfriend insisted that he stay for the pelvic exam.", "affirmed"),
    # a relative or friend as the subject, without a possessive; the client keeping her own phone
    ("movement_control", "Asked about a friend: friend can't leave the house without the madam.", "other_person"),
    ("movement_control", "Cousin isn't allowed out of the restaurant at night.", "other_person"),
    ("movement_control", "Roommate never goes anywhere without the boss.", "other_person"),
    ("communication_control", "Her SIL's husband took her phone and reads everything.", "other_person"),
    ("communication_control", "A: \"No, I keep my phone with me.\"", "negated"),
    ("communication_control", "She keeps her own phone and calls her kids daily.", "negated"),
    ("communication_control", "The wifi password was changed after she called the hotline.", "affirmed"),
    ("communication_control", "Internet got shut off the week she tried to contact the consulate, boss has the router.", "affirmed"),
    ("communication_control", "Not allowed to have visitors or call her friends.", "affirmed"),
    ("movement_control", "Initially said the boss locks them in; on follow-up the gate is open all day.", "negated"),
    ("movement_control", "At first she said he won't let her leave the apartment.", "negated"),
    ("communication_control", "In the first interview she said he took her phone.", "negated"),
    ("movement_control", "At the owner's other restaurant the cooks get locked in overnight.", "other_person"),
    ("movement_control", "Newer girls are not allowed out after dark.", "other_person"),
    ("movement_control", "Heard that at the next farm the workers are locked in.", "hypothetical"),
    ("movement_control", "The temp guys are not allowed to leave the yard.", "other_person"),
]

ROUND3_NEGATIVES = [
    ("movement_control", "Pt drives herself to and from work."),
    ("movement_control", "She walks herself to school every day."),
    ("movement_control", "Her mom picks her up from school every day."),
    ("movement_control", "Nurse walked her to the bathroom to collect a urine sample."),
    ("movement_control", "Grandmother takes her to the bathroom at night because of her cast."),
    ("movement_control", "Leah says she never went out for him."),
    ("movement_control", "Mom set a 10pm curfew after she ran."),
    ("movement_control", "Her dad took her shoes off and put ice on the ankle."),
    ("movement_control", "Safety plan: does not go alone to his apartment."),
    ("movement_control", "She asked permission to leave early from her shift to see the doctor."),
    ("movement_control", "The teacher does a head count before the bus leaves."),
    ("movement_control", "She shares her location with her best friend for safety."),
    ("movement_control", "She worried that he'll keep her in the room if she goes back."),
    ("movement_control", "The windows were boarded after the storm, per the landlord."),
    ("communication_control", "Mother has taken her phone since finding the messages."),
    ("communication_control", "Parents took his phone for a week after report cards."),
    ("communication_control", "Foster mom checks the phone on Fridays per house rules."),
    ("communication_control", "Her phone kept ringing during the visit."),
    ("communication_control", "Worker looked at her phone and did not answer."),
    ("communication_control", "She has her own phone, nobody checks it."),
    ("communication_control", "Gave her the phone safety sheet and hotline card."),
    ("communication_control", "Her sister has confirmed by phone."),
    ("communication_control", "Workers have the code to the gate."),
    ("communication_control", "She didn't want staff going through it."),
    ("third_party_control", "Gave her the rental assistance form."),
    ("third_party_control", "Told staff she is worried about her kids."),
    ("third_party_control", "A line supervisor kept coming into the women's room at night."),
    ("third_party_control", "His passport is at the consulate, he has the receipt."),
    ("movement_control", "Only allowed to talk 5 min with her mother on Sundays."),
    ("communication_control", "Her phone bill was unpaid so the internet got cut off."),
    ("communication_control", "The wifi was disconnected during the storm for two days, per the landlord's bill problem."),
    ("movement_control", "Friend can't leave the house alone, the family keeps her passport."),
    ("third_party_control", "Her mother called demanding she come back home."),
    ("third_party_control", "Pt did not remember what you told her at the last visit."),
    ("communication_control", "She checks her phone constantly during the session."),
    ("movement_control", "Mom picks her up from every appointment at the clinic."),
    ("movement_control", "He doesn't let us call home from the boat."),
    ("movement_control", "Her sister came with her every time for support."),
    ("movement_control", "The crew leader walked over and stood right there while we talked."),
    ("third_party_control", "Nobody came in alone to the laundromat; the mayordomo drove them."),
    ("third_party_control", "Pt checked the clock before answering, anxious to get back to work."),
]


# --------------------------------------------------------------------------- round 4 (fresh8 families)

ROUND4_CASES = [
    # non-native 'no go out'
    ("movement_control", "\"Boss say I no go out, only work.\"", "affirmed"),
    ("movement_control", "\"Madam tell me no going outside.\"", "affirmed"),
    ("movement_control", "\"He say we no go anywhere, is dangerous.\"", "affirmed"),
    ("movement_control", "Cl: \"no go out the house, boss angry\".", "affirmed"),
    ("movement_control", "\"Señora say no goes out alone.\"", "affirmed"),
    # refusing to unlock
    ("movement_control", "The driver wouldn't unlock the van door until she paid.", "affirmed"),
    ("movement_control", "Boss never unlocks the gate before 6am.", "affirmed"),
    ("movement_control", "He refused to unlock the room when she asked to go.", "affirmed"),
    ("movement_control", "Manager won't unlock the trailer at night.", "affirmed"),
    # locking the workers / the quarters
    ("movement_control", "The owner locks the maids in the pantry when guests come.", "affirmed"),
    ("movement_control", "Supervisor padlocked the workers inside the shed overnight.", "affirmed"),
    ("movement_control", "Crew boss locks the bunkhouse every night at ten.", "affirmed"),
    ("movement_control", "They lock the door when they go out, so she stays in.", "affirmed"),
    ("movement_control", "The apartment was locked on weekends by the boss.", "affirmed"),
    # no key of her own / let back in
    ("movement_control", "She has no key card for the room, he lets her in.", "affirmed"),
    ("movement_control", "Never given a room key, has to knock and wait.", "affirmed"),
    ("movement_control", "She has to text him to be let back in at night.", "affirmed"),
    # she doesn't leave that room
    ("movement_control", "\"She don't leave that room until I say.\"", "affirmed"),
    ("movement_control", "Clerk says the girl never leaves that motel.", "affirmed"),
    # the only vehicle
    ("movement_control", "Ranch is 40 miles out and the foreman drives the only truck.", "affirmed"),
    ("movement_control", "Boss has the only car on the farm.", "affirmed"),
    # tracking app installed / head counts / sign-out
    ("movement_control", "The recruiter installed a tracking app on their phones.", "affirmed"),
    ("movement_control", "He put a location app on her phone the first week.", "affirmed"),
    ("movement_control", "Foreman counts the workers every night at 9.", "affirmed"),
    ("movement_control", "The mayordomo counts us before bed.", "affirmed"),
    ("movement_control", "They must sign out with the guard and be back by 10.", "affirmed"),
    # escorted group errands
    ("movement_control", "The supervisor walks them to the store and back.", "affirmed"),
    ("movement_control", "He takes us to the store on Sunday only, all together.", "affirmed"),
    ("movement_control", "Groceries on Sundays, in his van, all together.", "affirmed"),
    ("movement_control", "Work, laundromat, church: always the van.", "affirmed"),
    ("movement_control", "The driver waits outside the laundromat until they finish.", "affirmed"),
    ("movement_control", "A driver takes them from the spa to the apartment and back every day.", "affirmed"),
    ("movement_control", "The women don't walk anywhere, the owner's van takes them.", "affirmed"),
    ("movement_control", "Workers never walk into town; the crew boss drives.", "affirmed"),
    ("movement_control", "The jefe drives us from the camp to the field and back, nobody walks.", "affirmed"),
    ("communication_control", "When her own family calls, her mother-in-law says she's busy.", "affirmed"),
    ("movement_control", "Only goes out with the children, never by herself.", "affirmed"),
    ("movement_control", "Nobody walks to town alone, the boss doesn't like it.", "affirmed"),
    ("movement_control", "Ten minutes to the corner, madam times her.", "affirmed"),
    ("movement_control", "Curfew of 10pm set by the host father, even on her day off.", "affirmed"),
    # hearsay
    ("movement_control", "Word is the broker locks his crew in the motel at night.", "hypothetical"),
    # phone taken, pronoun / bare noun / quoted euphemism
    ("communication_control", "She asked to use the desk phone, \"he took mine\".", "affirmed"),
    ("communication_control", "Calling from a friend's phone, her boyfriend took hers.", "affirmed"),
    ("communication_control", "Borrowed my phone; says hers stays with him.", "affirmed"),
    ("communication_control", "\"Boss take phone every night, give back morning.\"", "affirmed"),
    ("communication_control", "\"Manager collect phones at 9, we no call.\"", "affirmed"),
    ("communication_control", "Phones \"guardados\" by the foreman during the week.", "affirmed"),
    ("communication_control", "Her own was \"collected\" by the supervisor on day one.", "affirmed"),
    ("communication_control", "His phone \"disappeared\" the day he arrived.", "affirmed"),
    ("communication_control", "Got her phone back from him last week after she left.", "affirmed"),
    ("communication_control", "Not allowed to have her own phone, the house rules say no phones.", "affirmed"),
    ("communication_control", "Came down for a phone charger: \"he don't let me keep one\".", "affirmed"),
    ("communication_control", "The manager would take everyone's phones at 10pm.", "affirmed"),
    # third party: answering for the group / questions
    ("third_party_control", "The older one answered for both of us.", "affirmed"),
    ("third_party_control", "Crew leader answers for the girls every time.", "affirmed"),
    ("third_party_control", "Her 'cousin' answered my first questions for her.", "affirmed"),
    ("third_party_control", "He answered in Spanish before I had finished the question.", "affirmed"),
    ("third_party_control", "He said \"she's fine\" before she could open her mouth.", "affirmed"),
    ("third_party_control", "The boyfriend cut in: \"she was with me\".", "affirmed"),
    ("third_party_control", "The madam cut in and answered the question herself.", "affirmed"),
    ("third_party_control", "Has never seen a doctor w/o him in the room.", "affirmed"),
    ("third_party_control", "Won't talk to the nurse without the boss in the room.", "affirmed"),
    ("third_party_control", "The aunt sat in for the rest of the interview.", "affirmed"),
    ("third_party_control", "His employer's lawyer sat in every meeting with HR.", "affirmed"),
    ("third_party_control", "He tried to walk into the exam room with her.", "affirmed"),
    ("third_party_control", "The driver tried to follow her into the office.", "affirmed"),
    ("third_party_control", "The manager stood next to us until I left.", "affirmed"),
    ("third_party_control", "Mamasan took the card out of her hand.", "affirmed"),
    ("third_party_control", "She kept looking at him the whole time she talked.", "affirmed"),
    ("third_party_control", "The owner walked over and the conversation ended.", "affirmed"),
    ("third_party_control", "He came over and she stopped talking.", "affirmed"),
    # phone held at times / calls from his / controller answers her phone
    ("communication_control", "About her phone: he takes it during work and at night too.", "affirmed"),
    ("communication_control", "She has a cell but the boss \"holds it at night\".", "affirmed"),
    ("communication_control", "No phone of her own anymore, she calls from his.", "affirmed"),
    ("communication_control", "The rancher answers his phone and says he's busy.", "affirmed"),
    ("communication_control", "When her family calls, the husband says she's sleeping.", "affirmed"),
    # third party: walked over and stood; stayed and told her what to say; answers only when he's beside her
    ("third_party_control", "The foreman walked over and stood right there the rest of the time.", "affirmed"),
    ("third_party_control", "Her 'uncle' came over and hovered over us until we finished.", "affirmed"),
    ("third_party_control", "The aunt stayed in the room and told her in Vietnamese what to say.", "affirmed"),
    ("third_party_control", "He sat beside her and whispered what to answer.", "affirmed"),
    ("third_party_control", "She answers only when the recruiter is beside her.", "affirmed"),
]

ROUND4_NEGATIVES = [
    ("movement_control", "On GPS from a prior case (county probation)."),
    ("movement_control", "Conditions reviewed: GPS monitor, curfew 8p, random UA."),
    ("movement_control", "He can't leave the county without PO approval."),
    ("movement_control", "Wears a GPS bracelet until the hearing."),
    ("movement_control", "\"He don't let me take days off\" during the season."),
    ("movement_control", "Someone off camera was talking during the video call."),
    ("movement_control", "Camera over the buzzer at the front."),
    ("movement_control", "Nanny cam in the nursery, disclosed in her contract."),
    ("movement_control", "Will come back with the inspector, not alone."),
    ("movement_control", "Picked her up at the airport and drove her straight to the house."),
    ("movement_control", "A driver with a sign picked her up and brought her to the hotel."),
    ("movement_control", "The location sharing is Life360, set up by her mom."),
    ("movement_control", "Dad saw the crash on the family location app."),
    ("movement_control", "Her mom takes them to the store on Saturdays."),
    ("communication_control", "The broker's cousin took her phone number at the airport."),
    ("communication_control", "Foreman would not let the nurse use the phone interpreter."),
    ("communication_control", "Mom goes through her phone every night, \"my rules\"."),
    ("communication_control", "Her mom checks her Snap and has the passwords, family rule."),
    ("communication_control", "She read a message and then changed her story."),
    ("communication_control", "Asked us to look at a WeChat post offering a job."),
    ("third_party_control", "Boyfriend sat in the waiting room the whole time."),
    ("third_party_control", "Cl (declined interp) spoke in English."),
    ("third_party_control", "Complains about a payday loan; gave her credit union info."),
    ("third_party_control", "Her hours were cut in half in March."),
    ("third_party_control", "Her boyfriend sat in the troca the whole time."),
    ("third_party_control", "\"She don't leave that room till she makes 800.\""),
    ("third_party_control", "Her cousin took her phone number and her bag at the airport."),
    ("communication_control", "She answered her phone and said she was on her way."),
    ("communication_control", "When I called, her mother said she's not home."),
    ("third_party_control", "She isn't allowed to call home without the madam present."),
    ("third_party_control", "She answered the questions herself, clearly."),
]

# Round 5 (fresh9 families): escorted outings, shore leave, codes and keys, watchers, phone days and
# borrowed phones, companions who would not leave, later corrections, the client among "the other girls".
ROUND5_CASES = [
    ("movement_control", "She only goes outside with the boss's wife, even to the pharmacy.", "affirmed"),
    ("movement_control", "Only leaves the farm in the foreman's truck, with the foreman.", "affirmed"),
    ("movement_control", "They just go out with the manager, never alone.", "affirmed"),
    ("movement_control", "Somebody is always with her when she goes to the store.", "affirmed"),
    ("movement_control", "Pt says someone has to be with you at all times.", "affirmed"),
    ("movement_control", "One of his guys is always w/ her at the laundromat.", "affirmed"),
    ("movement_control", "The cooks are driven to the restaurant as a group, never on their own.", "affirmed"),
    ("movement_control", "\"You don't go to the corner by yourself, ever.\"", "affirmed"),
    ("movement_control", "Captain says no one goes ashore until the hold is full.", "affirmed"),
    ("movement_control", "Nobody is allowed to go ashore in port.", "affirmed"),
    ("movement_control", "Eight months without setting foot on land.", "affirmed"),
    ("movement_control", "The vessel never docked anywhere crew could go ashore.", "affirmed"),
    ("movement_control", "He was kept aboard for fourteen months.", "affirmed"),
    ("movement_control", "The door has a keypad and only the manager knows the code.", "affirmed"),
    ("movement_control", "Only the owner has the key to the gate.", "affirmed"),
    ("movement_control", "Mama-san's sister watches the door all night.", "affirmed"),
    ("movement_control", "A man guards the gate of the compound.", "affirmed"),
    ("movement_control", "The crew boss keeps an eye on everybody, even on Sundays.", "affirmed"),
    ("movement_control", "Workers are checked on at random times by the owner's son.", "affirmed"),
    ("movement_control", "The manager locked the storeroom with her in it.", "affirmed"),
    ("movement_control", "In a year she went out alone twice.", "affirmed"),
    ("movement_control", "She only goes out to take out the trash.", "affirmed"),
    ("movement_control", "\"Solo salgo a tirar la basura.\"", "affirmed"),
    ("movement_control", "Couldn't even walk to the bodega without the bottom.", "affirmed"),
    ("movement_control", "He sends one of his guys to sit outside the room on dates.", "affirmed"),
    ("movement_control", "Supervisor walks the cleaners to and from the dorm every shift.", "affirmed"),
    ("movement_control", "The owner drives them both ways, house to restaurant.", "affirmed"),
    ("movement_control", "She and the other girls only went out with the owner.", "affirmed"),
    ("movement_control", "The other women are still at his place and can't go out.", "other_person"),
    ("movement_control", "The rest of the girls can't go out at all.", "other_person"),
    ("movement_control", "Her friend Kayla (15) is seeing an older guy who doesn't let her go home.", "other_person"),
    ("movement_control", "He said the boss locked them in at night, today he says no.", "negated"),
    ("communication_control", "Talks to his wife only when the foreman lets him borrow a phone.", "affirmed"),
    ("communication_control", "She can call her mother only if the madam lets her use the phone.", "affirmed"),
    ("communication_control", "Calls home on the crew leader's phone, with the crew leader there.", "affirmed"),
    ("communication_control", "She has to use the boss's phone to call her kids.", "affirmed"),
    ("communication_control", "Video call only Sunday, and he sits beside her.", "affirmed"),
    ("communication_control", "Only calls home on Sundays, from the owner's phone.", "affirmed"),
    ("communication_control", "The señora holds the phone and hands it over Sundays.", "affirmed"),
    ("communication_control", "Sponsor keeps her phone Friday to Sunday.", "affirmed"),
    ("communication_control", "The supervisor keeps the phones in his office overnight.", "affirmed"),
    ("communication_control", "He got my phone, I use his when he says.", "affirmed"),
    ("communication_control", "The crew wifi card was taken off him after he wrote to us.", "affirmed"),
    ("communication_control", "Internet access revoked by the master after the complaint.", "affirmed"),
    ("communication_control", "Captain refuses the crew use of the sat phone.", "affirmed"),
    ("communication_control", "The owner's wife reads the servers' private messages.", "affirmed"),
    ("movement_control", "We go out only when the boss says so.", "affirmed"),
    ("movement_control", "Asked about the gate: the workers have the code.", "negated"),
    ("movement_control", "The truck only stops when the crew boss decides.", "affirmed"),
    ("movement_control", "Workers are fined $50 for going to town.", "affirmed"),
    ("movement_control", "To leave the farm you need permission from the boss.", "affirmed"),
    ("third_party_control", "Could hear him in the background telling her what to say.", "affirmed"),
    ("third_party_control", "On speaker, a man in the background was coaching her.", "affirmed"),
    ("third_party_control", "Her 'cousin' wouldn't let her answer.", "affirmed"),
    ("third_party_control", "A man saying he was her uncle tried to do the whole intake for her.", "affirmed"),
    ("third_party_control", "The crew leader came into the exam room and would not leave.", "affirmed"),
    ("third_party_control", "Agent came along wanting to translate.", "affirmed"),
    ("third_party_control", "The boss's wife insisting to interpret for her.", "affirmed"),
    ("third_party_control", "Wouldn't say more once the bosun was at the hatch.", "affirmed"),
    ("third_party_control", "Pt stopped talking when the manager walked in.", "affirmed"),
    ("third_party_control", "He went quiet as soon as the foreman came back.", "affirmed"),
    ("third_party_control", "The boyfriend stood by the exam table the whole time.", "affirmed"),
    ("third_party_control", "Uncle stood near the picnic table the entire time.", "affirmed"),
]

ROUND5_NEGATIVES = [
    ("movement_control", "A: \"no, I drive myself everywhere.\""),
    ("movement_control", "Uncle came with him and would not step out of the exam room."),
    ("movement_control", "Her mom drove two hours each way to get her."),
    ("movement_control", "Since then he only goes with contractors he knows."),
    ("movement_control", "No one stops her going ashore."),
    ("movement_control", "\"No me deja ir a la escuela.\""),
    ("movement_control", "Not allow call home during work time."),
    ("movement_control", "Her aunt just wants to know where she is, like any parent."),
    ("communication_control", "Pt looked at her phone and became tearful."),
    ("communication_control", "Flat affect, checking phone constantly."),
    ("communication_control", "Will try to see her w/o phone in hand."),
    ("communication_control", "The new guy on the block beats his girls."),
    ("communication_control", "Youth won't let staff call anyone tonight."),
    ("communication_control", "A housekeeper next door let her use her phone to call us."),
    ("communication_control", "He put cameras in the apartment and watches from his phone."),
    ("communication_control", "They hand out beer on weekends at the camp."),
    ("third_party_control", "She can't leave the room without one of the other girls."),
    ("third_party_control", "Res KM told staff her ex kept her passport."),
    ("third_party_control", "Before changing her account she looked at her phone."),
    ("third_party_control", "He kept changing his story about the dates."),
]

# Round 6 (fresh10 families): locks on the outside, escorted outings, out of sight, kidnappers.
ROUND6_CASES = [
    ("movement_control", "Bedroom door has a hook-and-eye latch on the hall side.", "affirmed"),
    ("movement_control", "There is a slide bolt on the corridor side of the dorm door.", "affirmed"),
    ("movement_control", "Front door is a double-keyed deadbolt and the keys stay with the owner.", "affirmed"),
    ("movement_control", "No knob on the inside of the storeroom door.", "affirmed"),
    ("movement_control", "The windows in the back rooms were nailed shut.", "affirmed"),
    ("movement_control", "He shoved them into the old trailer and padlocked the door.", "affirmed"),
    ("movement_control", "The smuggler kept us locked inside a stash house for a week.", "affirmed"),
    ("movement_control", "Hx: held about two weeks by the cartel near Reynosa.", "affirmed"),
    ("movement_control", "Captors held the group in a warehouse until relatives paid.", "affirmed"),
    ("movement_control", "She has not been out of the auntie's sight since she got here.", "affirmed"),
    ("movement_control", "Never went to the laundromat without his cousin right behind her.", "affirmed"),
    ("movement_control", "They only get groceries Sundays w/ the crew boss driving.", "affirmed"),
    ("movement_control", "The women can only shop when the manager takes them.", "affirmed"),
    ("movement_control", "Workers only leave on the company bus, once a week.", "affirmed"),
    ("movement_control", "Couldnt leave the dairy, the gate is chained at night.", "affirmed"),
    ("movement_control", "A guy waits out front with the engine running until she comes out.", "affirmed"),
    ("communication_control", "She can only call home through the manager's phone.", "affirmed"),
    ("communication_control", "They can only text family from the supervisor's cell, Sunday nights.", "affirmed"),
    ("communication_control", "The house mother opens the residents' letters before they get them.", "affirmed"),
    ("communication_control", "Landlord opens all of their mail.", "affirmed"),
    ("communication_control", "The driver kept all three phones in his jacket during the trip.", "affirmed"),
    ("communication_control", "Worry the boss took her phone.", "hypothetical"),
    ("movement_control", "Cl said he locks her in, clarified later that she has her own key.", "negated"),
    ("third_party_control", "The 'uncle' wouldn't leave the exam room even after we asked twice.", "affirmed"),
    ("third_party_control", "Boyfriend refused to get out of the triage room.", "affirmed"),
    ("third_party_control", "Her manager would not leave the booth while she was interviewed.", "affirmed"),
    ("movement_control", "Deckhand says he did not touch land for nineteen months.", "affirmed"),
    # round 7: a claim placed early in the contact and taken back later
    ("movement_control", "Early in the call she said \"I can't leave the farm\" - later said she walks to town on Sundays.", "negated"),
    ("communication_control", "Said early in the visit that the boss took her phone; asked again, she said it broke.", "negated"),
    ("movement_control", "At the start of the interview he said \"they lock us in\". Later he said the lock is for the tools.", "negated"),
    ("communication_control", "First thing she said was her bf wont let her call home, then said she calls her mom daily.", "negated"),
    ("movement_control", "Also said \"he won't let me go out\" but clarified she means he complains when she goes.", "negated"),
    ("movement_control", "Client has no car and only leaves the ranch in the foreman's truck.", "affirmed"),
    ("movement_control", "There was a chain on the back door and a guy at the front, nobody left without asking.", "affirmed"),
    # round 7: leaving only with an escort, orders not to go out, passive confinement
    ("movement_control", "She doesn't leave the apartment unless the mother-in-law takes her.", "affirmed"),
    ("movement_control", "Never goes out unless the boss drives her.", "affirmed"),
    ("movement_control", "No leaving the camp w/o the crew leader.", "affirmed"),
    ("movement_control", "No going out unless the señora says so.", "affirmed"),
    ("movement_control", "The women are not to go outside during the day.", "affirmed"),
    ("movement_control", "We were never to step off the property.", "affirmed"),
    ("movement_control", "Kept in the flat for eight months.", "affirmed"),
    ("movement_control", "At night the crew is locked in the storeroom.", "affirmed"),
    ("movement_control", "The van has the child locks on so they can't open the back doors.", "affirmed"),
    ("movement_control", "He has a guy following her wherever she goes.", "affirmed"),
    ("movement_control", "Master refused shore leave for the whole crew.", "affirmed"),
    ("movement_control", "New hires are escorted by a supervisor on their days off.", "affirmed"),
    ("movement_control", "A man was watching her from the parking lot the whole time.", "affirmed"),
    ("movement_control", "The boss's wife drives them to the laundromat and straight back.", "affirmed"),
    ("movement_control", "Has never been given the door code.", "affirmed"),
    # round 7: phones, wifi
    ("communication_control", "The wifi password only if they finish the quota.", "affirmed"),
    ("communication_control", "He changes the wifi password every night.", "affirmed"),
    ("communication_control", "The only wifi is the owner's.", "affirmed"),
    ("communication_control", "texting from my cousins phone bc he took mine", "affirmed"),
    ("communication_control", "Her phone \"got lost\" the day she arrived.", "affirmed"),
    ("communication_control", "The phones are kept by the supervisor during the week.", "affirmed"),
    ("communication_control", "Can call her sister only from the aunt's phone, on speaker.", "affirmed"),
    ("communication_control", "Makes her put every call on speaker.", "affirmed"),
    ("communication_control", "Captain take the crew phones when the ship leaves port.", "affirmed"),
    # round 7: companions at the visit
    ("third_party_control", "Husband answered every q before the interpreter finished.", "affirmed"),
    ("third_party_control", "Asked the uncle to step out, he would not leave the lobby.", "affirmed"),
    ("third_party_control", "The agent stands beside every worker when we talk to them.", "affirmed"),
    ("third_party_control", "Her manager cut into each interview.", "affirmed"),
    ("third_party_control", "During the call with her lawyer the boyfriend was on the line telling her what to say.", "affirmed"),
    ("third_party_control", "The madam stayed in the room and interpreted even though we had a phone interpreter.", "affirmed"),
    ("third_party_control", "Her cousin translated her long answer as \"she is fine\".", "affirmed"),
    ("movement_control", "Not allowed to visit her parents across town without him.", "affirmed"),
    ("movement_control", "She's never allowed to see her friends alone.", "affirmed"),
    ("movement_control", "A guy in a gray truck was watching her from across the street the whole time.", "affirmed"),
    ("movement_control", "The car idling by the motel the whole time with one of his guys watching.", "affirmed"),
    ("third_party_control", "The boss \"translated\" her whole answer as \"no problems\".", "affirmed"),
    ("third_party_control", "The sponsor takes all calls from the school about her.", "affirmed"),
    ("movement_control", "The crew leader won't drive them home until every box is sold.", "affirmed"),
    ("movement_control", "He wouldn't take her home till she made her quota.", "affirmed"),
    ("movement_control", "They drop us at the market and the truck doesn't come back until dark.", "affirmed"),
    ("movement_control", "Apartment keys stay with the manager.", "affirmed"),
    ("movement_control", "Has to check in with the boss every 3 hours on her day off.", "affirmed"),    # round 8: hearsay, doubt, suspicion, retraction when asked more
    ("movement_control", "Cl heard from some of the workers that the owner locks the girls in at night.", "hypothetical"),
    ("movement_control", "Cl has heard through the guys at church that the Hillside crew can't leave the camp.", "hypothetical"),
    ("movement_control", "There are cameras in every room, but he said that might just be normal for security.", "hypothetical"),
    ("movement_control", "Cameras over the dorm doors, possibly used to watch the workers.", "hypothetical"),
    ("movement_control", "The kitchen guys told her their boss drives them everywhere.", "other_person"),
    ("communication_control", "The girls told me their manager takes their phones at night.", "other_person"),
    ("movement_control", "Neighbor thinks the owner keeps them locked up.", "hypothetical"),
    ("movement_control", "Cl said the boss \"locks me in\"; when I asked more, she explained he locks the shop from inside and she has a key.", "negated"),
    ("movement_control", "She is only allowed out to take the kids to school.", "affirmed"),
    ("movement_control", "Only let outside with the senora, never alone.", "affirmed"),
    ("movement_control", "He walked her back to the truck after every class.", "affirmed"),
    ("communication_control", "He has had her phone since March.", "affirmed"),
    ("communication_control", "The boss has kept his phone for two weeks.", "affirmed"),
    ("third_party_control", "Her employer answered for the cust on every question.", "affirmed"),
    ("third_party_control", "The manager spoke for the student during the whole check-in.", "affirmed"),
    ("third_party_control", "When I asked her about the job, the boyfriend answered for her.", "affirmed"),
    ("third_party_control", "The uncle stayed planted next to the bed when asked to step out.", "affirmed"),
    ("third_party_control", "Asked the driver to wait outside, he wouldn't budge.", "affirmed"),
    ("movement_control", "The madam goes everywhere with her, even to the clinic.", "affirmed"),
    ("movement_control", "One of his guys comes along everywhere w/ them.", "affirmed"),
    ("movement_control", "A supervisor rides along the whole time when they shop.", "affirmed"),
    ("movement_control", "The crew can only leave the camp on Sundays.", "affirmed"),
    ("movement_control", "The only way out is the boss's van.", "affirmed"),
    ("movement_control", "Only way to town was the company shuttle once a week.", "affirmed"),
    ("movement_control", "She only leaves the house with the señora.", "affirmed"),
    ("movement_control", "They kept her in a flat over the garage.", "affirmed"),
    ("movement_control", "Has to text him when she gets to work and when she leaves.", "affirmed"),
    ("movement_control", "She could not leave the motel unless he drove her.", "affirmed"),
    ("communication_control", "He took my phone so I couldn't call nobody.", "affirmed"),
    ("communication_control", "Tran, one of the four, got his phone taken after he called the hotline.", "other_person"),
    ("third_party_control", "She looked at the driver and did not answer.", "affirmed"),
    ("third_party_control", "When I asked him about pay, he glanced at the foreman first.", "affirmed"),
    ("third_party_control", "Her boyfriend came to the front desk twice asking when she'd be done.", "affirmed"),
    ("third_party_control", "The uncle walked up to the window again during the interview.", "affirmed"),
    ("movement_control", "He parks his truck across the gate at night.", "affirmed"),
    ("movement_control", "Boyfriend blocked the door when she tried to go.", "affirmed"),
    ("movement_control", "The señora always asks where I go on Sundays.", "affirmed"),
    ("movement_control", "Picked up at 7 and dropped back at 11 by the owner's son.", "affirmed"),
    ("movement_control", "The van driver sits at the back of the room the whole class.", "affirmed"),
    ("communication_control", "Tran, one of the four - got his phone taken after he called the hotline.", "other_person"),    # round 9 (fresh13 families: curfews with a lock or fine, calls checking whereabouts, mobility aids, permission)
    ("movement_control", "Curfew at 9pm, late comers get fines from the boss.", "affirmed"),
    ("movement_control", "The hostel door closes 10pm and the manager writes down who is late.", "affirmed"),
    ("movement_control", "He phones her all night to check where she is.", "affirmed"),
    ("movement_control", "Her son hides her walker when he goes out so she stays in bed.", "affirmed"),
    ("movement_control", "Leaving the farm required the foreman's ok.", "affirmed"),
    ("movement_control", "We can't go to the doctor until the elders decide.", "affirmed"),
    ("movement_control", "After 9 nobody in the dorm can go out.", "affirmed"),
    ("movement_control", "The only van out of the camp is the boss's.", "affirmed"),
    ("movement_control", "He come with me if I go anywhere.", "affirmed"),
    ("movement_control", "The guards barricade the exits at night.", "affirmed"),
    ("third_party_control", "The uncle fielded all the nurse's questions.", "affirmed"),
    ("third_party_control", "She looked at the manager for approval before each answer.", "affirmed"),
    ("third_party_control", "Her boyfriend cut in whenever she started to talk.", "affirmed"),
    ("third_party_control", "The foreman replied before any of them could speak.", "affirmed"),
    ("third_party_control", "The woman said \"she doesn't understand, I will answer\".", "affirmed"),
]

ROUND6_NEGATIVES = [
    ("movement_control", "Rooms lock from the inside; residents have their own keys."),
    ("movement_control", "Pool room locked after 10pm per the HOA."),
    ("movement_control", "Husband took the car keys after an argument last month, returned them next day."),
    ("movement_control", "He has the key to the mailbox and hands her the letters opened."),
    ("movement_control", "Pt on camera in her kitchen for the telehealth visit."),
    ("movement_control", "Padlock gone, smoke detectors in."),
    ("movement_control", "Says he can't go home until the debt is paid off."),
    ("movement_control", "The site manager would not leave the room during interviews."),
    ("communication_control", "Pt opened the letter from the court during the session."),
    ("communication_control", "She wrote her phone number on the intake form."),
    ("communication_control", "Manager would not let us talk to the tenants alone."),
    ("third_party_control", "Passenger declined to leave the plane at the gate."),
    ("third_party_control", "He signed up for extra shifts on his own."),
    ("third_party_control", "The manager sent her upstairs with a client."),
    ("third_party_control", "Pt corrected her earlier story about the dates."),
    ("movement_control", "Family says they cant go home till the advance is cleared."),
    # round 7
    ("movement_control", "Subject was told it is not a code matter and was referred to the labor office."),
    ("movement_control", "Her passport is in a lockbox and she has the only key."),
    ("movement_control", "The family put a camera in the kitchen to watch their dad, she knows and doesn't mind."),
    ("movement_control", "She watched the house manager shout at another aide."),
    ("movement_control", "Pt decided not to go out because of the rain."),
    ("communication_control", "Gave her the hotline number and showed her how to delete the call log."),
    ("communication_control", "CW unable to reach her by phone today."),
    ("communication_control", "She keeps her own passport and phone, checked."),
    ("communication_control", "The foreman would not let staff speak to the men alone."),
    ("communication_control", "Cell service is bad at the camp, wifi Sundays only."),
    ("third_party_control", "She can only call home Sundays, from his phone, him sitting right there."),
    ("third_party_control", "Pt answered every q appropriately."),
    ("communication_control", "Mom is strict: no phone after 10 on school nights."),
    ("communication_control", "He said \"u cant tell nobody\" before telling me about the fight."),
    ("movement_control", "Her car keys stay in her purse."),
    ("movement_control", "Her sister has her location on Life360, she shared it herself and likes it that way."),
    ("movement_control", "Dad can see him on Find My - he turned it on himself before the trip."),    # round 8
    ("movement_control", "Has her own passport and green card, keeps them at home in a drawer."),
    ("movement_control", "Daughter took his car keys after the second DUI."),
    ("movement_control", "Mom took the car keys, family rules since the overdose."),
    ("communication_control", "Wallet and phone stolen by two men at the bus stop."),
    ("communication_control", "The joint account was opened in 2021."),
    ("communication_control", "The accounts were opened the same day."),
    ("third_party_control", "Grandma here, pt interprets for her, both fine with that."),
    ("third_party_control", "Came with her sister to interpret at the client's own request."),
    ("third_party_control", "Her advocate, whom she asked to sit in, said nothing."),
    ("third_party_control", "While we did the intake forms she talked about school."),
    ("third_party_control", "Can only call her mom on speaker, with the boss's wife sitting right there."),
    ("movement_control", "Since then he only goes with contractors he knows."),
    ("communication_control", "At triage he repeated the same words, looking at his phone."),
    ("communication_control", "Explained that the owner cannot keep her for a debt."),
    ("communication_control", "Grandma is going to keep her phone at night for now."),
    ("communication_control", "Dad grounded him, curfew 9pm, phone taken for the weekend."),
    ("third_party_control", "Pt could not leave the room w/o her walker."),
    ("movement_control", "Client is on parole with an ankle monitor, which is why he says he can't go to the job fair."),
    ("communication_control", "Dad checks her phone every night since the overdose."),
    ("movement_control", "Her ex called 11 times asking where she went."),    # round 9
    ("movement_control", "The building door locks at 11pm for security, every tenant has a key."),
    ("movement_control", "She goes where she wants on weekends."),
    ("movement_control", "He lends money at 30% so nobody can leave the job."),
    ("movement_control", "She has never been in a room w/ him since the assault."),
    ("communication_control", "He took the batteries out of her wheelchair before work."),
]


# The phrasing-family tables above, each round's, run by one test per kind.
PHRASINGS = [*FAMILY_CASES, *ROUND3_CASES, *ROUND4_CASES, *ROUND5_CASES, *ROUND6_CASES]


@pytest.mark.parametrize("indicator, text, assertion", PHRASINGS)
def test_phrasing_families(fl, indicator, text, assertion):
    check_flag(fl, text, indicator, assertion, every=True)


NOT_FLAGGED = [*FAMILY_NEGATIVES, *ROUND3_NEGATIVES, *ROUND4_NEGATIVES, *ROUND5_NEGATIVES, *ROUND6_NEGATIVES]


@pytest.mark.parametrize("indicator, text", NOT_FLAGGED)
def test_phrasing_families_not_flagged(fl, indicator, text):
    check_absent(fl, text, indicator)
