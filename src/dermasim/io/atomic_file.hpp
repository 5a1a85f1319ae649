#pragma once
// Outputs are never half-written: each file is written under a temporary name beside its final
// one and renamed into place only when complete (rename is atomic on POSIX file systems).
#include <filesystem>
#include <string_view>

namespace dermasim::io {

/// Writes `content` to `path` atomically. Throws std::runtime_error naming the file on failure.
void write_file_atomic(const std::filesystem::path& path, std::string_view content);

/// The temporary name beside `path` that a file is written under before it takes its name (a
/// hidden name with this process' id, so that two runs into one folder do not collide).
std::filesystem::path temporary_path_for(const std::filesystem::path& path);

/// Syncs the complete file `tmp` to disk and renames it to `path`, for files that a library
/// writes itself (HDF5). On failure `tmp` is removed and std::runtime_error names `path`.
void move_into_place(const std::filesystem::path& tmp, const std::filesystem::path& path);

}  // namespace dermasim::io
