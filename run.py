#!/usr/bin/env python3
"""Set-up and start in one step, on a fresh clone with only Python 3.11+:

    python3 run.py --demo        install what ARDesk needs, then open the demo company
    python3 run.py test          install ARDesk with its test tools, then run the whole suite
    python3 run.py [ARGS…]       install, then `python main.py ARGS…`

Packages go into ./.venv (created here) unless this Python already runs inside a virtual
environment, which is then used as it is. Installation is skipped while pyproject.toml is
unchanged since the last run.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
if sys.version_info < (3, 11):
    sys.exit(f"ARDesk needs Python 3.11 or newer; this is {sys.version.split()[0]}.")


def _in_venv() -> bool:
    return sys.prefix != getattr(sys, "base_prefix", sys.prefix)


def _venv_python(env: Path) -> Path:
    return env / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def _ensure_env(extra: str) -> Path:
    if _in_venv():
        py = Path(sys.executable)
        prefix = Path(sys.prefix)
    else:
        prefix = ROOT / ".venv"
        py = _venv_python(prefix)
        if not py.exists():
            print(f"Creating a virtual environment in {prefix} …", flush=True)
            venv.EnvBuilder(with_pip=True).create(prefix)
    spec = "." + (f"[{extra}]" if extra else "")
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + spec.encode()).hexdigest()
    stamp = prefix / ".ardesk-install-stamp"
    if not stamp.exists() or stamp.read_text().strip() != digest:
        print("Installing ARDesk and its dependencies (first run only) …", flush=True)
        subprocess.run([str(py), "-m", "pip", "install", "--disable-pip-version-check", "-q",
                        "-e", spec], cwd=ROOT, check=True)
        stamp.write_text(digest)
    return py


def main(argv: list[str]) -> int:
    if argv[:1] == ["test"]:
        py = _ensure_env("test")
        env = dict(os.environ)
        if os.environ.get("CI") or not (os.environ.get("DISPLAY") or os.name == "nt" or sys.platform == "darwin"):
            env.setdefault("QT_QPA_PLATFORM", "offscreen")
        return subprocess.call([str(py), "-m", "pytest", *argv[1:]], cwd=ROOT, env=env)
    py = _ensure_env("")
    return subprocess.call([str(py), str(ROOT / "main.py"), *argv], cwd=ROOT)


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except subprocess.CalledProcessError as exc:
        sys.exit(f"Installation failed (exit {exc.returncode}); see the messages above.")
    except KeyboardInterrupt:
        sys.exit(130)
