"""Look at an imported file before any parser touches it: size, kind, and zip/XML bombs.

Every check here refuses with ``ImportRefused`` and one sentence naming the file. The XLSX checks
run on the zip's central directory and the first bytes of each XML part, so a bomb is refused
before openpyxl decompresses or parses anything.
"""
from __future__ import annotations

import re
import stat
import zipfile
from pathlib import Path
from typing import BinaryIO

from ftz_desktop.core.messages import quote, shorten
from ftz_desktop.core.tabular.columns import MB, ImportLimits, ImportRefused
from ftz_desktop.core.translate import tr

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_SIGNATURES = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
# Office writes these stream names into the OLE directory of a password-protected OOXML file.
_ENCRYPTED_MARKERS = ("EncryptedPackage".encode("utf-16-le"), "EncryptionInfo".encode("utf-16-le"))
_OTHER_BINARY = ((b"%PDF", "pdf"), (b"\x89PNG", "png"), (b"\xff\xd8\xff", "jpeg"), (b"GIF8", "gif"),
                 (b"7z\xbc\xaf", "7z"), (b"Rar!", "rar"), (b"\x1f\x8b", "gzip"), (b"SQLite format 3\x00", "sqlite"))

# The first start tag of an XML document; everything before it is the prolog.
_ROOT_START = re.compile(rb"<[A-Za-z_]")
_DTD = re.compile(rb"<!(DOCTYPE|ENTITY)", re.IGNORECASE)


def _size_text(size: int) -> str:
    return f"{size / MB:,.1f} MB" if size >= MB else tr("{size:,} bytes", size=size)


def _binary_kind(kind: str) -> str:
    """What an ``_OTHER_BINARY`` file is, in the current language."""
    kinds = {"pdf": tr("a PDF document"), "png": tr("a PNG image"), "jpeg": tr("a JPEG image"),
             "gif": tr("a GIF image"), "7z": tr("a 7-Zip archive"), "rar": tr("a RAR archive"),
             "gzip": tr("a gzip archive"), "sqlite": tr("an SQLite database")}
    return kinds[kind]


def checked_size(path: Path, limits: ImportLimits) -> int:
    """The file's size after refusing missing files, folders, empty files and files over the limit."""
    name = path.name
    try:
        info = path.stat()
    except FileNotFoundError:
        raise ImportRefused(tr("{name}: file not found", name=name)) from None
    except OSError as exc:
        raise ImportRefused(tr("{name}: cannot be read ({error})", name=name, error=exc.strerror or exc)) from None
    except ValueError:      # a NUL character in the path
        raise ImportRefused(tr("{name}: the file name is not valid", name=quote(name))) from None
    if stat.S_ISDIR(info.st_mode):
        raise ImportRefused(tr("{name}: is a folder; choose a CSV or XLSX file", name=name))
    if not stat.S_ISREG(info.st_mode):
        raise ImportRefused(tr("{name}: is not a file but a device or pipe; choose a CSV or XLSX file", name=name))
    if info.st_size == 0:
        raise ImportRefused(tr("{name}: the file is empty (0 bytes)", name=name))
    if info.st_size > limits.max_bytes:
        raise ImportRefused(tr("{name}: the file is {size}, more than the {limit} an import may be; split it into "
                               "smaller files", name=name, size=_size_text(info.st_size),
                               limit=_size_text(limits.max_bytes)))
    return info.st_size


def read_bytes(path: Path, limits: ImportLimits) -> bytes:
    checked_size(path, limits)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportRefused(tr("{name}: cannot be read ({error}); close it in other programs and try again",
                               name=path.name, error=exc.strerror or exc)) from None
    if len(data) > limits.max_bytes:   # it grew between stat and read
        raise ImportRefused(tr("{name}: the file is larger than {limit}", name=path.name,
                               limit=_size_text(limits.max_bytes)))
    return data


def refuse_ole(name: str, data: bytes) -> None:
    """An OLE compound file is either a legacy .xls (or .doc) or an encrypted OOXML workbook."""
    if not data.startswith(OLE_SIGNATURE):
        return
    if any(marker in data for marker in _ENCRYPTED_MARKERS):
        raise ImportRefused(tr("{name}: the workbook is protected with a password (encrypted); open it in Excel or "
                               "WPS, remove the password, save it and import it again", name=name))
    raise ImportRefused(tr("{name}: this is a legacy Excel 97–2003 (.xls) file or another old Office file; open it in "
                           "Excel or WPS and save it as .xlsx or CSV UTF-8", name=name))


def refuse_non_text(name: str, head: bytes) -> None:
    """Refuse a file named .csv whose first bytes say it is something else."""
    if head.startswith(ZIP_SIGNATURES):
        raise ImportRefused(tr("{name}: this is not CSV text but a zip file (an .xlsx workbook has this form); if it "
                               "is a workbook, give it the .xlsx extension", name=name))
    refuse_ole(name, head)
    for signature, kind in _OTHER_BINARY:
        if head.startswith(signature):
            raise ImportRefused(tr("{name}: this is {kind}, not CSV text", name=name, kind=_binary_kind(kind)))


def _zip_kind(names: set[str]) -> str:
    if "word/document.xml" in names:
        return tr("a Word document")
    if any(n.startswith("ppt/") for n in names):
        return tr("a PowerPoint presentation")
    if "content.xml" in names and "mimetype" in names:
        return tr("an OpenDocument file; save it as .xlsx")
    return tr("a zip archive")


def _check_prolog(name: str, archive: zipfile.ZipFile, info: zipfile.ZipInfo, limits: ImportLimits) -> None:
    """Refuse a DTD in an XML part. Excel never writes one; entity bombs and external entities need one."""
    head = b""
    with archive.open(info) as member:
        while len(head) <= limits.max_prolog:
            chunk = member.read(16 * 1024)
            if not chunk:
                break
            head += chunk
            text = head
            if text.startswith((b"\xff\xfe", b"\xfe\xff")):   # a UTF-16 part: look at it as ASCII
                text = head.decode("utf-16", "ignore").encode("ascii", "ignore")
            root = _ROOT_START.search(text)
            if _DTD.search(text[:root.start()] if root else text):
                raise ImportRefused(tr("{name}: the workbook part {part} declares XML entities (a DTD), which Excel "
                                       "never writes and which can hide an entity-expansion bomb or read other files; "
                                       "the file was not opened", name=name, part=shorten(info.filename)))
            if root:
                return
    if head.strip():
        raise ImportRefused(tr("{name}: the workbook part {part} has no XML content within its first {limit}; the file "
                               "was not opened", name=name, part=shorten(info.filename),
                               limit=_size_text(limits.max_prolog)))


def check_xlsx_container(path: Path, limits: ImportLimits) -> None:
    """Refuse anything but a plain, reasonably sized XLSX zip, before openpyxl opens it."""
    name = path.name
    checked_size(path, limits)
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
            if head.startswith(OLE_SIGNATURE):
                refuse_ole(name, head + handle.read(limits.max_bytes))
    except OSError as exc:
        raise ImportRefused(tr("{name}: cannot be read ({error})", name=name, error=exc.strerror or exc)) from None
    if not head.startswith(ZIP_SIGNATURES):
        raise ImportRefused(tr("{name}: this is not an .xlsx workbook (an .xlsx file is a zip container); if it is CSV "
                               "text, give it the .csv extension", name=name))
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise ImportRefused(tr("{name}: cannot be read ({error})", name=name, error=exc.strerror or exc)) from None
    with handle:
        try:
            _check_zip(name, handle, limits)
        except (ImportRefused, MemoryError):
            raise
        except Exception as exc:  # noqa: BLE001 -- zipfile, zlib, bz2 and lzma raise many kinds on damaged input
            raise damaged(name, exc) from None


def damaged(name: str, exc: BaseException) -> ImportRefused:
    """The one refusal for a workbook whose zip container or compressed data is broken."""
    detail = shorten(str(exc), 60) or type(exc).__name__
    return ImportRefused(tr("{name}: the workbook is damaged or truncated ({detail}); open it in Excel or WPS and save "
                            "it again", name=name, detail=detail))


def _check_zip(name: str, handle: BinaryIO, limits: ImportLimits) -> None:
    with zipfile.ZipFile(handle) as archive:
        infos = archive.infolist()
        if len(infos) > limits.max_members:
            raise ImportRefused(tr("{name}: the workbook holds {count:,} parts (at most {limit:,} are allowed); "
                                   "refused as a possible zip bomb", name=name, count=len(infos),
                                   limit=limits.max_members))
        names = {i.filename for i in infos}
        if "xl/workbook.xml" not in names:
            raise ImportRefused(tr("{name}: this is {kind}, not an Excel workbook", name=name, kind=_zip_kind(names)))
        total = 0
        for info in infos:
            if info.flag_bits & 0x1:
                raise ImportRefused(tr("{name}: the workbook is protected with a password (encrypted); remove the "
                                       "password in Excel or WPS and import it again", name=name))
            total += info.file_size
            if total > limits.max_uncompressed:
                raise ImportRefused(tr("{name}: the workbook would expand to more than {limit}; refused as a "
                                       "possible zip bomb", name=name, limit=_size_text(limits.max_uncompressed)))
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > limits.ratio_floor and ratio > limits.max_ratio:
                raise ImportRefused(tr("{name}: the part {part} expands {ratio:,.0f} times (at most {limit} is "
                                       "allowed); refused as a possible zip bomb", name=name,
                                       part=shorten(info.filename), ratio=ratio, limit=limits.max_ratio))
        for info in infos:
            if info.filename.endswith((".xml", ".rels", ".vml")):
                _check_prolog(name, archive, info, limits)
