#pragma once
#include <string>

#include "dermasim/scenario/scenario.hpp"

namespace dermasim::test_util {

/// A minimal valid scenario; `extra` is appended (later keys in a table must not repeat).
inline std::string minimal_scenario(const std::string& device = "type = \"roller\"\n",
                                    const std::string& extra = "") {
  return "[device]\n" + device +
         "[device.needle]\nlength = \"1.5 mm\"\n"
         "[[sessions]]\nday = 0\npasses = 4\n" +
         extra;
}

inline scenario::Scenario load_text(const std::string& text) {
  return scenario::load_scenario_text(text, "test.toml", "test");
}

}  // namespace dermasim::test_util
