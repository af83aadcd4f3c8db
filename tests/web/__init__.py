"""Tests of the web desk (leadocs.web, leadocs serve)."""
