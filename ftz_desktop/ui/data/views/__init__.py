"""The Data tab's views: the table, its delegates, the filter bar, the history and problems panels."""
