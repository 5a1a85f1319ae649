#pragma once
// An error in a scenario file, located: file:line:column, the key, what was expected. A value set
// in code (scenario_document.hpp) has no line: its error says so instead.
#include <stdexcept>
#include <string>

namespace dermasim::scenario {

struct SourceLocation {
  std::string file;
  int line = 0;          // 1-based; 0 when unknown
  int column = 0;        // 1-based; 0 when unknown
  bool in_code = false;  // the value was set in code (ScenarioDocument), not read at a line
};

class ScenarioError : public std::runtime_error {
 public:
  ScenarioError(SourceLocation where, std::string key, std::string message);

  const SourceLocation& where() const { return where_; }
  const std::string& key() const { return key_; }
  const std::string& message() const { return message_; }

 private:
  SourceLocation where_;
  std::string key_;
  std::string message_;
};

/// Levenshtein distance, for "did you mean" suggestions.
std::size_t edit_distance(const std::string& a, const std::string& b);

}  // namespace dermasim::scenario
