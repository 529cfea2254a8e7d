"""What the Data tab does: undo commands, edits, clipboard, row and grid actions, files, import runs."""
