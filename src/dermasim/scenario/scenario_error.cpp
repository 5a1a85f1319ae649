#include "dermasim/scenario/scenario_error.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <vector>

namespace dermasim::scenario {

namespace {
std::string compose(const SourceLocation& w, const std::string& key, const std::string& message) {
  std::string where = w.file;
  if (w.line > 0) where += fmt::format(":{}:{}", w.line, w.column);
  const char* in_code = w.in_code ? " (set in code)" : "";
  if (key.empty()) return fmt::format("{}{}: error: {}", where, in_code, message);
  return fmt::format("{}: error: key '{}'{}: {}", where, key, in_code, message);
}
}  // namespace

ScenarioError::ScenarioError(SourceLocation where, std::string key, std::string message)
    : std::runtime_error(compose(where, key, message)),
      where_(std::move(where)),
      key_(std::move(key)),
      message_(std::move(message)) {}

std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t subst = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, subst});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

}  // namespace dermasim::scenario
