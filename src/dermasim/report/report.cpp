#include "dermasim/report/report.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <tuple>

#include "dermasim/io/atomic_file.hpp"
#include "dermasim/report/assets.hpp"
#include "dermasim/report/base64.hpp"
#include "dermasim/report/column_table.hpp"
#include "dermasim/report/outcome_table.hpp"
#include "dermasim/version.hpp"

namespace dermasim::report {

namespace {

using json = nlohmann::ordered_json;
namespace fs = std::filesystem;

std::optional<std::string> read_text(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

json read_table(const fs::path& p) {
  const auto text = read_text(p);
  if (!text) return nullptr;
  try {
    return csv_to_columns(*text);
  } catch (const std::runtime_error& e) {
    throw RunFolderError(fmt::format("{}: {}", p.string(), e.what()));
  }
}

// A serum's cross-section (io::serum_files): serum_cross_section_<t>h.png for the first serum,
// serum_<k>_cross_section_<t>h.png for the k-th; its serum's number and the time's text.
struct SerumImage {
  int serum = 1;
  std::string time;  // "24h"
};
std::optional<SerumImage> serum_image(const std::string& file) {
  if (!file.ends_with(".png")) return std::nullopt;
  const std::string first = "serum_cross_section_";
  if (file.starts_with(first))
    return SerumImage{1, file.substr(first.size(), file.size() - first.size() - 4)};
  if (!file.starts_with("serum_")) return std::nullopt;
  std::size_t end = 6;
  while (end < file.size() && std::isdigit(static_cast<unsigned char>(file[end]))) ++end;
  const std::string rest = "_cross_section_";
  if (end == 6 || file.compare(end, rest.size(), rest) != 0) return std::nullopt;
  const std::size_t from = end + rest.size();
  if (from + 4 > file.size()) return std::nullopt;
  return SerumImage{std::atoi(file.c_str() + 6), file.substr(from, file.size() - from - 4)};
}

// Titles of the images a run writes (README's outputs table); another PNG shows by its name.
std::string image_title(const std::string& file) {
  static const std::map<std::string, std::string> titles = {
      {"punctures_map.png", "Puncture map: each puncture coloured by depth"},
      {"injury_cross_section.png", "Injury: damaged fraction in a depth section"},
      {"collagen_cross_section.png", "Collagen and its change in a depth section"},
      {"surface_before.png", "Skin surface before treatment"},
      {"surface_week26.png", "Skin surface at week 26"},
      {"surface_end.png", "Skin surface at the end of the run"},
  };
  const auto it = titles.find(file);
  if (it != titles.end()) return it->second;
  if (const auto serum = serum_image(file))
    return (serum->serum == 1 ? std::string("Serum") : fmt::format("Serum {}", serum->serum)) +
           " in a depth section, " + serum->time + " after application";
  return file;
}

// The order a reader meets them in: injury, then the healed tissue, then each serum by time.
json read_images(const fs::path& dir) {
  static const std::vector<std::string> order = {
      "punctures_map.png",  "injury_cross_section.png", "collagen_cross_section.png",
      "surface_before.png", "surface_week26.png",       "surface_end.png"};
  // Only the images a run writes: a folder given with -o may hold other pictures.
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    const std::string f = e.path().filename().string();
    if (e.path().extension() == ".png" &&
        (std::find(order.begin(), order.end(), f) != order.end() || serum_image(f)))
      files.push_back(f);
  }
  auto rank = [&](const std::string& f) -> std::tuple<std::size_t, int, double> {
    const auto it = std::find(order.begin(), order.end(), f);
    if (it != order.end()) return {std::size_t(it - order.begin()), 0, 0.0};
    if (const auto serum = serum_image(f))
      return {order.size(), serum->serum, std::atof(serum->time.c_str())};
    return {order.size() + 1, 0, 0.0};
  };
  std::sort(files.begin(), files.end(), [&](const std::string& a, const std::string& b) {
    return std::make_pair(rank(a), a) < std::make_pair(rank(b), b);
  });
  json images = json::array();
  for (const auto& f : files) {
    const auto bytes = read_text(dir / f);
    if (!bytes) continue;
    images.push_back({{"file", f},
                      {"title", image_title(f)},
                      {"data", "data:image/png;base64," + base64_encode(*bytes)}});
  }
  return images;
}

// JSON inside <script type="application/json">: a '<' (only ever inside a string) is written
// as \u003c, so that no "</script>" or "<!--" in a scenario's text can end the element.
std::string embeddable(const json& data) {
  const std::string s = data.dump();
  std::string out;
  out.reserve(s.size() + 64);
  for (const char c : s) {
    if (c == '<')
      out += "\\u003c";
    else
      out += c;
  }
  return out;
}

// An inlined script must not contain what would end its element early.
std::string_view checked_script(std::string_view js, const char* what) {
  std::string lower(js.size(), ' ');
  std::transform(js.begin(), js.end(), lower.begin(), [](char c) {
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  });
  if (lower.find("</script") != std::string::npos || lower.find("<!--") != std::string::npos)
    throw std::logic_error(fmt::format(
        "the bundled {} contains '</script' or '<!--' and cannot be inlined as it is", what));
  return js;
}

// Labels that tell the runs apart: the folder names, else numbered.
void label_runs(json& runs) {
  auto unique = [&](const char* key) {
    std::set<std::string> seen;
    for (const auto& r : runs)
      if (!seen.insert(r.value(key, std::string())).second) return false;
    return true;
  };
  const char* key = unique("label") ? "label" : nullptr;
  for (std::size_t i = 0; i < runs.size(); ++i)
    runs[i]["label"] = key ? runs[i][key].get<std::string>()
                           : fmt::format("{} ({})", runs[i]["label"].get<std::string>(), i + 1);
}

}  // namespace

json read_run_folder(const fs::path& dir, const json* summary) {
  json run;
  json s;
  if (summary) {
    s = *summary;
  } else {
    const auto text = read_text(dir / "summary.json");
    if (!text)
      throw RunFolderError(
          fmt::format("{}: not a dermasim run folder (no summary.json); give a folder that "
                      "`dermasim run` wrote",
                      dir.string()));
    try {
      s = json::parse(*text);
    } catch (const json::parse_error& e) {
      throw RunFolderError(fmt::format("{}/summary.json: {}", dir.string(), e.what()));
    }
    if (!s.is_object() || s.value("status", std::string()) != "complete")
      throw RunFolderError(
          fmt::format("{}: the run is not complete (summary.json has no \"status\": \"complete\")",
                      dir.string()));
  }
  fs::path abs = fs::weakly_canonical(dir);
  if (abs.filename().empty()) abs = abs.parent_path();  // a folder given with a trailing '/'
  // The folder's name: results/<scenario name> by default, or what the user chose with -o.
  run["label"] = abs.filename().string();
  run["folder"] = abs.filename().string();
  run["summary"] = s;
  run["scenario_toml"] = read_text(dir / "scenario.resolved.toml").value_or("");
  run["timeseries"] = read_table(dir / "timeseries.csv");
  run["absorption"] = read_table(dir / "absorption.csv");
  run["absorption_profile"] = read_table(dir / "absorption_profile.csv");
  json punctures = read_table(dir / "punctures.csv");
  const bool too_many = !punctures.is_null() && row_count(punctures) > kMaxInteractivePunctures;
  run["punctures_omitted"] = too_many ? json(row_count(punctures)) : json(nullptr);
  run["punctures"] = too_many ? json(nullptr) : punctures;
  run["images"] = read_images(dir);
  return run;
}

std::string report_html(json data) {
  std::vector<json> summaries;
  for (const auto& r : data.at("runs")) summaries.push_back(r.at("summary"));
  label_runs(data["runs"]);
  data["outcome_table"] = outcome_table(summaries);
  data["key_numbers"] = key_numbers(summaries);
  data["generator"] = {{"dermasim_version", kVersion}};
  const bool compare = data.value("kind", std::string()) == "compare";

  std::string html;
  html.reserve(1 << 21);
  html += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  html += "<meta name=\"generator\" content=\"dermasim ";
  html += kVersion;
  html += "\">\n<title>dermasim ";
  html += compare ? "comparison" : "report";
  html += "</title>\n<style>\n";
  html += report_css();
  html +=
      "</style>\n<!--\nThe charts are drawn by Vega, Vega-Lite and vega-embed, inlined below "
      "under their licence:\n\n";
  html += chart_library_licences();
  html += "-->\n";
  for (const auto& [js, what] : {std::pair{vega_js(), "vega"},
                                 {vega_lite_js(), "vega-lite"},
                                 {vega_embed_js(), "vega-embed"}}) {
    html += "<script>\n";
    html += checked_script(js, what);
    html += "\n</script>\n";
  }
  html +=
      "</head>\n<body>\n<nav id=\"toc\"></nav>\n<header id=\"header\"></header>\n"
      "<main id=\"content\"></main>\n";
  html += "<script type=\"application/json\" id=\"dermasim-data\">";
  html += embeddable(data);
  html += "</script>\n<script>\n";
  html += checked_script(report_js(), "report script");
  html += "\n</script>\n</body>\n</html>\n";
  return html;
}

void write_run_report(const fs::path& dir, const json& summary) {
  json data = {{"kind", "run"}, {"runs", json::array({read_run_folder(dir, &summary)})}};
  io::write_file_atomic(dir / "report.html", report_html(std::move(data)));
}

void write_comparison(const std::vector<fs::path>& runs, const fs::path& out) {
  if (runs.size() < 2) throw RunFolderError("compare needs at least two run folders");
  json data = {{"kind", "compare"}, {"runs", json::array()}};
  std::vector<json> summaries;
  for (const auto& dir : runs) {
    data["runs"].push_back(read_run_folder(dir));
    summaries.push_back(data["runs"].back()["summary"]);
  }
  label_runs(data["runs"]);
  json tables;
  tables["runs"] = json::array();
  for (const auto& r : data["runs"])
    tables["runs"].push_back({{"label", r["label"]},
                              {"folder", r["folder"]},
                              {"scenario_hash", r["summary"].value("scenario_hash", "")},
                              {"dermasim_version", r["summary"].value("dermasim_version", "")}});
  tables["outcomes"] = outcome_table(summaries);
  tables["key_numbers"] = key_numbers(summaries);
  // Both built before either is written, so that a failure leaves no half comparison.
  const std::string html = report_html(std::move(data));
  const std::string tables_text = tables.dump(2) + "\n";
  fs::create_directories(out);
  io::write_file_atomic(out / "compare.html", html);
  io::write_file_atomic(out / "compare.json", tables_text);
}

}  // namespace dermasim::report
