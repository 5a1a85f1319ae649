#pragma once
// The folder a run writes into (README, "Outputs"): named safely, created before any work, and
// never cleared of files that dermasim did not write there (issue 23: a scenario named `..`
// once wrote into the working folder and deleted a user's fields.h5 and report.html).
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>

namespace dermasim::io {

/// The output folder is unusable (a file, not creatable, not writable, or holding files that no
/// dermasim run wrote): invalid input, found before the run starts (exit 2).
struct OutputFolderError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// A scenario's name as one plain folder name: letters, digits, '.', '-' and '_' kept, every
/// other character '_'; a name of dots only ("", ".", "..") becomes "scenario". The default
/// output folder is results/<this>, always a child of results/.
std::string safe_folder_name(std::string_view name);

/// The file that marks a folder as a dermasim run's: written when a run first writes there, so
/// that a later run may replace the files it finds (even those of a run that was interrupted).
inline constexpr const char* kRunFolderMark = ".dermasim-run";

/// Makes `dir` ready for a run's outputs: creates it, refuses it (OutputFolderError, naming the
/// files) if it holds files with dermasim's output names that no dermasim run wrote (no
/// kRunFolderMark, no summary.json of dermasim's), and marks it. Nothing is removed here.
void prepare_output_folder(const std::filesystem::path& dir);

/// Whether `name` is one of the files a run writes (the ones a new run replaces).
bool is_run_output_name(const std::string& name);

}  // namespace dermasim::io
