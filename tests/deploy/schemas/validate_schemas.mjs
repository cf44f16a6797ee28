// Reads a JSON array of Kubernetes objects on stdin and validates each
// against the API schema kubernetes-models ships for its apiVersion and kind
// (types, required fields, enums and formats; unknown fields are not
// flagged). Prints one line per object; exits 1 if any is invalid or of a
// kind the package does not know.
import { readFileSync } from "node:fs";

const objects = JSON.parse(readFileSync(0, "utf8"));
let failures = 0;
for (const object of objects) {
  const name = `${object.apiVersion} ${object.kind} ${object.metadata?.name}`;
  try {
    const module = await import(`kubernetes-models/${object.apiVersion}/${object.kind}`);
    new module[object.kind](object).validate();
    console.log(`ok      ${name}`);
  } catch (error) {
    failures++;
    console.log(`INVALID ${name}: ${error.message}`);
  }
}
console.log(`${objects.length - failures} valid, ${failures} invalid`);
process.exit(failures ? 1 : 0);
