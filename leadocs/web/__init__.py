"""The network's web desk (``leadocs serve``): public forms, the coordinator's pages, exports.

Built on leadocs' own formats and documents: sign-ups are validated by the
organisation model, answered with the LOI of :mod:`leadocs.documents.build` and a
confirmation from the mailing's e-mail builder, stored with SQLAlchemy.
"""
