#include "dermasim/report/column_table.hpp"

#include <fmt/format.h>

#include <charconv>
#include <stdexcept>
#include <string>
#include <vector>

namespace dermasim::report {

namespace {

std::vector<std::string_view> split(std::string_view line) {
  std::vector<std::string_view> cells;
  std::size_t start = 0;
  while (true) {
    const std::size_t comma = line.find(',', start);
    cells.push_back(
        line.substr(start, comma == std::string_view::npos ? line.npos : comma - start));
    if (comma == std::string_view::npos) return cells;
    start = comma + 1;
  }
}

nlohmann::ordered_json cell(std::string_view s) {
  if (s.empty()) return nullptr;
  double v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec == std::errc() && end == s.data() + s.size()) return v;
  return std::string(s);
}

}  // namespace

nlohmann::ordered_json csv_to_columns(std::string_view csv) {
  nlohmann::ordered_json table = {{"columns", nlohmann::ordered_json::array()},
                                  {"values", nlohmann::ordered_json::array()}};
  std::size_t pos = 0, line_no = 0;
  std::size_t n_columns = 0;
  while (pos < csv.size()) {
    std::size_t eol = csv.find('\n', pos);
    if (eol == std::string_view::npos) eol = csv.size();
    std::string_view line = csv.substr(pos, eol - pos);
    pos = eol + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) continue;
    const auto cells = split(line);
    if (n_columns == 0) {
      n_columns = cells.size();
      for (const auto c : cells) {
        table["columns"].push_back(std::string(c));
        table["values"].push_back(nlohmann::ordered_json::array());
      }
      continue;
    }
    if (cells.size() != n_columns)
      throw std::runtime_error(fmt::format("line {}: {} cells where the header has {}", line_no,
                                           cells.size(), n_columns));
    for (std::size_t c = 0; c < n_columns; ++c) table["values"][c].push_back(cell(cells[c]));
  }
  return table;
}

std::size_t row_count(const nlohmann::ordered_json& table) {
  const auto& v = table.at("values");
  return v.empty() ? 0 : v.front().size();
}

}  // namespace dermasim::report
