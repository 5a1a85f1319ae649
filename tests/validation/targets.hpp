#pragma once
// The project's validation data (tests/validation/targets.csv): the published measurements the
// tests check, each with its source, what the test measures (`check`) and the range it accepts
// (`check_low`, `check_high`; blank = unbounded), and the tests that check it (`checked_by`).
// The tolerances live in the file, not in the tests, so that both are read in one place.
#include <fstream>
#include <limits>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace dermasim::test_util {

struct ValidationTarget {
  std::map<std::string, std::string> fields;  // by column name
  const std::string& operator[](const std::string& column) const { return fields.at(column); }
  /// The accepted range of the check; a blank bound is -inf or +inf.
  double low() const { return bound("check_low", -std::numeric_limits<double>::infinity()); }
  double high() const { return bound("check_high", std::numeric_limits<double>::infinity()); }

 private:
  double bound(const std::string& c, double blank) const {
    const std::string& s = fields.at(c);
    return s.empty() ? blank : std::stod(s);
  }
};

/// Splits one CSV line (RFC 4180 quoting, no embedded newlines).
inline std::vector<std::string> split_csv_line(const std::string& line) {
  std::vector<std::string> out(1);
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        out.back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        out.back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      out.emplace_back();
    } else if (c != '\r') {
      out.back() += c;
    }
  }
  return out;
}

/// Every row of targets.csv, in file order.
inline const std::vector<ValidationTarget>& validation_targets() {
  static const std::vector<ValidationTarget> rows = [] {
    const std::string path = std::string(DERMASIM_VALIDATION_DIR) + "/targets.csv";
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot open " + path);
    std::string line;
    std::getline(in, line);
    const auto header = split_csv_line(line);
    std::vector<ValidationTarget> out;
    for (int number = 2; std::getline(in, line); ++number) {
      if (line.empty()) continue;
      const auto cells = split_csv_line(line);
      if (cells.size() != header.size())
        throw std::runtime_error(path + ":" + std::to_string(number) + ": " +
                                 std::to_string(cells.size()) + " fields, expected " +
                                 std::to_string(header.size()));
      ValidationTarget t;
      for (std::size_t c = 0; c < header.size(); ++c) t.fields[header[c]] = cells[c];
      out.push_back(std::move(t));
    }
    return out;
  }();
  return rows;
}

/// One row by id (throws when absent: a test must not check a target the file does not hold).
inline const ValidationTarget& target(const std::string& id) {
  for (const auto& t : validation_targets())
    if (t["id"] == id) return t;
  throw std::out_of_range("no validation target '" + id + "' in tests/validation/targets.csv");
}

}  // namespace dermasim::test_util
