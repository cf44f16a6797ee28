"""Starts amicus-ingest and amicus-query on loopback for client tests.

Each service gets port 0 and reports the port it bound on stderr
("listening on HOST:PORT"); the helpers read that line instead of guessing
free ports. Every process started here is killed on exit.
"""
import atexit
import os
import re
import signal
import subprocess
import tempfile
import time

LISTENING = re.compile(r"listening on (\S+:\d+)")
SKIP = 77  # ctest SKIP_RETURN_CODE
_running = set()


@atexit.register
def _kill_leftovers():
    """Even a test run that crashes before its teardown leaves nothing behind."""
    for process in _running:
        if process.poll() is None:
            process.kill()


class Service:
    def __init__(self, binary, args, log_path):
        self.log_path = log_path
        self._log = open(log_path, "wb")
        self.process = subprocess.Popen([binary] + args, stdout=self._log,
                                        stderr=subprocess.STDOUT)
        _running.add(self.process)
        self.address = self._wait_for_address()

    def _wait_for_address(self, timeout=30):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with open(self.log_path, encoding="utf-8", errors="replace") as f:
                match = LISTENING.search(f.read())
            if match:
                return match.group(1)
            if self.process.poll() is not None:
                break
            time.sleep(0.05)
        self.stop(signal.SIGKILL)
        with open(self.log_path, encoding="utf-8", errors="replace") as f:
            raise RuntimeError(f"service did not start:\n{f.read()}")

    def stop(self, sig=signal.SIGTERM):
        if self.process.poll() is None:
            self.process.send_signal(sig)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log.close()


class ServicePair:
    """amicus-ingest and amicus-query over one fresh data directory."""

    def __init__(self, bin_dir):
        self.bin_dir = bin_dir
        self.work = tempfile.TemporaryDirectory(prefix="amicus-clients-")
        self.db = os.path.join(self.work.name, "db")
        self.ingest = self.query = None
        try:
            self.ingest = self._start("amicus-ingest", ["--db=" + self.db])
            self.query = self.start_query()
        except Exception:
            self.close()
            raise

    def _start(self, name, args, listen="127.0.0.1:0"):
        log = os.path.join(self.work.name, f"{name}-{time.monotonic_ns()}.log")
        return Service(os.path.join(self.bin_dir, name), args + ["--listen=" + listen], log)

    def start_query(self, listen="127.0.0.1:0"):
        secondary = os.path.join(self.work.name, f"secondary-{time.monotonic_ns()}")
        return self._start("amicus-query", ["--db=" + self.db, "--secondary_dir=" + secondary],
                           listen)

    def close(self):
        for service in (self.query, self.ingest):
            if service is not None:
                service.stop()
        self.work.cleanup()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def write_corpus(directory, count):
    """Writes `count` distinct press releases, each with a dated threat and a
    quote, so streams span several server batches (the first holds 16)."""
    paths = []
    for i in range(count):
        day, month = i % 28 + 1, MONTHS[i % 12]
        text = (f"Rights groups condemn threat number {i}\n\n"
                f"GENEVA, {day} {month} 2024 – The Coalition for Independent Justice (CIJ) "
                f"today condemned threats against investigator {i} of the Regional Tribunal.\n\n"
                f"On {day} {month} 2023, Minister Arman Kessler threatened to revoke the visa "
                f"of investigator {i}.\n\n"
                f"“Threat {i} is an attack on every victim waiting for justice,” said Maria "
                f"Okonkwo, Executive Director of the Coalition for Independent Justice.\n")
        path = os.path.join(directory, f"release_{i:03d}.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        paths.append(path)
    return paths
