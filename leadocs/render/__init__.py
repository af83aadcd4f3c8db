"""Engines that turn templates and contexts into documents."""
