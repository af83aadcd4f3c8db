"""Mailings: many documents from one recipient list, resumable, with an e-mail outbox.

``run_batch`` validates every row, renders with the compiled engine in a pool
of processes and records every finished recipient in a manifest in the output
folder; ``send_outbox`` sends the ``.eml`` files it wrote, each exactly once.
"""

from leadocs.mailing.messages import EmailTemplates
from leadocs.mailing.plan import DEFAULT_NAME, Selection
from leadocs.mailing.result import BatchProgress, BatchResult, Outcome, Status
from leadocs.mailing.run import BatchRequest, run_batch

__all__ = [
    "DEFAULT_NAME",
    "BatchProgress",
    "BatchRequest",
    "BatchResult",
    "EmailTemplates",
    "Outcome",
    "Selection",
    "Status",
    "run_batch",
]
