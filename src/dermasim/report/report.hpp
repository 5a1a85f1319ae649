#pragma once
// report.html: a run folder (or several, compared) as one self-contained page that works
// offline: the scenario, the puncture map, every time course with the healing phases shaded,
// the outcome table at weeks 4, 6, 12 and 26, the images, the absorption curves, and the
// version and scenario hash. The data travel as JSON inside the page; report/src/report.js
// draws them with Vega-Lite, inlined with the rest (assets.hpp).
#include <filesystem>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <vector>

namespace dermasim::report {

/// A folder given to `dermasim report` or `dermasim compare` that is not a complete run.
struct RunFolderError : std::invalid_argument {
  using std::invalid_argument::invalid_argument;
};

/// Runs with more punctures than this carry only the PNG map, not the interactive one.
inline constexpr std::size_t kMaxInteractivePunctures = 20000;

/// One run as the page carries it: {"label", "folder", "summary", "scenario_toml",
/// "timeseries", "absorption", "absorption_profile", "punctures", "images"}. `summary`, when
/// given, stands for summary.json (a run writes its report before the summary that marks the
/// folder complete); otherwise summary.json must exist with "status": "complete".
nlohmann::ordered_json read_run_folder(const std::filesystem::path& dir,
                                       const nlohmann::ordered_json* summary = nullptr);

/// The page for {"kind": "run" or "compare", "runs": [...]}: adds the outcome table, the key
/// numbers and the generator's version, then inlines everything.
std::string report_html(nlohmann::ordered_json data);

/// Writes `dir`/report.html (atomically) for the run in `dir`.
void write_run_report(const std::filesystem::path& dir, const nlohmann::ordered_json& summary);

/// `dermasim compare`: `out`/compare.html (the runs side by side: time courses overlaid, the
/// outcome table with each run's difference from the first) and `out`/compare.json (the
/// tables). At least two runs.
void write_comparison(const std::vector<std::filesystem::path>& runs,
                      const std::filesystem::path& out);

}  // namespace dermasim::report
