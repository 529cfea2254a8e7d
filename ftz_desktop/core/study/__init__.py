"""The study itself: its text as content, figures filled into the text, the shipped data, the headline figures."""
