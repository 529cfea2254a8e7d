"""A Word brief as PDF, made by LibreOffice: what a reader without Word, or a printer, gets.

``find_soffice`` looks for LibreOffice: ``soffice`` on PATH and, on Windows, its usual install folders
(under %ProgramFiles% and %ProgramFiles(x86)%). ``convert_to_pdf`` runs it headless on a copy of the
.docx in a temporary folder, with a private profile (never the user's own LibreOffice, which may be
open, and no lock files beside the user's document), with a timeout and a cancel that end it, then
writes the PDF atomically at the chosen path: a previous PDF there is kept whole or replaced whole,
and the .docx is only read. ``run_pdf_export`` turns every ending into one ``ExportOutcome``.

No Qt here: the window's worker thread and the command line both call it. Messages follow the user's
language (``core.translate``; their Chinese is in data/zh/messages_pdf.csv).
"""
from __future__ import annotations

import logging
import os
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Callable, Mapping, Optional, Union

from ftz_desktop.brief.export import CANCELLED, FAILED, SAVED, ExportOutcome
from ftz_desktop.core.atomic import AtomicWriteError, TargetLockedError, TargetNameError, atomic_write_bytes
from ftz_desktop.core.errors import UserError
from ftz_desktop.core.targets import check_output_target
from ftz_desktop.core.translate import tr

log = logging.getLogger(__name__)

PathLike = Union[str, "os.PathLike[str]"]
Progress = Callable[[float, str], None]

DEFAULT_TIMEOUT = 180.0        # seconds; a first start with a fresh profile takes 5-20 s on an office PC
POLL_SECONDS = 0.1             # how often a running conversion checks for Cancel and the timeout
# Where the LibreOffice installer puts the program on Windows, under each Program Files folder.
WINDOWS_PROGRAM = ("LibreOffice", "program", "soffice.exe")
WINDOWS_FOLDER_VARIABLES = ("ProgramFiles", "ProgramFiles(x86)")
WINDOWS_DEFAULT_FOLDERS = ("C:\\Program Files", "C:\\Program Files (x86)")
PDF_MAGIC = b"%PDF"


class PdfError(UserError):
    """The PDF was not made; the message says why and what to do (the .docx is unchanged)."""


class LibreOfficeMissingError(PdfError):
    """LibreOffice is not installed (or not where it is looked for)."""


class ConversionFailedError(PdfError):
    """LibreOffice ran but gave no PDF, could not start, or took longer than the timeout."""


class ConversionCancelledError(PdfError):
    """The user cancelled; LibreOffice was stopped and nothing was written."""


def libreoffice_needed() -> str:
    """What making a PDF needs, and how to get it on a PC without internet access."""
    return tr("Making a PDF needs LibreOffice (free office software), which was not found on this computer. To "
              "install it without internet access, ask your IT department for the LibreOffice installer (a file "
              "such as LibreOffice_24.8_Win_x86-64.msi, from libreoffice.org or the office's software share), run "
              "it, and try again. Until then, open the Word file in Word or WPS and save it as PDF there.")


def find_soffice(environ: Optional[Mapping[str, str]] = None, windows: Optional[bool] = None) -> Optional[Path]:
    """LibreOffice's program, or None: ``soffice`` on PATH, then (on Windows) the usual install folders."""
    environ = os.environ if environ is None else environ
    windows = os.name == "nt" if windows is None else windows
    found = shutil.which("soffice", path=environ.get("PATH"))
    if found:
        return Path(found)
    if windows:
        folders = [environ.get(name, "") for name in WINDOWS_FOLDER_VARIABLES] + list(WINDOWS_DEFAULT_FOLDERS)
        for folder in dict.fromkeys(f for f in folders if f):
            candidate = Path(folder, *WINDOWS_PROGRAM)
            if candidate.is_file():
                return candidate
    return None


def _quiet_process_options() -> dict:
    """Start LibreOffice in its own process group (so a timeout ends all of it), without a console window."""
    if os.name == "nt":
        flags = getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0) | getattr(subprocess, "CREATE_NO_WINDOW", 0)
        return {"creationflags": flags}
    return {"start_new_session": True}


def _end(process: subprocess.Popen) -> None:
    """Stop LibreOffice and whatever it started (its launcher starts the real program as a child)."""
    try:
        if os.name == "nt":
            subprocess.run(["taskkill", "/F", "/T", "/PID", str(process.pid)], capture_output=True, timeout=30,
                           check=False)
        else:
            os.killpg(process.pid, signal.SIGKILL)
    except (OSError, subprocess.SubprocessError):
        pass
    try:
        process.kill()
        process.wait(timeout=30)
    except (OSError, subprocess.SubprocessError):
        log.warning("LibreOffice (process %s) did not end when asked", process.pid)


def _run(command: list[str], output: Path, timeout: float, cancelled: Callable[[], bool], names: dict) -> int:
    """Run LibreOffice to the end; its exit code. Raises ConversionCancelledError / ConversionFailedError."""
    with output.open("wb") as log_file:
        try:
            process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=log_file, stderr=subprocess.STDOUT,
                                       **_quiet_process_options())
        except OSError as exc:
            raise ConversionFailedError(tr("LibreOffice could not be started ({error}); {pdf} was not changed and "
                                           "{docx} is kept as it is. Reinstall LibreOffice, or open the Word file in "
                                           "Word or WPS and save it as PDF there.", error=exc.strerror or exc,
                                           **names)) from None
        deadline = time.monotonic() + timeout
        while True:
            try:
                return process.wait(timeout=POLL_SECONDS)
            except subprocess.TimeoutExpired:
                pass
            if cancelled():
                _end(process)
                raise ConversionCancelledError(tr("Making the PDF was cancelled; {pdf} was not changed and {docx} is "
                                                  "kept as it is.", **names))
            if time.monotonic() > deadline:
                _end(process)
                raise ConversionFailedError(tr("LibreOffice did not finish making {pdf} within {seconds} seconds, so "
                                               "it was stopped; {pdf} was not changed and {docx} is kept as it is. "
                                               "Try again, or open the Word file in Word or WPS and save it as PDF "
                                               "there.", seconds=round(timeout), **names))


def convert_to_pdf(docx: PathLike, pdf: PathLike, *, soffice: Optional[PathLike] = None,
                   timeout: float = DEFAULT_TIMEOUT, cancelled: Optional[Callable[[], bool]] = None) -> Path:
    """Write ``docx`` as the PDF ``pdf`` (atomically) and return its path.

    Raises TargetNameError / TargetRefusedError (a PDF may not be written there), LibreOfficeMissingError,
    ConversionCancelledError, ConversionFailedError (no PDF, or the timeout) or AtomicWriteError (locked,
    disk full, read-only folder). In every case ``docx`` is unchanged and so is a previous ``pdf``.
    """
    source = Path(docx)
    target = check_output_target(pdf, (".pdf",), "a PDF brief",
                                 inputs={source: "the Word brief the PDF is made from"})
    names = {"pdf": target.name, "docx": source.name}
    if not source.is_file():
        raise PdfError(tr("{docx} is not there (or not a file), so there is nothing to make {pdf} from.", **names))
    program = Path(soffice) if soffice is not None else find_soffice()
    if program is None:
        raise LibreOfficeMissingError(libreoffice_needed())
    with tempfile.TemporaryDirectory(prefix="ftz-pdf-", ignore_cleanup_errors=True) as folder:
        work = Path(folder)
        # A copy under a plain name: LibreOffice names its output after its input, puts a lock file beside the
        # document it opens, and must never see a name it could read as an option.
        copy = work / "brief.docx"
        try:
            shutil.copyfile(source, copy)
        except OSError as exc:
            raise PdfError(tr("{docx} could not be read ({error}); {pdf} was not changed.",
                              error=exc.strerror or exc, **names)) from None
        out = work / "out"
        out.mkdir()
        command = [str(program), f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless",
                   "--norestore", "--nologo", "--nodefault", "--nolockcheck", "--convert-to", "pdf",
                   "--outdir", str(out), str(copy)]
        code = _run(command, work / "soffice.log", timeout, cancelled or (lambda: False), names)
        produced = out / "brief.pdf"
        data = produced.read_bytes() if produced.is_file() else b""
        if not data.startswith(PDF_MAGIC):
            said = (work / "soffice.log").read_text("utf-8", "replace").strip()
            log.warning("LibreOffice (%s, exit code %s) made no PDF of %s: %s", program, code, source, said[-2000:])
            raise ConversionFailedError(tr("LibreOffice could not make {pdf} from {docx} (exit code {code}); {pdf} "
                                           "was not changed and {docx} is kept as it is. Open the Word file in Word "
                                           "or WPS and save it as PDF there; details are in the log.",
                                           code=code, **names))
    return atomic_write_bytes(target, data)


def run_pdf_export(docx: Path, pdf: Path, *, soffice: Optional[PathLike] = None, timeout: float = DEFAULT_TIMEOUT,
                   progress: Optional[Progress] = None,
                   cancelled: Optional[Callable[[], bool]] = None) -> ExportOutcome:
    """Make the PDF and describe how it ended; never raises for a problem the user can act on."""
    started = time.perf_counter()
    report = progress or (lambda fraction, message: None)

    def outcome(status: str, message: str, locked: bool = False) -> ExportOutcome:
        return ExportOutcome(status, Path(pdf), message, locked=locked, seconds=time.perf_counter() - started)

    report(0.0, tr("Making {pdf} with LibreOffice", pdf=Path(pdf).name))
    try:
        written = convert_to_pdf(docx, pdf, soffice=soffice, timeout=timeout, cancelled=cancelled)
    except ConversionCancelledError as exc:
        return outcome(CANCELLED, str(exc))
    except TargetLockedError as exc:
        return outcome(FAILED, str(exc), locked=True)
    except (PdfError, AtomicWriteError, TargetNameError) as exc:
        return outcome(FAILED, str(exc))
    except Exception as exc:   # the user gets one sentence; the log keeps the traceback
        log.exception("Making %s from %s failed", pdf, docx)
        return outcome(FAILED, tr("{pdf} was not made: an unexpected error occurred ({error}). {docx} is kept as it "
                                  "is; details are in the log.", pdf=Path(pdf).name, docx=Path(docx).name,
                                  error=type(exc).__name__))
    report(1.0, tr("Saved {pdf}", pdf=written.name))
    return outcome(SAVED, tr("Saved the brief as {path} (and as the Word file {docx})", path=written,
                             docx=Path(docx).name))
