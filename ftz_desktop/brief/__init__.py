"""Policy briefs: recipe + workspace -> document model -> Word file and HTML preview."""
