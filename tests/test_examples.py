"""Every script in examples/ runs, and so does every notebook, cell by cell.

Scripts run in a subprocess of this interpreter, with warnings as errors, in an empty
working directory. Notebooks run with nbclient on a ``python3`` kernel that is this
interpreter: a kernel spec written for the test, found first on ``JUPYTER_PATH``, so a
kernel installed elsewhere on the machine is never picked up instead.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
SCRIPTS = sorted(EXAMPLES.glob("*.py"))
NOTEBOOKS = sorted(EXAMPLES.glob("*.ipynb"))


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda path: path.name)
def test_example_script_runs(script: Path, tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-W", "error", str(script)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, f"{script.name} failed:\n{done.stdout}\n{done.stderr}"
    assert done.stdout.strip(), f"{script.name} printed nothing"
    assert not done.stderr.strip(), f"{script.name} wrote to stderr:\n{done.stderr}"


@pytest.fixture
def this_interpreter_kernel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """The name of a kernel spec that runs this interpreter, first on the kernel path."""
    spec = tmp_path / "jupyter" / "kernels" / "python3"
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(
        json.dumps(
            {
                "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
                "display_name": "Python 3 (this interpreter)",
                "language": "python",
            }
        )
    )
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    # Use the platform's directories now rather than warn that they will be used later.
    monkeypatch.setenv("JUPYTER_PLATFORM_DIRS", "1")
    return "python3"


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda path: path.name)
def test_example_notebook_runs(
    notebook: Path, tmp_path: Path, this_interpreter_kernel: str
) -> None:
    nbformat = pytest.importorskip("nbformat", reason="the test extra installs nbformat")
    nbclient = pytest.importorskip("nbclient", reason="the test extra installs nbclient")
    document = nbformat.read(notebook, as_version=4)
    client = nbclient.NotebookClient(
        document,
        kernel_name=this_interpreter_kernel,
        timeout=600,
        resources={"metadata": {"path": str(tmp_path)}},
    )
    client.execute()
    errors = [
        output
        for cell in document.cells
        if cell.cell_type == "code"
        for output in cell.get("outputs", [])
        if output.get("output_type") == "error"
    ]
    assert not errors


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda path: path.name)
def test_example_notebook_is_saved_without_outputs(notebook: Path) -> None:
    """Notebooks are kept with their outputs cleared, so diffs show only what changed."""
    document = json.loads(notebook.read_text(encoding="utf-8"))
    for cell in document["cells"]:
        if cell["cell_type"] == "code":
            assert cell["outputs"] == []
            assert cell["execution_count"] is None


def test_every_example_the_documentation_promises_is_there() -> None:
    assert {path.name for path in SCRIPTS + NOTEBOOKS} >= {
        "quick_start.py",
        "record_a_programme.py",
        "reconcile_conflicting_figures.py",
        "aggregate_by_country_and_year.py",
        "export_csv_and_pandas.py",
        "explore_the_built_in_dataset.ipynb",
    }
