"""The Word writer: a document model written to .docx with python-docx, its template, fonts, tables and fields."""
