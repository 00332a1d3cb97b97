"""Spec errors carry the file, the line and the field they are about."""


class SpecError(Exception):
    """One problem in one spec, printed as ``file:line: field 'x': what is wrong``."""

    def __init__(self, file, line, message, field=None):
        self.file = file
        self.line = line
        self.field = field
        self.message = message
        where = f"field '{field}': " if field else ""
        super().__init__(f"{file}:{line}: {where}{message}")


class SpecErrors(Exception):
    """Every problem found in a run, so one lint pass reports them all."""

    def __init__(self, errors):
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))
