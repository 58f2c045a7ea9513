"""The file's text between the preview and "Save all": signed for its owner, compressed, and
refused when changed, too old or someone else's."""

from __future__ import annotations

from django.core import signing

from credentials.log_io.reading import MAX_BYTES, LogFile, LogFileError

# How long a preview can wait before "Save all"; the signed text is refused after that.
PAYLOAD_MAX_AGE = 6 * 60 * 60
PAYLOAD_SALT = "credentials.log_io.import"
# The signed text is compressed; anything longer than this was not made by ``payload_sign``.
PAYLOAD_MAX_CHARS = 4 * MAX_BYTES


def payload_sign(*, log_file: LogFile, owner) -> str:
    """The file's text, signed for this person and compressed, for a hidden field of the preview;
    with the inbox draft whose transcript the rows come from (its file is their proof), and a
    workbook's sheets (name, CSV text), so that another can be chosen."""
    data = {"t": log_file.text, "e": log_file.encoding, "u": owner.pk}
    if log_file.draft_id is not None:
        data["d"] = log_file.draft_id
    if len(log_file.sheets) > 1:
        data["s"] = [list(sheet) for sheet in log_file.sheets]
    return signing.dumps(data, salt=PAYLOAD_SALT, compress=True)


def payload_load(*, token: str, owner) -> LogFile:
    """The file back from ``payload_sign``; LogFileError if it was changed, is too old or is
    someone else's."""
    again = "Upload the file again."
    if not token or len(token) > PAYLOAD_MAX_CHARS:
        raise LogFileError(f"The uploaded file did not come back with the form. {again}")
    try:
        data = signing.loads(token, salt=PAYLOAD_SALT, max_age=PAYLOAD_MAX_AGE)
    except signing.SignatureExpired:
        raise LogFileError(
            f"This preview is more than {PAYLOAD_MAX_AGE // 3600} hours old. {again}"
        ) from None
    except (signing.BadSignature, ValueError, TypeError):
        raise LogFileError(
            f"The uploaded file was changed on its way back, so Recert cannot trust it. {again}"
        ) from None
    if (
        not isinstance(data, dict)
        or data.get("u") != owner.pk
        or not isinstance(data.get("t"), str)
        or not isinstance(data.get("e"), str)
        or len(data["t"]) > MAX_BYTES * 4
    ):
        raise LogFileError(f"The uploaded file was not yours or not complete. {again}")
    sheets = tuple((str(n), str(t)) for n, t in data.get("s") or ())
    sheet = next((i for i, (_, text) in enumerate(sheets) if text == data["t"]), 0)
    draft_id = data.get("d") if isinstance(data.get("d"), int) else None
    return LogFile(data["t"], data["e"], sheets, sheet, draft_id)
