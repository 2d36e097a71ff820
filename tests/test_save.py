"""save() is atomic: whatever fails, the file that was there is left exactly as it was."""

from __future__ import annotations

import errno
import os
import stat
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as hst

import migrationhealth as mh
from migrationhealth import serialization

from . import strategies as st

EXAMPLE = Path(__file__).parent / "data" / "format-v1.json"


def _dataset() -> mh.Dataset:
    return mh.loads(EXAMPLE.read_text(encoding="utf-8"))


def _other_dataset() -> mh.Dataset:
    return mh.Dataset().add(mh.Source(id="s-new", title="A newer report"))


@pytest.fixture
def saved(tmp_path: Path) -> tuple[Path, bytes]:
    """A file saved before the failing save, and its bytes."""
    path = tmp_path / "data.json"
    mh.save(_dataset(), path)
    return path, path.read_bytes()


def _assert_untouched(path: Path, before: bytes) -> None:
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name], "a temporary file is left"
    assert mh.load(path) == _dataset()


class TestSuccess:
    def test_file_holds_the_indented_canonical_text(self, tmp_path: Path) -> None:
        path = tmp_path / "data.json"
        mh.save(_dataset(), path)
        assert path.read_text(encoding="utf-8") == mh.dumps(_dataset(), indent=2)
        assert [p.name for p in tmp_path.iterdir()] == ["data.json"]

    def test_replaces_an_existing_file(self, saved: tuple[Path, bytes]) -> None:
        path, _ = saved
        mh.save(_other_dataset(), path)
        assert mh.load(path) == _other_dataset()
        assert [p.name for p in path.parent.iterdir()] == ["data.json"]

    def test_compact_text_with_indent_none(self, tmp_path: Path) -> None:
        path = tmp_path / "data.json"
        mh.save(_dataset(), path, indent=None)
        assert path.read_text(encoding="utf-8") == mh.dumps(_dataset())

    def test_accepts_a_string_path(self, tmp_path: Path) -> None:
        path = tmp_path / "data.json"
        mh.save(_dataset(), str(path))
        assert mh.load(str(path)) == _dataset()

    def test_the_file_is_synced_before_it_replaces_the_old_one(
        self, saved: tuple[Path, bytes], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        path, _ = saved
        events: list[str] = []
        real_fsync, real_replace = os.fsync, os.replace

        def fsync(handle: int) -> None:
            kind = "directory" if stat.S_ISDIR(os.fstat(handle).st_mode) else "file"
            events.append(f"fsync {kind}")
            real_fsync(handle)

        def replace(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
            assert Path(source).parent == Path(target).parent, "the temporary file is elsewhere"
            events.append("replace")
            real_replace(source, target)

        monkeypatch.setattr(os, "fsync", fsync)
        monkeypatch.setattr(os, "replace", replace)
        mh.save(_other_dataset(), path)
        assert events[:2] == ["fsync file", "replace"]
        if os.name == "posix":
            assert events[2:] == ["fsync directory"]

    @settings(max_examples=10)
    @given(st.datasets())
    def test_load_gives_back_what_was_saved(self, dataset: mh.Dataset) -> None:
        # tmp_path is per test, not per example: each example makes its own directory.
        with tempfile.TemporaryDirectory() as directory:
            path = Path(directory) / "data.json"
            mh.save(dataset, path)
            assert mh.load(path) == dataset
            assert os.listdir(directory) == ["data.json"]


class TestFailureLeavesThePreviousFile:
    def test_error_while_serialising(self, saved: tuple[Path, bytes]) -> None:
        path, before = saved
        broken = _dataset()
        # A value no JSON can hold, put where validators cannot see it.
        object.__setattr__(broken.sources[0], "title", object())
        with pytest.raises(TypeError, match="object"):
            mh.save(broken, path)
        _assert_untouched(path, before)

    def test_dumps_failing(
        self, saved: tuple[Path, bytes], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        path, before = saved

        def dumps(dataset: mh.Dataset, *, indent: int | None = None) -> str:
            raise RuntimeError("serialising failed")

        monkeypatch.setattr(serialization, "dumps", dumps)
        with pytest.raises(RuntimeError, match="serialising failed"):
            mh.save(_other_dataset(), path)
        _assert_untouched(path, before)

    def test_not_a_dataset(self, saved: tuple[Path, bytes]) -> None:
        path, before = saved
        with pytest.raises(TypeError, match="expected a Dataset"):
            mh.save([], path)  # type: ignore[arg-type]
        _assert_untouched(path, before)

    @given(fraction=hst.floats(0, 1), error=hst.sampled_from([errno.ENOSPC, errno.EIO]))
    def test_write_failing_part_way(self, fraction: float, error: int) -> None:
        with tempfile.TemporaryDirectory() as directory:
            path = Path(directory) / "data.json"
            mh.save(_dataset(), path)
            before = path.read_bytes()
            size = len(mh.dumps(_other_dataset(), indent=2).encode("utf-8"))
            limit = min(int(size * fraction), size - 1)  # it fails before the last byte
            written = 0
            real_write = os.write

            def write(handle: int, data: bytes | memoryview) -> int:
                nonlocal written
                if written >= limit:
                    raise OSError(error, os.strerror(error))
                # A short write, as a nearly full disk gives, then the failure.
                count = real_write(handle, bytes(data[: max(1, (limit - written) // 2)]))
                written += count
                return count

            with pytest.MonkeyPatch.context() as patch:
                patch.setattr(os, "write", write)
                with pytest.raises(OSError, match=os.strerror(error)) as caught:
                    mh.save(_other_dataset(), path)
            assert caught.value.errno == error
            _assert_untouched(path, before)

    def test_short_writes_still_write_everything(
        self, saved: tuple[Path, bytes], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        path, _ = saved
        real_write = os.write
        monkeypatch.setattr(os, "write", lambda handle, data: real_write(handle, data[:7]))
        mh.save(_other_dataset(), path)
        monkeypatch.undo()
        assert mh.load(path) == _other_dataset()

    def test_fsync_failing(
        self, saved: tuple[Path, bytes], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        path, before = saved

        def fsync(handle: int) -> None:
            raise OSError(errno.EIO, "I/O error")

        monkeypatch.setattr(os, "fsync", fsync)
        with pytest.raises(OSError, match="I/O error"):
            mh.save(_other_dataset(), path)
        monkeypatch.undo()
        _assert_untouched(path, before)

    @pytest.mark.parametrize(
        "raised",
        [OSError(errno.EACCES, "Permission denied"), KeyboardInterrupt()],
        ids=["error", "interrupt"],
    )
    def test_interrupted_between_writing_and_replacing(
        self, saved: tuple[Path, bytes], monkeypatch: pytest.MonkeyPatch, raised: BaseException
    ) -> None:
        path, before = saved
        seen: list[bytes] = []

        def replace(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
            seen.append(Path(source).read_bytes())  # written in full, and synced
            raise raised

        monkeypatch.setattr(os, "replace", replace)
        with pytest.raises(type(raised)):
            mh.save(_other_dataset(), path)
        monkeypatch.undo()
        assert seen == [mh.dumps(_other_dataset(), indent=2).encode("utf-8")]
        _assert_untouched(path, before)

    def test_process_killed_between_writing_and_replacing(self, saved: tuple[Path, bytes]) -> None:
        path, before = saved
        script = textwrap.dedent(
            f"""
            import os
            import migrationhealth as mh

            os.replace = lambda source, target: os._exit(9)
            mh.save(mh.Dataset().add(mh.Source(id="s", title="t")), {str(path)!r})
            """
        )
        result = subprocess.run([sys.executable, "-c", script], check=False)
        assert result.returncode == 9
        assert path.read_bytes() == before
        # Only a crash can leave the temporary file; it is named for the file it was for.
        left = sorted(p.name for p in path.parent.iterdir() if p != path)
        assert len(left) == 1
        assert left[0].startswith(".data.json.")
        assert left[0].endswith(".tmp")

    def test_missing_directory_creates_nothing(self, tmp_path: Path) -> None:
        with pytest.raises(FileNotFoundError):
            mh.save(_dataset(), tmp_path / "missing" / "data.json")
        assert list(tmp_path.iterdir()) == []

    def test_a_directory_in_the_way(self, tmp_path: Path) -> None:
        (tmp_path / "data.json").mkdir()
        with pytest.raises(OSError):  # noqa: PT011 - the system's own error, whichever it is
            mh.save(_dataset(), tmp_path / "data.json")
        assert [p.name for p in tmp_path.iterdir()] == ["data.json"]
        assert (tmp_path / "data.json").is_dir()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits and symbolic links")
class TestFileSystemDetails:
    def test_a_new_file_has_the_umasks_permissions(self, tmp_path: Path) -> None:
        old = os.umask(0o022)
        try:
            mh.save(_dataset(), tmp_path / "data.json")
        finally:
            os.umask(old)
        assert stat.S_IMODE((tmp_path / "data.json").stat().st_mode) == 0o644

    def test_a_replaced_file_keeps_its_permissions(self, saved: tuple[Path, bytes]) -> None:
        path, _ = saved
        path.chmod(0o640)
        mh.save(_other_dataset(), path)
        assert stat.S_IMODE(path.stat().st_mode) == 0o640

    def test_saving_through_a_symbolic_link_keeps_the_link(self, tmp_path: Path) -> None:
        real = tmp_path / "real.json"
        mh.save(_dataset(), real)
        link = tmp_path / "link.json"
        link.symlink_to(real)
        mh.save(_other_dataset(), link)
        assert link.is_symlink()
        assert mh.load(real) == _other_dataset()
        assert sorted(p.name for p in tmp_path.iterdir()) == ["link.json", "real.json"]


def test_every_failure_injection_above_can_fail() -> None:
    """The helper that checks a file is untouched notices a change and a leftover file."""
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "data.json"
        mh.save(_dataset(), path)
        before = path.read_bytes()
        checks: list[Callable[[], object]] = [
            lambda: path.write_bytes(before + b" "),
            lambda: (Path(directory) / ".data.json.x.tmp").write_bytes(b""),
        ]
        for change in checks:
            change()
            with pytest.raises(AssertionError):
                _assert_untouched(path, before)
            path.write_bytes(before)
            for extra in Path(directory).glob(".*.tmp"):
                extra.unlink()
