"""The coordinator's consolidated report: every partner's returned report in one document.

``records`` reads and checks a folder of partner report records, ``figures``
counts (pure), ``charts`` draws, ``document`` writes the ``.docx``.
"""
