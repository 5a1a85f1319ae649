// The output folder (issue 23, data loss): named as a plain child of results/, refused when it
// holds files that no dermasim run wrote, and never cleared of them.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "dermasim/io/output_folder.hpp"

using namespace dermasim;
namespace fs = std::filesystem;

namespace {

fs::path fresh(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / ("dermasim_output_folder_" + name);
  fs::remove_all(dir);
  return dir;
}

void write(const fs::path& p, const std::string& text) {
  std::ofstream(p) << text;
}

std::string read(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST(OutputFolder, ANameBecomesOnePlainFolderName) {
  EXPECT_EQ(io::safe_folder_name("melasma_course"), "melasma_course");
  EXPECT_EQ(io::safe_folder_name("roller-1.5mm"), "roller-1.5mm");
  EXPECT_EQ(io::safe_folder_name(".."), "scenario");
  EXPECT_EQ(io::safe_folder_name("."), "scenario");
  EXPECT_EQ(io::safe_folder_name(""), "scenario");
  EXPECT_EQ(io::safe_folder_name("../../etc"), ".._.._etc");
  EXPECT_EQ(io::safe_folder_name("a/b\\c d"), "a_b_c_d");
  // What it gives is always a child of results/, never results/ itself or above it.
  for (const char* name : {"..", ".", "", "../x", "/abs", "a/../.."}) {
    const fs::path p = fs::path("results") / io::safe_folder_name(name);
    EXPECT_EQ(p.parent_path(), fs::path("results")) << name;
    EXPECT_NE(p.filename(), "..") << name;
  }
}

TEST(OutputFolder, FilesNoRunWroteAreRefusedAndKept) {
  const fs::path dir = fresh("foreign");
  fs::create_directories(dir);
  write(dir / "report.html", "the user's own page");
  write(dir / "fields.h5", "the user's data");
  write(dir / "notes.txt", "not an output name");
  try {
    io::prepare_output_folder(dir);
    ADD_FAILURE() << "a folder with foreign outputs was accepted";
  } catch (const io::OutputFolderError& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find("fields.h5, report.html"), std::string::npos) << what;
    EXPECT_NE(what.find("no dermasim run wrote"), std::string::npos) << what;
  }
  EXPECT_EQ(read(dir / "report.html"), "the user's own page");
  EXPECT_EQ(read(dir / "fields.h5"), "the user's data");
  EXPECT_FALSE(fs::exists(dir / io::kRunFolderMark));
  fs::remove_all(dir);
}

TEST(OutputFolder, ARunsFolderIsAcceptedAndMarked) {
  // New, or marked by an earlier run (even one that was interrupted), or holding the summary of
  // a run of a version before the mark.
  const fs::path empty = fresh("new");
  io::prepare_output_folder(empty);
  EXPECT_TRUE(fs::exists(empty / io::kRunFolderMark));
  write(empty / "timeseries.csv", "time_h\n");
  EXPECT_NO_THROW(io::prepare_output_folder(empty));
  const fs::path old = fresh("old_run");
  fs::create_directories(old);
  write(old / "summary.json", "{\"dermasim_version\": \"0.1.0\", \"status\": \"complete\"}");
  write(old / "report.html", "<html></html>");
  EXPECT_NO_THROW(io::prepare_output_folder(old));
  EXPECT_TRUE(fs::exists(old / io::kRunFolderMark));
  // A summary.json that is not dermasim's does not make the folder a run's.
  const fs::path other = fresh("other_summary");
  fs::create_directories(other);
  write(other / "summary.json", "{\"tool\": \"something else\"}");
  EXPECT_THROW(io::prepare_output_folder(other), io::OutputFolderError);
  for (const auto& d : {empty, old, other}) fs::remove_all(d);
}

TEST(OutputFolder, AFileInsteadOfAFolderIsRefused) {
  const fs::path file = fresh("a_file");
  write(file, "x");
  EXPECT_THROW(io::prepare_output_folder(file), io::OutputFolderError);
  EXPECT_THROW(io::prepare_output_folder(file / "below"), io::OutputFolderError);
  EXPECT_EQ(read(file), "x");
  fs::remove(file);
}

TEST(OutputFolder, EverySerumsFilesAreTheRunsOwn) {
  // [[serums]]: the k-th serum's files (io::serum_files) are replaced by a new run like the
  // first's; a name that only looks like one is not.
  for (const char* own : {"absorption.csv", "absorption_2.csv", "absorption_profile_12.csv",
                          "serum_cross_section_24h.png", "serum_3_cross_section_0.5h.png"})
    EXPECT_TRUE(io::is_run_output_name(own)) << own;
  for (const char* foreign :
       {"absorption_.csv", "absorption_x.csv", "absorption_2.csv.bak", "absorption_2a.csv",
        "absorption_profile_.csv", "serum__cross_section_1h.png", "serum_2_notes.png"})
    EXPECT_FALSE(io::is_run_output_name(foreign)) << foreign;
}
