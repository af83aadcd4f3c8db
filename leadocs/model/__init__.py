"""The data formats of leadocs as pydantic models (no I/O here)."""

from leadocs.model.common import Person, Signatory, StrictModel
from leadocs.model.network import Benefit, Network, NetworkFile, Partner, Task
from leadocs.model.organisation import Address, Organisation, OrganisationFile, OrganisationType

__all__ = [
    "Address",
    "Benefit",
    "Network",
    "NetworkFile",
    "Organisation",
    "OrganisationFile",
    "OrganisationType",
    "Partner",
    "Person",
    "Signatory",
    "StrictModel",
    "Task",
]
