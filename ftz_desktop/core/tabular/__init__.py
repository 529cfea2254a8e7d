"""Observation tables as files: sniffing, CSV and XLSX reading, writing, the import plan and its application."""
