"""leadocs: innovation-procurement paperwork from YAML.

The public API is what ``__all__`` names; every other module is internal.
"""

__version__ = "0.1.0"

__all__ = ["__version__"]
