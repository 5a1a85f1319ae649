#pragma once
// Verification of the numerical engine: each case runs a problem with a known answer and reports
// measured errors and observed orders against thresholds. `dermasim verify` prints them; the
// GoogleTest suite asserts them (the same code, two drivers).
#include <functional>
#include <string>
#include <vector>

namespace dermasim::verification {

struct Metric {
  std::string name;    // case name
  std::string metric;  // what was measured
  double value = 0;
  double threshold = 0;
  bool higher_is_better = false;  // orders must reach the threshold; errors must stay below it
  bool passed() const { return higher_is_better ? value >= threshold : value <= threshold; }
};

struct Case {
  std::string name;
  std::string description;
  std::function<std::vector<Metric>()> run;
};

/// Every verification case, in a stable order.
const std::vector<Case>& all_cases();

}  // namespace dermasim::verification
