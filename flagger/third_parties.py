"""Named third parties: people a note introduces as someone other than the client.

ConText reads one sentence at a time, so in "Asked about her friend Kiki. Kiki's boyfriend posts her online"
nothing in the second sentence says whose ads these are. This note-level step collects
the names the note introduces with a relation word ("her sister Marisol", "a coworker, Efraín", "cousin
Fredy (14)") and reads a present mention as ``other_person`` when such a name is what the mention is about:

- the name is inside the mention ("puts Kayla on an escort site", "keeps Cely's passport");
- the name, possessive, comes before the mention in its sentence ("Kiki's boyfriend posts her online");
- for an age, the name comes right before it ("Karla is 16", "Dante, maybe 15": on the 13 tuning sets two leaks
  and two false flags fewer, no true flag lost);
- the name is the plain subject of words that make its bearer the one it happens to ("Marisol had to give her
  papers to the señora", "Jenna has to sign her checks over", "Yesenia hasn't been paid", "Linh still owes £18k",
  "Tomasz has been told his debt is ..."), not the one who does it ("Dez keeps half", "Lyle had her phone").
  For this one test a name need not be introduced: any name after the note's first one will do ("Agus was never
  paid" in a note that began with the client's name). The note's first name is most often the client's, and
  a client named as the plain subject of such words is the one it happens to, so the first name is left out.
  On the 16 tuning sets: leaks 396 -> 377, false flags 1,596 -> 1,583, true flags 12,285 -> 12,280 (every name
  after the first, for every test instead of this one: leaks -40 but true flags -114).
  The words may follow a quote or an aside between commas ('Beto "never gets his check', "Rosa, who shares her
  room, isn't allowed out", "Doña Rebeca, the cook, doesnt have a phone"), and "nt" stands for "n't" ("Rosa hasnt
  been allowed out"). On 20 tuning sets: leaks 581 -> 570, false flags 2,281 -> 2,272, true flags 15,152 -> 15,150.
  Measured and left out: "got|gets his|her|their" as undergoer words ("Tomás got his passport taken", but "Trey gets
  her high", "Rigo gets their checks": 2 leaks fewer, 3 true flags demoted) and a later name's possessive right
  before the mention ("Osmin's phone was taken": 7 leaks fewer, 6 true flags demoted).

Measured on the tuning sets and left out: a name as the plain subject of any other mention ("Dez keeps half",
"Brandi says her man drove her up") demoted as many true flags as leaks (a named cousin is often the controller,
and a child named by the parent who reports is the person the note is about); and treating every capitalised name
as another person
(251 true flags have a name right before them, 5 leaks do).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

INTRODUCER_CLASSES = frozenset({"RELATIVE", "PEER"})
# Parents and grandparents are named as actors in a client's story far more often than as other victims; a
# son, daughter, niece or nephew named by the relative who reports ("Mom came in about her daughter Kaylee, 14")
# is the person the note is about.
NOT_INTRODUCERS = frozenset("mother mom mum mama father dad papa grandmother grandma grandfather son daughter "
                            "child children kid kids niece nephew".split())
# Between a relation word and the name: "her friend "Kiki"", "a coworker, Efraín".
BETWEEN = frozenset({'"', "“", "”", ",", "'", "‘", "’", "("})
POSSESSIVE = frozenset({"'s", "’s"})
# Words that name the client, or the client speaking: the clause is about the client again.
CLIENT_WORDS = frozenset("cl client pt patient yth youth res resident i me my we us our".split())
MAX_DISTANCE = 12  # tokens from a possessive name to the mention
# Relation words that are also titles in religious communities ("Brother Kael"); a possessive before one makes it
# a relation again ("her Brother Kael"), but not the "'s" of "she's" ("She's Brother Silas's wife").
TITLES = frozenset("brother sister bro sis".split())
POSSESSORS = frozenset("her his my their our your".split())
SUBJECT_PRONOUNS = frozenset("she he it that there who what".split())
# An age that opens with one of these is the clause's subject's, whoever stands before it: "She was given to
# Brother Kael at sixteen".
AGE_PREPOSITIONS = frozenset("at since until till til from by when".split())
# Between a name and the age that is theirs: "Karla is 16", "Kayla's like 15", "Dante, maybe 15", "Ivy (14)".
AGE_BRIDGE = frozenset("is was 's ’s , ( - – only just like maybe about prob probably around age aged".split())
# Passive participles whose subject is the one it happens to ("was told", "has been kept").
_PARTICIPLES = ("told|kept|charged|forced|made|promised|brought|sold|moved|hit|beaten|threatened|locked|taken|paid|"
                "trafficked|pimped|recruited|trapped|stuck|held|sent|owed|deducted|fined|docked|denied|refused|slapped|"
                "punched|kicked|raped|drugged|given")
# After a plain-subject name, the words that make its bearer the one it happens to: "Marisol had to ...", "Jenna has
# to ...", "Yesenia hasn't been paid", "Kamala isn't allowed to ...". Each is a sequence of word sets.
UNDERGOER_WORDS: tuple[tuple[frozenset[str], ...], ...] = tuple(
    tuple(frozenset(alternatives.split("|")) for alternatives in sequence.split())
    for sequence in ("had|has|have|'d|still|also|then to",
                     "had|has|have|is|was|'s n't|nt|not been|had|got|gotten|seen",
                     "is|was|'s|are|were n't|nt|not allowed|let|permitted",
                     # what they lack: "Doña Rebeca doesnt have a phone", "Tuan didn't get paid"
                     "does|did|do n't|nt|not have|get|receive|see",
                     # the debtor: "Linh still owes £18k", "Maricel owes the agency"
                     "owes|owe|owed",
                     "still|also|now|supposedly owes|owe|owed",
                     # the passive's subject: "Tomasz has been told his debt is ...", "Agus was never paid"
                     f"has|have|had|'s been {_PARTICIPLES}",
                     f"is|was|were|got|gets {_PARTICIPLES}",
                     f"is|was|were|'s never|not|n't|nt|only {_PARTICIPLES}",
                     # what reaches them: "Sari only gets $250 a month", "Ratna never gets a day off"
                     "only|never|barely|rarely gets|got|get|earns|earned"))
VOICE_REACH = 4  # tokens from the end of those words to the mention
QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})
MAX_ASIDE = 8  # tokens of an aside between commas after a name
# Before a sentence's subject: a bullet, a quote, a conjunction ("- Brianna has to ...", "And Lori had to ...").
SENTENCE_OPENERS = frozenset({"-", "–", "—", "•", "*", '"', "“", "(", "and", "but", "also", "then", "so", "plus"})


def looks_like_name(text: str, vocabulary: Collection[str]) -> bool:
    """A capitalised word that is not an English word the tool knows ("Marisol", not "Rose" or "Crew")."""
    return (len(text) > 1 and text[0].isupper() and text.isalpha() and any(c.islower() for c in text[1:])
            and text.lower() not in vocabulary)


def name_positions(texts: list[str], vocabulary: Collection[str]) -> list[int]:
    """The tokens that look like names, in order (read once per note for both kinds of name below)."""
    return [i for i, text in enumerate(texts) if looks_like_name(text, vocabulary)]


def introduced_names(texts: list[str], forms: list[str], word_classes: Mapping[str, tuple[str, ...]],
                     positions: list[int]) -> dict[str, int]:
    """Lower-cased names the note introduces with a relation word -> the token where each is introduced
    (*positions*: the note's ``name_positions``)."""
    names: dict[str, int] = {}
    for i in positions:
        text = texts[i]
        j = i - 1
        while j >= 0 and texts[j] in BETWEEN:
            j -= 1
        if j >= 0 and _introduces(forms, j, word_classes) and not _is_title(texts, forms, j, i):
            names.setdefault(text.lower(), i)
    return names


def _is_title(texts: list[str], forms: list[str], j: int, i: int) -> bool:
    """"Brother Kael", "Sister Ruth": a capitalised title of a religious community right before a name, with no
    possessive before it, names a member, not the client's sibling ("her brother Kael", "Cl's sister Ruth")."""
    if j != i - 1 or forms[j] not in TITLES or not texts[j][0].isupper():
        return False
    if j == 0:
        return True
    before = forms[j - 1]
    if before in POSSESSIVE:  # "Cl's Brother Kael" is a relation, "She's Brother Silas's wife" a title
        return j >= 2 and forms[j - 2] in SUBJECT_PRONOUNS
    return before not in POSSESSORS


def later_names(texts: list[str], positions: list[int]) -> dict[str, int]:
    """Lower-cased names after the note's first one -> the token where each first appears (*positions*: the note's
    ``name_positions``)."""
    names: dict[str, int] = {}
    first = None
    for i in positions:
        name = texts[i].lower()
        if first is None:
            first = name
        elif name != first:
            names.setdefault(name, i)
    return names


def _introduces(forms: list[str], j: int, word_classes: Mapping[str, tuple[str, ...]]) -> bool:
    word = forms[j]
    if word == "law" and "in" in forms[max(0, j - 2):j]:  # "sis-in-law Cely", "brother in law Tito"
        return True
    return word not in NOT_INTRODUCERS and not INTRODUCER_CLASSES.isdisjoint(word_classes.get(word, ()))


def third_party_cue(texts: list[str], forms: list[str], names: Mapping[str, int], start: int, end: int,
                    sent_start: int, *, age: bool = False, later: Mapping[str, int] | None = None) -> int | None:
    """The token of an introduced name the mention ``[start, end)`` is about, or None: a name inside the mention,
    for an *age* one just before it ("Karla is 16"), or a possessive one before it in its sentence with no word for
    the client in between; or, introduced or one of the *later* names (after the note's first), the plain subject
    of undergoer words before the mention."""
    later = later or {}
    if not names and not later:
        return None
    for p in range(start + 1, end):  # inside: "keeps Cely's passport", "puts Kayla on a site"
        if _is_name(texts, names, p):
            return p
    if age and forms[start] not in AGE_PREPOSITIONS:  # an age right after an introduced name: "Karla is 16"
        p = start - 1
        while p >= max(sent_start, start - 4) and forms[p] in AGE_BRIDGE:
            p -= 1
        if p >= sent_start and _is_name(texts, names, p):
            return p
    for p in range(start - 1, max(sent_start, start - MAX_DISTANCE) - 1, -1):
        if forms[p] in CLIENT_WORDS:
            return None
        possessive = p + 1 < len(texts) and texts[p + 1] in POSSESSIVE
        if not _is_name(texts, names, p):
            if possessive or not _is_name(texts, later, p):  # a later name counts only as an undergoer
                continue
        elif possessive:
            return p
        voice_end = _undergoer_words_end(forms, _after_aside(forms, p + 1))
        return p if voice_end is not None and start - voice_end <= VOICE_REACH else None
    return None


def subject_third_party(texts: list[str], forms: list[str], names: Mapping[str, int], later: Mapping[str, int],
                        s: int, e: int) -> int | None:
    """The token of a name that opens the sentence ``[s, e)`` as the plain subject of undergoer words ("Lori had to
    give Cody her tips", "Min Khant was made to gut fish"), or, introduced, as a possessive ("Kiki's boyfriend posts
    her"): the one a flag over the whole sentence (the model's) is about."""
    i = s
    while i < e and forms[i] in SENTENCE_OPENERS:
        i += 1
    for p in (i, i + 1):  # a name of two words: "Min Khant", "Doña Rebeca"
        if p >= e or (p > i and not texts[i][:1].isupper()):
            break
        introduced = _is_name(texts, names, p)
        if not introduced and not _is_name(texts, later, p):
            continue
        if p + 1 < e and texts[p + 1] in POSSESSIVE:
            return p if introduced else None
        return p if _undergoer_words_end(forms, _after_aside(forms, p + 1)) is not None else None
    return None


def _after_aside(forms: list[str], i: int) -> int:
    """Past what may stand between a name and its words: an opening quote ('Beto "never gets his check') and an
    aside between commas ("Rosa, who shares her room, isn't allowed ...", "Doña Rebeca, the cook, doesnt have ...")."""
    while i < len(forms) and forms[i] in QUOTES:
        i += 1
    if i < len(forms) and forms[i] == ",":
        for j in range(i + 1, min(len(forms), i + 1 + MAX_ASIDE)):
            if forms[j] in CLIENT_WORDS:
                break
            if forms[j] == ",":
                return j + 1
    return i


def _undergoer_words_end(forms: list[str], i: int) -> int | None:
    """The end of the words at *i* that make the subject before them the one it happens to, if any."""
    for sequence in UNDERGOER_WORDS:
        j = i + len(sequence)
        if j <= len(forms) and all(forms[i + k] in words for k, words in enumerate(sequence)):
            return j
    return None


def _is_name(texts: list[str], names: Mapping[str, int], p: int) -> bool:
    first = names.get(texts[p].lower())
    return first is not None and first <= p
