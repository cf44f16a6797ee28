#ifndef AMICUS_TESTS_LOAD_LOAD_STATEMENTS_H_
#define AMICUS_TESTS_LOAD_LOAD_STATEMENTS_H_

#include <string>

namespace amicus::load {

// The n-th of an endless series of distinct press releases of a few KiB
// (events and quotes to extract, plus body text), so streams of full
// documents carry enough bytes to fill flow-control windows.
std::string LoadStatement(int n);

}  // namespace amicus::load

#endif  // AMICUS_TESTS_LOAD_LOAD_STATEMENTS_H_
