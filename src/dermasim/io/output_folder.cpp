#include "dermasim/io/output_folder.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <vector>

#include "dermasim/io/atomic_file.hpp"
#include "dermasim/version.hpp"

namespace dermasim::io {

namespace fs = std::filesystem;

std::string safe_folder_name(std::string_view name) {
  std::string out;
  for (char c : name) {
    const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                       c == '.' || c == '-' || c == '_';
    out += plain ? c : '_';
  }
  if (std::all_of(out.begin(), out.end(), [](char c) { return c == '.'; })) return "scenario";
  return out;
}

bool is_run_output_name(const std::string& name) {
  static const char* const kNames[] = {"summary.json",
                                       "punctures.csv",
                                       "scenario.resolved.toml",
                                       "punctures_map.png",
                                       "injury_cross_section.png",
                                       "timeseries.csv",
                                       "surface_before.png",
                                       "surface_week26.png",
                                       "surface_end.png",
                                       "collagen_cross_section.png",
                                       "absorption.csv",
                                       "absorption_profile.csv",
                                       "report.html",
                                       "fields.xdmf",
                                       "fields.h5"};
  for (const char* n : kNames)
    if (name == n) return true;
  if (name.starts_with("serum_cross_section_") && name.ends_with(".png")) return true;
  // The later serums' files (serum_files): absorption_<k>.csv, absorption_profile_<k>.csv,
  // serum_<k>_cross_section_<t>h.png.
  auto number_then = [&name](std::size_t from, std::string_view rest) {
    std::size_t end = from;
    while (end < name.size() && name[end] >= '0' && name[end] <= '9') ++end;
    return end > from && std::string_view(name).substr(end).starts_with(rest);
  };
  if (name.ends_with(".csv") && name.starts_with("absorption_profile_"))
    return number_then(19, ".csv") && name.size() == name.find(".csv") + 4;
  if (name.ends_with(".csv") && name.starts_with("absorption_"))
    return number_then(11, ".csv") && name.size() == name.find(".csv") + 4;
  return name.starts_with("serum_") && name.ends_with(".png") && number_then(6, "_cross_section_");
}

namespace {

/// Whether summary.json in `dir` is one dermasim wrote (its first kilobytes name the version).
bool holds_dermasim_summary(const fs::path& dir) {
  std::ifstream in(dir / "summary.json");
  std::string head(4096, '\0');
  in.read(head.data(), std::streamsize(head.size()));
  head.resize(std::size_t(in.gcount()));
  return head.find("\"dermasim_version\"") != std::string::npos;
}

}  // namespace

void prepare_output_folder(const fs::path& dir) {
  std::error_code ec;
  if (fs::exists(dir, ec) && !fs::is_directory(dir, ec))
    throw OutputFolderError(
        fmt::format("{}: is a file, not a folder; give -o a folder for the results", dir.string()));
  fs::create_directories(dir, ec);
  if (ec)
    throw OutputFolderError(
        fmt::format("{}: cannot create the results folder ({})", dir.string(), ec.message()));
  if (!fs::exists(dir / kRunFolderMark) && !holds_dermasim_summary(dir)) {
    std::vector<std::string> foreign;
    for (const auto& e : fs::directory_iterator(dir, ec))
      if (is_run_output_name(e.path().filename().string()))
        foreign.push_back(e.path().filename().string());
    if (!foreign.empty()) {
      std::sort(foreign.begin(), foreign.end());
      throw OutputFolderError(fmt::format(
          "{}: holds {} that no dermasim run wrote here, which a run would replace; give -o "
          "another folder, or move them",
          dir.string(), fmt::join(foreign, ", ")));
    }
  }
  try {
    write_file_atomic(dir / kRunFolderMark,
                      fmt::format("written by dermasim {}: the files of a run here may be replaced "
                                  "by the next run into this folder\n",
                                  kVersion));
  } catch (const std::runtime_error& e) {
    throw OutputFolderError(
        fmt::format("{}: cannot write the results there ({})", dir.string(), e.what()));
  }
}

}  // namespace dermasim::io
