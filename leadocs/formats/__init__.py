"""The YAML formats: models (no I/O), loading with source positions, validation, checks."""
