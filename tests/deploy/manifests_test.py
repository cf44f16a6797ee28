"""Offline checks of deploy/base and of the deploy/cluster overlay: YAML
parses, the kustomize output (through `kubectl kustomize` when kubectl is
installed, else a small renderer of the few kustomize features the two use)
holds every setting deploy/README.md promises, and the flags the containers
pass exist.

Usage: manifests_test.py DEPLOY_DIR [BIN_DIR]
"""
import glob
import json
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


def render(directory):
    """The objects `kubectl kustomize directory` would output."""
    if shutil.which("kubectl"):
        out = subprocess.run(["kubectl", "kustomize", directory], check=True,
                             capture_output=True, text=True).stdout
        return [d for d in yaml.safe_load_all(out) if d]
    print(f"note: kubectl not found; rendering {directory} without kustomize")
    return render_without_kustomize(directory)


def render_without_kustomize(directory):
    """Resources (files and directories), strategic-merge patches of maps
    (inline or from a file, `$patch: delete` included) and the namespace:
    all that deploy/ uses. Anything else fails, rather than pass unrendered."""
    with open(os.path.join(directory, "kustomization.yaml")) as f:
        kustomization = yaml.safe_load(f)
    known = {"apiVersion", "kind", "namespace", "resources", "patches", "images"}
    assert set(kustomization) <= known, set(kustomization) - known
    docs = []
    for resource in kustomization["resources"]:
        path = os.path.join(directory, resource)
        if os.path.isdir(path):
            docs += render_without_kustomize(path)
        else:
            with open(path) as f:
                docs += [d for d in yaml.safe_load_all(f) if d]
    for entry in kustomization.get("patches", []):
        if "path" in entry:
            with open(os.path.join(directory, entry["path"])) as f:
                patch = yaml.safe_load(f)
        else:
            patch = yaml.safe_load(entry["patch"])
        docs = apply_patch(docs, patch)
    for doc in docs:
        if doc["kind"] != "Namespace":
            doc["metadata"]["namespace"] = kustomization["namespace"]
    return docs


def apply_patch(docs, patch):
    def same(doc):
        return (doc["kind"], doc["metadata"]["name"]) == (patch["kind"], patch["metadata"]["name"])
    targets = [d for d in docs if same(d)]
    assert len(targets) == 1, f"patch target {patch['kind']}/{patch['metadata']['name']}"
    if patch.get("$patch") == "delete":
        return [d for d in docs if not same(d)]
    merge(targets[0], patch)
    return docs


def merge(target, patch):
    for key, value in patch.items():
        if isinstance(value, dict) and isinstance(target.get(key), dict):
            merge(target[key], value)
        else:
            assert not isinstance(value, list), f"list patch of {key} not supported here"
            target[key] = value


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


def check_restricted(test, pod):
    """The "restricted" Pod Security Standard, for the pod and each container."""
    pod_security = pod["securityContext"]
    test.assertTrue(pod_security["runAsNonRoot"])
    test.assertNotEqual(pod_security.get("runAsUser"), 0)
    test.assertEqual(pod_security["seccompProfile"]["type"], "RuntimeDefault")
    for container in pod["containers"]:
        name, security = container["name"], container["securityContext"]
        test.assertIs(security["allowPrivilegeEscalation"], False, name)
        test.assertIs(security["readOnlyRootFilesystem"], True, name)
        test.assertTrue(security["runAsNonRoot"], name)
        test.assertEqual(security["capabilities"]["drop"], ["ALL"], name)
        test.assertNotIn("add", security["capabilities"], name)
        test.assertFalse(security.get("privileged", False), name)
        test.assertEqual(security["seccompProfile"]["type"], "RuntimeDefault", name)
    test.assertFalse(any("hostPath" in v for v in pod.get("volumes", [])))
    test.assertFalse(pod.get("hostNetwork") or pod.get("hostPID"))


def check_flags_exist(test, container, binary):
    """Every --flag= in the container's args is one `binary --helpfull` lists."""
    if not BIN_DIR:
        test.skipTest("no BIN_DIR given")
    text = " ".join(container["args"])
    test.assertIn(binary, container["command"] + [text.split()[0]] +
                  re.findall(r"exec (\S+)", text))
    known = subprocess.run([os.path.join(BIN_DIR, binary), "--helpfull"],
                           capture_output=True, text=True).stdout
    for flag in re.findall(r"--([a-z_]+)=", text):
        test.assertRegex(known, rf"-{flag}\b", f"{binary} has no --{flag}")


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
        check_restricted(self, self.pod)

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
        for name, binary in (("ingest", "amicus-ingest"), ("query", "amicus-query")):
            check_flags_exist(self, self.containers[name], binary)


def nats_config(text):
    """The parts of a nats-server config the overlay relies on."""
    def value(key):
        match = re.search(rf"^\s*{key}:\s*(\S+)", text, re.M)
        return match and match.group(1)
    routes = re.search(r"routes:\s*\[([^\]]*)\]", text)
    return {"server_name": value("server_name"), "listen": value("listen"),
            "http": value("http"), "max_payload": value("max_payload"),
            "store_dir": value("store_dir"),
            "jetstream": bool(re.search(r"^\s*jetstream\s*\{", text, re.M)),
            "cluster_listen": re.search(r"cluster\s*\{[^}]*listen:\s*(\S+)", text).group(1),
            "routes": routes.group(1).split() if routes else []}


class ClusterManifestsTest(unittest.TestCase):
    """deploy/cluster: NATS JetStream (3 nodes), amicus-ingest (2, stateless),
    amicus-query (3, a volume each), over the base's namespace and config."""

    @classmethod
    def setUpClass(cls):
        cls.docs = render(os.path.join(DEPLOY_DIR, "cluster"))
        cls.named = {(d["kind"], d["metadata"]["name"]): d for d in cls.docs}
        cls.config = cls.named[("ConfigMap", "amicus-config")]["data"]
        cls.nats = cls.named[("StatefulSet", "amicus-nats")]
        cls.ingest = cls.named[("Deployment", "amicus-ingest")]
        cls.query = cls.named[("StatefulSet", "amicus-query")]
        cls.workloads = [cls.nats, cls.ingest, cls.query]

    def kinds(self, kind):
        return [d for d in self.docs if d["kind"] == kind]

    def container(self, workload):
        containers = workload["spec"]["template"]["spec"]["containers"]
        self.assertEqual(len(containers), 1, workload["metadata"]["name"])
        return containers[0]

    def args(self, workload):
        return " ".join(self.container(workload)["args"])

    def headless_service_of(self, sts):
        service = self.named[("Service", sts["spec"]["serviceName"])]
        self.assertEqual(service["spec"]["clusterIP"], "None")
        self.assertEqual(service["spec"]["selector"],
                         sts["spec"]["template"]["metadata"]["labels"])
        return service

    def test_the_single_pod_of_the_base_is_replaced(self):
        self.assertNotIn(("StatefulSet", "amicus"), self.named)
        self.assertNotIn(("Service", "amicus"), self.named)
        self.assertEqual(len(self.kinds("Namespace")), 1)
        for doc in self.docs:
            if doc["kind"] != "Namespace":
                self.assertEqual(doc["metadata"]["namespace"], "amicus")
        for workload in self.workloads:
            self.assertEqual(workload["spec"]["selector"]["matchLabels"],
                             workload["spec"]["template"]["metadata"]["labels"])

    def test_nats_is_a_three_node_jetstream_cluster_with_a_volume_each(self):
        spec = self.nats["spec"]
        self.assertEqual(spec["replicas"], 3)
        # Ordered start would wait for ever: JetStream needs a quorum to elect.
        self.assertEqual(spec["podManagementPolicy"], "Parallel")
        claims = [t["metadata"]["name"] for t in spec["volumeClaimTemplates"]]
        mounts = {m["name"]: m["mountPath"] for m in self.container(self.nats)["volumeMounts"]}
        conf = self.nats_conf()
        self.assertTrue(conf["jetstream"])
        self.assertTrue(conf["store_dir"].startswith(mounts[claims[0]] + "/"), conf["store_dir"])
        self.assertEqual(conf["max_payload"], "20MB")
        # JetStream peers are known by server name: one per pod, stable.
        self.assertEqual(conf["server_name"], "$POD_NAME")
        env = {e["name"]: e for e in self.container(self.nats).get("env", [])}
        self.assertEqual(env["POD_NAME"]["valueFrom"]["fieldRef"]["fieldPath"], "metadata.name")

    def nats_conf(self):
        volumes = {v["name"]: v for v in self.nats["spec"]["template"]["spec"]["volumes"]}
        mounts = {m["mountPath"]: m["name"] for m in self.container(self.nats)["volumeMounts"]}
        command = self.container(self.nats)["command"]
        path = command[command.index("--config") + 1]
        config_map = volumes[mounts[os.path.dirname(path)]]["configMap"]["name"]
        return nats_config(self.named[("ConfigMap", config_map)]["data"][os.path.basename(path)])

    def pod_addresses(self, sts, port_name):
        service = self.headless_service_of(sts)
        port = next(p["port"] for p in service["spec"]["ports"] if p["name"] == port_name)
        return [f"{sts['metadata']['name']}-{i}.{service['metadata']['name']}:{port}"
                for i in range(sts["spec"]["replicas"])]

    def test_nats_routes_and_client_urls_name_every_node(self):
        conf = self.nats_conf()
        self.assertEqual(conf["routes"],
                         ["nats://" + a for a in self.pod_addresses(self.nats, "cluster")])
        self.assertEqual(self.config["AMICUS_NATS_URLS"].split(","),
                         ["nats://" + a for a in self.pod_addresses(self.nats, "client")])
        ports = {p["name"]: p["containerPort"] for p in self.container(self.nats)["ports"]}
        self.assertTrue(conf["listen"].endswith(f":{ports['client']}"))
        self.assertTrue(conf["cluster_listen"].endswith(f":{ports['cluster']}"))
        self.assertTrue(conf["http"].endswith(f":{ports['monitor']}"))
        # Routes must resolve before any pod is Ready (Ready needs a quorum).
        self.assertIs(self.headless_service_of(self.nats)["spec"]["publishNotReadyAddresses"], True)

    def test_ingest_is_two_stateless_replicas_publishing_to_nats(self):
        self.assertEqual(self.ingest["spec"]["replicas"], 2)
        args = self.args(self.ingest)
        self.assertIn("--nats=$(AMICUS_NATS_URLS)", args)
        self.assertNotIn("--db", args)
        pod = self.ingest["spec"]["template"]["spec"]
        self.assertFalse(any("persistentVolumeClaim" in v for v in pod.get("volumes", [])))

    def test_query_is_three_replicas_each_applying_the_log_to_its_own_volume(self):
        self.assertEqual(self.query["spec"]["replicas"], 3)
        args = self.args(self.query)
        self.assertIn("--nats=$(AMICUS_NATS_URLS)", args)
        claims = [t["metadata"]["name"] for t in self.query["spec"]["volumeClaimTemplates"]]
        mounts = {m["name"]: m["mountPath"] for m in self.container(self.query)["volumeMounts"]}
        self.assertEqual(len(claims), 1)
        db = re.search(r"--db=\$\(([A-Z_]+)\)", args).group(1)
        self.assertTrue(self.config[db].startswith(mounts[claims[0]] + "/"))

    def test_clients_spread_query_calls_over_every_replica(self):
        service = self.headless_service_of(self.query)
        port = service["spec"]["ports"][0]["port"]
        self.assertEqual(self.config["AMICUS_QUERY_TARGET"],
                         f"dns:///{service['metadata']['name']}.amicus.svc.cluster.local:{port}")
        self.assertEqual(json.loads(self.config["AMICUS_GRPC_SERVICE_CONFIG"]),
                         {"loadBalancingConfig": [{"round_robin": {}}]})
        with open(os.path.join(DEPLOY_DIR, "README.md")) as f:
            readme = f.read()
        for words in (self.config["AMICUS_QUERY_TARGET"], "round_robin"):
            self.assertTrue(words in readme, f"deploy/README.md does not say {words}")

    def test_every_service_reaches_a_named_port_of_its_pods(self):
        pods = {w["metadata"]["name"]: w["spec"]["template"] for w in self.workloads}
        for service in self.kinds("Service"):
            selector = service["spec"]["selector"]
            matched = [t for t in pods.values()
                       if selector.items() <= t["metadata"]["labels"].items()]
            self.assertEqual(len(matched), 1, service["metadata"]["name"])
            ports = {p["name"] for p in matched[0]["spec"]["containers"][0]["ports"]}
            for port in service["spec"]["ports"]:
                self.assertIn(port.get("targetPort", port["name"]), ports,
                              service["metadata"]["name"])
        self.assertEqual(self.named[("Service", "amicus-ingest")]["spec"]["selector"],
                         self.ingest["spec"]["selector"]["matchLabels"])
        self.assertEqual(self.named[("Service", "amicus-query")]["spec"]["selector"],
                         self.query["spec"]["selector"]["matchLabels"])

    def test_disruption_budgets_keep_the_nats_quorum_and_both_apis(self):
        budgets = self.kinds("PodDisruptionBudget")
        for workload in self.workloads:
            labels = workload["spec"]["template"]["metadata"]["labels"]
            covering = [b for b in budgets
                        if b["spec"]["selector"]["matchLabels"].items() <= labels.items()]
            self.assertEqual(len(covering), 1, workload["metadata"]["name"])
            spec, replicas = covering[0]["spec"], workload["spec"]["replicas"]
            available = spec.get("minAvailable", replicas - spec.get("maxUnavailable", replicas))
            self.assertGreaterEqual(available, 1, workload["metadata"]["name"])
            if workload is self.nats:
                self.assertGreaterEqual(available, replicas // 2 + 1)

    def test_probes(self):
        for workload in (self.ingest, self.query):
            container = self.container(workload)
            port = container["ports"][0]["containerPort"]
            for probe in ("livenessProbe", "readinessProbe", "startupProbe"):
                self.assertEqual(container[probe]["grpc"]["port"], port, probe)
            self.assertRegex(container["readinessProbe"]["grpc"]["service"],
                             r"^amicus\.v1\.(Ingest|Query)Service$")
        nats = self.container(self.nats)
        for probe in ("livenessProbe", "readinessProbe", "startupProbe"):
            self.assertEqual(nats[probe]["httpGet"]["port"], "monitor", probe)
            self.assertTrue(nats[probe]["httpGet"]["path"].startswith("/healthz"), probe)

    def test_restricted_pod_security_standard(self):
        for workload in self.workloads:
            check_restricted(self, workload["spec"]["template"]["spec"])

    def test_configuration_comes_from_the_config_map(self):
        for workload in (self.ingest, self.query):
            container = self.container(workload)
            self.assertEqual([e["configMapRef"]["name"] for e in container["envFrom"]],
                             ["amicus-config"])
            used = set(re.findall(r"\$\(([A-Z_]+)\)", self.args(workload)))
            self.assertLessEqual(used, set(self.config), workload["metadata"]["name"])
            grace = workload["spec"]["template"]["spec"]["terminationGracePeriodSeconds"]
            self.assertGreater(grace, seconds(self.config["AMICUS_DRAIN_TIMEOUT"]) + 5)

    def test_flags_the_containers_pass_exist_in_the_binaries(self):
        check_flags_exist(self, self.container(self.ingest), "amicus-ingest")
        check_flags_exist(self, self.container(self.query), "amicus-query")


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    DEPLOY_DIR = sys.argv[1]
    BIN_DIR = sys.argv[2] if len(sys.argv) == 3 else ""
    unittest.main(argv=sys.argv[:1], verbosity=2)
