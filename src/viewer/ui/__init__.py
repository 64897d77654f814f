"""Qt widgets and models. Everything that imports PySide6 lives here.

Start-up rule: nothing that runs before the main window's first paint may build PySide's
``Qt`` namespace. PySide makes each class on first use, and ``Qt`` comes with 94 enums
that take about 25 ms to build: a third of what the window costs beyond a bare one.
So the modules imported before the paint (app, main_window, search_panel, detail_view,
theme) import ``Qt`` inside the functions that run after it, and
avoid the constructors whose overloads make PySide build it to rule them out
(``QSplitter(parent)``, ``QPalette(palette)``). The same goes for an application-wide
event filter (see ``Navigation.watch_mouse_buttons``). ``--self-test first-paint``
prints ``qt-namespace=deferred`` when the rule holds; tests/ui/test_startup.py holds it.
"""
