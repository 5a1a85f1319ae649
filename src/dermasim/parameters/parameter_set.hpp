#pragma once
// The model as data: every physical or biological parameter has a name, a value with its unit, a
// plausible range with where its ends come from, and its published source. A scenario overrides
// any of them by name in its [parameters] table; the resolved scenario prints them all back
// (Cantera's getParameters round trip). Values are stored in SI inside; `unit` is only how they
// are read and written.
#include <map>
#include <string>
#include <vector>

namespace dermasim::parameters {

struct ParameterInfo {
  std::string name;  // key in [parameters], snake_case
  std::string unit;  // unit the value, min and max are written in ("um", "1")
  double value;      // default, in `unit`
  double min;        // plausible range, in `unit`; overrides outside it are errors
  double max;
  std::string description;   // what it is, one line
  std::string source;        // authors, year, journal; or "assumption: ..., calibrated against ..."
  std::string range_source;  // where min and max come from: a published spread or span, or
                             // "assumption: ..." and why those ends; one sentence
};

class ParameterSet {
 public:
  ParameterSet() = default;
  explicit ParameterSet(std::vector<ParameterInfo> infos);

  /// Value in SI units. Throws std::out_of_range for a name that is not in the set.
  double si(const std::string& name) const;
  /// Sets a value given in SI units (range checking is the scenario reader's job).
  void set_si(const std::string& name, double value_si);

  const std::vector<ParameterInfo>& infos() const { return infos_; }
  bool contains(const std::string& name) const { return index_.contains(name); }
  const ParameterInfo& info(const std::string& name) const;

 private:
  std::vector<ParameterInfo> infos_;
  std::vector<double> si_;
  std::map<std::string, size_t> index_;
};

/// Every parameter of every model in dermasim, with defaults.
ParameterSet default_parameters();

}  // namespace dermasim::parameters
