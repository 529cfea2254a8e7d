"""The store's writes per table, each inside one audited batch: observations, indicators, sources."""
