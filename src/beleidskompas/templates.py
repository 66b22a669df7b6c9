"""The commented proposal template written by ``beleidskompas init``."""

from __future__ import annotations

from beleidskompas.model.base import Lang

TEMPLATE_NL = """\
# yaml-language-server: $schema={schema}
#
# Een voorstel voor beleidskompas. Dit bestand is een voorbeeld dat het formaat uitlegt:
# pas het aan en controleer het met `beleidskompas validate {name}`, beoordeel het met
# `beleidskompas assess {name}`.
#
# Alleen id, title, effects en target_group zijn verplicht. Wat u weglaat, geldt als
# ONBEKEND: de toets meldt dan "kan niet beoordelen" in plaats van het goed te rekenen.
# Onbekende sleutels zijn fouten (een tikfout glipt er niet doorheen).

schema_version: 1
id: mijn-maatregel                # kleine letters, cijfers en streepjes
title: Mijn maatregel
ministry: SZW
instrument: income_support        # income_support | tax_measure | service | in_kind | regulation | subsidy | information | programme
summary: >-
  Wat de maatregel doet, in twee of drie zinnen.

budget:
  structural_eur_per_year: 25000000   # structurele kosten per jaar; nodig voor 'kosten per punt'

# Het directe effect voor één persoon die de maatregel krijgt, op de 0–1-schaal van het
# SCP-kapitaal. Negatief = de maatregel neemt iets af. Met `range` geeft u de onzekerheid.
effects:
  - capital: economisch           # economisch | sociaal | cultureel | persoons
    size: 0.02
    range: [0.01, 0.03]
    note: Schatting op basis van ...

# Wie komt in aanmerking? `criteria` zijn kenmerken van de klassen (alle moeten gelden);
# zie `beleidskompas classes`. Of geef per klasse expliciet het aandeel met `reach`.
target_group:
  description: Huurders met een laag inkomen
  criteria: [low_income, renter]
  # reach: {{precariaat: 0.6, onzekere_werkenden: 0.3}}   # overschrijft criteria; rest = 0

# Wat vraagt de maatregel van mensen? Dit bepaalt doenvermogen en gebruik.
delivery:
  granting: application           # automatic | proactive | application | discretionary
  payment: fixed                  # none | fixed | advance_with_reconciliation | ex_post
  amount_eur_per_month: 40
  income_dependent: true
  channels: [digital, paper, phone]   # digital | paper | phone | desk
  requires_digid: true
  help: {{personal: true, non_digital: true}}
  life_event: none                # none | birth | divorce | death_partner | job_loss | illness | bankruptcy | retirement | moving
  tested_with_target_group: false
  hardship_clause: true
  citizen_actions:                # [] = er wordt niets gevraagd
    - description: Aanvraag indienen
      initiative: citizen         # citizen | government (bijv. een vooringevuld formulier)
      repeats: once               # once | yearly | monthly | on_change
      documents: 1
      deadline_days: 42           # weglaten = geen termijn
      data_known_to_government: true
  sanctions: []                   # bijv. {{trigger: te laat gemeld, kind: repayment, escalates: false}}

# Wie voert het uit, met welk wettelijk instrument, en wanneer?
implementation:
  implementers:
    - organisation: toeslagen     # toeslagen | belastingdienst | uwv | svb | duo | cak | rvo | gemeenten | provincies | waterschappen | other
      it_change: minor            # none | minor | major | new_system
      uitvoeringstoets: {{done: true, verdict: uitvoerbaar}}
  legislation: amvb               # none | beleidsregel | ministeriele_regeling | amvb | wet
  decision_date: 2026-03-01
  publication_date: 2026-09-01
  entry_into_force: 2027-07-01
  decentralised: {{involved: false}}
  new_data_exchange: false
  personal_data: true
  dpia_done: true
  fraud_risk: low                 # low | medium | high
  enforcement_plan: true
  staff_fte_structural: 12
  evaluation_planned: true
"""

TEMPLATE_EN = """\
# yaml-language-server: $schema={schema}
#
# A proposal for beleidskompas. This file is an example that explains the format:
# edit it, check it with `beleidskompas validate {name}`, assess it with
# `beleidskompas assess {name} --lang en`.
#
# Only id, title, effects and target_group are required. What you leave out counts as
# UNKNOWN: the assessment then says "cannot judge" instead of counting it as fine.
# Unknown keys are errors (a typo cannot slip through).

schema_version: 1
id: my-measure                    # lower-case letters, digits and hyphens
title: My measure
ministry: SZW
instrument: income_support        # income_support | tax_measure | service | in_kind | regulation | subsidy | information | programme
summary: >-
  What the measure does, in two or three sentences.

budget:
  structural_eur_per_year: 25000000   # structural cost per year; needed for 'cost per point'

# The direct effect for one person who receives the measure, on the SCP's 0–1 capital
# scale. Negative = the measure takes something away. `range` gives the uncertainty.
effects:
  - capital: economisch           # economisch | sociaal | cultureel | persoons
    size: 0.02
    range: [0.01, 0.03]
    note: Estimate based on ...

# Who is eligible? `criteria` are class attributes (all must hold); see
# `beleidskompas classes`. Or give each class's share explicitly with `reach`.
target_group:
  description: Low-income renters
  criteria: [low_income, renter]
  # reach: {{precariaat: 0.6, onzekere_werkenden: 0.3}}   # overrides criteria; others = 0

# What does the measure ask of people? This drives doenvermogen and take-up.
delivery:
  granting: application           # automatic | proactive | application | discretionary
  payment: fixed                  # none | fixed | advance_with_reconciliation | ex_post
  amount_eur_per_month: 40
  income_dependent: true
  channels: [digital, paper, phone]   # digital | paper | phone | desk
  requires_digid: true
  help: {{personal: true, non_digital: true}}
  life_event: none                # none | birth | divorce | death_partner | job_loss | illness | bankruptcy | retirement | moving
  tested_with_target_group: false
  hardship_clause: true
  citizen_actions:                # [] = nothing is asked
    - description: Submit an application
      initiative: citizen         # citizen | government (e.g. a pre-filled form)
      repeats: once               # once | yearly | monthly | on_change
      documents: 1
      deadline_days: 42           # leave out = no deadline
      data_known_to_government: true
  sanctions: []                   # e.g. {{trigger: reported late, kind: repayment, escalates: false}}

# Who carries it out, by which legal vehicle, and when?
implementation:
  implementers:
    - organisation: toeslagen     # toeslagen | belastingdienst | uwv | svb | duo | cak | rvo | gemeenten | provincies | waterschappen | other
      it_change: minor            # none | minor | major | new_system
      uitvoeringstoets: {{done: true, verdict: uitvoerbaar}}
  legislation: amvb               # none | beleidsregel | ministeriele_regeling | amvb | wet
  decision_date: 2026-03-01
  publication_date: 2026-09-01
  entry_into_force: 2027-07-01
  decentralised: {{involved: false}}
  new_data_exchange: false
  personal_data: true
  dpia_done: true
  fraud_risk: low                 # low | medium | high
  enforcement_plan: true
  staff_fte_structural: 12
  evaluation_planned: true
"""

SCHEMA_URL = (
    "https://raw.githubusercontent.com/beleidskompas/beleidskompas/main/schemas/"
    "proposal.schema.json"
)


def proposal_template(name: str, lang: Lang = "nl") -> str:
    """The commented template for a new proposal file called ``name``."""
    text = TEMPLATE_NL if lang == "nl" else TEMPLATE_EN
    return text.format(name=name, schema=SCHEMA_URL)
