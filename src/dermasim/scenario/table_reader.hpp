#pragma once
// Reads one TOML table of a scenario against what dermasim expects of it: each value's type,
// dimension, unit and range. Every value read is also written, in its canonical unit, into the
// resolved scenario, so a run folder holds the complete input it ran with. finish() rejects the
// keys nobody asked for, suggesting the nearest expected one.
#include <toml++/toml.h>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "dermasim/scenario/scenario_error.hpp"
#include "dermasim/units/quantity.hpp"

namespace dermasim::scenario {

/// What a quantity must be: its dimension, the unit it is written back in, its range (in that
/// unit) and its default (in that unit; none means required).
struct QuantitySpec {
  units::Dimension dimension;
  std::string unit;
  double min;
  double max;
  std::optional<double> default_value = std::nullopt;
};

class TableReader {
 public:
  /// `table` may be null (the section is absent: every key takes its default).
  TableReader(const toml::table* table, std::string path, const std::string* file,
              toml::table* resolved);

  /// A quantity with a unit ("1.5 mm"), returned in SI.
  double quantity(const std::string& key, const QuantitySpec& spec);
  /// A list of quantities (["0 deg", "90 deg"]), returned in SI.
  std::vector<double> quantity_list(const std::string& key, const QuantitySpec& spec,
                                    std::optional<std::vector<double>> default_value,
                                    std::size_t min_size = 1);
  std::int64_t integer(const std::string& key, std::int64_t min, std::int64_t max,
                       std::optional<std::int64_t> default_value);
  /// Distinct integers in [min, max] in increasing order (a list), or every one of them (the
  /// word `all_word`); nullopt when the key is absent. The resolved scenario holds the list.
  std::optional<std::vector<std::int64_t>> integer_set(const std::string& key, std::int64_t min,
                                                       std::int64_t max,
                                                       const std::string& all_word);
  bool boolean(const std::string& key, std::optional<bool> default_value);
  std::string choice(const std::string& key, const std::vector<std::string>& options,
                     std::optional<std::string> default_value);
  std::string text(const std::string& key, std::optional<std::string> default_value);

  /// A sub-table; an absent one reads as empty (all defaults).
  TableReader table(const std::string& key);
  /// An array of tables ([[sessions]]); empty when absent.
  std::vector<TableReader> table_array(const std::string& key);
  bool has(const std::string& key) const;
  /// Declares a key as known although this reader will not read it (e.g. [device.pen] when the
  /// device is a roller): giving it is an error that says why.
  void forbid(const std::string& key, const std::string& why);
  /// Declares a key as known without reading it (an alternative spelling of a value).
  void allow(const std::string& key) { expected_.insert(key); }

  /// Errors on the first key that nothing read, with the nearest expected key as a suggestion.
  void finish() const;

  /// Location of a key's value, or of the table itself when the key is absent.
  SourceLocation where(const std::string& key) const;
  std::string full_key(const std::string& key) const;
  [[noreturn]] void fail(const std::string& key, const std::string& message) const;
  const std::string& file() const { return *file_; }
  const toml::table* raw() const { return table_; }
  toml::table* resolved() { return resolved_; }

 private:
  const toml::node* node(const std::string& key);
  std::string range_text(const QuantitySpec& spec) const;
  /// A required key is absent: the error, pointing at a present key that looks like a misspelling
  /// of it when there is one ("did you mean").
  [[noreturn]] void fail_missing(const std::string& key, const std::string& what) const;

  const toml::table* table_;
  std::string path_;
  const std::string* file_;
  toml::table* resolved_;
  std::set<std::string> expected_;
  std::vector<std::pair<std::string, std::string>> forbidden_;
};

}  // namespace dermasim::scenario
