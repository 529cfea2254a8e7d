"""Shared test helpers and fixtures (importable as "helpers")."""
