"""Qt models over the store: observations, indicators, derived figures, findings; the filter proxy."""
