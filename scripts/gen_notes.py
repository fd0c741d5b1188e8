"""Generate varied, realistic-looking (entirely made-up) case notes for benchmarks and load tests.

Seeded and random-access: note ``i`` depends only on ``(seed, i)``, so the first
10,000 notes of a 100,000-note set are the 10,000-note set, and any worker can
generate its own slice. Notes mix routine casework with indicator sentences in
every assertion status (affirmed, historical, negated, hypothetical, other
person), and carry made-up names, places, case numbers and dates so the
vocabulary keeps growing like real notes' does (which is what spaCy's string
store memory is sensitive to). About 40% of notes contain no indicator.

    python scripts/gen_notes.py 10000 --seed 0 > notes.jsonl
    python scripts/gen_notes.py 500 --format csv > notes.csv

    from gen_notes import generate_notes          # with scripts/ on sys.path
    for note in generate_notes(1000, seed=0): ...  # {"id", "text", "setting", "office", "date"}
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from collections.abc import Iterator

SETTINGS = ("shelter intake", "hospital social work", "legal aid", "school counselling", "hotline follow-up",
            "outreach", "immigration clinic", "youth services")
OFFICES = ("north", "south", "east", "west", "central", "mobile unit")
FIRST = ("Maria", "Ana", "Li", "Fatima", "Olena", "Grace", "Rosa", "Amina", "Jessica", "Mei", "Sofia", "Nadia",
         "Carlos", "Samuel", "Ivan", "Tomas", "Ahmed", "Kwame", "Diego", "Arjun", "Jamal", "Lucia", "Priya", "Ines")
SYLLABLES = ("ro", "va", "ko", "lin", "mar", "sen", "ta", "bel", "dor", "ni", "ez", "ov", "ski", "man", "ra", "tu",
             "chen", "ga", "les", "vi", "ber", "son", "do", "ha", "mir", "qu", "zel", "pa")
PLACES = ("Houston", "Atlanta", "the valley", "Newark", "a truck stop off I-10", "Fresno", "the north side",
          "a motel near the airport", "Bakersfield", "Phoenix", "downtown", "the farm in Salinas", "Tijuana",
          "Guatemala City", "Lagos", "Kyiv", "Manila", "a nail salon on 5th street", "the restaurant")
WORK = ("a restaurant", "a nail salon", "a cleaning company", "a farm", "a construction crew", "a massage parlor",
        "a private home as a nanny", "a hotel laundry", "a meat-packing plant", "a magazine sales crew",
        "a landscaping business", "a bar")
CONTROLLER = ("her boyfriend", "the employer", "the manager", "his boss", "the recruiter", "her uncle",
              "the landlord who also runs the crew", "a man she calls her sponsor", "the owner", "the crew leader")

ROUTINE = (
    "Client arrived on time for the {setting} appointment and was accompanied by her case manager.",
    "Discussed housing options; client is on the waiting list for transitional housing in {place}.",
    "Client reports trouble sleeping and was referred to the clinic for a follow-up on {date}.",
    "Completed the benefits application with client; case number {case}.",
    "Client's two children are enrolled in school and attending regularly.",
    "Client asked about English classes and was given the schedule for the community center.",
    "Bus passes provided for the week. Next appointment set for {date}.",
    "Client appeared tired but engaged, and answered questions in {language}.",
    "Interpreter {first} {last} assisted by phone for the whole session.",
    "Client has a medical appointment for back pain on {date} and asked for a ride.",
    "Reviewed the safety plan and emergency numbers with client.",
    "Client wants to find work in {work_short} and has some experience in {work_short}.",
    "Called {first} at the food bank about a delivery for the household.",
    "Client stated she moved to {place} with her sister last year and is looking for a job.",
    "Client's mother lives in {place}; they speak every weekend.",
    "Left a voicemail for the client on {date}; no answer, will try again.",
    "Client works long shifts at {work} but says she chose the extra hours and can quit any time.",
    "Client came in to pick up donated winter clothes for her family.",
)

INDICATOR = {
    "recruitment_or_transport": (
        "{controller} brought her from {place} to {place2} and put her up in a motel.",
        "She was recruited in {place} by a woman who said she could find work in {work}.",
        "They moved her between motels in {place} and {place2} every few days.",
    ),
    "deceptive_recruitment": (
        "She was promised a job in {work} but when she arrived she was told she owed for the trip.",
        "The ad said she would earn ${amount} a week as a nanny, but the job was not what was promised.",
        "{controller} said they were in a relationship and later started selling her.",
    ),
    "debt_bondage": (
        "She says she owes {controller} ${amount} for the travel and the debt keeps growing.",
        "She has to work off a smuggling debt of ${amount} before she can leave.",
    ),
    "document_confiscation": (
        "{controller} keeps her passport and her work permit.",
        "Her ID card was taken by the owner when she started the job.",
    ),
    "earnings_control": (
        "She hands over all of her earnings to {controller} every night.",
        "She has not been paid for {weeks} weeks; the manager holds her wages.",
        "There is a nightly quota of ${amount} she must bring back.",
    ),
    "movement_control": (
        "She is not allowed to leave the house without {controller}.",
        "The workers were locked in the building at night.",
        "{controller} tracks her phone and checks where she goes.",
    ),
    "communication_control": (
        "{controller} took her phone and she cannot call her family.",
        "She is not allowed to talk to the other workers or to anyone outside.",
    ),
    "third_party_control": (
        "A man came with her to the appointment, answered every question for her and would not leave the room.",
    ),
    "scripted_account": (
        "Her story sounded rehearsed, and she said she had been told what to say.",
    ),
    "fear_of_authorities": (
        "She is afraid to go to the police because {controller} said immigration would deport her.",
    ),
    "threats": (
        "{controller} threatened to hurt her family in {place} if she left.",
        "He said he would send her photos to her family if she talked to anyone.",
    ),
    "physical_violence": (
        "{controller} hit her and she had bruises on her arms.",
        "She was beaten when she did not make the quota.",
    ),
    "sexual_violence": (
        "She was forced to have sex with {controller}'s friends.",
    ),
    "witnessed_abuse": (
        "She saw another girl being beaten for trying to leave.",
    ),
    "substance_coercion": (
        "{controller} gave her drugs and then said she had to work off the drug debt.",
    ),
    "commercial_sex": (
        "{controller} posted ads for her and made her see dates at the motel.",
        "She was exchanging sex for a place to stay.",
    ),
    "forced_labor": (
        "She works 14 hours a day with no days off and cannot quit.",
        "The crew was made to work in the fields without pay.",
    ),
    "minor": (
        "The client is {age_minor} years old and in the {grade}th grade.",
        "She is a {age_minor}-year-old who ran away from home.",
    ),
}

NEGATED = ("Client denies that {controller} keeps her documents.", "She denies owing anyone money.",
           "No one has threatened her, she says.", "Client reports she is free to come and go.",
           "She denies being hit by anyone at home.")
HYPOTHETICAL = ("She worries that {controller} might take her passport.",
                "She is afraid he could hurt her if she left.",
                "Asked whether anyone holds her ID; she did not answer.")
OTHER_PERSON = ("Her cousin's passport was taken by the same employer.",
                "Her friend {first} was forced to see dates at the motel.",
                "Another worker told her he owes the crew leader money.")
HISTORICAL = ("In {year}, she was made to work off a smuggling debt in {place}.",
              "Years ago, a boyfriend in {place} kept her ID and sold her.")
LANGUAGES = ("Spanish", "English", "Mandarin", "Tagalog", "Ukrainian", "Arabic", "French", "Haitian Creole")


def _surname(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def _fill(template: str, rng: random.Random) -> str:
    slots = {
        "setting": rng.choice(SETTINGS), "place": rng.choice(PLACES), "place2": rng.choice(PLACES),
        "date": f"{rng.randint(1, 12)}/{rng.randint(1, 28)}/{rng.randint(2019, 2025)}",
        "case": f"CR-{rng.randint(10000, 99999)}", "language": rng.choice(LANGUAGES),
        "first": rng.choice(FIRST), "last": _surname(rng), "work": rng.choice(WORK),
        "work_short": rng.choice(WORK).removeprefix("a ").removeprefix("an "),
        "controller": rng.choice(CONTROLLER), "amount": f"{rng.randint(2, 60) * 250:,}",
        "weeks": rng.randint(2, 12), "age_minor": rng.randint(13, 17), "grade": rng.randint(7, 11),
        "year": rng.randint(2008, 2022),
    }
    text = template.format(**slots)
    return text[0].upper() + text[1:]


def _sentences(rng: random.Random) -> list[str]:
    routine = [_fill(rng.choice(ROUTINE), rng) for _ in range(rng.randint(2, 7))]
    flagged: list[str] = []
    if rng.random() < 0.6:
        for indicator in rng.sample(sorted(INDICATOR), k=rng.randint(1, 5)):
            flagged.append(_fill(rng.choice(INDICATOR[indicator]), rng))
    for pool, p in ((NEGATED, 0.25), (HYPOTHETICAL, 0.15), (OTHER_PERSON, 0.1), (HISTORICAL, 0.1)):
        if rng.random() < p:
            flagged.append(_fill(rng.choice(pool), rng))
    body = routine + flagged
    rng.shuffle(body)
    return body


def make_note(i: int, *, seed: int = 0) -> dict[str, str]:
    """Note number ``i`` of the set ``seed``: {"id", "text", "setting", "office", "date"}."""
    rng = random.Random(f"{seed}:{i}")
    name = f"{rng.choice(FIRST)} {_surname(rng)}"
    setting = rng.choice(SETTINGS)
    opening = f"{setting.capitalize()} note for {name}, {rng.randint(14, 58)}, case {rng.randint(100000, 999999)}."
    paragraphs, sentences = [], _sentences(rng)
    while sentences:  # 1-3 paragraphs
        take = rng.randint(2, 4)
        paragraphs.append(" ".join(sentences[:take]))
        sentences = sentences[take:]
    return {"id": f"note-{seed}-{i:07d}", "text": opening + "\n" + "\n\n".join(paragraphs), "setting": setting,
            "office": rng.choice(OFFICES), "date": f"{rng.randint(2019, 2025)}-{rng.randint(1, 12):02d}-"
                                                     f"{rng.randint(1, 28):02d}"}


def generate_notes(n: int, *, seed: int = 0, start: int = 0) -> Iterator[dict[str, str]]:
    """Notes ``start`` .. ``start + n - 1`` of the set ``seed``."""
    for i in range(start, start + n):
        yield make_note(i, seed=seed)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="how many notes")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    args = parser.parse_args(argv)
    notes = generate_notes(args.n, seed=args.seed)
    if args.format == "jsonl":
        for note in notes:
            sys.stdout.write(json.dumps(note, ensure_ascii=False) + "\n")
    else:
        writer = csv.DictWriter(sys.stdout, fieldnames=["id", "text", "setting", "office", "date"])
        writer.writeheader()
        writer.writerows(notes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
