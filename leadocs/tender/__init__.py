"""Tenders: the procurement model, the rules of the law, the tender documents."""
