"""Checks deploy/Dockerfile without a Docker engine: it builds with the same
scripts the README and CI run, every stage is debian:bookworm-slim, and the
final stage runs as non-root with exactly the three binaries and the Debian
packages that own every shared library they load (ldd), nothing to build with.

Usage: dockerfile_test.py REPO_ROOT BIN_DIR
"""
import os
import re
import shutil
import subprocess
import sys
import unittest

BINARIES = {"amicus-ingest", "amicus-query", "amicus"}


def stages(dockerfile):
    """[(from_line, [instructions])], continuation lines joined."""
    with open(dockerfile) as f:
        text = re.sub(r"\\\n", " ", f.read())
    result = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.upper().startswith("FROM "):
            result.append((line, []))
        elif result:
            result[-1][1].append(line)
    return result


def owning_packages(libraries):
    """{library: Debian package that ships it, or None}, in one dpkg call
    (each call reads the whole database); tries /usr-merged spellings."""
    spellings = {}
    for library in libraries:
        real = os.path.realpath(library)
        spellings[library] = list(dict.fromkeys([
            library, real, re.sub(r"^/usr", "", real), re.sub(r"^/lib", "/usr/lib", library)]))
    paths = sorted({p for candidates in spellings.values() for p in candidates})
    out = subprocess.run(["dpkg", "-S"] + paths, capture_output=True, text=True).stdout
    owner = {}
    for line in out.splitlines():
        package, _, path = line.partition(": ")
        owner[path] = package.split(":")[0].split(",")[0]
    return {lib: next((owner[p] for p in c if p in owner), None) for lib, c in spellings.items()}


def loaded_libraries(binary):
    out = subprocess.run(["ldd", binary], capture_output=True, text=True, check=True).stdout
    return {m.group(1) for m in re.finditer(r"(/\S+) \(0x", out)}


class DockerfileTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.stages = stages(os.path.join(ROOT, "deploy", "Dockerfile"))
        cls.final = cls.stages[-1][1]

    def final_packages(self):
        for line in self.final:
            if "apt-get install" in line:
                words = line.split("apt-get install", 1)[1].split("&&")[0].split()
                return {w for w in words if not w.startswith("-")}
        self.fail("final stage installs no packages")

    def test_multi_stage_on_bookworm_slim(self):
        self.assertGreaterEqual(len(self.stages), 2)
        for from_line, _ in self.stages:
            self.assertRegex(from_line, r"^FROM debian:bookworm-slim\b")

    def test_build_stage_runs_the_readme_scripts(self):
        build = " ".join(self.stages[0][1])
        for script in ("scripts/install-deps", "scripts/build"):
            self.assertIn(f"RUN {script}", re.sub(r"&&\s*", "RUN ", build))
            path = os.path.join(ROOT, script)
            self.assertTrue(os.access(path, os.X_OK), path)
            with open(os.path.join(ROOT, "README.md")) as f:
                self.assertIn(script, f.read())
        # The binaries the final stage copies are where scripts/build puts them.
        with open(os.path.join(ROOT, "scripts", "build")) as f:
            self.assertRegex(f.read(), r"-B build\b")

    def test_final_stage_copies_exactly_the_binaries(self):
        copies = [line.split()[2:] for line in self.final if line.startswith("COPY --from=")]
        self.assertEqual(len(copies), 1, copies)
        *sources, destination = copies[0]
        self.assertEqual({os.path.basename(s) for s in sources}, BINARIES)
        self.assertTrue(all("/build/bin/" in s for s in sources), sources)
        cmd = next(line for line in self.final if line.startswith("CMD"))
        self.assertIn('"amicus-ingest"', cmd)
        self.assertEqual(destination, "/usr/local/bin/")

    def test_final_stage_runs_as_non_root(self):
        users = [line.split()[1] for line in self.final if line.startswith("USER ")]
        self.assertTrue(users)
        self.assertNotIn(users[-1].split(":")[0], {"0", "root"})

    def test_final_stage_has_no_build_tools(self):
        for package in self.final_packages():
            self.assertFalse(package.endswith("-dev"), package)
            self.assertNotIn(package, {"build-essential", "cmake", "g++", "gcc",
                                       "protobuf-compiler", "protobuf-compiler-grpc"})

    def test_final_stage_packages_cover_every_loaded_library(self):
        if not (shutil.which("dpkg") and shutil.which("ldd")):
            self.skipTest("dpkg or ldd missing")
        libraries = set().union(*(loaded_libraries(os.path.join(BIN_DIR, b)) for b in BINARIES))
        needed = owning_packages(libraries)
        unowned = sorted(lib for lib, pkg in needed.items() if pkg is None)
        self.assertEqual(unowned, [], "libraries no Debian package ships")
        missing = sorted(set(needed.values()) - self.final_packages())
        self.assertEqual(missing, [], "add these to the final stage of deploy/Dockerfile")

    def test_final_stage_has_the_data_files_extraction_reads(self):
        # The word list (ligature repair) and ISO 3166 names (signatories'
        # countries): without them extraction silently degrades.
        self.assertLessEqual({"wamerican", "iso-codes"}, self.final_packages())

    def test_kubernetes_runs_binaries_the_image_has(self):
        with open(os.path.join(ROOT, "deploy", "base", "statefulset.yaml")) as f:
            text = f.read()
        self.assertEqual(set(re.findall(r"\bamicus-(?:ingest|query)(?=[\s\"\]])", text)),
                         {"amicus-ingest", "amicus-query"})
        uid = re.search(r"runAsUser: (\d+)", text).group(1)
        self.assertIn(f"USER {uid}:", "\n".join(self.final))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    ROOT, BIN_DIR = sys.argv[1:]
    unittest.main(argv=sys.argv[:1], verbosity=2)
