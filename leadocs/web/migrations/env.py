"""Alembic environment of the web desk: runs on the connection leadocs hands it."""

from __future__ import annotations

from alembic import context

from leadocs.web.schema import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
