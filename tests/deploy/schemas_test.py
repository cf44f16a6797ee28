"""Validates every object that deploy/base and deploy/cluster render to
against the Kubernetes API schemas of the npm package kubernetes-models
(validate_schemas.mjs, run with node in schemas/ after `npm ci`).

Usage: schemas_test.py DEPLOY_DIR SCHEMAS_DIR
"""
import copy
import json
import os
import subprocess
import sys
import unittest

import manifests_test


def validate(schemas_dir, docs):
    """(exit code, output) of the node validator over `docs`."""
    result = subprocess.run(["node", "validate_schemas.mjs"], cwd=schemas_dir,
                            input=json.dumps(docs), capture_output=True, text=True)
    return result.returncode, result.stdout + result.stderr


class SchemasTest(unittest.TestCase):
    def check(self, overlay):
        docs = manifests_test.render(os.path.join(DEPLOY_DIR, overlay))
        code, output = validate(SCHEMAS_DIR, docs)
        print(output)
        self.assertEqual(code, 0, output)
        self.assertIn(f"{len(docs)} valid, 0 invalid", output)

    def test_base_matches_the_api_schemas(self):
        self.check("base")

    def test_cluster_overlay_matches_the_api_schemas(self):
        self.check("cluster")

    def test_a_wrong_type_or_a_missing_field_is_refused(self):
        docs = manifests_test.render(os.path.join(DEPLOY_DIR, "cluster"))
        statefulset = next(d for d in docs if d["kind"] == "StatefulSet")
        wrong_type = copy.deepcopy(statefulset)
        wrong_type["spec"]["replicas"] = "three"
        missing = copy.deepcopy(statefulset)
        del missing["spec"]["template"]["spec"]["containers"][0]["name"]
        for broken in (wrong_type, missing):
            code, output = validate(SCHEMAS_DIR, [broken])
            self.assertEqual(code, 1, output)
            self.assertIn("0 valid, 1 invalid", output)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    DEPLOY_DIR, SCHEMAS_DIR = sys.argv[1], sys.argv[2]
    unittest.main(argv=sys.argv[:1], verbosity=2)
