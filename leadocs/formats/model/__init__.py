"""The data formats of leadocs as pydantic models (no I/O here)."""

from leadocs.formats.model.common import Person, Signatory, StrictModel
from leadocs.formats.model.network import Benefit, Network, NetworkFile, Partner, Task
from leadocs.formats.model.organisation import (
    Address,
    Organisation,
    OrganisationFile,
    OrganisationType,
)

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
