"""Recipient lists: CSV, XLSX and YAML readers, and their columns."""
