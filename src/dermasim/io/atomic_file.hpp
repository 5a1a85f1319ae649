#pragma once
// Outputs are never half-written: each file is written under a temporary name beside its final
// one and renamed into place only when complete (rename is atomic on POSIX file systems).
#include <filesystem>
#include <string_view>

namespace dermasim::io {

/// Writes `content` to `path` atomically. Throws std::runtime_error naming the file on failure.
void write_file_atomic(const std::filesystem::path& path, std::string_view content);

}  // namespace dermasim::io
