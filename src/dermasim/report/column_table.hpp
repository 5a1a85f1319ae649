#pragma once
// A run folder's CSV files as the report carries them: column-major JSON,
// {"columns": [names], "values": [[column 0], [column 1], ...]}, a cell being a number, a string
// (punctures.csv's layer) or null (an empty cell: a measure that does not apply).
#include <nlohmann/json.hpp>
#include <string_view>

namespace dermasim::report {

/// Parses CSV text with a header row and no quoting (dermasim's own files). Throws
/// std::runtime_error when a row's cell count differs from the header's.
nlohmann::ordered_json csv_to_columns(std::string_view csv);

/// The number of rows of a table from csv_to_columns.
std::size_t row_count(const nlohmann::ordered_json& table);

}  // namespace dermasim::report
