# Runs in Python threads (the GIL is released) and runs stopped: by an event, or by Ctrl-C.
import concurrent.futures
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time

import pytest

import dermasim
from conftest import SMALL_3D, summary_without_elapsed


def fingerprint(r):
    return summary_without_elapsed(r.summary), r.timeseries, r.punctures


def same(a, b):
    assert a[0] == b[0]
    for x, y in zip(a[1:], b[1:]):
        assert x.equals(y)


def test_two_runs_in_threads_equal_the_same_runs_in_turn():
    wm = dermasim.Scenario.default()
    wm["simulation.resolution"] = "40 um"
    small = dermasim.Scenario.from_text(SMALL_3D)
    jobs = [(wm, "well_mixed"), (small, "3d")]
    in_turn = [fingerprint(dermasim.run(sc, fidelity=f, threads=1)) for sc, f in jobs]
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        futures = [pool.submit(dermasim.run, sc, fidelity=f, threads=1) for sc, f in jobs]
        at_once = [fingerprint(x.result()) for x in futures]
    for a, b in zip(in_turn, at_once):
        same(a, b)


def test_the_gil_is_released_while_a_run_runs():
    sc = dermasim.Scenario.from_text(SMALL_3D)
    worker = threading.Thread(target=dermasim.run, args=(sc,), kwargs={"threads": 1})
    worker.start()
    loops = 0
    while worker.is_alive():  # runs only when the run does not hold the GIL
        loops += 1
        time.sleep(0.001)
    worker.join()
    assert loops > 50


def test_a_cancel_event_stops_a_3d_run_and_returns_nothing():
    sc = dermasim.Scenario.default()
    stop = threading.Event()
    seen = []

    def progress(stage, fraction):
        seen.append(stage)
        if stage.startswith("healing") and fraction > 0:
            stop.set()

    started = time.monotonic()
    with pytest.raises(dermasim.Cancelled, match="nothing was written"):
        dermasim.run(sc, fidelity="3d", progress=progress, cancel=stop)
    assert time.monotonic() - started < 30  # the whole run takes about a minute
    assert "outcomes" not in seen


CHILD = textwrap.dedent("""
    import sys, dermasim
    out = sys.argv[1]
    told = []
    def progress(stage, fraction):
        if stage.startswith("healing") and not told:
            told.append(stage)
            print("healing", flush=True)
    try:
        r = dermasim.run(dermasim.Scenario.default(), fidelity="3d", progress=progress)
        r.save(out)
        print("finished", flush=True)
    except KeyboardInterrupt:
        print("KeyboardInterrupt", flush=True)
        sys.exit(130)
""")


def test_ctrl_c_stops_a_3d_run_with_keyboardinterrupt_and_writes_nothing(tmp_path):
    out = tmp_path / "run"
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(out)], stdout=subprocess.PIPE,
                             text=True, env=os.environ.copy())
    try:
        assert child.stdout.readline().strip() == "healing"
        child.send_signal(signal.SIGINT)
        stdout, _ = child.communicate(timeout=60)
    finally:
        child.kill()
    assert child.returncode == 130, stdout
    assert "KeyboardInterrupt" in stdout and "finished" not in stdout
    assert not out.exists()
