"""File › Connect to a team workspace…: where the server is, who connects, how the connection is protected.

The dialog collects a ``ServerLogin`` and a password, opens the workspace off the UI thread (``ConnectJob``)
with a busy bar and Cancel, and stays open after a failure with the store's message (it names host, port and
database, never the password) and the field to correct. ``connected`` carries the open store; the window's
controller switches to it. An empty password leaves it to libpq's sources (PGPASSWORD, the password file);
"Remember" keeps a typed one in the keyring only (``team.passwords``), and its box is disabled, with the
reason as its tooltip, where there is no keyring.
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ftz_desktop.ui.team.connect_job import Connected, ConnectJob
from ftz_desktop.ui.team.login import DEFAULT_PORT, SSL_MODES, ServerLogin
from ftz_desktop.ui.team.passwords import keyring_state

_ERROR_STYLE = "color: #a4262c;"
_HINT_STYLE = "color: #5f5f5f;"


class ConnectDialog(QDialog):
    connected = Signal(object)        # Connected: the open store, the login and the password given

    def __init__(self, login: Optional[ServerLogin] = None, message: str = "",
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to a team workspace"))
        self.setModal(True)
        self.job: Optional[ConnectJob] = None
        self._build()
        if login is not None:
            self.set_login(login)
        self.show_message(message)

    # ----- building ---------------------------------------------------------------------------------------
    def _build(self) -> None:
        intro = QLabel(self.tr("A team workspace lives on the office's PostgreSQL server. Ask the administrator "
                               "for its address, the database and your user name."), self)
        intro.setWordWrap(True)
        self.host = QLineEdit(self)
        self.host.setPlaceholderText(self.tr("e.g. stats-server or 192.168.1.20"))
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setGroupSeparatorShown(False)
        self.database = QLineEdit(self)
        self.user = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Empty: from PGPASSWORD or the password file"))
        self.remember = QCheckBox(self.tr("Remember the password in this computer's keyring"), self)
        usable, why = keyring_state()
        self._keyring_usable = usable
        self.remember.setEnabled(usable)
        self.remember.setToolTip(why or self.tr("Kept by the operating system's keyring, nowhere else."))
        self.sslmode = QComboBox(self)
        # The longest mode's text must not push the labels out of the form (they were cut at 520 px).
        self.sslmode.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.sslmode.setMinimumContentsLength(24)
        self.sslmode.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        for mode, label in zip(SSL_MODES, self._ssl_labels(), strict=True):
            self.sslmode.addItem(label, mode)
        self.ca_file = QLineEdit(self)
        self.ca_file.setPlaceholderText(self.tr("Optional: the CA file that vouches for the server"))
        self.browse = browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._on_browse)
        ca_row = QHBoxLayout()
        ca_row.setContentsMargins(0, 0, 0, 0)
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(browse)
        self.read_only = QCheckBox(self.tr("Open read-only (read and export, change nothing)"), self)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Host:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Database:"), self.database)
        form.addRow(self.tr("User name:"), self.user)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow("", self.remember)
        form.addRow(self.tr("Encryption (TLS):"), self.sslmode)
        form.addRow(self.tr("CA certificate:"), ca_row)
        form.addRow("", self.read_only)
        self._fields: dict[str, QWidget] = {"host": self.host, "port": self.port, "database": self.database,
                                            "user": self.user, "sslmode": self.sslmode, "ca_file": self.ca_file}

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)          # busy: a server answers when it answers
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        self.buttons = QDialogButtonBox(self)
        self.connect_button = self.buttons.addButton(self.tr("Connect"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button.setDefault(True)
        self.connect_button.clicked.connect(self._on_connect_clicked)
        self.cancel_button.clicked.connect(self._on_cancel)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def _ssl_labels(self) -> tuple[str, ...]:
        return (self.tr("Encrypt when the server offers it (prefer)"),
                self.tr("Always encrypt (require)"),
                self.tr("Encrypt and verify the server's certificate (verify-full)"))

    # ----- values -----------------------------------------------------------------------------------------
    def login(self) -> ServerLogin:
        return ServerLogin(host=self.host.text(), database=self.database.text(), user=self.user.text(),
                           port=self.port.value(), sslmode=self.sslmode.currentData(),
                           ca_file=self.ca_file.text().strip())

    def set_login(self, login: ServerLogin) -> None:
        self.host.setText(login.host)
        self.port.setValue(login.port)
        self.database.setText(login.database)
        self.user.setText(login.user)
        self.sslmode.setCurrentIndex(max(0, self.sslmode.findData(login.sslmode)))
        self.ca_file.setText(login.ca_file)
        self.password.setFocus()

    def show_message(self, text: str, *, error: bool = True) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(_ERROR_STYLE if error else _HINT_STYLE)
        self.message.setVisible(bool(text))

    # ----- connecting -------------------------------------------------------------------------------------
    @Slot()
    def _on_connect_clicked(self) -> None:
        self.start_connecting()

    def start_connecting(self, kept_password: Optional[str] = None) -> None:
        """Check the fields, then open the workspace on a thread of its own (the dialog stays responsive).
        ``kept_password`` (from the keyring, for a recent workspace) is used instead of the field's; the
        user's "remember" choice then stays as it was."""
        if self.job is not None:
            return
        login = self.login()
        problem = login.problem()
        if problem is not None:
            field, text = problem
            self.show_message(text)
            self._fields[field].setFocus()
            return
        typed = kept_password is None
        job = self.job = ConnectJob(login, self.password.text() or None if typed else kept_password,
                                    read_only=self.read_only.isChecked(),
                                    remember=self.remember.isChecked() if typed else None)
        job.finished.connect(self._on_finished)
        self._set_busy(True)
        self.show_message(self.tr("Connecting to {name}…").format(name=login.name), error=False)
        self.job.start()

    def _set_busy(self, busy: bool) -> None:
        for widget in (*self._fields.values(), self.password, self.remember, self.read_only, self.browse,
                       self.connect_button):
            widget.setEnabled(not busy and (widget is not self.remember or self._keyring_usable))
        self.progress.setVisible(busy)

    @Slot(object, object)
    def _on_finished(self, job: ConnectJob, outcome: object) -> None:
        if job is not self.job or job.cancelled:     # the user stopped waiting just before it ended
            if isinstance(outcome, Connected):
                outcome.store.close()
            return
        self.job = None
        self._set_busy(False)
        if isinstance(outcome, Connected):
            self.show_message("")
            self.connected.emit(outcome)
            return
        self.show_message(str(outcome))
        self.password.setFocus()
        self.password.selectAll()

    @Slot()
    def _on_cancel(self) -> None:
        """While connecting: stop waiting (the dialog stays, to change a field); otherwise close it."""
        if self.job is not None:
            job, self.job = self.job, None
            job.cancel()
            self._set_busy(False)
            self.show_message(self.tr("Connecting was cancelled; nothing was opened."), error=False)
            return
        self.reject()

    def reject(self) -> None:          # Esc or the window's close button while connecting: stop waiting too
        if self.job is not None:
            self.job.cancel()
            self.job = None
        super().reject()

    @Slot()
    def _on_browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("CA certificate"), self.ca_file.text(),
                                              self.tr("Certificates (*.crt *.pem *.cer);;All files (*)"))
        if path:
            self.ca_file.setText(path)
