"""Translation markers usable below app/ui (no Qt import here).

Services raise ``UserError`` with an English template marked by ``QT_TRANSLATE_NOOP`` so that
``pyside6-lupdate`` collects it; the UI and the CLI translate the template with Qt before
formatting it with the error's parameters.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's own name, lupdate looks for it
    return text


def T(text: str) -> str:
    """Mark a user-facing message of the 'messages' context."""
    return text


MESSAGES_CONTEXT = "messages"
