#include "tests/security/test_certificates.h"

#include <stdlib.h>

#include <fstream>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "tests/e2e/subprocess.h"

namespace amicus::testing {
namespace {

constexpr char kOpenssl[] = "/usr/bin/openssl";

absl::Status Run(const std::vector<std::string>& argv) {
  RunResult result = RunCommand(argv, absl::Seconds(60));
  if (result.exit_code == 0) return absl::OkStatus();
  return absl::InternalError(absl::StrCat(absl::StrJoin(argv, " "), ": ",
                                          result.err));
}

// P-256 keys: quick to make, and gRPC's TLS accepts them.
std::vector<std::string> NewKey(const std::string& key) {
  return {"-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
          "-nodes", "-keyout", key};
}

absl::Status MakeCa(const std::string& dir, const std::string& name) {
  std::vector<std::string> argv = {kOpenssl, "req", "-x509"};
  for (const std::string& arg : NewKey(dir + "/" + name + ".key")) {
    argv.push_back(arg);
  }
  for (const char* arg : {"-days", "2", "-subj"}) argv.push_back(arg);
  argv.push_back("/CN=amicus test " + name);
  argv.push_back("-out");
  argv.push_back(dir + "/" + name + ".pem");
  return Run(argv);
}

// A key and a certificate `name`.pem signed by `ca`, with extensions
// `extensions` (an openssl extension-file line).
absl::Status MakeSigned(const std::string& dir, const std::string& ca,
                        const std::string& name, const std::string& subject,
                        const std::string& extensions) {
  const std::string base = dir + "/" + name;
  std::vector<std::string> request = {kOpenssl, "req"};
  for (const std::string& arg : NewKey(base + ".key")) request.push_back(arg);
  for (const std::string& arg :
       {std::string("-subj"), subject, std::string("-out"), base + ".csr"}) {
    request.push_back(arg);
  }
  if (absl::Status ok = Run(request); !ok.ok()) return ok;
  std::ofstream(base + ".ext") << extensions << "\n";
  return Run({kOpenssl, "x509", "-req", "-in", base + ".csr", "-CA",
              dir + "/" + ca + ".pem", "-CAkey", dir + "/" + ca + ".key",
              "-CAcreateserial", "-days", "2", "-extfile", base + ".ext",
              "-out", base + ".pem"});
}

}  // namespace

absl::StatusOr<CertificateFiles> MakeTestCertificates() {
  char dir_template[] = "/tmp/amicus-certs-XXXXXX";
  if (mkdtemp(dir_template) == nullptr) {
    return absl::InternalError("mkdtemp failed");
  }
  const std::string dir = dir_template;
  for (absl::Status step :
       {MakeCa(dir, "ca"), MakeCa(dir, "other-ca"),
        MakeSigned(dir, "ca", "server", "/CN=localhost",
                   "subjectAltName=IP:127.0.0.1,DNS:localhost"),
        MakeSigned(dir, "ca", "client", "/CN=amicus test client",
                   "extendedKeyUsage=clientAuth"),
        MakeSigned(dir, "other-ca", "other-client", "/CN=stranger",
                   "extendedKeyUsage=clientAuth")}) {
    if (!step.ok()) return step;
  }
  CertificateFiles files;
  files.dir = dir;
  files.ca_cert = dir + "/ca.pem";
  files.server_cert = dir + "/server.pem";
  files.server_key = dir + "/server.key";
  files.client_cert = dir + "/client.pem";
  files.client_key = dir + "/client.key";
  files.other_ca_cert = dir + "/other-ca.pem";
  files.other_client_cert = dir + "/other-client.pem";
  files.other_client_key = dir + "/other-client.key";
  return files;
}

}  // namespace amicus::testing
