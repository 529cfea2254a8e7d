"""The main window: tabs, menus, status bar. It coordinates; tabs and dialogs do the work."""
from __future__ import annotations

import importlib
import logging

from PySide6.QtCore import QByteArray, QSettings, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoGroup, QUndoStack
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QTabWidget, QVBoxLayout, QWidget

import ftz_desktop
from ftz_desktop import startup_probe
from ftz_desktop.ui.banners import WorkspaceBanners
from ftz_desktop.ui.context import AppContext
from ftz_desktop.ui.tab_registry import TABS, TabEntry, tab_title
from ftz_desktop.ui.team.naming import workspace_names

log = logging.getLogger(__name__)


class _TabHost(QWidget):
    """Holds a tab's place until its widget is built (after the first paint, or when first shown)."""

    def __init__(self, entry: TabEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.widget: QWidget | None = None
        self.setLayout(QVBoxLayout())
        self.layout().setContentsMargins(0, 0, 0, 0)


class MainWindow(QMainWindow):
    """The window over one workspace.

    ``MainWindow(store, content)`` is ready at once. At start-up the app builds ``MainWindow()`` bare,
    shows it, and attaches the workspace after the first paint (``first_painted``), so the window
    appears about as fast as an empty one while the database and the study load.
    """

    workspace_open_requested = Signal(str)
    team_connect_requested = Signal()
    team_workspace_requested = Signal(object)      # a ServerLogin from the recent team workspaces
    first_painted = Signal()

    def __init__(self, store=None, content=None, settings: QSettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._closed = False
        self._painted = False
        # Undo follows the tab on screen: the Brief tab has its own history, every other tab undoes data edits.
        self.undo_stack = QUndoStack(self)
        self.undo_group = QUndoGroup(self)
        self.undo_group.addStack(self.undo_stack)
        self.undo_group.setActiveStack(self.undo_stack)
        self.undo_action = QAction(self)
        self.undo_action.triggered.connect(self.undo_group.undo)
        self.redo_action = QAction(self)
        self.redo_action.triggered.connect(self.undo_group.redo)
        for signal in (self.undo_group.undoTextChanged, self.undo_group.redoTextChanged,
                       self.undo_group.canUndoChanged, self.undo_group.canRedoChanged):
            signal.connect(self._update_undo_actions)
        self.context: AppContext | None = None
        from ftz_desktop.ui.i18n import chosen_language

        self.language = content.language if content is not None else chosen_language(settings)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self._hosts: dict[str, _TabHost] = {}
        for entry in TABS:
            host = _TabHost(entry, self.tabs)
            self._hosts[entry.key] = host
            self.tabs.addTab(host, tab_title(entry))
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.banners = WorkspaceBanners(central, layout)
        self.read_only_banner, self.location_banner = self.banners.read_only, self.banners.location
        layout.addWidget(self.tabs)
        self.setCentralWidget(central)
        self._build_menus()
        self._retranslate()
        self._workspace_label = QLabel(self)
        self.statusBar().addPermanentWidget(self._workspace_label)
        self._restore_state()
        self.tabs.currentChanged.connect(self._on_tab_changed)
        if store is not None:
            self.attach(store, content)
        else:
            self.statusBar().showMessage(self.tr("Opening the workspace…"))

    def attach(self, store, content) -> None:
        """Show this workspace (once per window)."""
        if self.context is not None:
            raise RuntimeError("This window already shows a workspace")
        self.context = AppContext(store=store, content=content, undo_stack=self.undo_stack,
                                  show_indicator=self.show_indicator, show_status_message=self.show_status_message,
                                  write_refused=self.show_write_refused)
        self.banners.show_for(store)
        self._update_workspace_label()
        self.statusBar().clearMessage()
        if self._painted:
            QTimer.singleShot(0, self, self._build_current_tab)
        if startup_probe.wanted("all_tabs"):
            QTimer.singleShot(0, self, self._build_all_tabs_for_probe)

    @Slot()
    def _build_all_tabs_for_probe(self) -> None:
        # The bundle test's check that every tab's module shipped (tabs are imported by name).
        self.build_all_tabs()
        startup_probe.mark("all_tabs")

    # ----- tabs -------------------------------------------------------------------------------------------
    def tab_widget(self, key: str) -> QWidget:
        """The tab's widget, building it now if it was not built yet."""
        host = self._hosts[key]
        if self.context is None:
            raise RuntimeError("No workspace is attached to this window yet")
        if host.widget is None:
            entry = host.entry
            module = importlib.import_module(entry.module)
            cls = getattr(module, entry.class_name)
            generic = entry.section_id and entry.class_name == "SectionTab"
            args = (self.context, entry.section_id) if generic else (self.context,)
            host.widget = cls(*args, parent=host)
            host.layout().addWidget(host.widget)
        return host.widget

    def build_all_tabs(self) -> None:
        """Build every tab (tests and the screenshot script; the app builds them as they are needed)."""
        for key in self._hosts:
            self.tab_widget(key)

    @Slot(int)
    def _on_tab_changed(self, index: int) -> None:
        if self._closed or self.context is None:
            return  # a deferred build may arrive before the workspace is attached or after it closed
        host = self.tabs.widget(index)
        if isinstance(host, _TabHost):
            self._follow_undo(self.tab_widget(host.entry.key))

    def _follow_undo(self, tab: QWidget) -> None:
        """Edit › Undo acts on the tab on screen: its own history if it has one, else the data edits."""
        own = getattr(tab, "undo_stack", None)
        stack = own if isinstance(own, QUndoStack) else self.undo_stack
        if stack not in self.undo_group.stacks():
            self.undo_group.addStack(stack)
        self.undo_group.setActiveStack(stack)

    @Slot()
    def _update_undo_actions(self) -> None:
        group = self.undo_group
        for action, can, text, named, bare in (
                (self.undo_action, group.canUndo(), group.undoText(), self.tr("&Undo {change}"), self.tr("&Undo")),
                (self.redo_action, group.canRedo(), group.redoText(), self.tr("&Redo {change}"), self.tr("&Redo"))):
            action.setEnabled(can)
            action.setText(named.format(change=text) if can and text else bare)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().showEvent(event)
        # A window that is never exposed (minimised at start) still gets its tab, a little later.
        QTimer.singleShot(500, self, self._build_current_tab)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().paintEvent(event)
        if not self._painted:
            # Build the visible tab (and import matplotlib) only once the window is on screen:
            # start-up is a feature. A zero timer runs after this paint has reached the screen.
            self._painted = True
            QTimer.singleShot(0, self, self._build_current_tab)
            QTimer.singleShot(0, self, self.first_painted.emit)

    @Slot()
    def _build_current_tab(self) -> None:
        self._on_tab_changed(self.tabs.currentIndex())

    def select_tab(self, key: str) -> QWidget:
        self.tabs.setCurrentWidget(self._hosts[key])
        return self.tab_widget(key)

    @Slot(str)
    def show_indicator(self, indicator_id: str) -> None:
        data_tab = self.select_tab("data")
        if hasattr(data_tab, "show_indicator"):
            data_tab.show_indicator(indicator_id)

    def open_recipe_file(self, path) -> bool:
        """Show a recipe file in the Brief tab (a .ftzrecipe double-clicked on the desktop)."""
        return bool(self.select_tab("brief").open_recipe_file(path))

    @Slot(str)
    def show_status_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    # ----- menus ------------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_action = QAction(self.tr("&Open workspace…"), self, shortcut=QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self._on_open_workspace)
        self.export_action = QAction(self.tr("&Export brief…"), self, shortcut=QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self._on_export_brief)
        self.export_pdf_action = QAction(self.tr("Export brief as &PDF…"), self)
        self.export_pdf_action.triggered.connect(self._on_export_brief_pdf)
        self.quit_action = QAction(self.tr("&Quit"), self, shortcut=QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.open_action)
        from ftz_desktop.ui.team.menu import TeamMenu

        self.team_menu = TeamMenu(file_menu, self._settings, self.team_connect_requested.emit,
                                  self.team_workspace_requested.emit, self)
        file_menu.addSeparator()
        for action in (self.export_action, self.export_pdf_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self._update_undo_actions()
        # Ctrl+Y first (what Windows users press), then the platform's other redo keys, each once:
        # a key bound twice is "ambiguous" to Qt and does nothing.
        redo_keys = [QKeySequence("Ctrl+Y")]
        redo_keys += [k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo) if k not in redo_keys]
        self.redo_action.setShortcuts(redo_keys)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        language_menu = view_menu.addMenu(self.tr("&Language"))
        self.language_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for code, name in (("zh", "中文"), ("en", "English")):     # each language in its own name
            action = QAction(name, self, checkable=True)
            action.setChecked(code == self.language)
            action.triggered.connect(lambda _checked=False, code=code: self.set_language(code))
            group.addAction(action)
            language_menu.addAction(action)
            self.language_actions[code] = action

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = QAction(self.tr("&About ftz-desktop"), self)
        self.about_action.triggered.connect(self._on_about)
        help_menu.addAction(self.about_action)

    def about_text(self) -> str:
        licence = self.tr("Licence: MIT.")
        if self.context is None:
            return f"<h3>ftz-desktop {ftz_desktop.__version__}</h3><p>{licence}</p>"
        dataset = self.context.dataset()
        sources = "".join(f"<li>{s.title}</li>" for s in dataset.sources.values())
        about = self.tr("The policy study of the China (Sichuan) Pilot Free Trade Zone as a living tool: "
                        "its text, its figures and customised Word briefs, offline.")
        heading = self.tr("Data sources:")
        workspace = self.tr("Workspace: {path}").format(path=workspace_names(self.context.store)[1])
        return (f"<h3>ftz-desktop {ftz_desktop.__version__}</h3><p>{about}</p><p>{licence}</p>"
                f"<p>{heading}</p><ul>{sources}</ul><p>{workspace}</p>")

    @Slot()
    def _on_about(self) -> None:
        QMessageBox.about(self, self.tr("About ftz-desktop"), self.about_text())

    @Slot()
    def _on_open_workspace(self) -> None:
        folder = str(self.context.store.path.parent) if self.context and self.context.store.path else ""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open workspace"), folder,
                                              self.tr("ftz-desktop workspaces (*.ftzdb *.db);;All files (*)"))
        if path:
            self.workspace_open_requested.emit(path)

    def _export_from_brief_tab(self, method: str) -> None:
        """File › Export brief (as Word or PDF): the Brief tab, shown, does it."""
        if self.context is None:
            return
        export = getattr(self.select_tab("brief"), method, None)
        if export is not None:
            export()

    @Slot()
    def _on_export_brief(self) -> None:
        self._export_from_brief_tab("export_with_dialog")

    @Slot()
    def _on_export_brief_pdf(self) -> None:
        self._export_from_brief_tab("export_pdf_with_dialog")

    def _update_workspace_label(self) -> None:
        store = self.context.store
        name, where = workspace_names(store)
        if self.context.offline:
            mode = self.tr(" (offline)")
        elif getattr(store, "read_only", False) or self.context.refused:
            mode = self.tr(" (read-only)")
        else:
            mode = ""
        self._workspace_label.setText(self.tr("Workspace: {name}{mode}").format(name=name, mode=mode))
        self._workspace_label.setToolTip(where)
        title = self.tr("Sichuan Pilot Free Trade Zone — ftz-desktop")
        self.setWindowTitle(f"{name} — {title}" if store.path is None else title)

    @Slot(str)
    def show_write_refused(self, message: str) -> None:
        """The server refused a write (this user may only read): the window says so and reads from now on."""
        self.context.refused = True
        self.banners.show_for(self.context.store, refused=True)
        self._update_workspace_label()
        log.info("The server refused a write; the window reads only: %s", message)

    @Slot(bool)
    def set_offline(self, offline: bool) -> None:
        """The team workspace's server is out of reach (or back): meanwhile the window reads only and says so."""
        if self.context is None or self.context.offline == offline:
            return
        self.context.offline = offline
        self.banners.show_offline(offline)
        self._update_workspace_label()
        for host in self._hosts.values():
            if hasattr(host.widget, "set_offline"):
                host.widget.set_offline(offline)

    # ----- language ---------------------------------------------------------------------------------------
    def _retranslate(self) -> None:
        """The window's own texts (the tabs build theirs when they are built)."""
        self.setWindowTitle(self.tr("Sichuan Pilot Free Trade Zone — ftz-desktop"))
        self.banners.retranslate()
        for index in range(self.tabs.count()):
            host = self.tabs.widget(index)
            if isinstance(host, _TabHost):
                self.tabs.setTabText(index, tab_title(host.entry))

    def set_language(self, language: str) -> None:
        """Switch the window to ``language`` now: its texts, the study's text, the data's names, the charts.
        Nothing is lost: the data live in the workspace and the brief's choices are carried over; the
        tabs are built anew in the new language, the one on screen at once."""
        from ftz_desktop.core.study.content import ContentError, load_content
        from ftz_desktop.ui.i18n import SETTING, install_language

        if language == self.language:
            return
        content = None
        if self.context is not None:
            try:
                content = load_content(language)
            except ContentError as exc:
                QMessageBox.warning(self, self.tr("Language"), str(exc))
                self.language_actions[self.language].setChecked(True)
                return
        self.language = install_language(language)
        if self._settings is not None:
            self._settings.setValue(SETTING, language)
        self.menuBar().clear()
        self._build_menus()
        self._retranslate()
        if self.context is not None and content is not None:
            self._rebuild_tabs(content)
        if self.context is not None:
            self._update_workspace_label()

    def _rebuild_tabs(self, content) -> None:
        carried = {}
        for key, host in self._hosts.items():
            widget = host.widget
            if widget is None:
                continue
            if hasattr(widget, "carry_over"):
                carried[key] = widget.carry_over()
            if hasattr(widget, "shutdown"):
                widget.shutdown()
            host.layout().removeWidget(widget)
            widget.deleteLater()
            host.widget = None
        self.context.content = content
        self._build_current_tab()
        for key, session in carried.items():
            widget = self.tab_widget(key)
            if hasattr(widget, "take_over"):
                widget.take_over(session)

    # ----- state ------------------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        if self._settings is None:
            self.resize(1280, 860)
            return
        geometry = self._settings.value("main_window/geometry")
        if isinstance(geometry, (QByteArray, bytes)) and self.restoreGeometry(geometry):
            pass
        else:
            self.resize(1280, 860)
        last = self._settings.value("main_window/last_tab", "overview")
        if last in self._hosts:
            self.tabs.setCurrentWidget(self._hosts[last])

    def may_close(self) -> bool:
        """Ask each tab whether the window may close (a named recipe with unsaved changes asks Save / Discard /
        Cancel); False when the user chose to stay."""
        for host in self._hosts.values():
            if host.widget is not None and hasattr(host.widget, "confirm_close") and not host.widget.confirm_close():
                self.tabs.setCurrentWidget(host)     # show what the user chose to stay for
                return False
        return True

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        if not self._closed and not self.may_close():
            event.ignore()
            return
        self._closed = True
        if self._settings is not None:
            self._settings.setValue("main_window/geometry", self.saveGeometry())
            current = self.tabs.currentWidget()
            if isinstance(current, _TabHost):
                self._settings.setValue("main_window/last_tab", current.entry.key)
            self._settings.sync()
        for host in self._hosts.values():
            if host.widget is not None and hasattr(host.widget, "shutdown"):
                host.widget.shutdown()
        if self.context is not None and self.context.events is not None:
            self.context.events.close()
        super().closeEvent(event)
