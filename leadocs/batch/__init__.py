"""Mailings: many documents from one recipient list, resumable, with an e-mail outbox.

``run_batch`` validates every row, renders with the compiled engine in a pool
of processes and records every finished recipient in a manifest in the output
folder; ``send_outbox`` sends the ``.eml`` files it wrote, each exactly once.
"""

from leadocs.batch.email import EmailTemplates
from leadocs.batch.plan import DEFAULT_NAME, Selection
from leadocs.batch.result import BatchProgress, BatchResult, Outcome, Status
from leadocs.batch.run import BatchRequest, run_batch

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
