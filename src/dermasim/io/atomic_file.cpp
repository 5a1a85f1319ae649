#include "dermasim/io/atomic_file.hpp"

#include <fmt/format.h>
#include <unistd.h>
#include <fstream>
#include <stdexcept>

namespace dermasim::io {

void write_file_atomic(const std::filesystem::path& path, std::string_view content) {
  const std::filesystem::path tmp =
      path.parent_path() / fmt::format(".{}.tmp.{}", path.filename().string(), ::getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) throw std::runtime_error(fmt::format("cannot write {}", tmp.string()));
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.flush();
    if (!out) {
      std::error_code ec;
      std::filesystem::remove(tmp, ec);
      throw std::runtime_error(fmt::format("writing {} failed (disk full?)", path.string()));
    }
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) {
    std::filesystem::remove(tmp, ec);
    throw std::runtime_error(
        fmt::format("cannot move {} into place: {}", path.string(), ec.message()));
  }
}

}  // namespace dermasim::io
