"""Plain values of the domain: observations and indicators, periods, the one value parser, how figures read."""
