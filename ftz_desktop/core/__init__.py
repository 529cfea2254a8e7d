"""Pure-Python core: the study's content, indicators, derived figures, checks and the workspace store. No Qt."""
