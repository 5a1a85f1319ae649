#pragma once
// How `dermasim parameters` writes a parameter. One formatter for the program and for the test
// that holds docs/parameters.md to the program's own `--markdown` rows.
#include <string>

#include "dermasim/parameters/parameter_set.hpp"

namespace dermasim::parameters {

/// The header and separator lines of the markdown table, each ending in '\n'.
std::string markdown_header();

/// The markdown table row of one parameter, without the newline.
std::string markdown_row(const ParameterInfo& p);

/// The plain-text entry of one parameter: name, value and range; description; source; where the
/// range comes from. Each line ends in '\n'.
std::string text_entry(const ParameterInfo& p);

}  // namespace dermasim::parameters
