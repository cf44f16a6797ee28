#ifndef AMICUS_TESTS_SECURITY_TEST_CERTIFICATES_H_
#define AMICUS_TESTS_SECURITY_TEST_CERTIFICATES_H_

#include <string>

#include "absl/status/statusor.h"

namespace amicus::testing {

// PEM file paths (and contents) made at test time with the openssl
// command, so no key is ever committed.
struct CertificateFiles {
  std::string dir;
  // The CA the servers and the good clients use.
  std::string ca_cert;
  // A server certificate for 127.0.0.1 / localhost, signed by the CA.
  std::string server_cert, server_key;
  // A client certificate signed by the CA.
  std::string client_cert, client_key;
  // Another CA, and a client certificate it signed: trusted by nobody.
  std::string other_ca_cert;
  std::string other_client_cert, other_client_key;
};

// Makes all of the above in a fresh directory under /tmp.
absl::StatusOr<CertificateFiles> MakeTestCertificates();

}  // namespace amicus::testing

#endif  // AMICUS_TESTS_SECURITY_TEST_CERTIFICATES_H_
