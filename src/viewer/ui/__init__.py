"""Qt widgets and models. Everything that imports PySide6 lives here."""
