"""Patterns of the second force writer: commercial_sex, sexual_violence and substance_coercion phrasing
families added for notes written by people who never saw the corpus (fresh2 round).

Each family has several phrasings a different writer would use, the assertion cases it must keep
(negated, hypothetical, other person, historical) and hard negatives that must not make the indicator
present. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

import flagger
from tests.conftest import check_absent, check_flag


@pytest.fixture(scope="module")
def rules() -> flagger.Flagger:
    return flagger.load(rules_only=True)


# ----------------------------------------------------------------------------------- commercial_sex

COMMERCIAL_SEX = [
    # the client as payment for someone's debt
    ("When mom can't pay, he says I'm the payment.", "affirmed"),
    ("She said her uncle told the dealer she was the payment.", "affirmed"),
    ("\"It was like I was the collateral,\" pt stated.", "affirmed"),
    ("Her stepfather offered her to the landlord as payment for back rent.", "affirmed"),
    ("He used me as payment for what he owed them.", "affirmed"),
    # survival sex for a place to stay
    ("She stays with dudes for a place to sleep.", "affirmed"),
    ("Youth has been crashing with older men for somewhere to stay.", "affirmed"),
    ("He sleeps with guys in exchange for a couch most nights.", "affirmed"),
    ("Says she goes home with strangers for a bed when the shelter is full.", "affirmed"),
    ("She was with some guy for a room at the motel last week.", "affirmed"),
    ("\"You gotta give something, you know how it go.\"", "affirmed"),
    ("She said if you don't have rent you have to pay another way.", "affirmed"),
    ("Landlord told her she could pay with her body.", "hypothetical"),
    ("She paid him with her body when the rent was due.", "affirmed"),
    # images for something of value
    ("He sent her Robux and gift cards for \"pics\".", "affirmed"),
    ("A man on Snapchat pays her cashapp for nudes.", "affirmed"),
    ("Student traded nudes for a phone from an adult online.", "affirmed"),
    ("Older guy gave him vbucks for videos.", "affirmed"),
    ("She sells nudes for money on Telegram.", "affirmed"),
    ("Gets venmo for selfies from men she met on the app.", "affirmed"),
    # offered to a buyer
    ("She was offered to him for \"extra\".", "affirmed"),
    ("The manager offered the girl to the customer for money.", "affirmed"),
    ("Tipster says the masseuse offered him extras.", "affirmed"),
    ("The masseuse offered him \"extra\" at the end.", "affirmed"),
    ("Was handed to the men for the night by her cousin.", "affirmed"),
    # traffic of men to a room
    ("At least 8 different men up to the room since 10pm.", "affirmed"),
    ("Night auditor saw several men going to her room, each about 20 minutes.", "affirmed"),
    ("Multiple older guys visited the unit between midnight and 4am.", "affirmed"),
    ("Guys in and out of the apartment all night per neighbor, girl looks 15.", "affirmed"),
    ("Men up to her motel room every half hour.", "affirmed"),
    # dates, calls, sale of the client
    ("Pt said she \"can't miss dates this weekend\".", "affirmed"),
    ("If she misses a date he takes her phone.", "hypothetical"),
    ("She has dates lined up tonight at the Red Roof.", "affirmed"),
    ("An older boyfriend moved her around and \"sold\" her.", "affirmed"),
    ("Her aunt's boyfriend sold her every weekend.", "affirmed"),
    ("Calls were set up through a site he ran.", "affirmed"),
    ("Dates booked off the app by her bf.", "affirmed"),
    ("He only gave her dope after she went on calls.", "affirmed"),
    ("Her mom's boyfriend \"rented her out\" to men he owed money to.", "affirmed"),
    ("He drops her off to a regular every Tuesday.", "affirmed"),
    ("He'd let his homeboys have me when I came up short.", "affirmed"),
    ("You gotta do whatever the guys pay for.", "affirmed"),
    # buyers paying for time with the client
    ("There were men paying to see \"the young one\".", "affirmed"),
    ("Guys pay to be with her at the trailer.", "affirmed"),
    ("Older men paid to spend time with him after practice.", "affirmed"),
    ("A regular paid to spend the night with her.", "affirmed"),
    ("She fears men will pay to see her if she stays there.", "hypothetical"),
    # sex with buyers, harm by buyers, sex trafficking
    ("She was made to have sex with customers at the cantina.", "affirmed"),
    ("He made her perform oral sex on clients.", "affirmed"),
    ("She had to entertain his customers at the after-party.", "affirmed"),
    ("Her trafficker made her see clients even when she was sick.", "affirmed"),
    ("Pt disclosed being raped by a buyer last spring.", "historical"),
    ("She was beaten by a date at the Motel 6.", "affirmed"),
    ("Reports she was trafficked for sex in Houston.", "affirmed"),
    ("She was being sex trafficked by her boyfriend.", "affirmed"),
    ("Sells sexual services online.", "affirmed"),
    ("The men paid $60 for 15 minutes with her.", "affirmed"),
    # sex in place of rent, favors, men brought to her
    ("She has sex with her landlord instead of paying rent.", "affirmed"),
    ("Instead of rent she sleeps with him.", "affirmed"),
    ("Patient states she does \"favors\" for the dealer to get her pills.", "affirmed"),
    ("He brings men to the motel and she has to be with them.", "affirmed"),
    ("He finds men for her on the app.", "affirmed"),
    # Spanish and code-switched
    ("Dice que la obligaban a estar con hombres en el bar.", "affirmed"),
    ("Says \"me vendieron\" to a man in Houston.", "affirmed"),
    ("She said the patrón made her \"estar con\" the customers.", "affirmed"),
    ("La obligaron a prostituirse.", "affirmed"),
    ("Tenía que atender a los clientes en los cuartos.", "affirmed"),
    ("Cl had to \"ficha\" with customers at the cantina, then go to the rooms.", "affirmed"),
    # observations, arrangements, euphemisms in quotes, prices
    ("Front desk noted a steady stream of male visitors to room 118.", "affirmed"),
    ("Multiple males visiting the room for short periods.", "affirmed"),
    ("She has a \"sponsor\" who pays her bills in exchange for weekends together.", "affirmed"),
    ("Pt has 3 phones and a wad of cash, says she \"models\".", "affirmed"),
    ("He rents rooms by the hour to men who come to see the girls.", "affirmed"),
    ("He sold her virginity to an older man.", "affirmed"),
    ("She was paid to pose nude for photos.", "affirmed"),
    ("She was bought by a man for $500.", "affirmed"),
    ("He charges men $100 an hour for her.", "affirmed"),
    # requests are not yet the act
    ("He wants her to go on dates with his friends for money.", "hypothetical"),
    ("He's asked her to \"help him out\" by going on a date with his friend for money.", "hypothetical"),
    ("BF keeps trying to get her to see guys for cash.", "hypothetical"),
    ("He wants her to sleep with his friend to pay the debt.", "hypothetical"),
    ("He made her go on dates with his friends for money.", "affirmed"),
    ("He asks her to film herself for his friends, who pay him.", "affirmed"),
    # assertion cases
    ("She denies she was ever the payment for anyone's debt.", "negated"),
    ("She worries he might send her out on calls.", "hypothetical"),
    ("Her cousin stays with dudes for a place to sleep.", "other_person"),
]

COMMERCIAL_SEX_NEGATIVE = [
    "Grower's son escorted us the whole visit and would not leave.",
    "Security escorted the inspectors through the packing shed.",
    "Stepdad rents him out to a man who owns a landscaping business.",
    "Quota is $300/day in sales; if short you sleep in the van.",
    "The payment was late again this month.",
    "Friday is the payment date for the car.",
    "Manager offered him extra hours on weekends.",
    "Fourteen men sleeping in 2 rooms behind the shed.",
    "5 guys a room in the bunkhouse.",
    "Since his mom's boyfriend put him out, he stays at a friend's.",
    "He sold her a phone for $40.",
    "She missed dates of her court hearings twice.",
    "Made to stand on the corner from after school, selling for the set.",
    "Staff made him go back out on the median with the candy boxes.",
    "She stays with her aunt for a place to sleep.",
    "If you don't work a double, he puts you outside on the street.",
    "Quota $400/day, if short, no dinner + you sleep in the van.",
    "He kicked her out of the house when she turned 18.",
    "Referred to the sex trafficking task force for a consult.",
    "She has to be nice to the customers or she loses tips.",
    "The nurse takes care of the clients on the night shift.",
    "Two men came to the door asking for her uncle.",
    "After the shift the men went back to the rooms in the bunkhouse.",
    "The truck was bought from a dealer in Tulsa.",
    "She said her \"friends\" at school bully her.",
    "A number of men were interviewed at the camp.",
    "The clinic charges $40 for her visit.",
    "She has a \"sponsor\" at AA who calls her daily.",
    "She works two jobs; that's how the rent gets paid.",
    "Mom paid $15 for the photos at the passport office.",
    "She has to pay something toward the bill each month.",
    "People in and out of the clinic all day.",
    "Pt has 2 missed calls from her mom.",
    "Two men came to the apartment to fix the sink.",
    "Court dates scheduled for May.",
    "A neighbor offered her daughter a \"babysitting\" job two hours away.",
    "Pt's uncle paid for her to take pictures at the studio.",
    "Ella vende comida en la calle con su mamá.",
    "She sees clients at the clinic on Tuesdays as a case manager.",
    "The nurse was assaulted by a patient's relative.",
    "He brings his friends to the house on Sundays to watch football.",
]


# ---------------------------------------------------------------------------------- sexual_violence

SEXUAL_VIOLENCE = [
    # handed to a controller's friends
    ("He'd let his homeboys have me when I came up short.", "affirmed"),
    ("Her pimp lets his friends have her for free.", "affirmed"),
    ("He let two of his boys take her into the back.", "affirmed"),
    ("He had her \"break in\" with two of his friends the first weekend.", "affirmed"),
    ("They made her break in with the crew.", "affirmed"),
    # made to see a number of buyers
    ("Tre makes her see \"like 5 or 6 a night\".", "affirmed"),
    ("He had her do 10 a day at the motel.", "affirmed"),
    ("Madam made them see at least 8 a shift.", "affirmed"),
    ("Her bf has her take 4 or 5 every night.", "affirmed"),
    ("Forced her to service 12 a weekend.", "affirmed"),
    # euphemisms of obligation
    ("He said I had to be nice to his friend or I couldn't go home.", "affirmed"),
    ("She has to be good to his homies when they come by.", "affirmed"),
    ("Told her she gotta be sweet to the guy from the club.", "affirmed"),
    ("You gotta do whatever the guys pay for.", "affirmed"),
    ("He made her do whatever the men wanted.", "affirmed"),
    ("She must do anything the johns ask.", "affirmed"),
    ("Some customers want more, the boss says to do it.", "affirmed"),
    ("She does not want to but \"boss says must\".", "affirmed"),
    ("I didn't want to but he made me.", "affirmed"),
    ("Lately he's been bringing friends and she doesn't want to.", "affirmed"),
    ("Mom's boyfriend has his homeboys come over and she has to go in the back room with them.", "affirmed"),
    ("He made her go to the bedroom with his friend.", "affirmed"),
    ("Her mom's dealer raped her repeatedly.", "affirmed"),
    ("My mom's boyfriend touched me when she was at work.", "affirmed"),
    ("She was made to sleep with the boss to keep the job.", "affirmed"),
    ("Dice que la obligaban a estar con hombres en el bar.", "affirmed"),
    ("La forzaron a acostarse con clientes.", "affirmed"),
    ("La obligaron a prostituirse.", "affirmed"),
    ("He sends her to a regular she's told him hurts her.", "affirmed"),
    ("Her bf drove her to a john's house in Tacoma.", "affirmed"),
    ("She had to sleep with the landlord or get kicked out.", "affirmed"),
    ("He had sex with her while she was passed out.", "affirmed"),
    ("The owner touched her private parts.", "affirmed"),
    ("Dad's friend abused her sexually.", "affirmed"),
    ("She was made to take her clothes off on camera for the men.", "affirmed"),
    # assertion cases
    ("Denies he ever made her be nice to his friends.", "negated"),
    ("She is afraid he will let his homeboys have her.", "hypothetical"),
    ("Her cousin had to be nice to his friends.", "other_person"),
    ("Her sister was forced to sleep with the boss.", "other_person"),
]

SEXUAL_VIOLENCE_NEGATIVE = [
    "She has to do whatever the customers want to eat, says the diner owner.",
    "He has to be nice to the customers at the register.",
    "She has to be nice to people at the front desk.",
    "She has to be nice to him or he sulks for days.",
    "Her brothers come over on Sundays and they watch the game.",
    "He doesn't want to work nights but the boss makes him.",
    "He brings his friends to the job site and she doesn't like the noise.",
    "Burglars tried to break in with a crowbar.",
    "She had to sleep with her two sisters in one bed.",
    "He was asleep on the couch when the police came.",
    "Her dad drove her to the customer service desk.",
    "He takes her to the regular checkups at the clinic.",
    "The nurse touched her chest with the stethoscope.",
]


# ------------------------------------------------------------------------------- substance_coercion

SUBSTANCE = [
    # Spanish and slang drugs supplied
    ("Crew leader gives out \"pastillas\" at the start of the night.", "affirmed"),
    ("The jefe fronts them perico on Fridays.", "affirmed"),
    ("He supplies her roxys and M30s.", "affirmed"),
    ("Foreman hands out caguamas to the crew after the count.", "affirmed"),
    ("Her pimp gives her percs before dates.", "affirmed"),
    # paid in drugs
    ("Crew leader pays the crew w/ beer and a bag of weed on Fridays.", "affirmed"),
    ("They pay him in weed and lean.", "affirmed"),
    ("Paid with pills instead of cash.", "affirmed"),
    ("He pays the girls with coke.", "affirmed"),
    ("Payment in meth at the end of the week.", "affirmed"),
    # a drug given to make the client compliant
    ("He gives her \"a half\" so she'll calm down.", "affirmed"),
    ("Gave us something so we don't get tired.", "affirmed"),
    ("Boss gives them pills so they stay awake.", "affirmed"),
    ("He gave me a bar to make me relax before the party.", "affirmed"),
    # the controller holds and rations
    ("\"He's the one holding, I only get mine after I'm done working.\"", "affirmed"),
    ("She only gets her fix after she finishes her dates.", "affirmed"),
    ("He's the one who holds all the pills.", "affirmed"),
    ("Would only give her dope after she went on calls.", "affirmed"),
    ("Her ex kept her sick on purpose.", "affirmed"),
    # withheld treatment, controlled access, drugged, fronted then owed
    ("He withholds her methadone if she doesn't make quota.", "affirmed"),
    ("Pimp hides her meds until she goes out.", "affirmed"),
    ("Her trafficker controls her access to drugs.", "affirmed"),
    ("She was drugged by the man who brought her here.", "affirmed"),
    ("Was roofied at a party and woke up in a motel.", "affirmed"),
    ("\"They give me the Percs for free, then I owe them.\"", "affirmed"),
    # assertion cases
    ("She denies he ever paid her in drugs.", "negated"),
    ("Scared he'll only give her dope after she works.", "hypothetical"),
    ("Her roommate's boyfriend pays her roommate in pills.", "other_person"),
    ("In 2020 her ex kept her sick on purpose.", "historical"),
]

SUBSTANCE_NEGATIVE = [
    "He gave her a glass of water so she could calm down.",
    "Pays the crew with checks on Fridays.",
    "She gets hers after the other kids at lunch.",
    "He is the one holding the baby in the photo.",
    "Nurse gave her acetaminophen 500 mg po.",
    "She keeps her meds in her purse.",
    "She was dosed with naloxone by EMS.",
    "Pt takes methadone daily at the clinic.",
    "He was sedated for the procedure.",
    "The clinic provides methadone and suboxone daily.",
    "She paid with it at the store.",
    "Grandma gave her spice for the soup.",
    "She paid in cash for the room.",
]


# ------------------------------------------------------------------- third round (fresh7) families
# Written for these tests: phrasings a different writer would use for each family found in fresh7.

SEXUAL_VIOLENCE_3 = [
    # a refusal that is overridden
    ("\"I told him no and he did it anyway.\"", "affirmed"),
    ("She said no, he went ahead anyway.", "affirmed"),
    ("I say stop, he doesn't stop.", "affirmed"),
    ("Pt told him no but he wouldn't listen.", "affirmed"),
    ("She said no several times, it didn't matter to him.", "affirmed"),
    ("\"If I say no he makes me anyway.\"", "affirmed"),
    ("With the buyers she didn't get to say no.", "affirmed"),
    ("She was never allowed to refuse the men.", "affirmed"),
    ("\"I can't say no to who he sends.\"", "affirmed"),
    ("She can't refuse when his cousin comes over.", "affirmed"),
    # made to go / be with men
    ("Some nights he makes me go w/ ones I said no to.", "affirmed"),
    ("She had to be with his friends so they could keep the room.", "affirmed"),
    ("He made her go with whoever paid.", "affirmed"),
    ("She gotta go in the room w/ whoever he says.", "affirmed"),
    ("He makes her go to the back room with men from the crews.", "affirmed"),
    ("\"I have to do whoever he sends up.\"", "affirmed"),
    ("She must see anybody who pays.", "affirmed"),
    # euphemisms in quotation marks
    ("Has to \"be nice\" to his friends when they come by.", "affirmed"),
    ("She has to “be nice” to the boss's partner at his hotel.", "affirmed"),
    ("When his homies come thru she gotta \"entertain\" em.", "affirmed"),
    ("He made her entertain his boys at the party.", "affirmed"),
    ("He makes her \"keep his friends company\" when they come by.", "affirmed"),
    ("She has to keep the men company after close.", "affirmed"),
    ("She is made to \"take care of\" men the owner's brother brings.", "affirmed"),
    ("Worker is \"made to sleep in his room\" when the wife is away.", "affirmed"),
    ("Boss says customers want extra and she has to.", "affirmed"),
    ("\"Sometimes they want more, and mama-san says I must.\"", "affirmed"),
    ("She was made to sell sex in three cities.", "affirmed"),
    ("He had to sell himself to pay the smuggler.", "affirmed"),
    # forced onto a bed, pulled into a place, attempts
    ("Boss's son forced her onto the bed.", "affirmed"),
    ("He pushed me down on the mattress.", "affirmed"),
    ("The crew leader tried to pull her into his trailer.", "affirmed"),
    ("He dragged him into the shed.", "affirmed"),
    ("He tried to force her in the greenhouse and she got away.", "affirmed"),
    # night intrusions
    ("The mayordomo comes into their cabin at night.", "affirmed"),
    ("The owners' son \"visits\" her room at night.", "affirmed"),
    ("Owner's brother \"comes at night\" to her mattress.", "affirmed"),
    ("The foreman sneaks into her tent most nights.", "affirmed"),
    ("He climbs into her bed when mom is at work.", "affirmed"),
    ("The patrón's son \"bothers\" him at night.", "affirmed"),
    ("The crew boss would \"use\" her at night.", "affirmed"),
    ("She woke up with the broker on top of her.", "affirmed"),
    ("The employer's adult son \"touches her\" when the parents are at work.", "affirmed"),
    ("He grabbed me whenever no one was around.", "affirmed"),
    # assault words, shorthand, Spanish
    ("The supervisor penetrated him against his will.", "affirmed"),
    ("She got SA'd by a date at the motel.", "affirmed"),
    ("Later disclosed SA by him.", "affirmed"),
    ("ED visit following SA at a party.", "affirmed"),
    ("Stating \"el mayordomo me forzó\".", "affirmed"),
    ("Dice que el patrón la tocaba.", "affirmed"),
    ("He does things pt didn't want.", "affirmed"),
    ("\"Le hizo cosas que yo no quería.\"", "affirmed"),
    # assertion cases
    ("Denies anyone made her keep his friends company.", "negated"),
    ("She is afraid he'll come into her room at night.", "hypothetical"),
    ("A newer girl was raped by the owner, per pt.", "other_person"),
    ("Another worker says he tried to pull her into his trailer.", "other_person"),
]

SEXUAL_VIOLENCE_3_NEGATIVE = [
    "Doubles she didn't ask for, \"cant say no\".",
    "Peeling crawfish 12 hours a day at peak, \"you can't say no or you're on the next bus\".",
    "She can say no to extra shifts and has.",
    "He told them no to more overtime and they scheduled him anyway.",
    "The manager grabbed her arm and shoved her in the laundry room.",
    "He has to sleep in his room by 9 per foster mom.",
    "She has to take care of the man she works for, he is 90.",
    "She has to take care of her brother after school.",
    "Her mom visits the cabin on weekends.",
    "A shelf fell on top of him at work.",
    "The nurse touched her shoulder when she cried.",
    "Penetrating trauma to the left flank.",
    "She has to be with her brother after school.",
    "She keeps her grandmother company on Sundays.",
    "He sold his truck to a guy from work.",
]


COMMERCIAL_SEX_3 = [
    # buyers pay the controller
    ("Men from the crews who pay him go to the back room.", "affirmed"),
    ("She did shows on cam for guys who paid him.", "affirmed"),
    ("The johns that pay daddy get the room.", "affirmed"),
    ("They leave money on the table for Cuz.", "affirmed"),
    ("The man left cash on the dresser after.", "affirmed"),
    # buyers arranged by the controller
    ("She meets guys he sets up at the Red Roof.", "affirmed"),
    ("She goes to hotel rooms with men he arranges.", "affirmed"),
    ("\"I see whoever he sends up.\"", "affirmed"),
    ("The dudes she lines up for her come at night.", "affirmed"),
    ("She is made to \"take care of\" men the owner's brother brings to the back room.", "affirmed"),
    # ads, images
    ("Ads posted under \"Candy, 19\" w/ her pics.", "affirmed"),
    ("He made a listing with my photos.", "affirmed"),
    ("He sells the vids to guys online.", "affirmed"),
    ("Her bf sold her nudes on Telegram.", "affirmed"),
    # the trade's euphemisms
    ("Boss says customers want extra and she has to.", "affirmed"),
    ("Some guys pay \"extra\".", "affirmed"),
    ("He gives her food and a room and she \"does stuff\" for him.", "affirmed"),
    ("Two men \"did stuff\" to her and the lady got paid.", "affirmed"),
    ("He \"expects stuff\" for letting her sleep there.", "affirmed"),
    ("Her landlord asks for favors for the rent.", "affirmed"),
    ("She had to do it too, that's the \"rent\".", "affirmed"),
    ("She pays the 'rent' that way.", "affirmed"),
    # named third parties are other people
    ("Kayla's in the game too, she's new.", "other_person"),
    ("Kids have been saying Brianna is \"out on the blade\" now.", "other_person"),
    ("Some of the girls there go out on dates for him.", "other_person"),
    # the client herself stays affirmed
    ("She's in the game since the summer.", "affirmed"),
    ("Pt is out on the track for him every night.", "affirmed"),
]

COMMERCIAL_SEX_3_NEGATIVE = [
    "Customers want extra sauce on the side.",
    "Older men who give him weed have him run packages.",
    "She does things for him around the house.",
    "Workers who pay him for rides to the field.",
    "He sells the paletas from a cart.",
    "The job ad with her photo was for the bakery.",
    "That is the rent for the trailer, $900.",
    "Kayla's in the game tonight, the school's basketball game.",
]


COMMERCIAL_SEX_3B = [
    # sex to settle someone else's debt
    ("He makes me sleep with his friends when he owes them.", "affirmed"),
    ("Mom's bf made her have sex w/ men he owed money to.", "affirmed"),
    ("She has to be with the guys he owes.", "affirmed"),
    ("She sleeps with his dealer whenever he owes.", "affirmed"),
    ("He sends her to see his homies bc he owes them.", "affirmed"),
    # cam shows
    ("BF makes me do shows on cam.", "affirmed"),
    ("She did shows over video for guys who tipped.", "affirmed"),
    ("He has her do shows on webcam every night.", "affirmed"),
    # quoted "work" for a controller
    ("AP had her \"work\" the parties at the hotel.", "affirmed"),
    ("He makes me \"work\" the motel on weekends.", "affirmed"),
    ("Daddy has her 'work' the track.", "affirmed"),
]

COMMERCIAL_SEX_3B_NEGATIVE = [
    "He has told her they will put her on a plane.",
    "Counsel to obtain OSHA records for the site address.",
    "They put him on the night shift.",
    "She was at the show on Friday with her cousin.",
    "He had her work the register at the store.",
]


SUBSTANCE_3 = [
    ("He kept putting a bump in front of her so she'd stay.", "affirmed"),
    ("Ex kept setting it out on the table so I'd stay.", "affirmed"),
    ("He keeps leaving lines out till she gives in.", "affirmed"),
    ("Boyfriend keeps pouring shots so she won't leave.", "affirmed"),
    ("A man gets her meth and then says she owes him for it.", "affirmed"),
    ("He got me pills and now I owe him $600.", "affirmed"),
    ("The manager pours for us all night.", "affirmed"),
    ("Boss poured for the girls before the guests came.", "affirmed"),
    ("\"He gives me the blues so I don't get sick.\"", "affirmed"),
    ("Her boyfriend gives her \"white ones\" to stay awake.", "affirmed"),
    ("Denies anyone kept putting drinks out so she'd stay.", "negated"),
]

SUBSTANCE_3_NEGATIVE = [
    "She kept putting it off until Monday.",
    "He got her a phone and she owes nothing.",
    "The nurse pours water for her.",
    "She has the blues since her mom died.",
]


SEXUAL_VIOLENCE_3C = [
    ("Auntie's husband came to her at night.", "affirmed"),
    ("\"He comes for me at night when mom sleeps.\"", "affirmed"),
    ("The foreman comes to her most nights.", "affirmed"),
    ("She was made to \"atender\" men at the bar.", "affirmed"),
    ("Tenía que atender clientes en el cuarto.", "affirmed"),
    ("Boyfriend gives her molly and she \"has to be nice\" to his friends there.", "affirmed"),
    ("SANE screen neg for unwanted sexual contact.", "negated"),
    ("Pt screened negative for forced sex.", "negated"),
]


COMMERCIAL_SEX_3C = [
    ("Has to sit with men and go upstairs w/ them.", "affirmed"),
    ("She has to go upstairs with whichever one chooses her.", "affirmed"),
    ("The girls are taken upstairs with the customers after midnight.", "affirmed"),
    ("She was \"sold\" to men out of an apartment in Reno.", "affirmed"),
    ("Years of being \"rented out\" by her uncle.", "affirmed"),
    ("She trades dates for rides + a shower.", "affirmed"),
    ("He swapped favors for a place to sleep.", "affirmed"),
    ("She has to \"be nice to them\" for money.", "affirmed"),
    ("Being sweet to his friends for rent.", "affirmed"),
    ("\"A veces los señores me dan dinero y me llevan al cuarto.\"", "affirmed"),
    ("She is made to \"atender\" men for money the owner kept.", "affirmed"),
    ("She sells custom pics, $20 each.", "affirmed"),
    ("He sends her to see men at the motel.", "affirmed"),
    ("Sends her to see clients at his friend's hotel.", "affirmed"),
    ("He makes me do stuff with his friends for money.", "affirmed"),
    ("Her mom's boyfriend would take her to truck stops to \"work\".", "affirmed"),
    ("He had her meet his friends at a motel.", "affirmed"),
    ("Dre collected money at the door.", "affirmed"),
    ("\"It's a date at the Westin, room 1104.\"", "affirmed"),
    ("She went out to catch a date.", "affirmed"),
]

COMMERCIAL_SEX_3C_NEGATIVE = [
    "Pt describes being \"sold\" to a farm boss by a recruiter.",
    "She rented out the spare room to a student.",
    "He trades shifts for weekends off.",
    "She has to be nice to the customers for tips at the diner.",
    "She sees clients at the clinic as a therapist.",
    "Her court date at the county building is Monday.",
    "The nurse sends her to see the doctor.",
    "Practice 5-4-3-2-1 grounding before court date.",
    "Pt works as a \"hostess\" at a bar; was told she'd only serve drinks.",
    "Granddad dislikes her new \"modeling\" manager.",
    "She was placed in a \"massage\" business in a strip mall.",
]


SEXUAL_VIOLENCE_3D = [
    ("She said she told him no and he kept going.", "affirmed"),
    ("I said stop and he continued.", "affirmed"),
    ("She \"had to\" be w/ his friend so they could keep the room.", "affirmed"),
    ("She has to go upstairs with whichever one chooses her.", "affirmed"),
    ("She has to \"go see guys\" at the camps.", "affirmed"),
    ("He makes her meet men after school.", "affirmed"),
    ("Youth described being forced into his bedroom.", "affirmed"),
    ("He took her to \"parties\" where she was passed around.", "affirmed"),
    ("Asked about customers, declarant stated \"sometimes they want more, and mama-san says I must\".", "affirmed"),
]

SEXUAL_VIOLENCE_3D_NEGATIVE = [
    "He made her give him her Facebook password.",
    "Works nights in the kitchen, \"can't say no, it's family\".",
    "She has to go see the doctor on Friday.",
    "The flyers were passed around at school.",
    "She has to be with her mom on weekends.",
]


# ----------------------------------------------------------------------------------- round 4 (fresh8)

COMMERCIAL_SEX_4 = [
    # the controller puts the client on the sites / the track / the lot
    ("Instead he had her on the websites, city to city.", "affirmed"),
    ("He's got me on the apps every weekend.", "affirmed"),
    ("Her bf keeps her on the track till 4am.", "affirmed"),
    ("He put her on the site the week she turned 18.", "affirmed"),
    ("Has her working the truck stops off I-80.", "affirmed"),
    ("He had me working the corner by the liquor store.", "affirmed"),
    ("He puts her out by the bar to \"make rent\" off truckers.", "affirmed"),
    ("She makes money off johns at the rest area.", "affirmed"),
    # the client's 'dates'
    ("\"He just drives me to my dates.\"", "affirmed"),
    ("Said the cash is from her dates.", "affirmed"),
    ("When she wouldn't see a date he cut her off.", "affirmed"),
    ("She had to do another date before he let her sleep.", "affirmed"),
    ("Working = dates out of the Motel 6.", "affirmed"),
    # buyers pay, then she goes in; buyers pay the controller
    ("The men pay Dez and then she goes in.", "affirmed"),
    ("Men paid and she went with them.", "affirmed"),
    ("The guys pay at the door and then I go upstairs.", "affirmed"),
    ("Guys came over to the trailer and paid him.", "affirmed"),
    ("The guests paid the son for her.", "affirmed"),
    ("The drivers pay Cody for her.", "affirmed"),
    ("Said the drivers \"tip\" her for company.", "affirmed"),
    ("Customers asked for \"the young one\".", "affirmed"),
    ("She had to go in the back with whoever paid.", "affirmed"),
    # sex to cover rent / a debt
    ("He made her be with his buddies to cover the rent.", "affirmed"),
    ("Since March she has \"been with him\" instead of paying the rent.", "affirmed"),
    ("\"He made me do it with his boy to pay it off.\"", "affirmed"),
    ("She did stuff w/ the landlord for the rent.", "affirmed"),
    ("She's been \"nice to his people\" twice already.", "affirmed"),
    ("She works off the room by keeping the foreman company on Saturdays.", "affirmed"),
    ("The foreman leaves $40 on the nightstand.", "affirmed"),
    # massage 'extra'
    ("The boss had already taken his money for the \"extra\".", "affirmed"),
    ("Used to see regular customers upstairs for extra.", "historical"),
    ("The extra is what they pay the tip for.", "affirmed"),
    ("Customers were offered \"extras\" and she could not say no.", "affirmed"),
    ("Gives it back when he wants her answering the ads.", "affirmed"),
    # habitual past, suspicion
    ("From 16 to 18 he would lock the door and would make her do dates at the truck stop.", "affirmed"),
    ("Ref'd to CSEC liaison, concern she is being sold out of that room.", "hypothetical"),
    ("PO concern the \"job\" was sex work.", "hypothetical"),
    # hearsay
    ("She heard Bree goes on dates for a guy named Tone.", "hypothetical"),
    ("Cl overheard that the new girl sees johns at the motel.", "hypothetical"),
    # a sister's partner acting on the client; a cousin's stays the cousin's
    ("AP (her older sister's bf) had her \"work\" the parties at the hotel.", "affirmed"),
    ("Her sister's boyfriend puts her on the site.", "affirmed"),
    ("Her cousin's bf takes her to hotels for dates.", "other_person"),
    # ads
    ("She had to post on the sites and do calls.", "affirmed"),
    ("He makes me post on those apps every night.", "affirmed"),
    ("An IG account with her photos, caption \"available 2nite, DM for rates\".", "affirmed"),
    ("The ad says text for donations.", "affirmed"),
]

COMMERCIAL_SEX_4_NEGATIVE = [
    "Company put me up the first week, never asked it back.",
    "Mom thinks the bf brought her out here to \"put her to work\" at the mall.",
    "Driver said he'd put her photos on the websites if she talks.",
    "\"Dre dropped me back at the corner by the house.\"",
    "Car registered to a male w/ priors for promoting prostitution.",
    "\"Rome said the cops gonna charge me with prostitution.\"",
    "Vaccines up to date.",
    "She has her court dates on the calendar.",
    "The guys pay for gas and then she goes home.",
    "He had her working motels as a housekeeper for the agency.",
    "She asked for extra hours at the salon.",
    "Her aunt kept her company on the drive to the clinic.",
    "Guys came to the site and paid him for the scrap metal.",
    "The agency gives her \"allowance\" 200/mo, she never sees a paycheck.",
    "Friend filled out the form and gave her DOB for her.",
    "She posts on her own blog about recipes.",
    "The landlord said to text for the rent amount.",
]


SEXUAL_VIOLENCE_4 = [
    ("\"He make me do his homeboys for free when he mad.\"", "affirmed"),
    ("He made her service his friends.", "affirmed"),
    ("Her old man would make her walk the truck lot every night.", "affirmed"),
    ("He made her work the track on Aurora.", "affirmed"),
    ("When she was 14 her stepdad would rent motel rooms and make her \"party\" w/ men for money.", "historical"),
    ("He would hold her down and rape her himself.", "affirmed"),
    # 'not my choice' / 'ain't got a choice'
    ("\"What happen in the room is not my choice.\"", "affirmed"),
    ("Asked if sex with customers is her choice: \"It's not my choice.\"", "affirmed"),
    ("\"I said no and he said I ain't got a choice.\"", "affirmed"),
    ("\"He said I aint got no choice, he already paid.\"", "affirmed"),
    ("She said it was never my choice, he just came in.", "affirmed"),
]

SEXUAL_VIOLENCE_4_NEGATIVE = [
    "He made her do the dishes for the crew.",
    "The coach made them walk the track after practice.",
    "If she leaves he would make her pay it all back.",
    "Moving to Ohio was her choice, she said.",
]


SUBSTANCE_4 = [
    ("He gives her vapes and pills.", "affirmed"),
    ("Her boyfriend is the one who gets her the percs.", "affirmed"),
    ("He gets her the pills when she's sick.", "affirmed"),
    ("He got me meth and then said I owe him for it.", "affirmed"),
    ("\"He gave it to us so we'd stay up.\"", "affirmed"),
    ("Foreman hands out \"the ice\" in the mornings so they keep going.", "affirmed"),
    ("The boss passes them out so the crew can stay awake.", "affirmed"),
    ("\"El jefe nos daba pastillas para aguantar.\"", "affirmed"),
    ("Owner gives her \"something for energy\" before the late shift.", "affirmed"),
    ("Beer and \"perico\" he sells on credit.", "affirmed"),
    ("He sells the crew pills on credit against their pay.", "affirmed"),
    # habitual 'would' with a purpose or a routine
    ("At the last house the madam would give the girls coke to keep working.", "affirmed"),
    ("He'd supply us pills every night so we kept picking.", "affirmed"),
    ("The boss would give them beer before each shift.", "affirmed"),
    ("He said he would give her pills if she stayed.", "hypothetical"),
]

SUBSTANCE_4_NEGATIVE = [
    "She vapes weed most days, her own choice.",
    "\"He don't give me nothing, I buy my own weed.\"",
    "Nurse gave her something for the pain.",
    "He gets her to school on time.",
    "Hands out flyers so people keep coming to the clinic.",
]


# ------------------------------------------------------------------------------------ round 5 (fresh9)

COMMERCIAL_SEX_5 = [
    # a denial of the trade as its own phrase
    ("Says she ain't in the life and never was.", "negated"),
    ("Her boyfriend (not in the life, drives for a bakery) came to pick her up.", "negated"),
    ("Youth says she has never been in the game.", "negated"),
    # truck-stop slang
    ("Driver saw her knocking on cabs in the back lot.", "affirmed"),
    ("She was knockin on trucks till sunrise.", "affirmed"),
    # a quoted euphemism with the controller's associates
    ("He makes her \"party\" w/ his boys on Fridays.", "affirmed"),
    ("She has to \"hang out\" with his friends when they visit.", "affirmed"),
    # handed to associates for money or a debt
    ("He had her go w/ his homeboys to pay off the car.", "affirmed"),
    ("She has to sleep with his buddies for the rent.", "affirmed"),
    ("Now she goes in the back w whoever pays.", "affirmed"),
    # survival sex
    ("She's been trading for a couch since April.", "affirmed"),
    ("Told me it was sex for the sleeper berth, every run.", "affirmed"),
    ("\"Lo hice para tener dónde dormir.\"", "affirmed"),
    # Spanish
    ("\"El me vende con sus amigos los sábados.\"", "affirmed"),
    ("\"Me pusieron a atender hombres en el bar.\"", "affirmed"),
    # a controller advertising her or keeping her on the street
    ("Her ex used to post her on the sites.", "historical"),
    ("He keeps her out there till morning.", "affirmed"),
    ("He has her out on Grand til 4am most nights.", "affirmed"),
    ("The guy already paid for the whole night, Trey told her.", "affirmed"),
    ("He books her calls from his phone.", "affirmed"),
    ("Her bf schedules her outcalls.", "affirmed"),
    ("The owner \"lends\" her to his friends on Sundays.", "affirmed"),
    ("He makes her see the ones she says no to, he books her dates.", "affirmed"),
    # assertion cases
    ("She says \"allá las chicas tienen que estar con los clientes\".", "other_person"),
    ("Wanted to talk about her cousin Rosa: Rosa's man knocks on cabs with her.", "other_person"),
    ("Said she's trading for a couch, then said she was lying about that.", "hypothetical"),
    ("Two residents told staff that a guy named Dre posts her every night.", "hypothetical"),
    ("At that club some girls get sent to \"parties\" w/ his boys.", "other_person"),
]

COMMERCIAL_SEX_5_NEGATIVE = [
    "Owner let her leave early for her court date.",
    "Supervisor hit him with a hoe handle.",
    "They gave everyone a short-handled hoe for weeding.",
    "Foreman goes with them to the check-cashing place every Friday.",
    "Her brother posted her bail on Monday.",
    "He threatened to post her pictures online.",
    "Nurse schedules her appointments for Tuesdays.",
    "Went to the store with his buddies for the game.",
    "She knocks on doors selling candy.",
]


SEXUAL_VIOLENCE_5 = [
    # made to go with a buyer
    ("The supervisor made me go in the room with a guest.", "affirmed"),
    ("He'd make her go in the back room w whoever paid.", "affirmed"),
    ("Manny made her finish w/ a customer after she said no.", "affirmed"),
    ("Boss has her go with the customers upstairs.", "affirmed"),
    ("He made her go back on the ship anyway.", "affirmed"),
    # forced 'extras'
    ("Owner forced her to do \"extras\" for the customers.", "affirmed"),
    ("Boss make her do \"extra\" for clients.", "affirmed"),
    ("Manager said extras were \"the job\".", "affirmed"),
    # shorthand and euphemism
    ("SA x1 by the crew boss per cl.", "affirmed"),
    ("Pt reports S/A by landlord.", "affirmed"),
    ("The owner's son did what he wanted with her in the cooler.", "affirmed"),
    ("He said she had to do more than pics when she got there.", "affirmed"),
    ("He make her do like husband and wife.", "affirmed"),
    ("\"Mi patrón me manosea cuando toma.\"", "affirmed"),
    ("Some of the dates don't take no for an answer.", "affirmed"),
    ("The trainer made her pay for the bunk by having sex with him.", "affirmed"),
    ("Owner told her she had to do \"extras\" or she would not eat.", "affirmed"),
    ("Now she gotta do VIP w whoever pays the house.", "affirmed"),
    ("She has to do privates with anyone the manager picks.", "affirmed"),
    # assertion cases
    ("He never made her do anything sexual she didn't want.", "negated"),
    ("Said her bf makes her sleep with his friends, then said she was being dramatic.", "negated"),
    ("Said the boss forced her to have sex, later said she made it up.", "negated"),
    ("texter said her uncle comes in my room at night then nvm forget i said that.", "hypothetical"),
]

SEXUAL_VIOLENCE_5_NEGATIVE = [
    "She had to do extra hours on Sunday.",
    "He made her go to the store with his friend.",
    "SA card renewed at the office.",
    "Work 7 days, owner short staff, \"I can't say no\".",
    "\"I go where they send me, I can't say no or I'm out on the road.\"",
    "\"Mi papá me agarró fuerte\" when she came home late.",
    "Per CL, the supervisor \"la manosea\" in the cold room.",
    "He never made her do anything sexual.",
]


SUBSTANCE_5 = [
    ("Ayi gives them \"energy drink\" w/ something in it.", "affirmed"),
    ("He handed her a soda with something in it at the party.", "affirmed"),
    ("\"Me dio un refresco con algo en eso.\"", "affirmed"),
]

SUBSTANCE_5_NEGATIVE = [
    "She drinks her coffee with sugar in it.",
]


# ------------------------------------------------------------------------------- round 6 (fresh10)

COMMERCIAL_SEX_6 = [
    # club / cantina back room and upstairs with buyers
    ("She has to go up to the VIP room with the guys the manager picks.", "affirmed"),
    ("Pt states she had to go upstairs w/ customers after close.", "affirmed"),
    ("Owner took her to the back room with some older men.", "affirmed"),
    ("Bartender says a few of the men go up with her most nights.", "affirmed"),
    ("Two regulars went upstairs with me that night.", "affirmed"),
    # the controller sends her to buyers
    ("The madam sends her out to clients in the hotels by the port.", "affirmed"),
    ("Says the boss sent me to his regulars on weekends.", "affirmed"),
    ("He drives her to customers in a white van.", "affirmed"),
    # Spanish euphemism
    ("Tenía que atender a los clientes en el cuarto de arriba.", "affirmed"),
    ("Her job was to \"atender\" hombres in the back.", "affirmed"),
    # ads with her pictures, ads put up for her
    ("Found the listings he paid for with her photos on them.", "affirmed"),
    ("The ad he made of me is still up.", "affirmed"),
    ("Screenshot of a post: \"new in town, incall only\".", "affirmed"),
    ("Charges for \"featured\" listing fees every Friday.", "affirmed"),
    # dates as shifts
    ("After she finished her dates he took all the cash.", "affirmed"),
    ("He checks her phone for tonight's calls.", "affirmed"),
    # financial review
    ("Account shows P2P credits from dozens of men, $80 to $200 each.", "affirmed"),
    ("Zelle credits, many small amounts, mostly after midnight.", "affirmed"),
    ("Debit card pays an adult classifieds board every week.", "affirmed"),
    # the controller sets her price
    ("The owner sets the price for her with each customer.", "affirmed"),
    # assertion: someone else, named or introduced
    ("He has a girl named Jade now, he posts her online.", "other_person"),
    ("The account also bought ads for a second woman, Tasha.", "other_person"),
    ("Her friend Dani, who stayed at the motel too, was sold to his friends.", "other_person"),
    ("A woman who lived in that room before was sold to his friends.", "other_person"),
    ("Her friend Kayla (15) is with a grown man who puts Kayla on an escort site.", "other_person"),
    ("His cousin Ana (16) has to go on dates for the same guy.", "other_person"),
    # fear about someone: not asserted
    ("Cl is afraid Lupe is being made to sell sex.", "hypothetical"),
    # story turn is not a denial
    ("He was nice until he wasn't, then he sold me to his friends.", "affirmed"),
]

COMMERCIAL_SEX_6_NEGATIVE = [
    "The agency says they are \"rented out\" to hotels for cleaning rooms.",
    "The landlord rents her and her cousin the basement unit.",
    "The warden reads the letters before posting them.",
    "The boys work the block with their father at harvest.",
    "The foreman brings water for the field men every shift.",
    "They are still paying a \"cuota\" of $2,000 to the recruiter.",
    "Sales staff have a weekly quota of calls.",
    "She is new in town and looking for a job.",
    "Front desk sends her to customers who need help with their bags.",
    "The agency sends her to clients' homes to clean.",
]


SEXUAL_VIOLENCE_6 = [
    ("\"Él me obligaba a acostarme con sus amigos.\"", "affirmed"),
    ("\"Me hace estar con ellos\", she said quietly.", "affirmed"),
    ("Dice que tenía que estar con los clientes.", "affirmed"),
    ("The owner sent her upstairs with the customers.", "affirmed"),
    ("The landlord did whatever he wanted to her.", "affirmed"),
    ("He did what he wanted and mom got the rent knocked off.", "affirmed"),
    ("The contractor's brother comes into her shack when her husband is away.", "affirmed"),
    ("Supervisor \"comes to my room whenever no one is there\".", "affirmed"),
    ("Her friend Kayla, who lived in the house before, was raped by a regular.", "other_person"),
    ("One girl who worked there before had to be nice to his friends.", "other_person"),
    ("Her friend Ivy (14) was made to go in a room with men who paid.", "other_person"),
]

SEXUAL_VIOLENCE_6_NEGATIVE = [
    "It turned out to be the wrong address.",
    "The job turned out fine in the end.",
    "He did what he wanted with the money.",
    "Her cousin comes to the hut when the rains start.",
]


SUBSTANCE_6 = [
    ("The coke Renner gives the girls keeps them up all night.", "affirmed"),
    ("She says the pills they gave us were for the long shifts.", "affirmed"),
    ("Crew boss handed everyone \"pastillas\" before the night run.", "affirmed"),
    ("He hands her pills before every date.", "affirmed"),
    ("Foreman keeps a bottle of guaro for whoever fills the most crates.", "affirmed"),
    ("Beer for the fastest crew, every Saturday.", "affirmed"),
    ("\"If I don't bring the money he won't give me my fix.\"", "affirmed"),
    ("She has to work or he doesn't give her her meds.", "affirmed"),
]

SUBSTANCE_6_NEGATIVE = [
    "Her job was to get customers to buy drinks at the bar.",
    "The hostesses push the men to order bottles.",
    "He won't give me my phone back.",
]


# fresh11 round: context families (hearsay with a named source, a guess about outings, a person named in
# apposition, a negation written without its apostrophe, a self-correction, a group pointed at)
SEXUAL_VIOLENCE_7 = [
    ("Pt says the other women told her Gil \"does stuff\" to the new ones, he hasnt touched her.", "negated"),
    ("He didnt rape her, he says, he just yelled.", "negated"),
    ("Says the boss hasnt groped her since she moved rooms.", "negated"),
    ("He heard from the younger guys that the camp boss brings women in and those women can't say no.", "hypothetical"),
    ("She heard through a cousin that the foreman had raped a girl at the other camp last year.", "hypothetical"),
    ("Those women get raped by the guards, she says.", "other_person"),
    ("W-36 reported that a former aide, Ines, was sexually assaulted by a client's relative in 2022.", "other_person"),
    ("Another worker, Marta, was molested by the owner's son.", "other_person"),
    ("Pt said her BF \"makes me\" do the dates, then stopped and corrected herself: \"no I do it myself.\"",
     "negated"),
    ("Said the crew boss raped her, then paused and corrected himself, it was a different guy's story.", "negated"),
]

COMMERCIAL_SEX_7 = [
    ("Ximena gets dropped at the hotel by the highway on fridays, dominique thinks its dates.", "hypothetical"),
    ("Her roommate goes out with older men every weekend, pt figures it's for sex.", "hypothetical"),
    ("He's heard from the guys on the other van that the girls on that crew get \"sold\" to truckers.",
     "hypothetical"),
    ("Heard from a neighbor how the landlord sells girls for sex on the top floor.", "hypothetical"),
    ("These girls do dates at the truck stop, she said, not her.", "other_person"),
]


# fresh11 round: phrasing families (sex after a refusal, quoted favours and massages, sent to a room with
# buyers, forced stripping, handed over for a night, groping under clothes, goods or a bed for sex, 'trick' as
# a verb, stimulants handed out to stay awake, free drugs until hooked, tablets in food; apostrophe-less 'didnt')

SEXUAL_VIOLENCE_7B = [
    ('Crew boss told her to go inside and "make him happy".', 'affirmed'),
    ('She has to "make the men happy" when they come by.', 'affirmed'),
    ('The crew boss had sex with her after she told him no.', 'affirmed'),
    ('He slept with me even though I said no.', 'affirmed'),
    ('Made her "do a favor" for the motel manager so they keep the rate.', 'affirmed'),
    ('She had to "do favors" for the landlord.', 'affirmed'),
    ('He sends her to the back room w/ whoever he points at.', 'affirmed'),
    ('They took her into the trailer with the buyers.', 'affirmed'),
    ('The older guys made him strip in the garage and filmed it.', 'affirmed'),
    ('He forced her to undress for them.', 'affirmed'),
    ("She said she didn't want to but Jay kept on till she did.", 'affirmed'),
    ('She didnt want to and he kept going.', 'affirmed'),
    ('In 2022 H "gave" her to the cousin for a night to settle what he owed.', 'historical'),
    ('He lent me to his friend for the weekend.', 'affirmed'),
    ('The transport deputy put his hand down her pants in the van.', 'affirmed'),
    ('The foreman slid his hand up her skirt.', 'affirmed'),
    ('Was told she had to sit w/ the customers and go to the back rooms.', 'affirmed'),
    ('Was told she has to do "extra" for customers or her debt goes up.', 'affirmed'),
    ('Turned her out w/ his friend the day they met.', 'affirmed'),
    ('He did it to her while she cried.', 'affirmed'),
    ("He does stuff to me when I'm asleep.", 'affirmed'),
    ("He came in my room the first week and I couldn't stop him.", 'affirmed'),
    ('Fishing master make him "massage" him at night in the wheelhouse.', 'affirmed'),
    ('She said she had to "help out" by seeing his friends.', 'affirmed'),
    ('She was expected to go upstairs w/ whoever the promoter picks.', 'affirmed'),
    ('The private dances was sex w/ customers she didnt want.', 'affirmed'),
    ('I didnt want to but he made me.', 'affirmed'),
    ('He denies he ever put his hand down her pants.', 'negated'),
    ('Her cousin was made to strip in the garage.', 'other_person'),
    # a refusal overridden, with the repetition or the controller's act between (fresh12 round)
    ('She told him no over and over and he did not stop.', 'affirmed'),
    ('I said no like five times but he wouldnt stop.', 'affirmed'),
    ('If I say no he brings another guy in anyway.', 'affirmed'),
    ('Says no and he sends the next customer in anyway.', 'affirmed'),
    # a quoted euphemism done with a controller's associates
    ('He made me "pay him back" with his homies.', 'affirmed'),
    ('Makes her do "the special" for the regulars.', 'affirmed'),
    ('Forced her to "make it right" w/ his cousins.', 'affirmed'),
    # held down
    ('She couldnt get him off of her.', 'affirmed'),
    ('I tried to push him off me but he was too heavy.', 'affirmed'),
    ("He was on top of her and she couldn't get him off.", 'affirmed'),
    # taken back at the start of the next sentence
    ('Yesterday she said her uncle forced her to have sex with his friend. Later she told staff she made that up.',
     'negated'),
]

SEXUAL_VIOLENCE_7B_NEGATIVE = [
    'The boss said to "keep the customers happy" at the register.',
    'She had to strip the beds in every room.',
    'He put his hands in his pockets.',
    'They had to go to the back room for supplies.',
    'We knock till 9 even in the rain, you dont get to say no.',
    'Mom gave her to grandma for the weekend.',
    'Is expected to do "extras" for customers at the salon, like nail art.',
    'She gets put on doubles back to back and cannot refuse.',
    'Cant say no to a walk-in, even at closing.',
    "The foreman hands out pills so the guys keep going when they're hurting.",
]

COMMERCIAL_SEX_7B = [
    ('He expects sex for the bed in his camper.', 'affirmed'),
    ('The guys at the camp give her cash and weed for sex.', 'affirmed'),
    ('She traded sex for a ride to the city.', 'affirmed'),
    ('She goes upstairs with the seamen for money.', 'affirmed'),
    ('He made her be w/ them for money he kept.', 'affirmed'),
    ('Tricked out of the motels on Union last year.', 'historical'),
    ("She's been tricking at the truck stop.", 'affirmed'),
    ('He makes her "work it off" w/ his friends.', 'affirmed'),
    ('Staff took girls out to karaoke to "accompany" businessmen.', 'affirmed'),
    ('She gets sold at the truck stop on weekends.', 'affirmed'),
    ('Nobody has given her money, rides or stuff for sex.', 'negated'),
    ('Denies trading sex for a place to stay.', 'negated'),
    # survival sex with the exchange after the act or given as the reason (fresh12 round)
    ('Pt sleeps w/ him so she can stay at his trailer.', 'affirmed'),
    ('She has sex with the landlord and his brother so she can keep the room.', 'affirmed'),
    ('Says she stays at his place cause she sleeps with him.', 'affirmed'),
    ("He's letting her crash bc she's sleeping with him.", 'affirmed'),
    ('I live there because I have sex with him, that is the deal.', 'affirmed'),
    # an offer of money not taken, and a denial of offers
    ('At the rodeo some guy offered her $50 to go "party" with his friends, she said no.', 'hypothetical'),
    ('Some guy offered her cash to "hang out" w/ his buddies in the truck.', 'hypothetical'),
    ('Nobody online messaging her or offering her money for pics.', 'negated'),
    # the passive without an agent, ads 'put up', private rooms, his associates paying him (fresh12 round)
    ('PMH: hx of being pimped as a teen.', 'historical'),
    ('She got pimped out by a guy from Reno.', 'affirmed'),
    ('He puts me up on the apps every weekend.', 'affirmed'),
    ('Her bf put her up on the apps when they got to Fargo.', 'affirmed'),
    ('Says she does private rooms most nights.', 'affirmed'),
    ('Has to do VIP booths with whoever the manager picks.', 'affirmed'),
    ('He brings her to his buddies at the trailer and they pay him.', 'affirmed'),
    ('Sends her to his cousins on weekends, some of them give him cash.', 'affirmed'),
    ('He leaves her with his homeboys at the motel, who always leave money for him.', 'affirmed'),
]

COMMERCIAL_SEX_7B_NEGATIVE = [
    'Found the job from an ad on a job app.',
    'Trey says he sells for himself, no boss.',
    'She accompanies clients to their appointments.',
    'The team sold to truckers at the stops.',
    'He gave her a ride for free.',
    'Her caseworker set up on the next lot.',
    'Saw the guards beat men whose families could not pay.',
    'People whose relatives did not send money were kept longer.',
    'The manager sells them pills on credit so they can work doubles.',
    'The extra is paid cash on Fridays.',
    'The banquet staff work the private room on Saturdays.',
    'The agency drives her to the clients and picks her up after each visit.',
    'Her supervisor drove her to the patients in the afternoon.',
]

SUBSTANCE_7 = [
    ('Before the doubles the manager hands out "vitamins" that keep you awake.', 'affirmed'),
    ('Bosun give them shabu so they stay awake for the night haul.', 'affirmed'),
    ('Boss gave her "free" pills all season.', 'affirmed'),
    ('A man from the game started sending him weed "for free".', 'affirmed'),
    ('He gave it to her free til she was hooked.', 'affirmed'),
    ('He kept her on tramadol he bought "for the pain".', 'affirmed'),
    ('Her MIL puts 2 white tablets in her milk every night.', 'affirmed'),
    ('The foreman passes out yaba so the crew can stay up all night.', 'affirmed'),
    # street slang for the drug, and wages in drugs (fresh12 round)
    ('He started her on ice to keep her up for the parties.', 'affirmed'),
    ('Got him hooked on glass the first month.', 'affirmed'),
    ('The crew boss pays them in product instead of cash.', 'affirmed'),
    ('He paid her in dope for cleaning the trap house.', 'affirmed'),
    ('He gave her a white pill before the party.', 'affirmed'),
]

SUBSTANCE_7_NEGATIVE = [
    'He kept her on the lease.',
    'Nurse gave her vitamins for the pregnancy.',
    'Mom puts rice in her soup.',
    'Nurse gave her ice for the sprained ankle.',
    'They pay him in cash every Friday.',
    'The coach started him on the bench.',
]


# -- ninth round (fresh13): families, each in phrasings other writers would use ----------------------

COMMERCIAL_SEX_9 = [
    # photos on a site, then men make contact
    ("He put my pictures on a website and guys call him.", "affirmed"),
    ("Her photos are up on a site and men text the number he gave.", "affirmed"),
    ("He made a profile on an app, and men message him for her.", "affirmed"),
    # camming for tips
    ("She does shows on cam for tokens most nights.", "affirmed"),
    ("He has me on a livestream for \"gifts\" from viewers.", "affirmed"),
    ("I run my OF and he takes the money.", "affirmed"),
    # sugar arrangements and favours for bills
    ("He gives her an allowance in return for sex.", "affirmed"),
    ("They meet twice a month and sex is part of the deal.", "affirmed"),
    ("An older man covers her phone bill for \"company\".", "affirmed"),
    ("Some guy pays her rent for hanging out on weekends.", "affirmed"),
    ("She went \"out\" with his cousin's friends for money.", "affirmed"),
    ("It was a paid date, she says.", "affirmed"),
    # men come and pay the controller / sent to a room with a client
    ("Men come to the flat and pay the manager.", "affirmed"),
    ("Guys came by the trailer and gave him cash.", "affirmed"),
    ("Some nights he send me to the room with a client.", "affirmed"),
    ("She was taken upstairs w/ a customer.", "affirmed"),
    # assertion cases
    ("She denies anyone ever put her photos on a site and men called.", "negated"),
    ("Her roommate does shows on cam for tokens.", "other_person"),
    ("He covers her rent and sex is \"part of the deal\".", "affirmed"),
    ("Manager sold \"after-show\" time with the dancers.", "affirmed"),
    ("The club charges for private minutes with the girls.", "affirmed"),
]

COMMERCIAL_SEX_9_NEGATIVE = [
    "He posted photos of the flood damage on a site and the adjuster called.",
    "The camera was recording for the insurance claim.",
    "Men come to the yard and pay for scrap by the pound.",
    "She was sent to the room with the nurse for vitals.",
    "We took the guests upstairs with their luggage.",
    "She is using the campus escort service at night.",
    "He later said he sold the phone himself for cigarettes.",
    "My cousin lend me for the ticket to Chicago.",
    "The sponsor lists her as \"dancer\" on the petition.",
    "They were left behind at a motel by the sales crew.",
    "Uncle keeps the cash from the scrap buyers.",
    "Asked re sex for money or a place to stay: \"no, never\".",
]

SEXUAL_VIOLENCE_9 = [
    # sent or made to go with a guest
    ("He say I must go with a VIP guest to the hotel.", "affirmed"),
    ("She has to go w/ whichever customer picks her.", "affirmed"),
    ("The boss made her go with his \"business friend\" after the show.", "affirmed"),
    ("He makes me spend the night with his associates.", "affirmed"),
    ("They had him take care of the foreman's buddies on Fridays.", "affirmed"),
    # pushed into a room with a man
    ("When she refuse, he push her in the room with the man.", "affirmed"),
    ("She was made to go into a cabin w/ a guest.", "affirmed"),
    ("He forced me upstairs with the client.", "affirmed"),
    # refusal overridden
    ("I didn't want to, he said we need the money.", "affirmed"),
    ("She didn't really want to but he said she had to.", "affirmed"),
    ("I say no, he says you go.", "affirmed"),
    ("She must see them even when she cry and say no.", "affirmed"),
    ("If I said no he'd hold me down.", "affirmed"),
    ("She has to do \"VIP\" with whoever the owner picks.", "affirmed"),
    ("She says he \"does it to me at night\" when mom is at work.", "affirmed"),
    ("He did stuff to her in her room.", "affirmed"),
    ("The elder told her she has to do what a wife does.", "affirmed"),
    ("He demands his conjugal rights every night.", "affirmed"),
    # assertion cases
    ("Denies he ever made her go with a guest.", "negated"),
    ("Her cousin has to go with customers at the club.", "other_person"),
]

SEXUAL_VIOLENCE_9_NEGATIVE = [
    "She has to go with her friends to the clinic.",
    "I didn't want to work Sunday but the boss said I had to.",
    "He had to go with the customer to pick up the order.",
    "Has to do private rooms w/ customers or gets fined.",
    "If she says no he'll just ask someone else to cover the shift.",
    "Boss says la migra will grab him at the bus station.",
]

SUBSTANCE_9 = [
    # spirits and stimulants handed out by a crew boss
    ("Crew boss hands out crank every morning \"so y'all can keep up.\"", "affirmed"),
    ("Brygadir give \"tablete de energie\" on the night shift.", "affirmed"),
    ("Kierownik give the men a bottle of wódka on Friday and writes it in the book.", "affirmed"),
    ("The sister handed out \"alertness tablets\" before the night shift.", "affirmed"),
    ("He gives him \"ice\" to smoke before they go out.", "affirmed"),
    ("Foreman hands out Suboxone strips only to the guys who worked that day.", "affirmed"),
    # sedating a dependent adult
    ("Caregiver gives him a couple extra so he doesn't wander at night.", "affirmed"),
    ("She gave her extra so she would sleep while she was out.", "affirmed"),
    # drinking with guests
    ("I must drink with guests every night.", "affirmed"),
    ("Manager tops her glass w/ vodka all night.", "affirmed"),
    ("He kept refilling my cup with tequila.", "affirmed"),
    ("\"Finish it, customers like you drunk.\"", "affirmed"),
    ("Forced drinking at the club, she says.", "affirmed"),
    # assertion cases
    ("Denies the foreman ever handed out crank.", "negated"),
]

SUBSTANCE_9_NEGATIVE = [
    "Nurse gave him ice for the swelling.",
    "The boss told them the police hand you to ICE.",
    "The aide gives her tablets 500 mg po with breakfast.",
    "She drinks with friends on weekends, her choice.",
    "She was offered $200 a night to just pour drinks and look cute.",
]


# -- every table above, by indicator: one test for what must be flagged, one for what must not ------------

FLAGGED = {  # indicator -> its tables of (text, expected status)
    "commercial_sex": [
        COMMERCIAL_SEX, COMMERCIAL_SEX_3, COMMERCIAL_SEX_3B, COMMERCIAL_SEX_3C, COMMERCIAL_SEX_4, COMMERCIAL_SEX_5,
        COMMERCIAL_SEX_6, COMMERCIAL_SEX_7, COMMERCIAL_SEX_7B, COMMERCIAL_SEX_9,
    ],
    "sexual_violence": [
        SEXUAL_VIOLENCE, SEXUAL_VIOLENCE_3, SEXUAL_VIOLENCE_3C, SEXUAL_VIOLENCE_3D, SEXUAL_VIOLENCE_4,
        SEXUAL_VIOLENCE_5, SEXUAL_VIOLENCE_6, SEXUAL_VIOLENCE_7, SEXUAL_VIOLENCE_7B, SEXUAL_VIOLENCE_9,
    ],
    "substance_coercion": [SUBSTANCE, SUBSTANCE_3, SUBSTANCE_4, SUBSTANCE_5, SUBSTANCE_6, SUBSTANCE_7, SUBSTANCE_9],
}
NOT_FLAGGED = {  # indicator -> its tables of texts that must not give a present flag
    "commercial_sex": [
        COMMERCIAL_SEX_NEGATIVE, COMMERCIAL_SEX_3_NEGATIVE, COMMERCIAL_SEX_3B_NEGATIVE, COMMERCIAL_SEX_3C_NEGATIVE,
        COMMERCIAL_SEX_4_NEGATIVE, COMMERCIAL_SEX_5_NEGATIVE, COMMERCIAL_SEX_6_NEGATIVE, COMMERCIAL_SEX_7B_NEGATIVE,
        COMMERCIAL_SEX_9_NEGATIVE,
    ],
    "sexual_violence": [
        SEXUAL_VIOLENCE_NEGATIVE, SEXUAL_VIOLENCE_3_NEGATIVE, SEXUAL_VIOLENCE_3D_NEGATIVE,
        SEXUAL_VIOLENCE_4_NEGATIVE, SEXUAL_VIOLENCE_5_NEGATIVE, SEXUAL_VIOLENCE_6_NEGATIVE,
        SEXUAL_VIOLENCE_7B_NEGATIVE, SEXUAL_VIOLENCE_9_NEGATIVE,
    ],
    "substance_coercion": [
        SUBSTANCE_NEGATIVE, SUBSTANCE_3_NEGATIVE, SUBSTANCE_4_NEGATIVE, SUBSTANCE_5_NEGATIVE, SUBSTANCE_6_NEGATIVE,
        SUBSTANCE_7_NEGATIVE, SUBSTANCE_9_NEGATIVE,
    ],
}


@pytest.mark.parametrize(("indicator", "text", "expected"),
                         [(i, t, e) for i, tables in FLAGGED.items() for table in tables for t, e in table])
def test_flagged(rules, indicator, text, expected):
    check_flag(rules, text, indicator, expected)


@pytest.mark.parametrize(("indicator", "text"),
                         [(i, t) for i, tables in NOT_FLAGGED.items() for table in tables for t in table])
def test_not_flagged(rules, indicator, text):
    check_absent(rules, text, indicator)
