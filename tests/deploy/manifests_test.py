"""Offline checks of deploy/base: YAML parses, the kustomize output (through
`kubectl kustomize` when kubectl is installed, else the listed resources as
they are, since the base uses no patches or generators) holds every setting
deploy/README.md promises, and the flags the containers pass exist.

Usage: manifests_test.py DEPLOY_DIR [BIN_DIR]
"""
import glob
import os
import re
import shutil
import subprocess
import sys
import unittest

try:
    import yaml
except ImportError:
    print("SKIP: python3-yaml is not installed (scripts/install-deps adds it)")
    sys.exit(77)

POD_LABELS = {"app.kubernetes.io/name": "amicus"}


def render(base):
    if shutil.which("kubectl"):
        out = subprocess.run(["kubectl", "kustomize", base], check=True,
                             capture_output=True, text=True).stdout
        return [d for d in yaml.safe_load_all(out) if d]
    print("note: kubectl not found; checking the base's resources without kustomize")
    with open(os.path.join(base, "kustomization.yaml")) as f:
        kustomization = yaml.safe_load(f)
    docs = []
    for resource in kustomization["resources"]:
        with open(os.path.join(base, resource)) as f:
            docs += [d for d in yaml.safe_load_all(f) if d]
    for doc in docs:
        if doc["kind"] != "Namespace":
            doc["metadata"]["namespace"] = kustomization["namespace"]
    return docs


def seconds(duration):
    """"20s", "1m30s", "500ms" -> seconds (absl duration syntax)."""
    units = {"h": 3600, "m": 60, "s": 1, "ms": 0.001}
    parts = re.findall(r"(\d+(?:\.\d+)?)(ms|h|m|s)", duration)
    assert parts and "".join(n + u for n, u in parts) == duration, duration
    return sum(float(n) * units[u] for n, u in parts)


def quantity(value):
    """CPU or memory quantity -> a float in base units, for comparisons."""
    suffixes = {"m": 1e-3, "Ki": 2**10, "Mi": 2**20, "Gi": 2**30, "k": 1e3, "M": 1e6, "G": 1e9}
    match = re.fullmatch(r"(\d+(?:\.\d+)?)([A-Za-z]*)", str(value))
    return float(match.group(1)) * suffixes.get(match.group(2), 1)


class ManifestsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.docs = render(os.path.join(DEPLOY_DIR, "base"))
        cls.by_kind = {}
        for doc in cls.docs:
            cls.by_kind.setdefault(doc["kind"], []).append(doc)
        cls.sts = cls.one("StatefulSet")
        cls.pod = cls.sts["spec"]["template"]["spec"]
        cls.containers = {c["name"]: c for c in cls.pod["containers"]}
        cls.config = cls.one("ConfigMap")["data"]

    @classmethod
    def one(cls, kind):
        docs = cls.by_kind.get(kind, [])
        assert len(docs) == 1, f"expected one {kind}, got {len(docs)}"
        return docs[0]

    def test_every_yaml_file_parses(self):
        files = glob.glob(os.path.join(DEPLOY_DIR, "**", "*.yaml"), recursive=True)
        self.assertTrue(files)
        for path in files:
            with open(path) as f:
                self.assertTrue(list(yaml.safe_load_all(f)), path)

    def test_everything_lands_in_one_restricted_namespace(self):
        namespace = self.one("Namespace")
        labels = namespace["metadata"]["labels"]
        self.assertEqual(labels["pod-security.kubernetes.io/enforce"], "restricted")
        for doc in self.docs:
            if doc["kind"] != "Namespace":
                self.assertEqual(doc["metadata"]["namespace"], namespace["metadata"]["name"])

    def test_one_pod_runs_ingest_and_query_over_one_claim(self):
        self.assertEqual(self.sts["spec"]["replicas"], 1)
        self.assertEqual(set(self.containers), {"ingest", "query"})
        claims = [t["metadata"]["name"] for t in self.sts["spec"]["volumeClaimTemplates"]]
        self.assertEqual(len(claims), 1)
        for container in self.containers.values():
            mounts = {m["name"]: m["mountPath"] for m in container["volumeMounts"]}
            self.assertEqual(mounts.get(claims[0]), "/data", container["name"])
        self.assertTrue(self.config["AMICUS_DB"].startswith("/data/"))

    def test_query_keeps_its_secondary_files_on_an_empty_dir(self):
        args = " ".join(self.containers["query"]["args"])
        secondary = re.search(r"--secondary_dir=(\S+)", args).group(1)
        empty_dirs = {v["name"] for v in self.pod["volumes"] if "emptyDir" in v}
        mounts = self.containers["query"]["volumeMounts"]
        self.assertTrue(any(m["name"] in empty_dirs and secondary.startswith(m["mountPath"] + "/")
                            for m in mounts), secondary)

    def test_a_service_per_api_reaches_its_container_port(self):
        ports = {c["name"]: {p["name"]: p["containerPort"] for p in c["ports"]}
                 for c in self.containers.values()}
        targets = {}
        for service in self.by_kind["Service"]:
            spec = service["spec"]
            self.assertEqual(spec["selector"], POD_LABELS, service["metadata"]["name"])
            if spec.get("clusterIP") != "None":
                targets[service["metadata"]["name"]] = spec["ports"][0]["targetPort"]
        self.assertEqual(targets, {"amicus-ingest": "grpc-ingest", "amicus-query": "grpc-query"})
        self.assertIn("grpc-ingest", ports["ingest"])
        self.assertIn("grpc-query", ports["query"])
        self.assertEqual(self.sts["spec"]["selector"]["matchLabels"], POD_LABELS)
        self.assertEqual(self.sts["spec"]["template"]["metadata"]["labels"], POD_LABELS)
        headless = [s for s in self.by_kind["Service"] if s["spec"].get("clusterIP") == "None"]
        self.assertEqual([s["metadata"]["name"] for s in headless], [self.sts["spec"]["serviceName"]])

    def test_native_grpc_probes_on_each_container_port(self):
        for name, container in self.containers.items():
            port = container["ports"][0]["containerPort"]
            for probe in ("livenessProbe", "readinessProbe", "startupProbe"):
                self.assertEqual(container[probe]["grpc"]["port"], port, f"{name} {probe}")
        self.assertEqual(self.containers["query"]["readinessProbe"]["grpc"]["service"],
                         "amicus.v1.QueryService")

    def test_requests_and_limits_are_set_and_ordered(self):
        for name, container in self.containers.items():
            resources = container["resources"]
            for key in ("cpu", "memory"):
                request, limit = resources["requests"][key], resources["limits"][key]
                self.assertLessEqual(quantity(request), quantity(limit), f"{name} {key}")

    def test_pod_disruption_budget_covers_the_pod(self):
        pdb = self.one("PodDisruptionBudget")
        self.assertEqual(pdb["apiVersion"], "policy/v1")
        self.assertEqual(pdb["spec"]["selector"]["matchLabels"], POD_LABELS)
        self.assertTrue("minAvailable" in pdb["spec"] or "maxUnavailable" in pdb["spec"])

    def test_restricted_pod_security_standard(self):
        pod_security = self.pod["securityContext"]
        self.assertTrue(pod_security["runAsNonRoot"])
        self.assertNotEqual(pod_security.get("runAsUser"), 0)
        self.assertEqual(pod_security["seccompProfile"]["type"], "RuntimeDefault")
        for name, container in self.containers.items():
            security = container["securityContext"]
            self.assertIs(security["allowPrivilegeEscalation"], False, name)
            self.assertIs(security["readOnlyRootFilesystem"], True, name)
            self.assertTrue(security["runAsNonRoot"], name)
            self.assertEqual(security["capabilities"]["drop"], ["ALL"], name)
            self.assertNotIn("add", security["capabilities"], name)
            self.assertFalse(security.get("privileged", False), name)
            self.assertEqual(security["seccompProfile"]["type"], "RuntimeDefault", name)
        self.assertFalse(any("hostPath" in v for v in self.pod.get("volumes", [])))
        self.assertFalse(self.pod.get("hostNetwork") or self.pod.get("hostPID"))

    def test_configuration_comes_from_the_config_map(self):
        for name, container in self.containers.items():
            refs = [e["configMapRef"]["name"] for e in container["envFrom"]]
            self.assertEqual(refs, [self.one("ConfigMap")["metadata"]["name"]], name)
            text = " ".join(container.get("command", []) + container["args"])
            used = set(re.findall(r"\$\(?([A-Z_]+)\)?", text))
            self.assertTrue(used, name)
            self.assertLessEqual(used, set(self.config), name)

    def test_grace_period_outlasts_the_drain(self):
        drain = seconds(self.config["AMICUS_DRAIN_TIMEOUT"])
        for container in self.containers.values():
            self.assertIn("AMICUS_DRAIN_TIMEOUT", " ".join(container["args"]))
        self.assertGreater(self.pod["terminationGracePeriodSeconds"], drain + 5)

    def test_query_starts_in_any_order_without_a_shell_wait(self):
        # amicus-query waits for the database itself (--wait_for_db), with
        # health NOT_SERVING: no shell loop racing amicus-ingest's creation.
        query = self.containers["query"]
        self.assertEqual(query["command"], ["amicus-query"])
        self.assertNotIn("CURRENT", " ".join(query["args"]))
        wait = re.search(r"--wait_for_db=\$\(([A-Z_]+)\)", " ".join(query["args"]))
        self.assertTrue(wait, "query passes --wait_for_db from the config map")
        probe = query["startupProbe"]
        allowed = probe.get("periodSeconds", 10) * probe.get("failureThreshold", 3)
        self.assertGreater(allowed, seconds(self.config[wait.group(1)]))

    def test_flags_the_containers_pass_exist_in_the_binaries(self):
        if not BIN_DIR:
            self.skipTest("no BIN_DIR given")
        for name, binary in (("ingest", "amicus-ingest"), ("query", "amicus-query")):
            text = " ".join(self.containers[name]["args"])
            self.assertIn(binary, self.containers[name]["command"] + [text.split()[0]] +
                          re.findall(r"exec (\S+)", text))
            known = subprocess.run([os.path.join(BIN_DIR, binary), "--helpfull"],
                                   capture_output=True, text=True).stdout
            for flag in re.findall(r"--([a-z_]+)=", text):
                self.assertRegex(known, rf"-{flag}\b", f"{binary} has no --{flag}")


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    DEPLOY_DIR = sys.argv[1]
    BIN_DIR = sys.argv[2] if len(sys.argv) == 3 else ""
    unittest.main(argv=sys.argv[:1], verbosity=2)
