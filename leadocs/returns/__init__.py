"""Returned documents read back into data: ``leadocs collect``."""
