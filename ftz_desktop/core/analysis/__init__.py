"""What the figures say about each other: derived figures computed from stated ones, and the consistency checks."""
