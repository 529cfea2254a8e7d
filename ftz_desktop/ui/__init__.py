"""The Qt layer: windows, tabs, Qt models, delegates, dialogs and chart canvases. PySide6 lives only here."""
