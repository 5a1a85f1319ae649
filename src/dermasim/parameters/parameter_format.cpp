#include "dermasim/parameters/parameter_format.hpp"

#include <fmt/format.h>

namespace dermasim::parameters {

std::string markdown_header() {
  return "| name | value | unit | range | range from | description | source |\n"
         "|---|---|---|---|---|---|---|\n";
}

std::string markdown_row(const ParameterInfo& p) {
  return fmt::format("| `{}` | {:g} | {} | {:g} - {:g} | {} | {} | {} |", p.name, p.value, p.unit,
                     p.min, p.max, p.range_source, p.description, p.source);
}

std::string text_entry(const ParameterInfo& p) {
  return fmt::format("{} = {:g} {}  (range {:g}-{:g})\n    {}\n    source: {}\n    range: {}\n",
                     p.name, p.value, p.unit, p.min, p.max, p.description, p.source,
                     p.range_source);
}

}  // namespace dermasim::parameters
