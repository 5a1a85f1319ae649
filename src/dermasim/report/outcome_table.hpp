#pragma once
// The outcome table of a report: for one run or several, each measure's change at weeks 4, 6,
// 12 and 26 (read from summary.json's per-week keys), and the key numbers of the run (density,
// depth, downtime, serum enhancement...). With several runs, each run's difference from the
// first. `dermasim compare` writes the same structure to compare.json.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace dermasim::report {

/// The weeks of the table, as summary.json keys them.
inline const std::vector<std::string> kOutcomeWeeks = {"4", "6", "12", "26"};

/// {"weeks": [...], "rows": [{"measure", "label", "unit", "values": [[per run: per week]],
///  "differences": [[per run: per week]]}]}; a value is null where a run lacks it, and a
/// difference is null for the first run or where either value is missing. Measures are every
/// summary key whose value is keyed by week (and, for "..._by_type", each type), in the order
/// they first appear.
nlohmann::ordered_json outcome_table(const std::vector<nlohmann::ordered_json>& summaries);

/// [{"measure", "label", "unit", "values": [per run], "differences": [per run]}] for the scalar
/// key numbers any of the runs has.
nlohmann::ordered_json key_numbers(const std::vector<nlohmann::ordered_json>& summaries);

}  // namespace dermasim::report
