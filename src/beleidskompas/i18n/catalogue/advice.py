"""Texts of ``beleidskompas advise``: the levers, the changes, the outcome and the report."""

from beleidskompas.i18n.entry import Entry

# What each lever is and why it is one (docs/methodology.md lists the same catalogue).
LEVER_NOTES = {
    "route": Entry(
        "De route waarlangs mensen de regeling krijgen: hoe minder mensen zelf moeten doen, "
        "hoe hoger het gebruik (automatisch, bevestigen, vooringevuld, uitnodiging).",
        "The route by which people get the measure: the less people must do themselves, the "
        "higher the take-up (automatic, confirm, prefilled, invitation).",
    ),
    "payment": Entry(
        "Een vast bedrag in plaats van een voorschot met verrekening of betaling achteraf: "
        "geen terugvordering en geen wachten.",
        "A fixed amount instead of an advance settled later or payment afterwards: no "
        "recovery and no waiting.",
    ),
    "channels": Entry(
        "Een extra kanaal (papier, telefoon, loket) naast de kanalen die er al zijn.",
        "An extra channel (paper, phone, desk) next to the channels there are.",
    ),
    "non_digital": Entry(
        "Een weg om alles zonder internet te regelen.",
        "A way to do everything without the internet.",
    ),
    "personal_help": Entry(
        "Een persoon die helpt: aan een loket, aan de telefoon of thuis.",
        "A person who helps: at a desk, on the phone or at home.",
    ),
    "digid": Entry(
        "Geen DigiD verplicht (bijvoorbeeld een papieren aanvraag of machtiging).",
        "No DigiD required (for example a paper application or an authorisation).",
    ),
    "tested": Entry(
        "Het ontwerp testen met mensen uit de doelgroep voordat het wordt ingevoerd.",
        "Testing the design with people from the target group before it is introduced.",
    ),
    "hardship_clause": Entry(
        "Een hardheidsclausule, zodat de uitvoerder kan afwijken als de regel onredelijk uitpakt.",
        "A hardship clause, so that the implementer can deviate when the rule works out "
        "unreasonably.",
    ),
    "sanction_escalation": Entry(
        "Een sanctie die niet oploopt als mensen niet (op tijd) betalen.",
        "A sanction that does not grow when people do not pay (on time).",
    ),
    "drop_sanction": Entry(
        "Een sanctie schrappen.",
        "Dropping a sanction.",
    ),
    "government_initiative": Entry(
        "De overheid zet de eerste stap (een brief met een vooringevuld formulier).",
        "The government takes the first step (a letter with a pre-filled form).",
    ),
    "take_over_action": Entry(
        "De uitvoerder neemt een handeling over waarvan de overheid de gegevens al heeft.",
        "The implementer takes over an action whose data the government already holds.",
    ),
    "less_often": Entry(
        "Een handeling minder vaak vragen (jaarlijks of eenmalig in plaats van vaker).",
        "Asking for an action less often (yearly or once instead of more often).",
    ),
    "longer_deadline": Entry(
        "Een termijn zo lang als de kortste termijn die geen regel meer als te kort ziet.",
        "A deadline as long as the shortest one no rule calls too short.",
    ),
    "it_change": Entry(
        "Een kleinere IT-wijziging bij een uitvoerder (bijvoorbeeld gefaseerd invoeren).",
        "A smaller IT change at an implementer (for example by phasing the introduction).",
    ),
    "entry_date": Entry(
        "Inwerkingtreding op de vroegst haalbare datum in plaats van eerder.",
        "Entry into force on the earliest feasible date instead of earlier.",
    ),
    "dpia": Entry(
        "Een DPIA doen voordat persoonsgegevens worden verwerkt.",
        "Doing a DPIA before personal data are processed.",
    ),
    "enforcement_plan": Entry("Een handhavingsplan maken.", "Making an enforcement plan."),
    "evaluation": Entry("Een evaluatie plannen.", "Planning an evaluation."),
    "decentral_funding": Entry(
        "De taak van medeoverheden voldoende bekostigen.",
        "Funding the task of the decentral governments sufficiently.",
    ),
    "udo": Entry(
        "De uitvoerbaarheidstoets decentrale overheden (UDO) laten doen.",
        "Having the uitvoerbaarheidstoets decentrale overheden (UDO) done.",
    ),
    "policy_freedom": Entry(
        "Medeoverheden meer beleidsvrijheid laten.",
        "Leaving decentral governments more policy freedom.",
    ),
}

# One change, as shown in the report.
CHANGES = {
    "route": Entry("route: {value}", "route: {value}"),
    "payment": Entry("betaling: {value}", "payment: {value}"),
    "channels": Entry("kanaal erbij: {value}", "add channel: {value}"),
    "non_digital": Entry("weg zonder internet", "a route without the internet"),
    "personal_help": Entry("persoonlijke hulp", "personal help"),
    "digid": Entry("geen DigiD verplicht", "no DigiD required"),
    "tested": Entry("getest met de doelgroep", "tested with the target group"),
    "hardship_clause": Entry("hardheidsclausule", "hardship clause"),
    "sanction_escalation": Entry(
        "sanctie {item} loopt niet op ({what})", "sanction {item} does not grow ({what})"
    ),
    "drop_sanction": Entry("sanctie {item} geschrapt ({what})", "sanction {item} dropped ({what})"),
    "government_initiative": Entry(
        "handeling {item}: de overheid zet de eerste stap ({what})",
        "action {item}: the government takes the first step ({what})",
    ),
    "take_over_action": Entry(
        "handeling {item} overgenomen door de uitvoerder ({what})",
        "action {item} taken over by the implementer ({what})",
    ),
    "less_often": Entry(
        "handeling {item}: {value} ({what})",
        "action {item}: {value} ({what})",
    ),
    "longer_deadline": Entry(
        "handeling {item}: termijn {value} dagen ({what})",
        "action {item}: deadline {value} days ({what})",
    ),
    "it_change": Entry(
        "IT-wijziging {what}: {value}",
        "IT change {what}: {value}",
    ),
    "entry_date": Entry("inwerkingtreding {value:date}", "entry into force {value:date}"),
    "dpia": Entry("DPIA gedaan", "DPIA done"),
    "enforcement_plan": Entry("handhavingsplan", "enforcement plan"),
    "evaluation": Entry("evaluatie gepland", "evaluation planned"),
    "decentral_funding": Entry("medeoverheden bekostigd", "decentral governments funded"),
    "udo": Entry("UDO gedaan", "UDO done"),
    "policy_freedom": Entry("beleidsvrijheid: {value}", "policy freedom: {value}"),
}

# Outcome of the search.
STATUS = {
    "lifted": Entry(
        "{count} ontwerpkeuze(s) met {changes} wijziging(en) tillen het oordeel van {verdict} "
        "naar een hoger niveau.",
        "{count} design option(s) of {changes} change(s) lift the verdict from {verdict} "
        "to a higher level.",
    ),
    "nothing_to_lift": Entry(
        "Het oordeel is al {verdict}: er valt niets op te tillen.",
        "The verdict is already {verdict}: there is nothing to lift.",
    ),
    "agency_verdict": Entry(
        "Het eindoordeel volgt het eigen oordeel van de uitvoerders ({verdict}): elke uitvoerder "
        "gaf een uitvoeringstoets, en hun oordeel weegt het zwaarst. Geen ontwerpwijziging op "
        "papier tilt het; vraag de uitvoerders om een nieuwe toets van het aangepaste ontwerp.",
        "The eindoordeel follows the implementers' own verdict ({verdict}): every implementer "
        "gave an uitvoeringstoets, and theirs weighs most. No design change on paper lifts it; "
        "ask the implementers to test the changed design again.",
    ),
    "not_within_reach": Entry(
        "Geen combinatie van ten hoogste {max_changes} wijziging(en) tilt het oordeel ({verdict}). "
        "Hieronder de keuzes die het dichtst in de buurt komen en wat het oordeel vasthoudt.",
        "No combination of at most {max_changes} change(s) lifts the verdict ({verdict}). Below "
        "are the options that come closest and what holds the verdict down.",
    ),
    "no_levers": Entry(
        "Het voorstel geeft geen ontwerpkeuze die een regel van {target} raakt: er is niets "
        "om te proberen.",
        "The proposal has no design choice that any {target} rule reads: there is nothing to try.",
    ),
}
SCORE_BELOW = Entry(
    "De score {score:num0} blijft onder de drempel {threshold:num0} voor het volgende niveau.",
    "The score {score:num0} stays below the threshold {threshold:num0} for the next level.",
)
NO_LEVER = Entry("geen ontwerpkeuze raakt deze regel", "no design choice touches this rule")
LEVERS_FOR = Entry("te raken met: {levers}", "touched by: {levers}")
SAMPLED = Entry(
    "Op zoekniveau {levels} waren er meer dan {limit} combinaties; daaruit is een steekproef "
    "getrokken met seed {seed}.",
    "At search level {levels} there were more than {limit} combinations; a sample was drawn "
    "with seed {seed}.",
)

# Report
TITLE = Entry("Wat maakt het {target}? {title}", "What would make it {target}? {title}")
TARGET_GOAL = {
    "doenvermogen": Entry("doenlijk", "doenlijk"),
    "uitvoerbaarheid": Entry("uitvoerbaar", "uitvoerbaar"),
}
TARGET_LABEL = {
    "doenvermogen": Entry("doenvermogen", "doenvermogen"),
    "uitvoerbaarheid": Entry("uitvoerbaarheid", "uitvoerbaarheid"),
}
NOW = Entry(
    "Nu: {verdict} (score {score:num0}); gebruik {take_up}.",
    "Now: {verdict} (score {score:num0}); take-up {take_up}.",
)
OPTIONS = Entry("Ontwerpkeuzes die het oordeel tillen", "Design options that lift the verdict")
CLOSEST = Entry("Het dichtst in de buurt", "Closest")
HOLDS = Entry("Wat het oordeel vasthoudt", "What holds the verdict down")
LEVERS_TRIED = Entry("Geprobeerde ontwerpkeuzes", "Design choices tried")
SEARCH = Entry(
    "Gezocht tot {max_changes} wijziging(en), bundelbreedte {beam}, seed {seed}: "
    "{evaluated} varianten beoordeeld.",
    "Searched up to {max_changes} change(s), beam width {beam}, seed {seed}: {evaluated} "
    "variants assessed.",
)
ON_PAPER = Entry(
    "Een ontwerpkeuze verandert het voorstel op papier. Of ze haalbaar, betaalbaar en "
    "wenselijk is, beoordeelt de analist.",
    "A design choice changes the proposal on paper. Whether it is feasible, affordable and "
    "desirable is for the analyst to judge.",
)
COL_RANK = Entry("#", "#")
COL_CHANGES = Entry("Wijzigingen", "Changes")
COL_VERDICT = Entry("Oordeel", "Verdict")
COL_SCORE = Entry("Score", "Score")
COL_TAKE_UP = Entry("Δ gebruik (%-punt)", "Δ take-up (pp)")
COL_GAINS = Entry("Δ winst laagste", "Δ gains bottom")
COL_RULES = Entry("Vervalt / erbij", "Removed / added")
COL_LEVER = Entry("Keuze", "Choice")
COL_NOTE = Entry("Toelichting", "Note")

# The values a lever sets, as shown in the report.
VALUES = {
    "automatic": Entry("automatisch", "automatic"),
    "confirm": Entry("bevestigen", "confirm"),
    "prefilled": Entry("vooringevuld", "prefilled"),
    "invitation": Entry("uitnodiging", "invitation"),
    "fixed": Entry("vast bedrag", "fixed amount"),
    "paper": Entry("papier", "paper"),
    "phone": Entry("telefoon", "phone"),
    "desk": Entry("loket", "desk"),
    "yearly": Entry("jaarlijks", "yearly"),
    "once": Entry("eenmalig", "once"),
    "none": Entry("geen", "none"),
    "minor": Entry("klein", "minor"),
    "major": Entry("groot", "major"),
    "medium": Entry("middel", "medium"),
    "high": Entry("hoog", "high"),
}

# Command line
PROGRESS = Entry("Varianten beoordelen", "Assessing variants")
JOBS_INVALID = Entry(
    "geef een aantal processen (1 of meer) of -1 (alle kernen), niet {jobs}",
    "give a number of processes (1 or more) or -1 (every core), not {jobs}",
)
