"""beleidskompas: judge a proposed Dutch policy measure the Beleidskompas way.

Doenvermogen (can the target group do what is asked), uitvoerbaarheid (can the
implementers carry it out, and by when) and the impact on the SCP social classes.

>>> import beleidskompas
>>> proposal = beleidskompas.load_proposal("examples/automatisch-kindbudget.yaml")  # doctest: +SKIP
>>> assessment = beleidskompas.assess(proposal)  # doctest: +SKIP
>>> assessment.doenvermogen.verdict  # doctest: +SKIP
'doenlijk'
"""

from beleidskompas._version import __version__
from beleidskompas.api import load_proposal, read_proposal
from beleidskompas.assess import assess
from beleidskompas.errors import InputError, RuleSetError
from beleidskompas.model.proposal import Proposal
from beleidskompas.model.results import Assessment
from beleidskompas.rules.loader import load_rules
from beleidskompas.rules.ruleset import RuleSet

__all__ = [
    "Assessment",
    "InputError",
    "Proposal",
    "RuleSet",
    "RuleSetError",
    "__version__",
    "assess",
    "load_proposal",
    "load_rules",
    "read_proposal",
]
