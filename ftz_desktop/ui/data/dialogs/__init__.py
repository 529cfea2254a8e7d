"""The Data tab's dialogs: add an observation, an indicator or a source; import preview; snapshots."""
